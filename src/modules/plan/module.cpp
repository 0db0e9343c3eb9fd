#include "modules/plan/module.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "modules/plan/api.hpp"
#include "modules/plan/demo_data.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/kpi_routes.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/plan_store.hpp"
#include "modules/plan/round_notices.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/search_documents.hpp"
#include "modules/plan/seed.hpp"
#include "modules/plan/store.hpp"
#include "platform/registry/registry.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

void add_public_routes(http::Router& routes) {
  routes.get("/api/v1/plan/strategies")
      .allow_anonymous()
      .tag("plan")
      .summary("The digital plan's strategies with their goals and project counts (public)")
      .query_param("plan", "integer",
                   "Another plan's strategies (its id); default: the digital plan")
      .response(200, "All strategies in plan order", strategies_schema())
      .handle(get_strategies_json);
  routes.get("/api/v1/plan/projects")
      .allow_anonymous()
      .tag("plan")
      .summary("The plan's projects with their years, divisions, status and progress (public)")
      .query_param("fiscal_year", "integer", "Projects running in this B.E. fiscal year, e.g. 2567")
      .query_param("strategy", "integer", "Projects of this strategy, 1–4")
      .query_param("status", "string",
                   "not_started, on_track, delayed, completed or cancelled (computed)")
      .query_param("division", "string", "Projects this division is responsible for (org code)")
      .query_param("plan", "integer",
                   "The plan (its id, /api/v1/plan/plans); default: the digital plan (1)")
      .query_param("limit", "integer", "Projects per page, 1–500; without it, all matching")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "The matching projects in plan order", projects_schema())
      .response(400, "A bad filter, limit or cursor; `fields` names it", error_schema_ref())
      .handle(list_projects_json);
  routes.get("/api/v1/plan/projects/{id}")
      .allow_anonymous()
      .tag("plan")
      .summary("One project's progress and planned curve (public)")
      .path_param("id", "integer", "The project's id")
      .response(200, "The project", project_schema())
      .response(404, "No such project", error_schema_ref())
      .handle(get_project_json);
  routes.get("/plan")
      .allow_anonymous()
      .summary("The plan's progress for everyone (public)")
      .public_cache(std::chrono::seconds(1))
      .handle(public_progress_page);
  routes.get("/plan/projects/{id}")
      .allow_anonymous()
      .summary("A project of the digital plan and its progress (public)")
      .public_cache(std::chrono::seconds(1))
      .handle(project_page);
}

void add_reporting_routes(http::Router& routes) {
  routes.get("/api/v1/plan/rounds")
      .permission(kViewPermission)
      .tag("plan")
      .summary("Reporting rounds, newest period first")
      .response(200, "All rounds", rounds_schema())
      .handle(list_rounds_json);
  routes.post("/api/v1/plan/rounds")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Open a monthly or quarterly reporting round (the planner)")
      .body_limit(4 * 1024)
      .request_body(new_round_schema())
      .response(201, "The round, open", round_schema())
      .response(409, "This round exists already", error_schema_ref())
      .handle(open_round_json);
  routes.get("/api/v1/plan/rounds/{id}")
      .permission(kViewPermission)
      .tag("plan")
      .summary("A round with the projects due in it and whether each has reported")
      .path_param("id", "integer", "The round's id")
      .response(200, "The round", round_schema())
      .response(404, "No such round", error_schema_ref())
      .handle(get_round_json);
  routes.post("/api/v1/plan/rounds/{id}/close")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Close a round: its reports are locked; later changes are amendments")
      .path_param("id", "integer", "The round's id")
      .response(200, "The round, closed", round_schema())
      .response(409, "Closed already", error_schema_ref())
      .handle(close_round_json);
  routes.post("/api/v1/plan/projects/{id}/reports")
      .permission(kReportPermission)
      .tag("plan")
      .summary("File a progress report for one's division's project in a round")
      .path_param("id", "integer", "The project's id")
      .body_limit(64 * 1024)
      .request_body(new_report_schema())
      .response(201, "The report version as stored (pending when the round is closed)",
                report_schema())
      .response(403, "Not a project of the caller's division", error_schema_ref())
      .handle(file_report_json);
  routes.get("/api/v1/plan/projects/{id}/reports")
      .permission(kViewPermission)
      .tag("plan")
      .summary("Every version of a project's reports, newest period first")
      .path_param("id", "integer", "The project's id")
      .response(200, "The project's reports", reports_schema())
      .handle(list_reports_json);
  routes.post("/api/v1/plan/reports/{id}/decision")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Approve or reject an amendment filed after its round closed (the planner)")
      .path_param("id", "integer", "The report version's id")
      .body_limit(1024)
      .request_body(decision_schema())
      .response(200, "The report version, decided", report_schema())
      .response(409, "Not awaiting approval", error_schema_ref())
      .handle(decide_amendment_json);

  routes.post("/api/v1/plan/import")
      .permission(kManagePermission)
      .tag("plan")
      .summary(
          "Add or update projects from a CSV or .xlsx (body: the file) in the plan's shape; "
          "all rows or none")
      .query_param("plan", "integer", "The plan the projects go into; default: the digital plan")
      .body_limit(2 << 20)
      .response(200, "How many projects were added and updated", import_schema())
      .response(400, "Bad rows (fields rows[N].column) or not a plan CSV/XLSX; nothing imported",
                error_schema_ref())
      .handle(import_projects_json);
  routes.get("/plan/import").permission(kManagePermission).handle(import_page);
  routes.post("/plan/import").permission(kManagePermission).body_limit(3 << 20).handle(import_form);
  routes.get("/plan/rounds").permission(kViewPermission).handle(rounds_page);
  routes.post("/plan/rounds")
      .permission(kManagePermission)
      .body_limit(8 * 1024)
      .handle(open_round_form);
  routes.get("/plan/rounds/{id}").permission(kViewPermission).handle(round_page);
  routes.get("/plan/rounds/{id}/report.xlsx")
      .permission(kViewPermission)
      .handle(round_xlsx_download);
  routes.get("/plan/rounds/{id}/report.pdf").permission(kViewPermission).handle(round_pdf_download);
  routes.post("/plan/rounds/{id}/close").permission(kManagePermission).handle(close_round_form);
  routes.get("/plan/projects/{id}/report").permission(kReportPermission).handle(report_form_page);
  routes.post("/plan/projects/{id}/report")
      .permission(kReportPermission)
      .body_limit(kMaxAttachmentBytes + 256 * 1024)
      .handle(file_report_form);
  routes.post("/plan/reports/{id}/decision")
      .permission(kManagePermission)
      .handle(decide_amendment_form);
}

void add_dashboard_routes(http::Router& routes) {
  routes.get("/plan/dashboard").permission(kViewPermission).handle(dashboard_page);
  routes.get("/plan/dashboard.csv").permission(kViewPermission).handle(dashboard_csv_download);
  routes.post("/plan/acceleration")
      .permission(kManagePermission)
      .body_limit(32 * 1024)
      .handle(add_measure_form);
  routes.post("/plan/decisions")
      .permission(kDecidePermission)
      .body_limit(16 * 1024)
      .handle(record_decision_form);
  routes.post("/plan/projects/{id}/pdca")
      .permission(kReportPermission)
      .body_limit(32 * 1024)
      .handle(add_pdca_form);

  routes.get("/api/v1/plan/acceleration")
      .permission(kViewPermission)
      .tag("plan")
      .summary("The acceleration list (มาตรการเร่งรัด): owner, reason, measure and decisions")
      .response(200, "Every measure, newest first", measures_schema())
      .handle(list_acceleration_json);
  routes.post("/api/v1/plan/acceleration")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Put a measure for a project on the acceleration list (the planner)")
      .body_limit(32 * 1024)
      .request_body(new_measure_schema())
      .response(201, "The measure", measure_schema())
      .response(400, "A missing or too long text, or no such project; `fields` names it",
                error_schema_ref())
      .handle(add_measure_json);
  routes.get("/api/v1/plan/projects/{id}/pdca")
      .permission(kViewPermission)
      .tag("plan")
      .summary("A project's PDCA notes with their decisions, newest first")
      .path_param("id", "integer", "The project's id")
      .response(200, "The notes", pdca_list_schema())
      .response(404, "No such project", error_schema_ref())
      .handle(list_pdca_json);
  routes.post("/api/v1/plan/projects/{id}/pdca")
      .permission(kReportPermission)
      .tag("plan")
      .summary("Write a PDCA note for a project (the planner or the project's divisions)")
      .path_param("id", "integer", "The project's id")
      .body_limit(32 * 1024)
      .request_body(new_pdca_schema())
      .response(201, "The note", pdca_schema())
      .response(400, "A missing or too long text; `fields` names it", error_schema_ref())
      .response(403, "Not a project of the caller's division", error_schema_ref())
      .response(404, "No such project", error_schema_ref())
      .handle(add_pdca_json);
  routes.post("/api/v1/plan/decisions")
      .permission(kDecidePermission)
      .tag("plan")
      .summary(
          "Record the executive's decision on a measure or a PDCA note (appended, never edited)")
      .body_limit(16 * 1024)
      .request_body(new_decision_schema())
      .response(201, "The decision", decision_schema_of())
      .response(400, "A missing decision or nothing to decide on; `fields` names it",
                error_schema_ref())
      .handle(record_decision_json);
}

void add_planning_routes(http::Router& routes) {
  const auto ok = json::parse(R"({"type":"object","properties":{"project_id":{"type":"integer"},
    "ok":{"type":"boolean"}}})");
  routes.put("/api/v1/plan/projects/{id}/budget")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Set a project's budget for one of its fiscal years (satang)")
      .path_param("id", "integer", "The project's id")
      .body_limit(1024)
      .request_body(json::parse(R"({"type":"object","required":["fiscal_year","budget_satang"],
        "properties":{"fiscal_year":{"type":"integer"},"budget_satang":{"type":"integer"}}})"))
      .response(200, "Stored", ok)
      .handle(set_budget_json);
  routes.put("/api/v1/plan/projects/{id}/curve")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Replace a project's planned curve (cumulative percent per quarter); [] = linear")
      .path_param("id", "integer", "The project's id")
      .body_limit(16 * 1024)
      .request_body(json::parse(R"({"type":"object","required":["points"],"properties":{
        "points":{"type":"array","items":{"type":"object","properties":{
        "fiscal_year":{"type":"integer"},"quarter":{"type":"integer"},
        "percent":{"type":"number"}}}}}})"))
      .response(200, "Stored", ok)
      .handle(set_curve_json);
  routes.post("/api/v1/plan/projects/{id}/kpis")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Add a KPI with its baseline, direction and target per fiscal year")
      .path_param("id", "integer", "The project's id")
      .body_limit(16 * 1024)
      .request_body(json::parse(R"({"type":"object","required":["name_th","unit_th","direction"],
        "properties":{"name_th":{"type":"string"},"unit_th":{"type":"string"},
        "baseline":{"type":"number"},"direction":{"type":"string","enum":["higher","lower"]},
        "targets":{"type":"object","additionalProperties":{"type":"number"},
        "example":{"2567":50}}}})"))
      .response(201, "The KPI", json::parse(R"({"type":"object"})"))
      .handle(add_kpi_json);
  routes.post("/api/v1/plan/projects/{id}/cancel")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Cancel a project, with the reason and who approved it")
      .path_param("id", "integer", "The project's id")
      .body_limit(8 * 1024)
      .request_body(json::parse(R"({"type":"object","required":["reason_th","approved_by"],
        "properties":{"reason_th":{"type":"string"},"approved_by":{"type":"string"}}})"))
      .response(200, "Cancelled", ok)
      .response(409, "Already cancelled", error_schema_ref())
      .handle(cancel_project_json);
  routes.put("/api/v1/plan/settings")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Set the margin (percentage points behind plan) that makes a project delayed")
      .body_limit(1024)
      .request_body(json::parse(R"({"type":"object","required":["delay_margin"],
        "properties":{"delay_margin":{"type":"number"}}})"))
      .response(200, "Stored", json::parse(R"({"type":"object","properties":{
        "delay_margin":{"type":"number"}}})"))
      .handle(set_margin_json);
  routes.get("/plan/projects/{id}/kpis/new").permission(kManagePermission).handle(kpi_form_page);
  routes.post("/plan/projects/{id}/kpis")
      .permission(kManagePermission)
      .body_limit(16 * 1024)
      .handle(add_kpi_form);
  routes.get("/plan/projects/{id}/curve").permission(kManagePermission).handle(curve_form_page);
  routes.post("/plan/projects/{id}/curve")
      .permission(kManagePermission)
      .body_limit(16 * 1024)
      .handle(set_curve_form);
  routes.get("/plan/settings").permission(kManagePermission).handle(settings_page);
  routes.post("/plan/settings")
      .permission(kManagePermission)
      .body_limit(4 * 1024)
      .handle(set_margin_form);
  routes.post("/plan/projects/{id}/budget").permission(kManagePermission).handle(set_budget_form);
  routes.post("/plan/projects/{id}/cancel")
      .permission(kManagePermission)
      .handle(cancel_project_form);
}

}  // namespace

void register_plan_module(Registry& registry, DivisionMembers members) {
  registry.add_sql_migrations("plan");
  registry.add_migration_step("plan", 2, "seed_digital_plan", load_digital_plan_seed);
  registry.add_migration_step("plan", 3, "map_responsible_divisions", map_responsible_divisions);
  registry.add_migration_step("plan", 5, "progress_summary", store::refresh_all_summaries);
  registry.add_migration_step("plan", 7, "plans", seed_goals_from_text);

  registry.add_permission(kViewPermission,
                          {"ดูการติดตามแผน: แดชบอร์ด รอบรายงาน และรายละเอียดรายงาน",
                           "Follow the plan: dashboard, reporting rounds and report details"},
                          {"executive", "division_head", "clerk", "staff", "auditor"});
  registry.add_permission(kReportPermission,
                          {"รายงานความก้าวหน้าโครงการของส่วนราชการตน",
                           "File progress reports for one's division's projects"},
                          {"division_head", "clerk", "staff"});
  registry.add_permission(kManagePermission,
                          {"จัดการแผน: รอบรายงาน อนุมัติการแก้ไข งบประมาณ ยกเลิกโครงการ",
                           "Keep the plan: rounds, amendment approval, budgets, cancellation"},
                          {"division_head"});
  registry.add_permission(
      kDecidePermission,
      {"สั่งการมาตรการเร่งรัดและบันทึก PDCA", "Decide on the acceleration list and PDCA notes"},
      {"executive"});

  registry.add_demo_data("plan", load_demo_progress);
  if (members) registry.add_job(round_notices_job(std::move(members)));

  add_public_routes(registry.routes());
  add_reporting_routes(registry.routes());
  add_dashboard_routes(registry.routes());
  add_planning_routes(registry.routes());
  add_plan_routes(registry.routes());
  add_kpi_routes(registry.routes());
  registry.add_menu({"plan", "plan.menu", "/plan", std::nullopt, 20});
  registry.add_menu(
      {"plan_dashboard", "plan.dashboard_menu", "/plan/dashboard", kViewPermission, 21, "plan"});
  registry.add_menu(
      {"plan_rounds", "plan.rounds_menu", "/plan/rounds", kViewPermission, 22, "plan"});
  registry.add_menu({"plan_plans", "plan.plans_menu", "/plan/plans", kViewPermission, 23, "plan"});
  // Report attachments and photos: staff who follow the plan.
  registry.add_file_owner("plan", "report", [](http::Context& ctx, const std::string&) {
    return ctx.principal.can(kViewPermission);
  });
  registry.add_search_source(
      {"plan.project", {"โครงการในแผนดิจิทัล", "Digital plan projects"}, index_projects});
  registry.add_search_source(
      {"plan.report", {"รายงานความก้าวหน้าโครงการ", "Plan progress reports"}, index_reports});
}

}  // namespace pao::plan
