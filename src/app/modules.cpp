// The one place modules are listed. Order matters only for the menu's tie-breaks and for
// migrations: a module's tables may reference those of modules listed before it.
#include "app/application.hpp"
#include "modules/audit/module.hpp"
#include "modules/calendar/module.hpp"
#include "modules/design/module.hpp"
#include "modules/helpdesk/module.hpp"
#include "modules/identity/api.hpp"
#include "modules/identity/module.hpp"
#include "modules/inventory/module.hpp"
#include "modules/notifications/module.hpp"
#include "modules/org/module.hpp"
#include "modules/plan/module.hpp"
#include "modules/saraban/module.hpp"
#include "modules/site_search/module.hpp"

namespace pao::app {

namespace {
// The plan's round notices go to a division's active staff; its head is who holds the
// division_head role there (identity knows; the plan module cannot ask it, ADR 0008).
std::vector<plan::DivisionMember> plan_division_members(db::Connection& conn,
                                                        const std::string& division) {
  std::vector<plan::DivisionMember> out;
  for (const auto& u : identity::active_users_in_division(conn, division)) {
    bool head = false;
    for (const auto& r : u.roles) {
      head = head || (r.role == "division_head" && (r.scope == "*" || r.scope == division));
    }
    out.push_back({u.id, head});
  }
  return out;
}
}  // namespace

void register_modules(Registry& registry) {
  org::register_org_module(registry);
  plan::register_plan_module(registry, plan_division_members);
  identity::register_identity_module(registry);
  audit::register_audit_module(registry);
  calendar::register_calendar_module(registry);
  site_search::register_site_search_module(registry);
  design::register_design_module(registry);
  notifications::register_notifications_module(registry);
  helpdesk::register_helpdesk_module(registry);
  saraban::register_saraban_module(registry);
  inventory::register_inventory_module(registry);
}

}  // namespace pao::app
