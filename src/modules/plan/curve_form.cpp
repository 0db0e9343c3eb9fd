// The planner's form for a project's planned curve (แผนการดำเนินงานสะสม): the cumulative percent
// planned at the end of each quarter of the project's fiscal years; all blank returns the project
// to the linear curve. The same use case as PUT /api/v1/plan/projects/{id}/curve.
#include <charconv>
#include <cstdio>

#include "modules/plan/api.hpp"
#include "modules/plan/manage_projects.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace {

using Dict = ctemplate::TemplateDictionary;
using Form = std::vector<std::pair<std::string, std::string>>;

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

std::string value_of(const Form& form, std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::string quarter_field(int year, int quarter) {
  return "q_" + std::to_string(year) + "_" + std::to_string(quarter);
}

std::string quarter_label(const http::Context& ctx, int year, int quarter) {
  return text(ctx, "plan.curve_quarter") + " " + std::to_string(quarter) + "/" +
         std::to_string(year);
}

std::string percent_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

http::Response render_curve_form(http::Context& ctx, const Project& p, const Form& typed,
                                 const Error* error) {
  Dict dict("curve_form");
  dict.SetIntValue("ID", static_cast<long>(p.id));
  dict.SetValue("PROJECT", p.number() + " " + p.name_th);
  auto label_of = [&](const std::string& field) -> std::string {
    int year = 0, quarter = 0;
    if (std::sscanf(field.c_str(), "q_%d_%d", &year, &quarter) == 2) {
      return quarter_label(ctx, year, quarter);
    }
    return text(ctx, "plan.curve_title");  // "points": the curve as a whole
  };
  if (error) ctx.html().form_errors(ctx, *error, dict, label_of);
  for (int y : p.fiscal_years) {
    for (int q = 1; q <= 4; ++q) {
      html::Field f{html::FieldKind::text, quarter_field(y, q), quarter_label(ctx, y, q)};
      f.value = value_of(typed, f.name);
      f.error = html::field_error(ctx, error, f.name);
      f.input_mode = "decimal";
      f.wide = false;
      dict.SetValueAndShowSection("FIELD", html::field(ctx, f), "FIELDS");
    }
  }
  if (const std::string whole = html::field_error(ctx, error, "points"); !whole.empty()) {
    dict.SetValueAndShowSection("CURVE_ERROR", whole, "HAS_CURVE_ERROR");
  }
  return project_form_page(ctx, p, text(ctx, "plan.curve_title"), "plan/curve_form", dict, error);
}

}  // namespace

Result<http::Response> curve_form_page(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  Form current;
  const auto curves = store::planned_curves(ctx.db());
  if (const auto it = curves.find(p->id); it != curves.end()) {
    for (const auto& point : it->second) {
      current.emplace_back(quarter_field(point.fiscal_year, point.quarter),
                           percent_text(point.percent));
    }
  }
  return render_curve_form(ctx, *p, current, nullptr);
}

Result<http::Response> set_curve_form(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const Form form = ctx.request.form();
  std::vector<PlannedPoint> points;
  FieldErrors bad;
  for (int y : p->fiscal_years) {
    for (int q = 1; q <= 4; ++q) {
      const auto typed = http::trim(value_of(form, quarter_field(y, q)));
      if (typed.empty()) continue;
      double v = 0;
      const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), v);
      if (ec != std::errc() || end != typed.data() + typed.size()) {
        bad.add(quarter_field(y, q), {"ต้องเป็นตัวเลข 0–100", "must be a number from 0 to 100"});
      } else {
        points.push_back({y, q, v});
      }
    }
  }
  if (!bad.empty()) {
    const Error e = bad.to_error();
    return render_curve_form(ctx, *p, form, &e);
  }
  auto set = set_planned_curve(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                               p->id, points);
  if (!set.ok()) {
    if (set.error().code == ErrorCode::permission_denied) return set.error();
    return render_curve_form(ctx, *p, form, &set.error());
  }
  return html::redirect_with_flash("/plan/projects/" + std::to_string(p->id),
                                   "plan.flash.curve_set");
}

}  // namespace pao::plan
