// The planner keeps each project's follow-up data: its budget per fiscal year, its planned curve,
// its KPIs (manage_kpis.hpp), the delay margin, and cancelling it (with a reason and who
// approved). Only the planner (permissions.hpp: is_planner) may: permission_denied otherwise.
// Every change writes one audit entry in its transaction (plan.project.budget,
// plan.project.curve, plan.project.cancel, plan.setting.margin).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "modules/plan/manage_kpis.hpp"  // add_kpi and the other KPI changes
#include "modules/plan/progress_status.hpp"
#include "modules/plan/records.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

// The budget of one of the project's fiscal years (satang, ≥ 0).
Status set_budget(db::Connection& conn, TimePoint at, const audit::Actor& by,
                  const auth::Principal& who, std::int64_t project_id, int fiscal_year,
                  std::int64_t budget_satang);

// Replaces the planned curve: cumulative percents at quarter ends of the project's own years,
// never decreasing, 0–100. An empty curve returns the project to the linear default.
Status set_planned_curve(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t project_id,
                         const std::vector<PlannedPoint>& points);

// Cancels the project (ยกเลิกโครงการ): a reason and the approver's name are required; cancelling
// twice is a conflict. Its status becomes "cancelled" and it is no longer due in rounds.
Status cancel_project(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const auth::Principal& who, std::int64_t project_id,
                      const std::string& reason_th, const std::string& approved_by);

// The margin in percentage points (0–100) behind plan that makes a project delayed.
Status set_delay_margin(db::Connection& conn, TimePoint at, const audit::Actor& by,
                        const auth::Principal& who, double margin);

}  // namespace pao::plan
