// The two helpdesk jobs: watching deadlines (warn once per level, record breaches) and closing
// resolved tickets nobody answered.
#pragma once

#include <cstdint>

#include "modules/helpdesk/tickets.hpp"
#include "platform/jobs/job.hpp"

namespace pao::helpdesk {

// Escalation levels of a ticket's resolve clock. Each is announced once (warn_level on the
// ticket), so a job running every few minutes never sends a storm of the same warning.
inline constexpr int kWarnAtPercent = 75;  // level 1: three quarters of the target used
                                           // level 2: past the deadline (a breach)

struct WatchOutcome {
  int warnings = 0;  // level-1 warnings sent
  int breaches = 0;  // breaches recorded (own or resolve)
};

// Looks at every open ticket whose clock runs (waiting ones are paused): a ticket nobody took by
// its own deadline gets an `own` breach; one past 75 % of its resolve target a warning to its
// owner, and past the deadline a `resolve` breach and a second message. Each breach is recorded
// once and each level announced once, whatever how often this runs. Audited per change.
WatchOutcome watch_deadlines(db::Connection& conn, TimePoint at, const audit::Actor& by);

// Closes every resolved ticket more than kAutoCloseBusinessDays business days after it was
// resolved (the requester neither confirmed nor reopened); returns how many. Each close is the
// ticket's `close` step, audited and notified like any other.
int close_quiet_tickets(db::Connection& conn, TimePoint at, const audit::Actor& by);

// The jobs as the registry takes them: "helpdesk.deadlines.watch" every 5 minutes and
// "helpdesk.tickets.auto_close" every day at 01:00 Bangkok.
jobs::JobSpec deadline_watch_job();
jobs::JobSpec auto_close_job();

}  // namespace pao::helpdesk
