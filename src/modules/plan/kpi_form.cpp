// The planner's forms for a project's KPIs (ตัวชี้วัด): add one (name, unit, baseline, whether
// higher or lower is better, a target for each of the project's fiscal years), edit it, and on
// the edit page delete it (no report carries it yet) or retire it (reports do). The same use
// cases as the JSON API (manage_kpis.hpp).
#include <charconv>
#include <cstdio>

#include "modules/plan/api.hpp"
#include "modules/plan/kpi_routes.hpp"
#include "modules/plan/kpi_store.hpp"
#include "modules/plan/manage_kpis.hpp"
#include "modules/plan/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

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

// A stored number as the planner would type it: "200", "7.5", "1000000".
std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string target_field(int year) {
  return "target_" + std::to_string(year);
}

std::string kpi_base(const Project& p, std::int64_t kpi_id) {
  return "/plan/projects/" + std::to_string(p.id) + "/kpis/" + std::to_string(kpi_id);
}

// The form as the stored KPI fills it.
Form form_of(const Kpi& k) {
  Form out{{"name_th", k.name_th},
           {"unit_th", k.unit_th},
           {"baseline", number_text(k.baseline)},
           {"direction", k.direction}};
  for (const auto& [year, target] : k.targets)
    out.emplace_back(target_field(year), number_text(target));
  return out;
}

// `editing`: the KPI being edited (nullopt: a new one).
http::Response render_kpi_form(http::Context& ctx, const Project& p, const Form& typed,
                               const Error* error, const std::optional<Kpi>& editing = {}) {
  Dict dict("kpi_form");
  dict.SetIntValue("ID", static_cast<long>(p.id));
  dict.SetValue("PROJECT", p.number() + " " + p.name_th);
  const std::string title = text(ctx, editing ? "plan.kpi_edit_title" : "plan.kpi_form_title");
  dict.SetValue("TITLE", title);
  if (editing) {
    const auto base = kpi_base(p, editing->id);
    dict.SetValue("ACTION", base);
    dict.SetValue("SUBMIT", text(ctx, "plan.kpi_save"));
    dict.SetValue("SUBMIT_TEST", "save-kpi");
    auto* remove = dict.AddSectionDictionary("REMOVE");
    remove->SetValue("BASE", base);
    const auto reports = store::reports_carrying(ctx.db(), editing->id);
    remove->SetIntValue("REPORTS", static_cast<long>(reports));
    if (reports == 0) {
      remove->ShowSection("CAN_DELETE");
    } else if (editing->tracked()) {
      remove->ShowSection("CAN_RETIRE");
    }
    TimePoint since;
    if (editing->retired_at && parse_iso_time(*editing->retired_at, since)) {
      dict.SetValueAndShowSection(
          "SINCE",
          ctx.lang == "en" ? format_english_date_time(since) : format_thai_date_time(since),
          "RETIRED");
    }
  } else {
    dict.SetValue("ACTION", "/plan/projects/" + std::to_string(p.id) + "/kpis");
    dict.SetValue("SUBMIT", text(ctx, "plan.kpi_submit"));
    dict.SetValue("SUBMIT_TEST", "add-kpi");
  }
  auto label_of = [&](const std::string& field) -> std::string {
    if (field.rfind("target_", 0) == 0) return text(ctx, "plan.kpi_target") + " " + field.substr(7);
    if (field == "targets") return text(ctx, "plan.kpi_target");
    if (field == "name_th") return text(ctx, "plan.kpi_name");
    if (field == "unit_th") return text(ctx, "plan.kpi_unit");
    return text(ctx, "plan.kpi_" + field);  // baseline, direction
  };
  // A refusal that names no field (deleting a KPI reports carry) is the summary's title alone.
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
  return project_form_page(ctx, p, title, "plan/kpi_form", dict, error);
}

// The form's KPI, or the field errors of what is not a number.
Result<NewKpi> read_kpi_form(const Project& p, const Form& form) {
  NewKpi k;
  k.project_id = p.id;
  k.name_th = value_of(form, "name_th");
  k.unit_th = value_of(form, "unit_th");
  k.direction = value_of(form, "direction");
  FieldErrors bad;
  const auto baseline = read_number(value_of(form, "baseline"));
  if (!baseline) bad.add("baseline", {"ต้องเป็นตัวเลข", "must be a number"});
  k.baseline = baseline.value_or(0);
  for (int y : p.fiscal_years) {
    const auto typed = value_of(form, target_field(y));
    if (http::trim(typed).empty()) continue;  // no target for that year
    const auto target = read_number(typed);
    if (!target) {
      bad.add(target_field(y), {"ต้องเป็นตัวเลข", "must be a number"});
    } else {
      k.targets.emplace_back(y, *target);
    }
  }
  if (!bad.empty()) return bad.to_error();
  return k;
}

// The project's KPI named in the path ({kpi_id}); not_found when it is not one of its KPIs.
Result<Kpi> kpi_in_path(http::Context& ctx, const Project& p) {
  const auto& typed = ctx.request.path_param("kpi_id");
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), id);
  if (ec == std::errc() && end == typed.data() + typed.size() && id > 0) {
    if (auto k = store::find_kpi(ctx.db(), id); k && k->project_id == p.id) return std::move(*k);
  }
  return Error::not_found({"ไม่พบตัวชี้วัดนี้ในโครงการ", "The project has no such KPI"});
}

http::Response back_to_project(const Project& p, const char* flash) {
  return html::redirect_with_flash("/plan/projects/" + std::to_string(p.id) + "#kpis", flash);
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
  const auto k = read_kpi_form(*p, form);
  if (!k.ok()) return render_kpi_form(ctx, *p, form, &k.error());
  auto added = add_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *k);
  if (!added.ok()) {
    if (added.error().code == ErrorCode::permission_denied) return added.error();
    return render_kpi_form(ctx, *p, form, &added.error());
  }
  return back_to_project(*p, "plan.flash.kpi_added");
}

Result<http::Response> edit_kpi_page(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const auto k = kpi_in_path(ctx, *p);
  if (!k.ok()) return k.error();
  return render_kpi_form(ctx, *p, form_of(*k), nullptr, *k);
}

Result<http::Response> edit_kpi_form(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const auto current = kpi_in_path(ctx, *p);
  if (!current.ok()) return current.error();
  const Form form = ctx.request.form();
  const auto k = read_kpi_form(*p, form);
  if (!k.ok()) return render_kpi_form(ctx, *p, form, &k.error(), *current);
  auto saved =
      edit_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, current->id, *k);
  if (!saved.ok()) {
    if (saved.error().code == ErrorCode::permission_denied) return saved.error();
    return render_kpi_form(ctx, *p, form, &saved.error(), *current);
  }
  return back_to_project(*p, "plan.flash.kpi_saved");
}

Result<http::Response> delete_kpi_form(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const auto k = kpi_in_path(ctx, *p);
  if (!k.ok()) return k.error();
  auto deleted =
      delete_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, p->id, k->id);
  if (!deleted.ok()) {
    if (deleted.error().code != ErrorCode::conflict) return deleted.error();
    // Reports carry it: the edit page again, saying why and offering to retire it.
    return render_kpi_form(ctx, *p, form_of(*k), &deleted.error(), *k);
  }
  return back_to_project(*p, "plan.flash.kpi_deleted");
}

Result<http::Response> retire_kpi_form(http::Context& ctx) {
  const auto p = project_in_path(ctx);
  if (!p.ok()) return p.error();
  const auto k = kpi_in_path(ctx, *p);
  if (!k.ok()) return k.error();
  auto retired =
      retire_kpi(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, p->id, k->id);
  if (!retired.ok()) {
    if (retired.error().code != ErrorCode::conflict) return retired.error();
    return render_kpi_form(ctx, *p, form_of(*k), &retired.error(), *k);
  }
  return back_to_project(*p, "plan.flash.kpi_retired");
}

}  // namespace pao::plan
