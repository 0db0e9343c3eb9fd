#include "modules/helpdesk/module.hpp"

#include "modules/helpdesk/deadline_watch.hpp"
#include "modules/helpdesk/demo_data.hpp"
#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "modules/helpdesk/store.hpp"
#include "modules/identity/api.hpp"
#include "platform/registry/registry.hpp"

namespace pao::helpdesk {

void register_helpdesk_module(Registry& registry) {
  registry.add_sql_migrations("helpdesk");
  registry.add_migration_step("helpdesk", 7, "timeline_field_changes",
                              store::allow_field_change_entries);
  registry.add_permission(
      kReport,
      {"แจ้งปัญหาคอมพิวเตอร์และติดตามเรื่องของตน", "Report IT problems and follow one's own tickets"},
      {"executive", "division_head", "clerk", "staff", "it_staff", "auditor"});
  registry.add_permission(
      kWork, {"รับและดำเนินการใบแจ้งซ่อม (เจ้าหน้าที่ไอที)", "Work on tickets (IT staff)"}, {"it_staff"});
  registry.add_permission(kViewReports,
                          {"ดูรายงานงานแจ้งซ่อมประจำเดือน", "See the IT help monthly report"},
                          {"it_staff", "executive", "auditor"});
  registry.add_permission(kIntake,
                          {"ส่งอีเมลแจ้งปัญหาเข้าระบบ (เครื่องแม่ข่ายอีเมล)",
                           "Hand in e-mails to the service desk (the mail server)"},
                          {});
  registry.add_permission(kManage,
                          {"ตั้งค่าระดับการให้บริการและการมองเห็นเรื่องแจ้งซ่อม (หัวหน้างานไอที)",
                           "Set SLA targets and ticket visibility (IT head)"},
                          {});
  // IT staff are those holding helpdesk.work for the requester's division, as identity's roles
  // say today; the registry (and its permission list) lives as long as the routes.
  const std::vector<PermissionInfo>* declared = &registry.permissions();
  const FindItStaff it_staff = [declared](db::Connection& conn, const std::string& division) {
    std::vector<std::int64_t> ids;
    for (const auto& u : identity::active_users_with_permission(conn, *declared, kWork, division)) {
      ids.push_back(u.id);
    }
    return ids;
  };
  // The requester of an e-mailed ticket: the active account with the sender's address.
  const FindSender sender = [](db::Connection& conn,
                               const std::string& email) -> std::optional<Caller> {
    const auto u = identity::find_active_user_by_email(conn, email);
    if (!u) return std::nullopt;
    return Caller{u->id, u->display_name, u->division_code, false, {}};
  };
  add_json_routes(registry.routes(), it_staff, sender);
  add_html_routes(registry.routes(), it_staff);
  registry.add_menu({"helpdesk_report", "helpdesk.report_menu", "/helpdesk/reports/monthly",
                     kViewReports, 43, "helpdesk"});
  registry.add_menu(
      {"helpdesk_settings", "helpdesk.settings", "/helpdesk/settings", kManage, 44, "helpdesk"});
  registry.add_menu({"helpdesk_kb", "helpdesk.kb", "/helpdesk/kb", kReport, 42, "helpdesk"});
  registry.add_search_source(
      {"helpdesk.article",
       {"คลังความรู้ไอที", "IT knowledge base"},
       [](db::Connection& conn, const Clock& clock) { index_all_articles(conn, clock.now()); }});
  registry.add_demo_data("helpdesk", load_demo_data);
  registry.add_job(deadline_watch_job());
  registry.add_job(auto_close_job());
  registry.add_menu(
      {"helpdesk", "helpdesk.menu", "/helpdesk", kReport, 40, "helpdesk", "helpdesk.menu_group"});
  registry.add_menu(
      {"helpdesk_queue", "helpdesk.menu_queue", "/helpdesk/queue", kWork, 41, "helpdesk"});
  // A ticket's screenshot is read by whoever may see the ticket.
  registry.add_file_owner("helpdesk", "ticket", [](http::Context& ctx, const std::string& id) {
    const auto n = std::atoll(id.c_str());
    return n > 0 && view_ticket(ctx.db(), caller_of(ctx), n).ok();
  });
}

}  // namespace pao::helpdesk
