#include "modules/plan/search_documents.hpp"

#include "modules/plan/permissions.hpp"
#include "modules/plan/plan_store.hpp"
#include "modules/plan/store.hpp"
#include "platform/search/search_index.hpp"

namespace pao::plan {

void index_project(db::Connection& conn, TimePoint at, const Project& p) {
  // A draft plan's projects are internal until the plan is adopted (plans.hpp, may_see_plan).
  const auto plan = store::find_plan(conn, p.plan_id);
  const bool draft = plan && plan->status == "draft";
  search::upsert(conn,
                 {"plan.project",
                  std::to_string(p.id),
                  "โครงการ " + p.number() + " " + p.name_th,
                  p.objectives_th + "\n" + p.responsible_th,
                  "/plan/projects/" + std::to_string(p.id),
                  {draft ? search::Grant::permission(kViewPermission) : search::Grant::everyone()},
                  at});
}

void index_report(db::Connection& conn, TimePoint at, const Project& p, const Report& r) {
  search::upsert(conn, {"plan.report",
                        std::to_string(r.id),
                        "รายงานความก้าวหน้า โครงการ " + p.number() + " " + p.name_th,
                        r.activities_th + "\n" + r.problems_th + "\n" + r.help_needed_th,
                        "/plan/projects/" + std::to_string(p.id) + "#history",
                        {search::Grant::permission(kViewPermission)},
                        at});
}

void index_projects(db::Connection& conn, const Clock& clock) {
  for (const auto& p : list_projects(conn)) index_project(conn, clock.now(), p);
}

void index_reports(db::Connection& conn, const Clock& clock) {
  for (const auto& p : list_projects(conn)) {
    for (const auto& r : store::project_reports(conn, p.id)) index_report(conn, clock.now(), p, r);
  }
}

}  // namespace pao::plan
