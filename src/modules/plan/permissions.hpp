// Who may do what in the plan's follow-up. The routes check the permission to reach a page; the
// use cases ask these rules about the record at hand.
//
//   plan.view             see the internal side: dashboard, rounds, who filed, problems
//   plan.report_progress  file progress reports for the projects of one's own division: held in
//                         a division (role@division), it covers that division's projects; held
//                         everywhere, it covers the holder's own division only
//   plan.manage           the planner (กองยุทธศาสตร์และงบประมาณ): rounds, amendments, budgets,
//                         cancelling; counts only when held everywhere or in the planning division
//   plan.decide           the executive: decisions on the acceleration list and PDCA notes
#pragma once

#include <string>
#include <vector>

#include "platform/auth/principal.hpp"

namespace pao::plan {

inline constexpr const char* kViewPermission = "plan.view";
inline constexpr const char* kReportPermission = "plan.report_progress";
inline constexpr const char* kManagePermission = "plan.manage";
inline constexpr const char* kDecidePermission = "plan.decide";
// The division that keeps the plan (its head is the planner).
inline constexpr const char* kPlanningDivision = "strategy_budget";

bool is_planner(const auth::Principal& who);
// May `who` file reports for a project of `divisions`? Planners may, for any project.
bool may_report_for(const auth::Principal& who, const std::vector<std::string>& divisions);

}  // namespace pao::plan
