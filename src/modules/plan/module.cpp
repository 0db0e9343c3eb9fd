#include "modules/plan/module.hpp"

#include <boost/json.hpp>

#include "platform/html/ctemplate.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/seed.hpp"
#include "platform/html/renderer.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

json::value strategies_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{
      "id":{"type":"integer"},"name_th":{"type":"string"},
      "missions_th":{"type":"array","items":{"type":"string"}},
      "goals_th":{"type":"array","items":{"type":"string"}},
      "project_count":{"type":"integer"}}}}}})");
}

Result<http::Response> get_strategies_json(http::Context& ctx) {
  json::array items;
  for (const auto& s : list_strategies(ctx.db())) {
    json::array missions(s.missions_th.begin(), s.missions_th.end());
    json::array goals(s.goals_th.begin(), s.goals_th.end());
    items.push_back(json::object{{"id", s.id},
                                 {"name_th", s.name_th},
                                 {"missions_th", std::move(missions)},
                                 {"goals_th", std::move(goals)},
                                 {"project_count", s.project_count}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

// The public page of one project: what the plan says about it.
Result<http::Response> project_page(http::Context& ctx) {
  std::int64_t id = 0;
  try {
    id = std::stoll(ctx.request.path_param("id"));
  } catch (const std::exception&) {
  }
  const auto p = id > 0 ? find_project(ctx.db(), id) : std::nullopt;
  if (!p) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  ctemplate::TemplateDictionary dict("project");
  dict.SetValue("NUMBER", p->number());
  dict.SetValue("NAME", p->name_th);
  dict.SetValue("OBJECTIVES", p->objectives_th);
  dict.SetValue("RESPONSIBLE", p->responsible_th);
  dict.SetValue("KIND", p->system_kind);
  for (const auto& s : list_strategies(ctx.db())) {
    if (s.id == p->strategy_id) {
      dict.SetIntValue("STRATEGY_NUMBER", s.id);
      dict.SetValue("STRATEGY", s.name_th);
    }
  }
  for (int y : p->fiscal_years) {
    dict.SetValueAndShowSection("YEAR", std::to_string(y), "FISCAL_YEAR");
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "plan.project") + " " + p->number();
  info.section = "home";
  info.crumbs = {{ctx.html().text(ctx.lang, "ui.home"), "/"}, {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/project", dict);
}

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

}  // namespace

void register_plan_module(Registry& registry) {
  registry.add_sql_migrations("plan");
  registry.add_migration_step("plan", 2, "seed_digital_plan", load_digital_plan_seed);
  registry.add_migration_step("plan", 3, "map_responsible_divisions", map_responsible_divisions);

  registry.routes()
      .get("/api/v1/plan/strategies")
      .allow_anonymous()
      .tag("plan")
      .summary("The digital plan's strategies with their goals and project counts (public)")
      .response(200, "All strategies in plan order", strategies_schema())
      .handle(get_strategies_json);
  registry.routes()
      .get("/plan/projects/{id}")
      .allow_anonymous()
      .summary("A project of the digital plan (public)")
      .public_cache(std::chrono::seconds(1))
      .handle(project_page);
  registry.add_search_source(
      {"plan.project", {"โครงการในแผนดิจิทัล", "Digital plan projects"}, index_projects});
}

}  // namespace pao::plan
