// A project's KPIs on the JSON API: the list with each KPI's actual and achievement, editing,
// deleting and retiring one — the same use cases as the pages (manage_kpis.hpp). Adding one is
// POST /api/v1/plan/projects/{id}/kpis (manage_routes.cpp).
#include <boost/json.hpp>
#include <charconv>

#include "modules/plan/follow_progress.hpp"
#include "modules/plan/kpi_routes.hpp"
#include "modules/plan/kpi_store.hpp"
#include "modules/plan/manage_kpis.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/routes.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

Result<std::int64_t> kpi_id_param(const http::Context& ctx) {
  const auto& typed = ctx.request.path_param("kpi_id");
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), id);
  if (ec != std::errc() || end != typed.data() + typed.size() || id <= 0) {
    return Error::not_found({"ไม่พบตัวชี้วัดนี้ในโครงการ", "The project has no such KPI"});
  }
  return id;
}

std::optional<double> number_of(const json::value* v) {
  if (!v) return std::nullopt;
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  if (v->is_uint64()) return static_cast<double>(v->as_uint64());
  if (v->is_double()) return v->as_double();
  return std::nullopt;
}

// {"name_th", "unit_th", "baseline", "direction", "targets": {"2567": 50}} as a NewKpi.
Result<NewKpi> read_kpi_body(const http::Context& ctx, std::int64_t project_id) {
  json::value body;
  try {
    body = json::parse(ctx.request.body);
  } catch (const std::exception&) {
  }
  if (!body.is_object()) {
    return Error::invalid({"ข้อมูลต้องเป็น JSON object", "The body must be a JSON object"});
  }
  const auto& o = body.as_object();
  NewKpi k;
  k.project_id = project_id;
  auto text_of = [&](const char* f) {
    const auto* v = o.if_contains(f);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  k.name_th = text_of("name_th");
  k.unit_th = text_of("unit_th");
  k.direction = text_of("direction");
  if (const auto* b = o.if_contains("baseline"); b && !b->is_null()) {
    const auto baseline = number_of(b);
    if (!baseline) {
      return Error::invalid({"ค่าฐานไม่ถูกต้อง", "The baseline is not valid"})
          .field("baseline", {"ต้องเป็นตัวเลข", "must be a number"});
    }
    k.baseline = *baseline;
  }
  if (const auto* t = o.if_contains("targets"); t && !t->is_null()) {
    const auto* targets = t->if_object();
    bool ok = targets != nullptr;
    if (ok) {
      for (const auto& [year, target] : *targets) {
        int y = 0;
        const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), y);
        const auto value = number_of(&target);
        if (ec != std::errc() || end != year.data() + year.size() || !value) {
          ok = false;
          break;
        }
        k.targets.emplace_back(y, *value);
      }
    }
    if (!ok) {
      return Error::invalid({"เป้าหมายไม่ถูกต้อง", "A target is not valid"})
          .field("targets", {"ต้องเป็น {\"2567\": ตัวเลข}", "must be {\"2567\": number}"});
    }
  }
  return k;
}

json::object kpi_json(const Kpi& k) {
  json::object targets;
  for (const auto& [year, target] : k.targets) targets[std::to_string(year)] = target;
  return json::object{{"id", k.id},
                      {"project_id", k.project_id},
                      {"name_th", k.name_th},
                      {"unit_th", k.unit_th},
                      {"baseline", k.baseline},
                      {"direction", k.direction},
                      {"targets", std::move(targets)},
                      {"tracked", k.tracked()},
                      {"retired_at", k.retired_at ? json::value(*k.retired_at) : nullptr}};
}

json::value kpi_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},"project_id":{"type":"integer"},"name_th":{"type":"string"},
    "unit_th":{"type":"string"},"baseline":{"type":"number"},
    "direction":{"type":"string","enum":["higher","lower"]},
    "targets":{"type":"object","additionalProperties":{"type":"number"},"example":{"2567":50}},
    "tracked":{"type":"boolean","description":"false once retired: no longer in report forms"},
    "retired_at":{"type":["string","null"],"format":"date-time"}}})");
}

json::value kpi_list_schema() {
  return json::parse(R"({"type":"object","properties":{
    "project_id":{"type":"integer"},
    "items":{"type":"array","items":{"type":"object","description":
      "A KPI (as in PUT) with reports: how many reports carry its actuals, actual: the latest accepted, achievement_percent",
      "properties":{"id":{"type":"integer"},"name_th":{"type":"string"},"unit_th":{"type":"string"},
      "baseline":{"type":"number"},"direction":{"type":"string"},
      "targets":{"type":"object","additionalProperties":{"type":"number"}},
      "tracked":{"type":"boolean"},"retired_at":{"type":["string","null"]},
      "reports":{"type":"integer"},"actual":{"type":["number","null"]},
      "achievement_percent":{"type":["number","null"]}}}},
    "kpi_achievement_percent":{"type":["number","null"]}}})");
}

json::value kpi_body_schema() {
  return json::parse(R"({"type":"object","required":["name_th","unit_th","direction"],
    "properties":{"name_th":{"type":"string"},"unit_th":{"type":"string"},
    "baseline":{"type":"number"},"direction":{"type":"string","enum":["higher","lower"]},
    "targets":{"type":"object","additionalProperties":{"type":"number"},
    "description":"A target per fiscal year of the project; a year left out has none",
    "example":{"2567":50,"2568":80}}}})");
}

}  // namespace

Result<http::Response> list_kpis_json(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const auto progress = kpi_progress(ctx.db(), p->id);
  auto opt = [](const std::optional<double>& v) {
    return v ? json::value(*v) : json::value(nullptr);
  };
  json::array items;
  for (const auto& k : progress) {
    auto item = kpi_json(k.kpi);
    item["reports"] = store::reports_carrying(ctx.db(), k.kpi.id);
    item["actual"] = opt(k.actual);
    item["achievement_percent"] = opt(k.achievement);
    items.push_back(std::move(item));
  }
  return http::Response::json(
      200, json::object{{"project_id", p->id},
                        {"items", std::move(items)},
                        {"kpi_achievement_percent", opt(project_kpi_achievement(progress))}});
}

Result<http::Response> add_kpi_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  const auto in = read_kpi_body(ctx, *project);
  if (!in.ok()) return in.error();
  auto added = add_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *in);
  if (!added.ok()) return added.error();
  return http::Response::json(201, kpi_json(*added));
}

Result<http::Response> edit_kpi_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  const auto kpi = kpi_id_param(ctx);
  if (!kpi.ok()) return kpi.error();
  const auto in = read_kpi_body(ctx, *project);
  if (!in.ok()) return in.error();
  auto saved =
      edit_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *kpi, *in);
  if (!saved.ok()) return saved.error();
  return http::Response::json(200, kpi_json(*saved));
}

Result<http::Response> delete_kpi_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  const auto kpi = kpi_id_param(ctx);
  if (!kpi.ok()) return kpi.error();
  auto deleted =
      delete_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *project, *kpi);
  if (!deleted.ok()) return deleted.error();
  return http::Response::json(200, json::object{{"id", *kpi}, {"deleted", true}});
}

Result<http::Response> retire_kpi_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  const auto kpi = kpi_id_param(ctx);
  if (!kpi.ok()) return kpi.error();
  auto retired =
      retire_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *project, *kpi);
  if (!retired.ok()) return retired.error();
  return http::Response::json(200, kpi_json(*retired));
}

void add_kpi_routes(http::Router& routes) {
  routes.get("/api/v1/plan/projects/{id}/kpis")
      .permission(kViewPermission)
      .tag("plan")
      .summary("A project's KPIs, retired ones included, with their actuals and achievement")
      .path_param("id", "integer", "The project's id")
      .response(200, "The KPIs in the order they were added", kpi_list_schema())
      .response(404, "No such project", error_schema_ref())
      .handle(list_kpis_json);
  routes.put("/api/v1/plan/projects/{id}/kpis/{kpi_id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Edit a KPI: name, unit, baseline, direction and its targets (achievement follows)")
      .path_param("id", "integer", "The project's id")
      .path_param("kpi_id", "integer", "The KPI's id")
      .body_limit(16 * 1024)
      .request_body(kpi_body_schema())
      .response(200, "The KPI as stored", kpi_schema())
      .response(400,
                "A missing or bad field, or a year the project does not run; `fields` names it",
                error_schema_ref())
      .response(403, "Not the planner", error_schema_ref())
      .response(404, "No such project, or not one of its KPIs", error_schema_ref())
      .handle(edit_kpi_json);
  routes.del("/api/v1/plan/projects/{id}/kpis/{kpi_id}")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Delete a KPI no report carries an actual for (otherwise retire it)")
      .path_param("id", "integer", "The project's id")
      .path_param("kpi_id", "integer", "The KPI's id")
      .response(200, "Deleted", json::parse(R"({"type":"object","properties":{
        "id":{"type":"integer"},"deleted":{"type":"boolean"}}})"))
      .response(403, "Not the planner", error_schema_ref())
      .response(404, "No such project, or not one of its KPIs", error_schema_ref())
      .response(409, "Reports carry its actuals (the message says how many): retire it instead",
                error_schema_ref())
      .handle(delete_kpi_json);
  routes.post("/api/v1/plan/projects/{id}/kpis/{kpi_id}/retire")
      .permission(kManagePermission)
      .tag("plan")
      .summary("Stop tracking a KPI: it leaves new report forms; its reported actuals stay")
      .path_param("id", "integer", "The project's id")
      .path_param("kpi_id", "integer", "The KPI's id")
      .response(200, "The KPI, retired", kpi_schema())
      .response(403, "Not the planner", error_schema_ref())
      .response(404, "No such project, or not one of its KPIs", error_schema_ref())
      .response(409, "Retired already", error_schema_ref())
      .handle(retire_kpi_json);

  routes.get("/plan/projects/{id}/kpis/{kpi_id}/edit")
      .permission(kManagePermission)
      .handle(edit_kpi_page);
  routes.post("/plan/projects/{id}/kpis/{kpi_id}")
      .permission(kManagePermission)
      .body_limit(16 * 1024)
      .handle(edit_kpi_form);
  routes.post("/plan/projects/{id}/kpis/{kpi_id}/delete")
      .permission(kManagePermission)
      .handle(delete_kpi_form);
  routes.post("/plan/projects/{id}/kpis/{kpi_id}/retire")
      .permission(kManagePermission)
      .handle(retire_kpi_form);
}

}  // namespace pao::plan
