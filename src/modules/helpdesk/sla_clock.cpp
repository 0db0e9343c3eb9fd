#include "modules/helpdesk/sla_clock.hpp"

namespace pao::helpdesk {

namespace {
constexpr const char* kPriorityNames[] = {"low", "medium", "high", "critical"};
}

const char* priority_name(Priority p) {
  return kPriorityNames[static_cast<int>(p)];
}

std::optional<Priority> priority_from(std::string_view name) {
  for (int i = 0; i < 4; ++i) {
    if (name == kPriorityNames[i]) return static_cast<Priority>(i);
  }
  return std::nullopt;
}

SlaClock start_clock(const BusinessCalendar& cal, const SlaTarget& target, TimePoint opened_at) {
  SlaClock c;
  c.opened_at = opened_at;
  retarget(c, cal, target);
  return c;
}

void pause(SlaClock& clock, TimePoint at) {
  if (!clock.paused_since) clock.paused_since = at;
}

void resume(SlaClock& clock, const BusinessCalendar& cal, TimePoint at) {
  if (!clock.paused_since) return;
  const auto waited = cal.business_time_between(*clock.paused_since, at);
  if (waited.count() > 0) clock.paused += waited;
  clock.paused_since.reset();
  clock.resolve_due = cal.add_business_time(clock.opened_at, clock.resolve_target + clock.paused);
}

void retarget(SlaClock& clock, const BusinessCalendar& cal, const SlaTarget& target) {
  clock.sla_version = target.version;
  clock.own_target = target.to_own;
  clock.resolve_target = target.to_resolve;
  clock.own_due = cal.add_business_time(clock.opened_at, target.to_own);
  clock.resolve_due = cal.add_business_time(clock.opened_at, target.to_resolve + clock.paused);
}

std::chrono::seconds resolve_time_left(const SlaClock& clock, const BusinessCalendar& cal,
                                       TimePoint now) {
  const TimePoint until = clock.paused_since ? *clock.paused_since : now;
  return cal.business_time_between(until, clock.resolve_due);
}

int resolve_percent_used(const SlaClock& clock, const BusinessCalendar& cal, TimePoint now) {
  if (clock.resolve_target.count() <= 0) return 100;
  const auto left = resolve_time_left(clock, cal, now);
  const auto used = clock.resolve_target - left;
  if (used.count() <= 0) return 0;
  return static_cast<int>(used.count() * 100 / clock.resolve_target.count());
}

}  // namespace pao::helpdesk
