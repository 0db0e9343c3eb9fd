#include "app/jobs_commands.hpp"

#include <iostream>

#include "platform/time/thai_date.hpp"

namespace pao::app {

namespace {

// "2026-11-25T01:30:00Z" → "2026-11-25 08:30 +07:00"; unparsable text is shown as is.
std::string bangkok(const std::string& iso) {
  TimePoint t{};
  if (!parse_iso_time(iso, t)) return iso;
  const auto minutes =
      std::chrono::duration_cast<std::chrono::minutes>(bangkok_time_of_day(t)).count();
  char hm[16];
  std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(minutes / 60),
                static_cast<int>(minutes % 60));
  return to_iso_date(bangkok_date(t)) + " " + hm + " +07:00";
}

}  // namespace

int jobs_run_due(Application& app, const std::optional<std::string>& at, const Clock& clock,
                 std::ostream& out, std::ostream& err) {
  TimePoint when = clock.now();
  if (at && !parse_iso_time(*at, when)) {
    err << "pao: --at must be an ISO time such as 2027-01-01T08:00:00+07:00, not " << *at << "\n";
    return 2;
  }
  const FixedClock fixed(when);
  const auto outcomes = app.scheduler().run_due(fixed);
  if (outcomes.empty()) {
    out << "nothing due at " << bangkok(to_iso_utc(when)) << "\n";
    return 0;
  }
  bool any_failed = false;
  for (const auto& o : outcomes) {
    out << (o.ok ? "ok     " : "FAILED ") << o.run.name << " (due " << bangkok(o.run.due_at)
        << ", try " << o.run.attempts << ")";
    if (!o.message.empty()) out << ": " << o.message;
    if (o.retry_at) out << "; retry after " << bangkok(*o.retry_at);
    if (!o.ok && !o.retry_at) out << "; given up";
    out << "\n";
    any_failed = any_failed || !o.ok;
  }
  return any_failed ? 1 : 0;
}

int jobs_list(Application& app, const Clock& clock, std::ostream& out) {
  const auto jobs = app.scheduler().status(clock.now());
  for (const auto& j : jobs) {
    out << j.name << "\n";
    out << "  schedule: " << (j.schedule.empty() ? "(one-off runs only)" : j.schedule) << "\n";
    if (j.next_due) out << "  next due: " << bangkok(*j.next_due) << "\n";
    if (j.last_run) {
      const auto& r = *j.last_run;
      out << "  last run: " << r.state << ", due " << bangkok(r.due_at);
      if (r.finished_at) out << ", finished " << bangkok(*r.finished_at);
      if (r.state != "done" && r.last_error) out << ", error: " << *r.last_error;
      if (r.state == "done" && !r.summary.empty()) out << ": " << r.summary;
      out << "\n";
    } else {
      out << "  last run: never\n";
    }
    if (j.waiting > 0) out << "  waiting: " << j.waiting << "\n";
  }
  return 0;
}

}  // namespace pao::app
