// The planner's writes to a project (budget, curve, KPIs, cancelling, the delay margin): JSON API
// and the small forms on the project page. Thin: manage_projects.hpp does the work.
#include <boost/json.hpp>
#include <charconv>

#include "modules/plan/manage_projects.hpp"
#include "modules/plan/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/http/json_input.hpp"
#include "platform/money/baht.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

Result<json::object> body_object(const http::Context& ctx) {
  try {
    auto v = json::parse(ctx.request.body);
    if (v.is_object()) return std::move(v.as_object());
  } catch (const std::exception&) {
  }
  return Error::invalid({"ข้อมูลต้องเป็น JSON object", "The body must be a JSON object"});
}

std::optional<double> number_of(const json::value* v) {
  if (!v) return std::nullopt;
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  if (v->is_uint64()) return static_cast<double>(v->as_uint64());
  if (v->is_double()) return v->as_double();
  return std::nullopt;
}

std::string form_value(const std::vector<std::pair<std::string, std::string>>& form,
                       std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

http::Response done(std::int64_t project) {
  return http::Response::json(200, json::object{{"project_id", project}, {"ok", true}});
}

}  // namespace

Result<http::Response> set_budget_json(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto year = in->integer("fiscal_year", 2500, 2700, true);
  const auto satang =
      in->integer("budget_satang", 0, std::numeric_limits<std::int64_t>::max(), true);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto r = set_budget(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                      static_cast<int>(*year), *satang);
  if (!r.ok()) return r.error();
  return done(*id);
}

Result<http::Response> set_curve_json(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  auto body = body_object(ctx);
  if (!body.ok()) return body.error();
  std::vector<PlannedPoint> points;
  const auto* list = body->if_contains("points");
  if (!list || !list->is_array()) {
    return Error::invalid({"ต้องมีรายการจุด", "points is required"})
        .field("points", {"ต้องเป็นรายการ", "must be an array"});
  }
  for (const auto& v : list->as_array()) {
    const auto* o = v.if_object();
    const auto y = o ? number_of(o->if_contains("fiscal_year")) : std::nullopt;
    const auto q = o ? number_of(o->if_contains("quarter")) : std::nullopt;
    const auto p = o ? number_of(o->if_contains("percent")) : std::nullopt;
    if (!y || !q || !p) {
      return Error::invalid({"จุดไม่ครบ", "A point is incomplete"})
          .field("points", {"แต่ละจุดต้องมี fiscal_year, quarter, percent",
                            "each needs fiscal_year, quarter and percent"});
    }
    points.push_back({static_cast<int>(*y), static_cast<int>(*q), *p});
  }
  auto r = set_planned_curve(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                             points);
  if (!r.ok()) return r.error();
  return done(*id);
}

Result<http::Response> cancel_project_json(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto reason = in->text("reason_th", {.required = true, .max_chars = 2000});
  const auto approver = in->text("approved_by", {.required = true, .max_chars = 200});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto r = cancel_project(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                          reason, approver);
  if (!r.ok()) return r.error();
  return done(*id);
}

Result<http::Response> set_margin_json(http::Context& ctx) {
  auto body = body_object(ctx);
  if (!body.ok()) return body.error();
  const auto margin = number_of(body->if_contains("delay_margin"));
  if (!margin) {
    return Error::invalid({"ต้องระบุเกณฑ์", "delay_margin is required"})
        .field("delay_margin", {"ต้องเป็นตัวเลข", "must be a number"});
  }
  auto r =
      set_delay_margin(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *margin);
  if (!r.ok()) return r.error();
  return http::Response::json(200, json::object{{"delay_margin", *margin}});
}

// The project page's planner forms: a year's budget (in baht) and cancelling.
Result<http::Response> set_budget_form(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto form = ctx.request.form();
  int year = 0;
  const auto y = form_value(form, "fiscal_year");
  std::from_chars(y.data(), y.data() + y.size(), year);
  const auto baht = parse_baht(form_value(form, "budget"));
  if (!baht) {
    return Error::invalid({"งบประมาณต้องเป็นจำนวนเงินบาท เช่น 1,250,000",
                           "The budget must be an amount in baht, e.g. 1,250,000"})
        .field("budget", {"ไม่ใช่จำนวนเงิน", "is not an amount"});
  }
  auto r = set_budget(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id, year,
                      baht->satang());
  if (!r.ok()) return r.error();
  return html::redirect_with_flash("/plan/projects/" + std::to_string(*id),
                                   "plan.flash.budget_set");
}

Result<http::Response> cancel_project_form(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto form = ctx.request.form();
  auto r = cancel_project(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                          form_value(form, "reason_th"), form_value(form, "approved_by"));
  if (!r.ok()) return r.error();
  return html::redirect_with_flash("/plan/projects/" + std::to_string(*id),
                                   "plan.flash.project_cancelled");
}

}  // namespace pao::plan
