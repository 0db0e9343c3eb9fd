#include "modules/plan/module.hpp"

#include <boost/json.hpp>

#include "modules/plan/api.hpp"
#include "modules/plan/seed.hpp"
#include "platform/registry/registry.hpp"

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

}  // namespace

void register_plan_module(Registry& registry) {
  registry.add_sql_migrations("plan");
  registry.add_migration_step("plan", 2, "seed_digital_plan", load_digital_plan_seed);

  registry.routes()
      .get("/api/v1/plan/strategies")
      .allow_anonymous()
      .tag("plan")
      .summary("The digital plan's strategies with their goals and project counts (public)")
      .response(200, "All strategies in plan order", strategies_schema())
      .handle(get_strategies_json);
}

}  // namespace pao::plan
