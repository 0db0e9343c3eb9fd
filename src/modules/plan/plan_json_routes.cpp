// JSON API of the plan registry: plans, their strategies and goals, and projects added under a
// strategy (the same use cases as the planner's pages, plans.hpp). Reading is public, like the
// strategies and projects; writing is the planner's (plan.manage).
#include <boost/json.hpp>
#include <charconv>

#include "modules/plan/permissions.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/routes.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> path_id(const http::Context& ctx) {
  const auto s = ctx.request.path_param("id");
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

json::object plan_json(const Plan& p) {
  return {{"id", p.id},
          {"kind", p.kind},
          {"name_th", p.name_th},
          {"first_year", p.first_year},
          {"last_year", p.last_year},
          {"status", p.status},
          {"default", p.id == kDefaultPlanId},
          {"strategy_count", p.strategy_count},
          {"project_count", p.project_count}};
}

json::object goal_json(const Goal& g) {
  return {{"id", g.id},
          {"strategy_id", g.strategy_id},
          {"position", g.position},
          {"text_th", g.text_th}};
}

json::object strategy_json(const Strategy& s) {
  json::array goals;
  for (const auto& g : s.goals) goals.push_back(goal_json(g));
  return {{"id", s.id},
          {"plan_id", s.plan_id},
          {"number", s.number},
          {"name_th", s.name_th},
          {"missions_th", json::array(s.missions_th.begin(), s.missions_th.end())},
          {"goals", std::move(goals)},
          {"project_count", s.project_count}};
}

json::object project_json(const Project& p) {
  return {{"id", p.id},
          {"strategy", p.strategy_number},
          {"seq", p.seq},
          {"number", p.number()},
          {"name_th", p.name_th},
          {"fiscal_years", json::array(p.fiscal_years.begin(), p.fiscal_years.end())}};
}

// The request body as an object with the integer array `field` taken out (JsonInput reads the
// rest); invalid_argument naming `field` when it is not an array of integers.
struct BodyWithIds {
  json::object rest;
  std::vector<std::int64_t> ids;
  bool present = false;
};
Result<BodyWithIds> body_with_ids(const http::Request& request, const std::string& field) {
  BodyWithIds out;
  try {
    auto v = json::parse(request.body);
    if (!v.is_object()) throw std::invalid_argument("not an object");
    out.rest = std::move(v.as_object());
  } catch (const std::exception&) {
    return Error::invalid({"ข้อมูลต้องเป็น JSON object", "The body must be a JSON object"});
  }
  if (const auto* list = out.rest.if_contains(field)) {
    out.present = true;
    bool ok = list->is_array();
    if (ok) {
      for (const auto& item : list->as_array()) {
        if (!item.is_int64()) {
          ok = false;
          break;
        }
        out.ids.push_back(item.as_int64());
      }
    }
    if (!ok) {
      return Error::invalid({"ข้อมูลไม่ถูกต้อง", "A field is not valid"})
          .field(field, {"ต้องเป็นรายการตัวเลข", "must be an array of integers"});
    }
    out.rest.erase(field);
  }
  return out;
}

Result<PlanInput> read_plan(const http::Request& request) {
  auto in = http::JsonInput::parse(request);
  if (!in.ok()) return in.error();
  PlanInput p;
  p.kind = in->text("kind", {.required = true, .max_chars = 40});
  p.name_th = in->text("name_th", {.required = true, .max_chars = 300});
  p.first_year = static_cast<int>(in->integer("first_year", 2500, 2700, true).value_or(0));
  p.last_year = static_cast<int>(in->integer("last_year", 2500, 2700, true).value_or(0));
  if (auto status = in->optional_text("status", {.max_chars = 20})) p.status = *status;
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  return p;
}

Result<StrategyInput> read_strategy(const http::Request& request) {
  auto in = http::JsonInput::parse(request);
  if (!in.ok()) return in.error();
  StrategyInput s;
  s.number = static_cast<int>(in->integer("number", 1, 99, true).value_or(0));
  s.name_th = in->text("name_th", {.required = true, .max_chars = 500});
  s.missions_th = in->text_list("missions_th", 30, 1000);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  return s;
}

Result<std::string> read_goal_text(const http::Request& request) {
  auto in = http::JsonInput::parse(request);
  if (!in.ok()) return in.error();
  auto text = in->text("text_th", {.required = true, .max_chars = 1000});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  return text;
}

}  // namespace

Result<http::Response> list_plans_json(http::Context& ctx) {
  json::array items;
  for (const auto& p : list_plans(ctx.db())) {
    if (may_see_plan(p, ctx.principal)) items.push_back(plan_json(p));
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> get_plan_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto d = id ? plan_detail(ctx.db(), *id) : std::nullopt;
  if (!d || !may_see_plan(d->plan, ctx.principal)) return no_such_plan();
  json::object out = plan_json(d->plan);
  json::array strategies, projects;
  for (const auto& s : d->strategies) strategies.push_back(strategy_json(s));
  for (const auto& p : d->projects) projects.push_back(project_json(p));
  out["strategies"] = std::move(strategies);
  out["projects"] = std::move(projects);
  return http::Response::json(200, out);
}

Result<http::Response> create_plan_json(http::Context& ctx) {
  auto in = read_plan(ctx.request);
  if (!in.ok()) return in.error();
  auto p = create_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *in);
  if (!p.ok()) return p.error();
  return http::Response::json(201, plan_json(*p));
}

Result<http::Response> update_plan_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  auto in = read_plan(ctx.request);
  if (!in.ok()) return in.error();
  auto p = update_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id, *in);
  if (!p.ok()) return p.error();
  return http::Response::json(200, plan_json(*p));
}

Result<http::Response> add_strategy_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  auto in = read_strategy(ctx.request);
  if (!in.ok()) return in.error();
  auto s = add_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id, *in);
  if (!s.ok()) return s.error();
  return http::Response::json(201, strategy_json(*s));
}

Result<http::Response> update_strategy_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  auto in = read_strategy(ctx.request);
  if (!in.ok()) return in.error();
  auto s = update_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                           static_cast<int>(*id), *in);
  if (!s.ok()) return s.error();
  return http::Response::json(200, strategy_json(*s));
}

Result<http::Response> delete_strategy_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  auto r = delete_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                           static_cast<int>(*id));
  if (!r.ok()) return r.error();
  return http::Response::json(200, json::object{{"id", *id}, {"deleted", true}});
}

Result<http::Response> delete_plan_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  auto r = delete_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id);
  if (!r.ok()) return r.error();
  return http::Response::json(200, json::object{{"id", *id}, {"deleted", true}});
}

Result<http::Response> add_goal_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  auto text = read_goal_text(ctx.request);
  if (!text.ok()) return text.error();
  auto g = add_goal(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                    static_cast<int>(*id), *text);
  if (!g.ok()) return g.error();
  return http::Response::json(201, goal_json(*g));
}

Result<http::Response> reorder_goals_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  auto body = body_with_ids(ctx.request, "goal_ids");
  if (!body.ok()) return body.error();
  http::JsonInput rest(std::move(body->rest));
  if (!body->present) rest.reject("goal_ids", {"กรุณาระบุ", "is required"});
  if (auto bad = rest.finish(); !bad.ok()) return bad.error();
  auto r = reorder_goals(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                         static_cast<int>(*id), body->ids);
  if (!r.ok()) return r.error();
  return http::Response::json(200, strategy_json(*find_strategy(ctx.db(), static_cast<int>(*id))));
}

Result<http::Response> update_goal_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_goal();
  auto text = read_goal_text(ctx.request);
  if (!text.ok()) return text.error();
  auto g =
      update_goal(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id, *text);
  if (!g.ok()) return g.error();
  return http::Response::json(200, goal_json(*g));
}

Result<http::Response> delete_goal_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_goal();
  auto r = remove_goal(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id);
  if (!r.ok()) return r.error();
  return http::Response::json(200, json::object{{"id", *id}, {"deleted", true}});
}

Result<http::Response> add_project_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  auto body = body_with_ids(ctx.request, "fiscal_years");
  if (!body.ok()) return body.error();
  http::JsonInput in(std::move(body->rest));
  NewProject p;
  for (const auto y : body->ids) p.fiscal_years.push_back(static_cast<int>(y));
  p.seq = static_cast<int>(in.integer("seq", 1, 999).value_or(0));
  p.name_th = in.text("name_th", {.required = true, .max_chars = 500});
  p.objectives_th = in.text("objectives_th", {.max_chars = 4000});
  p.system_kind = in.text("system_kind", {.max_chars = 100});
  p.divisions = in.text_list("divisions", 20, 60);
  if (auto bad = in.finish(); !bad.ok()) return bad.error();
  auto added = add_project(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                           static_cast<int>(*id), p);
  if (!added.ok()) return added.error();
  json::object out = project_json(*added);
  out["plan_id"] = added->plan_id;
  return http::Response::json(201, out);
}

void add_plan_routes(http::Router& routes) {
  const auto plan = json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},
    "kind":{"type":"string","enum":["digital","local_development","yearly_action"]},
    "name_th":{"type":"string"},"first_year":{"type":"integer","description":"B.E."},
    "last_year":{"type":"integer","description":"B.E."},
    "status":{"type":"string","enum":["draft","in_force","ended"]},
    "default":{"type":"boolean","description":"the plan shown when none is chosen"},
    "strategy_count":{"type":"integer"},"project_count":{"type":"integer"}}})");
  const auto goal = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "strategy_id":{"type":"integer"},"position":{"type":"integer"},"text_th":{"type":"string"}}})");
  json::object strategy = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "plan_id":{"type":"integer"},"number":{"type":"integer"},"name_th":{"type":"string"},
    "missions_th":{"type":"array","items":{"type":"string"}},
    "project_count":{"type":"integer"}}})")
                              .as_object();
  strategy["properties"].as_object()["goals"] = json::object{{"type", "array"}, {"items", goal}};
  const auto project = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "strategy":{"type":"integer"},"seq":{"type":"integer"},"number":{"type":"string"},
    "name_th":{"type":"string"},"fiscal_years":{"type":"array","items":{"type":"integer"}}}})");
  json::object detail = plan.as_object();
  detail["properties"].as_object()["strategies"] =
      json::object{{"type", "array"}, {"items", strategy}};
  detail["properties"].as_object()["projects"] =
      json::object{{"type", "array"}, {"items", project}};
  const auto new_plan = json::parse(R"({"type":"object",
    "required":["kind","name_th","first_year","last_year"],"properties":{
    "kind":{"type":"string","enum":["digital","local_development","yearly_action"]},
    "name_th":{"type":"string"},"first_year":{"type":"integer","example":2570},
    "last_year":{"type":"integer","example":2570},
    "status":{"type":"string","enum":["draft","in_force","ended"],"default":"draft"}}})");
  const auto new_strategy = json::parse(R"({"type":"object","required":["number","name_th"],
    "properties":{"number":{"type":"integer","example":1},"name_th":{"type":"string"},
    "missions_th":{"type":"array","items":{"type":"string"}}}})");
  const auto new_goal = json::parse(R"({"type":"object","required":["text_th"],
    "properties":{"text_th":{"type":"string"}}})");
  const auto deleted = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "deleted":{"type":"boolean"}}})");

  routes.get("/api/v1/plan/plans")
      .allow_anonymous()
      .tag("plan")
      .summary("The PAO's plans (digital, 5-year local development, yearly action) with counts")
      .response(
          200, "Every plan, the default plan first",
          json::object{{"type", "object"},
                       {"properties",
                        json::object{{"items", json::object{{"type", "array"}, {"items", plan}}}}}})
      .handle(list_plans_json);
  routes.post("/api/v1/plan/plans")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Add a plan: kind, Thai name, B.E. years first..last, status (the planner)")
      .body_limit(8 * 1024)
      .request_body(new_plan)
      .response(201, "The plan", plan)
      .response(400, "A bad kind, name, span or status; `fields` names it", error_schema_ref())
      .handle(create_plan_json);
  routes.get("/api/v1/plan/plans/{id}")
      .allow_anonymous()
      .tag("plan")
      .summary("A plan with its strategies, their goals, and its projects")
      .path_param("id", "integer", "The plan's id (1: the digital plan)")
      .response(200, "The plan", detail)
      .response(404, "No such plan", error_schema_ref())
      .handle(get_plan_json);
  routes.put("/api/v1/plan/plans/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Change a plan's kind, name, years or status (its projects must stay in its years)")
      .path_param("id", "integer", "The plan's id")
      .body_limit(8 * 1024)
      .request_body(new_plan)
      .response(200, "The plan", plan)
      .response(400, "A bad field, or projects outside the new years", error_schema_ref())
      .response(404, "No such plan", error_schema_ref())
      .handle(update_plan_json);
  routes.del("/api/v1/plan/plans/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary(
          "Delete a draft plan with its strategies and goals; refused for a plan in force or "
          "ended, and while it has projects")
      .path_param("id", "integer", "The plan's id")
      .response(200, "Deleted", deleted)
      .response(404, "No such plan", error_schema_ref())
      .response(409, "Not a draft, or it still has projects (the message says how many)",
                error_schema_ref())
      .handle(delete_plan_json);
  routes.post("/api/v1/plan/plans/{id}/strategies")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Add a strategy to a plan (its number unique within the plan)")
      .path_param("id", "integer", "The plan's id")
      .body_limit(64 * 1024)
      .request_body(new_strategy)
      .response(201, "The strategy", strategy)
      .response(400, "A bad or taken number, or a missing name; `fields` names it",
                error_schema_ref())
      .response(404, "No such plan", error_schema_ref())
      .handle(add_strategy_json);
  routes.put("/api/v1/plan/strategies/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Change a strategy's number, name or missions")
      .path_param("id", "integer", "The strategy's id")
      .body_limit(64 * 1024)
      .request_body(new_strategy)
      .response(200, "The strategy", strategy)
      .response(400, "A bad or taken number, or a missing name", error_schema_ref())
      .response(404, "No such strategy", error_schema_ref())
      .handle(update_strategy_json);
  routes.del("/api/v1/plan/strategies/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Delete a strategy and its goals; refused while it has projects")
      .path_param("id", "integer", "The strategy's id")
      .response(200, "Deleted", deleted)
      .response(404, "No such strategy", error_schema_ref())
      .response(409, "The strategy still has projects (the message says how many)",
                error_schema_ref())
      .handle(delete_strategy_json);
  routes.post("/api/v1/plan/strategies/{id}/goals")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Add a goal (เป้าประสงค์) at the end of a strategy's goals")
      .path_param("id", "integer", "The strategy's id")
      .body_limit(8 * 1024)
      .request_body(new_goal)
      .response(201, "The goal", goal)
      .response(404, "No such strategy", error_schema_ref())
      .handle(add_goal_json);
  routes.put("/api/v1/plan/strategies/{id}/goals")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Reorder a strategy's goals: goal_ids lists each of them once, in the new order")
      .path_param("id", "integer", "The strategy's id")
      .body_limit(8 * 1024)
      .request_body(json::parse(R"({"type":"object","required":["goal_ids"],"properties":{
        "goal_ids":{"type":"array","items":{"type":"integer"}}}})"))
      .response(200, "The strategy with its goals in the new order", strategy)
      .response(400, "Not each of the strategy's goals exactly once", error_schema_ref())
      .handle(reorder_goals_json);
  routes.put("/api/v1/plan/goals/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Change a goal's text")
      .path_param("id", "integer", "The goal's id")
      .body_limit(8 * 1024)
      .request_body(new_goal)
      .response(200, "The goal", goal)
      .response(404, "No such goal", error_schema_ref())
      .handle(update_goal_json);
  routes.del("/api/v1/plan/goals/{id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Remove a goal; the others close up")
      .path_param("id", "integer", "The goal's id")
      .response(200, "Removed", deleted)
      .response(404, "No such goal", error_schema_ref())
      .handle(delete_goal_json);
  routes.post("/api/v1/plan/strategies/{id}/projects")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Add a project under a strategy; its years within the plan's")
      .path_param("id", "integer", "The strategy's id")
      .body_limit(32 * 1024)
      .request_body(json::parse(R"({"type":"object","required":["name_th","fiscal_years",
        "divisions"],"properties":{"seq":{"type":"integer","description":"omitted: the next"},
        "name_th":{"type":"string"},"objectives_th":{"type":"string"},
        "system_kind":{"type":"string"},
        "fiscal_years":{"type":"array","items":{"type":"integer"},"example":[2570]},
        "divisions":{"type":"array","items":{"type":"string"},"example":["strategy_budget"]}}})"))
      .response(201, "The project", project)
      .response(400, "A missing name, a year outside the plan, an unknown division or a taken seq",
                error_schema_ref())
      .response(404, "No such strategy", error_schema_ref())
      .handle(add_project_json);

  routes.get("/plan/plans").permission(kViewPermission).handle(plans_page);
  routes.post("/plan/plans")
      .permission(kManagePermission)
      .body_limit(8 * 1024)
      .handle(create_plan_form);
  routes.get("/plan/plans/{id}").permission(kViewPermission).handle(plan_page);
  routes.post("/plan/plans/{id}")
      .permission(kManagePermission)
      .body_limit(8 * 1024)
      .handle(update_plan_form);
  routes.post("/plan/plans/{id}/delete").permission(kManagePermission).handle(delete_plan_form);
  routes.post("/plan/plans/{id}/strategies")
      .permission(kManagePermission)
      .body_limit(64 * 1024)
      .handle(add_strategy_form);
  routes.get("/plan/strategies/{id}").permission(kManagePermission).handle(strategy_page);
  routes.post("/plan/strategies/{id}")
      .permission(kManagePermission)
      .body_limit(64 * 1024)
      .handle(update_strategy_form);
  routes.post("/plan/strategies/{id}/delete")
      .permission(kManagePermission)
      .handle(delete_strategy_form);
  routes.post("/plan/strategies/{id}/goals")
      .permission(kManagePermission)
      .body_limit(8 * 1024)
      .handle(add_goal_form);
  routes.post("/plan/goals/{id}")
      .permission(kManagePermission)
      .body_limit(8 * 1024)
      .handle(goal_form);
  routes.post("/plan/strategies/{id}/projects")
      .permission(kManagePermission)
      .body_limit(32 * 1024)
      .handle(add_project_form);
}

}  // namespace pao::plan
