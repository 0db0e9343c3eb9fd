// The planner's pages for the plan registry: the list of plans (/plan/plans), one plan with its
// strategies, goals and projects (/plan/plans/{id}), and a strategy's page where its goals are
// added, edited, reordered or removed and projects added under it (/plan/strategies/{id}).
// Thin: the same use cases as the JSON API (plans.hpp).
#include <charconv>

#include "platform/html/ctemplate.hpp"

#include "modules/plan/permissions.hpp"
#include "modules/plan/plan_store.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/seed.hpp"
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

std::optional<std::int64_t> to_int(std::string_view s) {
  const auto t = http::trim(s);
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return v;
}

std::string value_of(const Form& form, std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::optional<std::int64_t> path_id(const http::Context& ctx) {
  const auto id = to_int(ctx.request.path_param("id"));
  if (!id || *id <= 0) return std::nullopt;
  return id;
}

std::string years_of(const Plan& p) {
  return p.first_year == p.last_year
             ? std::to_string(p.first_year)
             : std::to_string(p.first_year) + "–" + std::to_string(p.last_year);
}

std::string status_tag_of(const http::Context& ctx, const std::string& status) {
  const auto tone = status == "in_force" ? html::Tone::success
                    : status == "draft"  ? html::Tone::warning
                                         : html::Tone::neutral;
  return html::status_tag(text(ctx, "plan.plan_status." + status), tone);
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

std::string responsible_text(std::string t) {
  for (auto at = t.find(';'); at != std::string::npos; at = t.find(';', at)) t.replace(at, 1, ", ");
  return t;
}

// The missions typed one per line.
std::vector<std::string> lines_of(const std::string& typed) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= typed.size()) {
    auto j = typed.find('\n', i);
    if (j == std::string::npos) j = typed.size();
    if (auto line = http::trim(typed.substr(i, j - i)); !line.empty()) out.push_back(line);
    i = j + 1;
  }
  return out;
}

std::string joined_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

std::string field_label(const http::Context& ctx, const std::string& field) {
  if (field.rfind("goal_", 0) == 0) return text(ctx, "plan.goal");
  if (field == "text_th") return text(ctx, "plan.goal");
  if (field == "fiscal_years") return text(ctx, "plan.fiscal_years");
  if (field == "divisions") return text(ctx, "plan.responsible");
  if (field == "goal_ids") return text(ctx, "plan.goals");
  if (field.rfind("year_", 0) == 0) return text(ctx, "plan.fiscal_years");
  if (field.rfind("division_", 0) == 0) return text(ctx, "plan.responsible");
  return text(ctx, "plan.field." + field);
}

// The error with field `from` named `to`, as the form on a page with two "name_th" fields calls
// it (ids are unique on a page; the summary links to them).
Error renamed(const Error& e, const std::string& from, const std::string& to) {
  Error out = e;
  if (const auto it = out.fields.find(from); it != out.fields.end()) {
    auto why = it->second;
    out.fields.erase(it);
    out.fields.emplace(to, std::move(why));
  }
  return out;
}

void show_errors(http::Context& ctx, Dict& dict, const Error* error) {
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return field_label(ctx, f); });
  }
}

http::Response render(http::Context& ctx, const std::string& title, std::string_view tpl,
                      Dict& dict, std::vector<html::Crumb> middle, const Error* error) {
  html::PageInfo info;
  info.title = title;
  info.section = "plan_plans";
  info.crumbs = {{text(ctx, "ui.home"), "/"}, {text(ctx, "plan.plans_title"), "/plan/plans"}};
  for (auto& c : middle) info.crumbs.push_back(std::move(c));
  info.crumbs.push_back({title, ""});
  return ctx.html().page(ctx, info, tpl, dict, error ? http_status_for(error->code) : 200);
}

// The plan's fields (kind, name, years, status) as typed.
std::string plan_fields(http::Context& ctx, const Form& typed, const Error* error) {
  std::string out;
  auto add = [&](html::Field f) {
    f.value = value_of(typed, f.name);
    f.error = html::field_error(ctx, error, f.name);
    out += html::field(ctx, f);
  };
  html::Field kind{html::FieldKind::select, "kind", field_label(ctx, "kind")};
  for (const auto& k : kPlanKinds) kind.choices.push_back({k, text(ctx, "plan.kind." + k), ""});
  add(kind);
  add({html::FieldKind::text, "name_th", field_label(ctx, "plan_name")});
  for (const char* name : {"first_year", "last_year"}) {
    html::Field y{html::FieldKind::text, name, field_label(ctx, name)};
    y.input_mode = "numeric";
    y.wide = false;
    y.hint = text(ctx, std::string("plan.hint.") + name);
    add(y);
  }
  html::Field status{html::FieldKind::select, "status", field_label(ctx, "status")};
  for (const auto& s : kPlanStatuses) {
    status.choices.push_back({s, text(ctx, "plan.plan_status." + s), ""});
  }
  add(status);
  return out;
}

PlanInput plan_input(const Form& form) {
  PlanInput in;
  in.kind = value_of(form, "kind");
  in.name_th = value_of(form, "name_th");
  in.first_year = static_cast<int>(to_int(value_of(form, "first_year")).value_or(0));
  in.last_year = static_cast<int>(to_int(value_of(form, "last_year")).value_or(0));
  in.status = value_of(form, "status");
  return in;
}

Form typed_plan(const Plan& p) {
  return {{"kind", p.kind},
          {"name_th", p.name_th},
          {"first_year", std::to_string(p.first_year)},
          {"last_year", std::to_string(p.last_year)},
          {"status", p.status}};
}

std::string strategy_fields(http::Context& ctx, const Form& typed, const Error* error) {
  std::string out;
  auto add = [&](html::Field f) {
    f.value = value_of(typed, f.name);
    f.error = html::field_error(ctx, error, f.name);
    out += html::field(ctx, f);
  };
  html::Field number{html::FieldKind::text, "number", field_label(ctx, "number")};
  number.input_mode = "numeric";
  number.wide = false;
  add(number);
  add({html::FieldKind::text, "strategy_name", field_label(ctx, "strategy_name")});
  html::Field missions{html::FieldKind::textarea, "missions_th", field_label(ctx, "missions_th")};
  missions.hint = text(ctx, "plan.hint.one_per_line");
  missions.rows = 4;
  add(missions);
  return out;
}

StrategyInput strategy_input(const Form& form) {
  StrategyInput in;
  in.number = static_cast<int>(to_int(value_of(form, "number")).value_or(0));
  in.name_th = value_of(form, "strategy_name");
  in.missions_th = lines_of(value_of(form, "missions_th"));
  return in;
}

// ---- /plan/plans ------------------------------------------------------------------------------

http::Response render_plans(http::Context& ctx, const Form& typed, const Error* error) {
  Dict dict("plans");
  show_errors(ctx, dict, error);
  for (const auto& p : list_plans(ctx.db())) {
    auto* row = dict.AddSectionDictionary("PLAN");
    row->SetIntValue("ID", static_cast<long>(p.id));
    row->SetValue("NAME", p.name_th);
    row->SetValue("KIND", text(ctx, "plan.kind." + p.kind));
    row->SetValue("YEARS", years_of(p));
    row->SetValue("STATUS", status_tag_of(ctx, p.status));
    row->SetIntValue("STRATEGIES", p.strategy_count);
    row->SetIntValue("PROJECTS", p.project_count);
    if (p.id == kDefaultPlanId) row->ShowSection("DEFAULT");
  }
  if (is_planner(ctx.principal)) {
    dict.SetValueAndShowSection("FIELDS", plan_fields(ctx, typed, error), "CREATE_FORM");
  }
  html::PageInfo info;
  info.title = text(ctx, "plan.plans_title");
  info.section = "plan_plans";
  info.crumbs = {{text(ctx, "ui.home"), "/"}, {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/plans", dict, error ? http_status_for(error->code) : 200);
}

// ---- /plan/plans/{id} -------------------------------------------------------------------------

enum class PlanForm { none, strategy, plan };

Result<http::Response> render_plan(http::Context& ctx, std::int64_t id, PlanForm which,
                                   const Form& typed, const Error* error) {
  const auto d = plan_detail(ctx.db(), id);
  if (!d) return no_such_plan();
  const bool planner = is_planner(ctx.principal);
  Dict dict("plan");
  std::optional<Error> named;
  if (error && which == PlanForm::strategy)
    error = &named.emplace(renamed(*error, "name_th", "strategy_name"));
  show_errors(ctx, dict, error);
  dict.SetIntValue("ID", static_cast<long>(id));
  dict.SetValue("NAME", d->plan.name_th);
  dict.SetValue("KIND", text(ctx, "plan.kind." + d->plan.kind));
  dict.SetValue("YEARS", years_of(d->plan));
  dict.SetValue("STATUS", status_tag_of(ctx, d->plan.status));
  dict.SetIntValue("STRATEGIES", d->plan.strategy_count);
  dict.SetIntValue("PROJECTS", d->plan.project_count);
  if (planner) dict.ShowSection("PLANNER_LINKS");
  if (d->strategies.empty()) dict.ShowSection("NO_STRATEGIES");
  for (const auto& s : d->strategies) {
    auto* sec = dict.AddSectionDictionary("STRATEGY");
    sec->SetIntValue("SID", s.id);
    sec->SetIntValue("NUMBER", s.number);
    sec->SetValue("NAME", s.name_th);
    if (planner) sec->ShowSection("EDIT");
    if (!s.missions_th.empty()) {
      auto* list = sec->AddSectionDictionary("MISSIONS");
      for (const auto& m : s.missions_th) list->SetValueAndShowSection("TEXT", m, "MISSION");
    }
    if (!s.goals.empty()) {
      auto* list = sec->AddSectionDictionary("GOALS");
      for (const auto& g : s.goals) list->SetValueAndShowSection("TEXT", g.text_th, "GOAL");
    }
    Dict* table = nullptr;
    for (const auto& p : d->projects) {
      if (p.strategy_id != s.id) continue;
      if (!table) table = sec->AddSectionDictionary("TABLE");
      auto* row = table->AddSectionDictionary("ROW");
      row->SetIntValue("ID", static_cast<long>(p.id));
      row->SetValue("NUMBER", p.number());
      row->SetValue("NAME", p.name_th);
      row->SetValue("YEARS", years_text(p.fiscal_years));
      row->SetValue("RESPONSIBLE", responsible_text(p.responsible_th));
    }
    if (!table) sec->ShowSection("NO_PROJECTS");
  }
  if (planner) {
    auto* form = dict.AddSectionDictionary("PLANNER");
    const Form none;
    form->SetValue("STRATEGY_FIELDS",
                   strategy_fields(ctx, which == PlanForm::strategy ? typed : none,
                                   which == PlanForm::strategy ? error : nullptr));
    form->SetValue("PLAN_FIELDS",
                   plan_fields(ctx, which == PlanForm::plan ? typed : typed_plan(d->plan),
                               which == PlanForm::plan ? error : nullptr));
    if (d->plan.status == "draft" && d->plan.project_count == 0) form->ShowSection("DELETABLE");
  }
  return render(ctx, d->plan.name_th, "plan/plan", dict, {}, error);
}

// ---- /plan/strategies/{id} --------------------------------------------------------------------

enum class StrategyForm { none, goal, project, strategy, one_goal };

std::string year_field(int y) {
  return "year_" + std::to_string(y);
}
std::string division_field(const std::string& code) {
  return "division_" + code;
}

Result<http::Response> render_strategy(http::Context& ctx, int id, StrategyForm which,
                                       const Form& typed, const Error* error) {
  const auto s = find_strategy(ctx.db(), id);
  if (!s) return no_such_strategy();
  const auto plan = *find_plan(ctx.db(), s->plan_id);
  Dict dict("strategy_form");
  std::optional<Error> named;
  const auto first_division = division_field(division_names_th().begin()->first);
  if (error && which == StrategyForm::project) {
    Error e = renamed(*error, "name_th", "project_name");
    e = renamed(e, "fiscal_years", year_field(plan.first_year));
    error = &named.emplace(renamed(e, "divisions", first_division));
  } else if (error && which == StrategyForm::strategy) {
    error = &named.emplace(renamed(*error, "name_th", "strategy_name"));
  } else if (error && which == StrategyForm::one_goal) {
    error = &named.emplace(renamed(*error, "text_th", "goal_" + value_of(typed, "goal_id")));
  }
  show_errors(ctx, dict, error);
  dict.SetIntValue("SID", s->id);
  dict.SetIntValue("PLAN_ID", static_cast<long>(plan.id));
  dict.SetValue("PLAN", plan.name_th);
  dict.SetIntValue("NUMBER", s->number);
  dict.SetValue("NAME", s->name_th);
  const Form none;
  const auto& for_form = [&](StrategyForm f) -> const Form& { return which == f ? typed : none; };
  const auto error_for = [&](StrategyForm f) { return which == f ? error : nullptr; };

  if (s->goals.empty()) dict.ShowSection("NO_GOALS");
  for (const auto& g : s->goals) {
    auto* row = dict.AddSectionDictionary("GOAL");
    row->SetIntValue("GID", static_cast<long>(g.id));
    const std::string name = "goal_" + std::to_string(g.id);
    html::Field f{html::FieldKind::text, name,
                  text(ctx, "plan.goal") + " " + std::to_string(g.position)};
    f.value = which == StrategyForm::one_goal && value_of(typed, "goal_id") == std::to_string(g.id)
                  ? value_of(typed, name)
                  : g.text_th;
    f.error = html::field_error(ctx, error_for(StrategyForm::one_goal), name);
    row->SetValue("FIELD", html::field(ctx, f));
  }
  html::Field goal{html::FieldKind::text, "text_th", text(ctx, "plan.new_goal")};
  goal.value = value_of(for_form(StrategyForm::goal), "text_th");
  goal.error = html::field_error(ctx, error_for(StrategyForm::goal), "text_th");
  dict.SetValue("GOAL_FIELD", html::field(ctx, goal));

  // A new project: its texts, then a box per year of the plan and per division.
  const Form& p_typed = for_form(StrategyForm::project);
  const Error* p_error = error_for(StrategyForm::project);
  std::string fields;
  auto add = [&](html::Field f) {
    f.value = value_of(p_typed, f.name);
    f.error = html::field_error(ctx, p_error, f.name);
    fields += html::field(ctx, f);
  };
  html::Field seq{html::FieldKind::text, "seq", field_label(ctx, "seq")};
  seq.input_mode = "numeric";
  seq.wide = false;
  seq.hint = text(ctx, "plan.hint.seq");
  add(seq);
  add({html::FieldKind::text, "project_name", field_label(ctx, "project_name")});
  html::Field objectives{html::FieldKind::textarea, "objectives_th", text(ctx, "plan.objectives")};
  objectives.rows = 3;
  add(objectives);
  html::Field kind{html::FieldKind::text, "system_kind", text(ctx, "plan.system_kind")};
  kind.wide = false;
  add(kind);
  dict.SetValue("PROJECT_FIELDS", fields);
  std::string years;
  const auto years_error = html::field_error(ctx, p_error, year_field(plan.first_year));
  for (int y = plan.first_year; y <= plan.last_year; ++y) {
    html::Field box{html::FieldKind::checkbox, year_field(y), std::to_string(y)};
    box.value = value_of(p_typed, year_field(y));
    if (y == plan.first_year) box.error = years_error;
    years += html::field(ctx, box);
  }
  dict.SetValue("YEAR_FIELDS", years);
  std::string divisions;
  const auto divisions_error = html::field_error(ctx, p_error, first_division);
  for (const auto& [code, name] : division_names_th()) {
    html::Field box{html::FieldKind::checkbox, division_field(code), name};
    box.value = value_of(p_typed, division_field(code));
    if (divisions.empty()) box.error = divisions_error;
    divisions += html::field(ctx, box);
  }
  dict.SetValue("DIVISION_FIELDS", divisions);

  const Form current{{"number", std::to_string(s->number)},
                     {"strategy_name", s->name_th},
                     {"missions_th", joined_lines(s->missions_th)}};
  dict.SetValue("STRATEGY_FIELDS",
                strategy_fields(ctx, which == StrategyForm::strategy ? typed : current,
                                error_for(StrategyForm::strategy)));
  return render(ctx, text(ctx, "plan.strategy") + " " + std::to_string(s->number),
                "plan/strategy_form", dict,
                {{plan.name_th, "/plan/plans/" + std::to_string(plan.id)}}, error);
}

// After a form about a strategy: back to its page, or the page again with the error.
Result<http::Response> after(http::Context& ctx, int strategy_id, const Status& done,
                             StrategyForm which, const Form& typed, std::string_view flash) {
  if (!done.ok()) {
    if (done.error().code == ErrorCode::permission_denied ||
        done.error().code == ErrorCode::not_found) {
      return done.error();
    }
    return render_strategy(ctx, strategy_id, which, typed, &done.error());
  }
  return html::redirect_with_flash("/plan/strategies/" + std::to_string(strategy_id), flash);
}

}  // namespace

std::string plan_field(http::Context& ctx, std::int64_t chosen, bool drafts) {
  html::Field f{html::FieldKind::select, "plan", text(ctx, "plan.plan")};
  f.value = std::to_string(chosen);
  for (const auto& p : list_plans(ctx.db())) {
    if (!drafts && p.status == "draft" && p.id != chosen) continue;
    f.choices.push_back({std::to_string(p.id), p.name_th, ""});
  }
  return html::field(ctx, f);
}

Result<http::Response> plans_page(http::Context& ctx) {
  return render_plans(ctx, {{"kind", "yearly_action"}, {"status", "draft"}}, nullptr);
}

Result<http::Response> create_plan_form(http::Context& ctx) {
  const Form form = ctx.request.form();
  auto p = create_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                       plan_input(form));
  if (!p.ok()) {
    if (p.error().code == ErrorCode::permission_denied) return p.error();
    return render_plans(ctx, form, &p.error());
  }
  return html::redirect_with_flash("/plan/plans/" + std::to_string(p->id),
                                   "plan.flash.plan_created");
}

Result<http::Response> plan_page(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  return render_plan(ctx, *id, PlanForm::none, {}, nullptr);
}

Result<http::Response> update_plan_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  const Form form = ctx.request.form();
  auto p = update_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                       plan_input(form));
  if (!p.ok()) {
    if (p.error().code != ErrorCode::invalid_argument) return p.error();
    return render_plan(ctx, *id, PlanForm::plan, form, &p.error());
  }
  return html::redirect_with_flash("/plan/plans/" + std::to_string(*id), "plan.flash.plan_saved");
}

Result<http::Response> add_strategy_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  const Form form = ctx.request.form();
  auto s = add_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id,
                        strategy_input(form));
  if (!s.ok()) {
    if (s.error().code != ErrorCode::invalid_argument) return s.error();
    return render_plan(ctx, *id, PlanForm::strategy, form, &s.error());
  }
  return html::redirect_with_flash("/plan/strategies/" + std::to_string(s->id),
                                   "plan.flash.strategy_added");
}

Result<http::Response> strategy_page(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  return render_strategy(ctx, static_cast<int>(*id), StrategyForm::none, {}, nullptr);
}

Result<http::Response> update_strategy_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  const Form form = ctx.request.form();
  auto s = update_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                           static_cast<int>(*id), strategy_input(form));
  return after(ctx, static_cast<int>(*id), s.ok() ? ok_status() : Status(s.error()),
               StrategyForm::strategy, form, "plan.flash.strategy_saved");
}

Result<http::Response> delete_plan_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_plan();
  auto r = delete_plan(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id);
  if (!r.ok()) {
    if (r.error().code != ErrorCode::conflict) return r.error();
    return render_plan(ctx, *id, PlanForm::none, {}, &r.error());
  }
  return html::redirect_with_flash("/plan/plans", "plan.flash.plan_deleted");
}

Result<http::Response> delete_strategy_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  const auto s = find_strategy(ctx.db(), static_cast<int>(*id));
  if (!s) return no_such_strategy();
  auto r = delete_strategy(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                           static_cast<int>(*id));
  if (!r.ok()) {
    if (r.error().code != ErrorCode::conflict) return r.error();
    return render_strategy(ctx, s->id, StrategyForm::none, {}, &r.error());
  }
  return html::redirect_with_flash("/plan/plans/" + std::to_string(s->plan_id),
                                   "plan.flash.strategy_deleted");
}

Result<http::Response> add_goal_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  const Form form = ctx.request.form();
  auto g = add_goal(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                    static_cast<int>(*id), value_of(form, "text_th"));
  return after(ctx, static_cast<int>(*id), g.ok() ? ok_status() : Status(g.error()),
               StrategyForm::goal, form, "plan.flash.goal_added");
}

// One goal's form: save its text, move it up or down, or remove it (the button pressed).
Result<http::Response> goal_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_goal();
  const auto goal = store::find_goal(ctx.db(), *id);
  if (!goal) return no_such_goal();
  Form form = ctx.request.form();
  const auto action = value_of(form, "action");
  const auto at = ctx.clock().now();
  const auto by = audit::actor_of(ctx);
  Status done = ok_status();
  std::string_view flash = "plan.flash.goals_saved";
  if (action == "up" || action == "down") {
    done = move_goal(ctx.db(), at, by, ctx.principal, *id, action == "up" ? -1 : 1);
  } else if (action == "remove") {
    done = remove_goal(ctx.db(), at, by, ctx.principal, *id);
    flash = "plan.flash.goal_removed";
  } else {
    auto g = update_goal(ctx.db(), at, by, ctx.principal, *id,
                         value_of(form, "goal_" + std::to_string(*id)));
    if (!g.ok()) done = g.error();
  }
  form.emplace_back("goal_id", std::to_string(*id));
  return after(ctx, goal->strategy_id, done, StrategyForm::one_goal, form, flash);
}

Result<http::Response> add_project_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_strategy();
  const auto s = find_strategy(ctx.db(), static_cast<int>(*id));
  if (!s) return no_such_strategy();
  const auto plan = *find_plan(ctx.db(), s->plan_id);
  const Form form = ctx.request.form();
  NewProject p;
  const auto seq = http::trim(value_of(form, "seq"));
  p.seq = seq.empty() ? 0 : static_cast<int>(to_int(seq).value_or(-1));
  p.name_th = value_of(form, "project_name");
  p.objectives_th = value_of(form, "objectives_th");
  p.system_kind = value_of(form, "system_kind");
  for (int y = plan.first_year; y <= plan.last_year; ++y) {
    if (!value_of(form, year_field(y)).empty()) p.fiscal_years.push_back(y);
  }
  for (const auto& [code, name] : division_names_th()) {
    if (!value_of(form, division_field(code)).empty()) p.divisions.push_back(code);
  }
  auto added =
      add_project(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, s->id, p);
  if (!added.ok()) {
    if (added.error().code != ErrorCode::invalid_argument) return added.error();
    return render_strategy(ctx, s->id, StrategyForm::project, form, &added.error());
  }
  return html::redirect_with_flash("/plan/plans/" + std::to_string(plan.id),
                                   "plan.flash.project_added");
}

}  // namespace pao::plan
