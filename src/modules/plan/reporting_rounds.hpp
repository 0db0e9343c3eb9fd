// The planner runs reporting rounds (รอบการรายงาน): opens one for a month or a quarter of a
// fiscal year with a deadline, sees who has not reported, and closes it. After closing, reports
// of that round are locked: a change is an amendment that waits for the planner's approval
// (file_progress_report.hpp). No HTTP here: the JSON API and the pages call the same functions.
//
// Rules:
//   - Only the planner (permissions.hpp: is_planner) opens and closes rounds: permission_denied
//     otherwise, also for a division head holding plan.manage in another division.
//   - One round per (fiscal year, frequency, period): opening it twice is a conflict.
//   - Closing a closed round is a conflict; every change writes one audit entry (plan.round.open
//     / plan.round.close, entity "plan_round") in the transaction of the change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/plan/api.hpp"
#include "modules/plan/records.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

struct NewRound {
  int fiscal_year = 0;    // B.E., 2500–2700
  std::string frequency;  // "monthly" | "quarterly"
  int period = 0;         // monthly 1–12 (1 = October), quarterly 1–4
  std::string deadline;   // a date: "2024-01-15" or "15/1/2567"
};

FieldErrors check_new_round(const NewRound& in);

Result<Round> open_reporting_round(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                   const auth::Principal& who, const NewRound& in);
Result<Round> close_reporting_round(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                    const auth::Principal& who, std::int64_t round_id);

std::vector<Round> list_reporting_rounds(db::Connection& conn);
std::optional<Round> find_reporting_round(db::Connection& conn, std::int64_t id);
Error no_such_round();

// The projects expected to report in the round and whether each has (in plan order).
struct RoundProject {
  Project project;
  std::vector<std::string> divisions;
  bool reported = false;
};
std::vector<RoundProject> round_projects(db::Connection& conn, const Round& round);

}  // namespace pao::plan
