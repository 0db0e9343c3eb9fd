// The service-level clock of a ticket (ระยะเวลาให้บริการ): when it must be owned and resolved,
// counted in business time of the office calendar (business_calendar.hpp), paused while IT waits
// for the requester.
//
// Lessons from GLPI's long-standing SLA bugs, each a rule here:
// - paused time is counted with the SAME business calendar as the deadline (a weekend spent
//   waiting adds nothing, since it would not have counted either);
// - accrued pause survives a change of priority or of SLA targets (retarget() keeps it);
// - the deadlines and the SLA version are stored on the ticket, so a later change of the targets
//   never rewrites the history of a ticket already opened.
//
// Pure functions over a value: no database, no clock. Deterministic and thread-safe.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "platform/time/business_calendar.hpp"
#include "platform/time/clock.hpp"

namespace pao::helpdesk {

enum class Priority { low, medium, high, critical };
const char* priority_name(Priority p);  // "low", "medium", "high", "critical"
std::optional<Priority> priority_from(std::string_view name);

// One row of the SLA targets an IT head keeps: how long a ticket of `priority` may wait to be
// owned and to be resolved, in business time. `version` grows with every change of the targets.
struct SlaTarget {
  int version = 1;
  Priority priority = Priority::medium;
  std::chrono::seconds to_own{0};
  std::chrono::seconds to_resolve{0};
};

// What a ticket stores about its service level.
struct SlaClock {
  int sla_version = 1;
  TimePoint opened_at{};
  std::chrono::seconds own_target{0};      // as applied from the version
  std::chrono::seconds resolve_target{0};  // as applied from the version
  TimePoint own_due{};
  TimePoint resolve_due{};
  std::chrono::seconds paused{0};           // business time accrued while waiting
  std::optional<TimePoint> paused_since{};  // set while waiting for the requester
};

// The clock of a ticket opened at `opened_at` under `target`.
SlaClock start_clock(const BusinessCalendar& cal, const SlaTarget& target, TimePoint opened_at);

// Waiting for the requester from `at`: the resolve clock stops. Pausing a paused clock changes
// nothing.
void pause(SlaClock& clock, TimePoint at);

// The requester answered (or IT went on) at `at`: the business time spent waiting is added to the
// accrued pause and the resolve deadline moves out by the accrued pause. Resuming a running
// clock changes nothing.
void resume(SlaClock& clock, const BusinessCalendar& cal, TimePoint at);

// New targets (a priority change, or new SLA version): both deadlines are counted again from the
// opening under `target`, the accrued pause kept. A paused clock stays paused.
void retarget(SlaClock& clock, const BusinessCalendar& cal, const SlaTarget& target);

// Business time left until the resolve deadline at `now`: negative once past it. While paused
// the answer stands still at what was left when the pause began.
std::chrono::seconds resolve_time_left(const SlaClock& clock, const BusinessCalendar& cal,
                                       TimePoint now);

// The share of the resolve target used at `now` in percent (0 … ≥100), counting pauses out.
int resolve_percent_used(const SlaClock& clock, const BusinessCalendar& cal, TimePoint now);

}  // namespace pao::helpdesk
