#include "modules/plan/permissions.hpp"

#include <algorithm>

namespace pao::plan {

bool is_planner(const auth::Principal& who) {
  return who.can_in(kManagePermission, kPlanningDivision);
}

bool may_report_for(const auth::Principal& who, const std::vector<std::string>& divisions) {
  if (is_planner(who)) return true;
  const auto it = who.permissions.find(kReportPermission);
  if (it == who.permissions.end()) return false;
  return std::any_of(divisions.begin(), divisions.end(), [&](const std::string& d) {
    return it->second.count(d) > 0 ||
           (it->second.count(auth::kEverywhere) > 0 && who.division == d);
  });
}

}  // namespace pao::plan
