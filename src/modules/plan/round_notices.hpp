// The reporting rounds' notices, sent by the daily job "plan.rounds.notify" (08:00 Bangkok):
//   - a round opened → every member of each division with a project due in it;
//   - 3 days before the deadline (through the deadline day) → the members of each division that
//     still has a project without a report;
//   - the deadline passed → the head of each division that still has a project without a report.
// Each notice goes once per round, kind and division (plan_round_notice), in the app and by
// e-mail, written in the transaction that records it as sent (the outbox pattern).
#pragma once

#include "modules/plan/module.hpp"
#include "platform/jobs/job.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

// Sends what is due at `now`; returns how many notifications were written.
int send_round_notices(db::Connection& conn, TimePoint now, const DivisionMembers& members);

jobs::JobSpec round_notices_job(DivisionMembers members);

}  // namespace pao::plan
