#include "modules/audit/module.hpp"

#include <boost/json.hpp>

#include "modules/audit/routes.hpp"
#include "platform/registry/registry.hpp"

namespace pao::audit {

namespace {

boost::json::value error_schema_ref() {
  return boost::json::object{{"$ref", "#/components/schemas/Error"}};
}

// The filter of GET /api/v1/audit/entries (see entry_filter.hpp), documented once.
http::RouteBuilder& entry_filter_params(http::RouteBuilder& r) {
  return r.query_param("actor", "string", "The actor's name, exactly (username, token name)")
      .query_param("action", "string",
                   "An action exactly (identity.user.update), or a prefix ending in '.' "
                   "(identity.)")
      .query_param("entity_type", "string", "The record's type, exactly (user, letter …)")
      .query_param("entity_id", "string", "The record's id, exactly")
      .query_param(
          "from", "string",
          "First day in Bangkok time (UTC+7), from its midnight: 2026-11-25 or 25/11/2569 (B.E.)")
      .query_param("to", "string",
                   "Last day in Bangkok time, the whole day included: 2026-11-25 or 25/11/2569");
}

http::RouteBuilder& paging_params(http::RouteBuilder& r) {
  return r.query_param("limit", "integer", "Items per page, 1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page");
}

}  // namespace

void register_audit_module(Registry& registry) {
  registry.add_permission(kViewPermission,
                          {"ดูบันทึกการตรวจสอบ (audit trail) ส่งออก และตรวจความครบถ้วนของบันทึก",
                           "View and export the audit trail and check that it is intact"},
                          {"auditor"});
  registry.add_permission(
      kPersonalReadsPermission,
      {"ดูบันทึกการเข้าถึงข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล (สำหรับ DPO)",
       "View who read personal data, under the PDPA (for the data protection officer)"},
      {});

  auto& routes = registry.routes();

  {
    auto r = routes.get("/api/v1/audit/entries");
    r.permission(kViewPermission)
        .tag("audit")
        .summary("Audit trail entries, newest first, filtered; changes as an object");
    entry_filter_params(r);
    paging_params(r);
    r.response(200, "A page of entries", entries_schema())
        .response(400, "A bad filter, limit or cursor; `fields` names each", error_schema_ref())
        .handle(list_entries_json);
  }
  routes.get("/api/v1/audit/verify")
      .permission(kViewPermission)
      .tag("audit")
      .summary("Checks the whole hash chain; names the first altered, removed or reordered entry")
      .response(200, "The chain's state", verify_schema())
      .handle(verify_json);
  {
    auto r = routes.get("/api/v1/audit/personal-reads");
    r.permission(kPersonalReadsPermission)
        .tag("audit")
        .summary("Reads of personal data (PDPA), newest first")
        .query_param("actor", "string", "The reader's name, exactly");
    paging_params(r);
    r.response(200, "A page of personal-data reads", personal_reads_schema())
        .response(400, "A bad limit or cursor; `fields` names each", error_schema_ref())
        .handle(list_personal_reads_json);
  }

  routes.get("/admin/audit").permission(kViewPermission).handle(entries_page);
  routes.get("/admin/audit/export.csv").permission(kViewPermission).handle(export_entries_csv);
  routes.get("/admin/audit/verify").permission(kViewPermission).handle(verify_page);
  routes.get("/admin/personal-reads")
      .permission(kPersonalReadsPermission)
      .handle(personal_reads_page);

  registry.add_menu({"audit", "audit.menu", "/admin/audit", kViewPermission, 900});
  registry.add_menu({"personal_reads", "audit.personal_reads_menu", "/admin/personal-reads",
                     kPersonalReadsPermission, 910});
}

}  // namespace pao::audit
