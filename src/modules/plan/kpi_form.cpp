// The planner's form for a project's KPI definition (ตัวชี้วัด): name, unit, baseline, whether
// higher or lower is better, and a target for each of the project's fiscal years. The same use
// case as POST /api/v1/plan/projects/{id}/kpis (add_kpi).
#include <charconv>

#include "modules/plan/api.hpp"
#include "modules/plan/manage_projects.hpp"
#include "modules/plan/routes.hpp"
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

// A number as typed ("12", "7.5"); nullopt for anything else.
std::optional<double> read_number(const std::string& typed) {
  const auto t = http::trim(typed);
  double v = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return v;
}

std::string target_field(int year) {
  return "target_" + std::to_string(year);
}

http::Response render_kpi_form(http::Context& ctx, const Project& p, const Form& typed,
                               const Error* error) {
  Dict dict("kpi_form");
  dict.SetIntValue("ID", static_cast<long>(p.id));
  dict.SetValue("PROJECT", p.number() + " " + p.name_th);
  auto label_of = [&](const std::string& field) -> std::string {
    if (field.rfind("target_", 0) == 0) return text(ctx, "plan.kpi_target") + " " + field.substr(7);
    if (field == "targets") return text(ctx, "plan.kpi_target");
    if (field == "name_th") return text(ctx, "plan.kpi_name");
    if (field == "unit_th") return text(ctx, "plan.kpi_unit");
    return text(ctx, "plan.kpi_" + field);  // baseline, direction
  };
  if (error) ctx.html().form_errors(ctx, *error, dict, label_of);
  auto add = [&](html::Field f) {
    f.value = value_of(typed, f.name);
    f.error = html::field_error(ctx, error, f.name);
    dict.SetValueAndShowSection("FIELD", html::field(ctx, f), "FIELDS");
  };
  add({html::FieldKind::text, "name_th", label_of("name_th")});
  html::Field unit{html::FieldKind::text, "unit_th", label_of("unit_th")};
  unit.wide = false;
  add(unit);
  html::Field baseline{html::FieldKind::text, "baseline", label_of("baseline")};
  baseline.input_mode = "decimal";
  baseline.wide = false;
  add(baseline);
  html::Field direction{html::FieldKind::radios, "direction", label_of("direction")};
  direction.choices = {{"higher", text(ctx, "plan.kpi_higher"), ""},
                       {"lower", text(ctx, "plan.kpi_lower"), ""}};
  add(direction);
  for (int y : p.fiscal_years) {
    html::Field t{html::FieldKind::text, target_field(y), label_of(target_field(y))};
    t.input_mode = "decimal";
    t.wide = false;
    add(t);
  }
  return project_form_page(ctx, p, text(ctx, "plan.kpi_form_title"), "plan/kpi_form", dict, error);
}

}  // namespace

Result<http::Response> kpi_form_page(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  return render_kpi_form(ctx, *p, {{"direction", "higher"}}, nullptr);
}

Result<http::Response> add_kpi_form(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const Form form = ctx.request.form();
  NewKpi k;
  k.project_id = p->id;
  k.name_th = value_of(form, "name_th");
  k.unit_th = value_of(form, "unit_th");
  k.direction = value_of(form, "direction");
  FieldErrors bad;
  const auto baseline = read_number(value_of(form, "baseline"));
  if (!baseline) bad.add("baseline", {"ต้องเป็นตัวเลข", "must be a number"});
  k.baseline = baseline.value_or(0);
  for (int y : p->fiscal_years) {
    const auto typed = value_of(form, target_field(y));
    if (http::trim(typed).empty()) continue;  // no target for that year
    const auto target = read_number(typed);
    if (!target) {
      bad.add(target_field(y), {"ต้องเป็นตัวเลข", "must be a number"});
    } else {
      k.targets.emplace_back(y, *target);
    }
  }
  if (!bad.empty()) {
    const Error e = bad.to_error();
    return render_kpi_form(ctx, *p, form, &e);
  }
  auto added = add_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, k);
  if (!added.ok()) {
    if (added.error().code == ErrorCode::permission_denied) return added.error();
    return render_kpi_form(ctx, *p, form, &added.error());
  }
  return html::redirect_with_flash("/plan/projects/" + std::to_string(p->id),
                                   "plan.flash.kpi_added");
}

}  // namespace pao::plan
