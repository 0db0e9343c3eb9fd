// The planner keeps a project's KPIs (ตัวชี้วัด): adds one, edits it (name, unit, baseline,
// direction, a target per fiscal year of the project), deletes one no report has used, and
// retires (เลิกติดตาม) one that reports have used, so it leaves new report forms while its
// actuals and achievement stay in the project's history. Achievement is computed when read
// (follow_progress.hpp: kpi_progress), so a changed target or direction shows at once on the
// project page and in the API.
//
// Only the planner (permissions.hpp: is_planner) may: permission_denied otherwise. A KPI id that
// is not one of the project's is not_found. Every change writes one audit entry with the values
// before and after, in its transaction: plan.kpi.add, plan.kpi.edit, plan.kpi.delete,
// plan.kpi.retire.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "modules/plan/records.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

// A KPI as the planner types it. Name and unit are required; direction is "higher" or "lower"
// (is better); targets are for the project's own fiscal years (invalid_argument on "targets"
// otherwise), a year left out has no target.
struct NewKpi {
  std::int64_t project_id = 0;
  std::string name_th, unit_th;
  double baseline = 0;
  std::string direction;                        // "higher" | "lower"
  std::vector<std::pair<int, double>> targets;  // (fiscal year of the project, target)
};
Result<Kpi> add_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const auth::Principal& who, const NewKpi& in);

// Replaces KPI `kpi_id` of project in.project_id with `in` (the same checks as add_kpi); a
// retired KPI may be edited too. Nothing changed: no audit entry. The KPI as stored.
Result<Kpi> edit_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                     const auth::Principal& who, std::int64_t kpi_id, const NewKpi& in);

// Deletes a KPI that no report carries an actual for. When reports do, conflict, with a message
// saying how many and that it can be retired instead; nothing changes.
Status delete_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                  const auth::Principal& who, std::int64_t project_id, std::int64_t kpi_id);

// Marks the KPI as no longer tracked from `at`: new reports neither ask for nor accept its actual.
// Retiring it twice is a conflict. The KPI as stored.
Result<Kpi> retire_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                       const auth::Principal& who, std::int64_t project_id, std::int64_t kpi_id);

// The refusal delete_kpi gives when `reports` reports carry the KPI (for pages that explain it
// before the planner tries).
Error kpi_in_reports(std::int64_t reports);

}  // namespace pao::plan
