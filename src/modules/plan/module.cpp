#include "modules/plan/module.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/seed.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"

namespace pao::plan {

namespace {

// Every project as a public search document, pointing at its page.
void index_projects(db::Connection& conn, const Clock& clock) {
  for (const auto& p : list_projects(conn)) {
    search::upsert(conn, {"plan.project",
                          std::to_string(p.id),
                          "โครงการ " + p.number() + " " + p.name_th,
                          p.objectives_th + "\n" + p.responsible_th,
                          "/plan/projects/" + std::to_string(p.id),
                          {search::Grant::everyone()},
                          clock.now()});
  }
}

void add_public_routes(http::Router& routes) {
  routes.get("/api/v1/plan/strategies")
      .allow_anonymous()
      .tag("plan")
      .summary("The digital plan's strategies with their goals and project counts (public)")
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

}  // namespace

void register_plan_module(Registry& registry) {
  registry.add_sql_migrations("plan");
  registry.add_migration_step("plan", 2, "seed_digital_plan", load_digital_plan_seed);
  registry.add_migration_step("plan", 3, "map_responsible_divisions", map_responsible_divisions);

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

  add_public_routes(registry.routes());
  registry.add_menu({"plan", "plan.menu", "/plan", std::nullopt, 20});
  registry.add_search_source(
      {"plan.project", {"โครงการในแผนดิจิทัล", "Digital plan projects"}, index_projects});
}

}  // namespace pao::plan
