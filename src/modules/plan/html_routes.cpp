// The plan's pages: the public progress page (/plan) and each project's page with its history.
// Thin: the same use cases and filter reading as the JSON API.
#include "platform/html/ctemplate.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/money/baht.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {

namespace {

html::Tone tone_of(ProjectStatus s) {
  switch (s) {
    case ProjectStatus::on_track:
      return html::Tone::success;
    case ProjectStatus::delayed:
      return html::Tone::danger;
    case ProjectStatus::completed:
      return html::Tone::info;
    case ProjectStatus::not_started:
    case ProjectStatus::cancelled:
      return html::Tone::neutral;
  }
  return html::Tone::neutral;
}

std::string status_label(const http::Context& ctx, ProjectStatus s) {
  return ctx.html().text(ctx.lang, std::string("plan.status.") + status_name(s));
}

std::string years_text(const std::vector<int>& years) {
  std::string out;
  for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

// The plan writes several units as "ก;ข": shown as "ก, ข".
std::string responsible_text(std::string text) {
  for (auto at = text.find(';'); at != std::string::npos; at = text.find(';', at)) {
    text.replace(at, 1, ", ");
  }
  return text;
}

std::string percent_text(double p) {
  return html::format_number(p, p == static_cast<int>(p) ? 0 : 1);
}

// A <select> that filters the list (a GET form: the filter lives in the address).
std::string filter_select(const http::Context& ctx, const std::string& name,
                          const std::string& label_key,
                          const std::vector<std::pair<std::string, std::string>>& options,
                          const std::string& chosen) {
  html::Field f;
  f.kind = html::FieldKind::select;
  f.name = name;
  f.label = ctx.html().text(ctx.lang, label_key);
  f.value = chosen;
  f.wide = false;
  for (const auto& [value, text] : options) f.choices.push_back({value, text, ""});
  return html::field(ctx, f);
}

std::map<int, std::int64_t> project_budgets_of(db::Connection& conn, std::int64_t id) {
  auto all = store::project_budgets(conn);
  return all[id];
}

}  // namespace

std::string round_label(const http::Context& ctx, const Round& r) {
  if (r.frequency == "quarterly") {
    return ctx.html().text(ctx.lang, "plan.round.quarter") + " " + std::to_string(r.period) + "/" +
           std::to_string(r.fiscal_year);
  }
  const auto end = parse_thai_date(r.period_end);
  if (!end) return ctx.html().text(ctx.lang, "plan.round.month") + " " + std::to_string(r.period);
  const std::string date = ctx.lang == "en" ? format_english_date(*end) : format_thai_date(*end);
  return ctx.html().text(ctx.lang, "plan.round.month") + " " + date.substr(date.find(' ') + 1);
}

Result<http::Response> public_progress_page(http::Context& ctx) {
  auto filter = read_progress_filter(ctx.request);
  if (!filter.ok()) return filter.error();
  const auto plan =
      find_visible_plan(ctx.db(), filter->plan.value_or(kDefaultPlanId), ctx.principal);
  if (!plan) return no_such_plan();
  const auto projects = list_project_progress(ctx.db(), today(ctx), *filter);
  const auto strategies = list_strategies(ctx.db(), plan->id);

  ctemplate::TemplateDictionary dict("progress");
  if (plan->id == kDefaultPlanId) {
    dict.ShowSection("DEFAULT_PLAN");
  } else {
    dict.SetValueAndShowSection("PLAN_NAME", plan->name_th, "OTHER_PLAN");
  }
  if (list_plans(ctx.db()).size() > 1) {
    dict.SetValue("PLAN_FIELD", plan_field(ctx, plan->id, ctx.principal.can(kViewPermission)));
  }
  std::vector<std::pair<std::string, std::string>> years{
      {"", ctx.html().text(ctx.lang, "plan.all_years")}};
  for (int y = plan->first_year; y <= plan->last_year; ++y) {
    years.emplace_back(std::to_string(y), std::to_string(y));
  }
  dict.SetValue("YEAR_FIELD",
                filter_select(ctx, "fiscal_year", "plan.fiscal_year", years,
                              filter->fiscal_year ? std::to_string(*filter->fiscal_year) : ""));
  std::vector<std::pair<std::string, std::string>> strategy_options{
      {"", ctx.html().text(ctx.lang, "plan.all_strategies")}};
  for (const auto& s : strategies) {
    strategy_options.emplace_back(std::to_string(s.number),
                                  std::to_string(s.number) + ". " + s.name_th);
  }
  dict.SetValue("STRATEGY_FIELD",
                filter_select(ctx, "strategy", "plan.strategy_heading", strategy_options,
                              filter->strategy ? std::to_string(*filter->strategy) : ""));
  std::vector<std::pair<std::string, std::string>> status_options{
      {"", ctx.html().text(ctx.lang, "plan.all_statuses")}};
  for (const auto s : kStatuses) status_options.emplace_back(status_name(s), status_label(ctx, s));
  dict.SetValue("STATUS_FIELD", filter_select(ctx, "status", "plan.status_heading", status_options,
                                              filter->status ? status_name(*filter->status) : ""));

  html::BarChart chart;
  chart.id = "progress-by-strategy";
  chart.title = ctx.html().text(ctx.lang, "plan.chart.by_strategy");
  chart.label_heading = ctx.html().text(ctx.lang, "plan.strategy_heading");
  chart.value_heading = ctx.html().text(ctx.lang, "plan.chart.average_percent");
  chart.unit = "%";
  chart.decimals = 1;
  chart.max = 100;
  for (const auto& s : strategies) {
    if (filter->strategy && *filter->strategy != s.number) continue;
    auto* section = dict.AddSectionDictionary("STRATEGY");
    section->SetIntValue("NUMBER", s.number);
    section->SetValue("NAME", s.name_th);
    double sum = 0;
    int count = 0;
    ctemplate::TemplateDictionary* table = nullptr;
    for (const auto& p : projects) {
      if (p.project.strategy_id != s.id) continue;
      ++count;
      sum += p.actual_percent.value_or(0);
      if (!table) table = section->AddSectionDictionary("TABLE");
      auto* row = table->AddSectionDictionary("ROW");
      row->SetIntValue("ID", static_cast<long>(p.project.id));
      row->SetValue("NUMBER", p.project.number());
      row->SetValue("NAME", p.project.name_th);
      row->SetValue("YEARS", years_text(p.project.fiscal_years));
      row->SetValue("RESPONSIBLE", responsible_text(p.project.responsible_th));
      row->SetValue("PLANNED", percent_text(p.planned_percent));
      row->SetValue("PROGRESS",
                    html::progress_bar(p.project.name_th, p.actual_percent.value_or(0)));
      row->SetValue("STATUS", html::status_tag(status_label(ctx, p.status), tone_of(p.status)));
      row->SetValue("STATUS_NAME", status_name(p.status));
    }
    if (count == 0) {
      section->ShowSection("NO_PROJECTS");
    } else {
      chart.bars.push_back({std::to_string(s.number) + ". " + s.name_th, sum / count});
    }
  }
  dict.SetValue("CHART", html::bar_chart(ctx, chart));
  dict.SetIntValue("COUNT", static_cast<long>(projects.size()));

  html::PageInfo info;
  info.title = plan->id == kDefaultPlanId
                   ? ctx.html().text(ctx.lang, "plan.progress_title")
                   : ctx.html().text(ctx.lang, "plan.progress_of") + " " + plan->name_th;
  info.section = "plan";
  info.crumbs = {{ctx.html().text(ctx.lang, "ui.home"), "/"}, {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/progress", dict);
}

http::Response project_form_page(http::Context& ctx, const Project& p, const std::string& title,
                                 std::string_view body_template,
                                 ctemplate::TemplateDictionary& dict, const Error* error) {
  html::PageInfo info;
  info.title = title;
  info.section = "plan";
  info.crumbs = {{ctx.html().text(ctx.lang, "ui.home"), "/"},
                 {ctx.html().text(ctx.lang, "plan.progress_title"), "/plan"},
                 {p.number(), "/plan/projects/" + std::to_string(p.id)},
                 {title, ""}};
  return ctx.html().page(ctx, info, body_template, dict,
                         error ? http_status_for(error->code) : 200);
}

// A project: what the plan says, where it stands, its S-curve and its reports. The public sees
// the figures; staff who may follow the plan also see who filed, the activities and problems.
Result<http::Response> project_page(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto p = find_project_progress(ctx.db(), today(ctx), *id);
  if (!p || !find_visible_plan(ctx.db(), p->project.plan_id, ctx.principal)) {
    return no_such_project();
  }
  const bool internal = ctx.principal.can(kViewPermission);

  ctemplate::TemplateDictionary dict("project");
  dict.SetValue("NUMBER", p->project.number());
  dict.SetValue("NAME", p->project.name_th);
  dict.SetValue("OBJECTIVES", p->project.objectives_th);
  dict.SetValue("RESPONSIBLE", responsible_text(p->project.responsible_th));
  dict.SetValue("KIND", p->project.system_kind);
  dict.SetIntValue("ID", static_cast<long>(p->project.id));
  for (const auto& s : list_strategies(ctx.db(), p->project.plan_id)) {
    if (s.id == p->project.strategy_id) {
      dict.SetIntValue("STRATEGY_NUMBER", s.number);
      dict.SetValue("STRATEGY", s.name_th);
    }
  }
  for (int y : p->project.fiscal_years) {
    dict.SetValueAndShowSection("YEAR", std::to_string(y), "FISCAL_YEAR");
  }
  dict.SetValue("STATUS", html::status_tag(status_label(ctx, p->status), tone_of(p->status)));
  dict.SetValue("STATUS_NAME", status_name(p->status));
  dict.SetValue("PLANNED", percent_text(p->planned_percent));
  dict.SetValue("PROGRESS", html::progress_bar(p->project.name_th, p->actual_percent.value_or(0)));
  dict.SetValue("BUDGET", format_baht(Satang(p->budget_satang)));
  dict.SetValue("SPENT", format_baht(Satang(p->spent_satang)));
  if (p->late_report) dict.ShowSection("LATE");
  if (p->cancellation) {
    dict.SetValueAndShowSection("CANCEL_REASON", p->cancellation->reason_th, "CANCELLED");
  }
  if (is_planner(ctx.principal) && !p->cancellation) {
    auto* planner = dict.AddSectionDictionary("PLANNER");
    const auto budgets = project_budgets_of(ctx.db(), p->project.id);
    for (int y : p->project.fiscal_years) {
      auto* row = planner->AddSectionDictionary("BUDGET_YEAR");
      row->SetIntValue("YEAR", y);
      const auto it = budgets.find(y);
      row->SetValue("AMOUNT", format_baht(Satang(it == budgets.end() ? 0 : it->second)));
    }
  }
  if (internal) {
    dict.ShowSection("INTERNAL");
    show_pdca_notes(ctx, *dict.AddSectionDictionary("PDCA_SECTION"), p->project.id);
  }

  const auto kpis = kpi_progress(ctx.db(), p->project.id);
  const bool edit_kpis = is_planner(ctx.principal);
  if (edit_kpis) dict.ShowSection("KPI_PLANNER");
  for (const auto& k : kpis) {
    auto* row = dict.AddSectionDictionary("KPI");
    row->SetValue("NAME", k.kpi.name_th);
    if (!k.kpi.tracked()) row->ShowSection("KPI_RETIRED");
    if (edit_kpis)
      row->AddSectionDictionary("KPI_EDIT")->SetIntValue("KPI_ID", static_cast<long>(k.kpi.id));
    row->SetValue("UNIT", k.kpi.unit_th);
    row->SetValue("BASELINE", html::format_number(k.kpi.baseline, 2));
    row->SetValue("DIRECTION",
                  ctx.html().text(ctx.lang, k.kpi.direction == "higher" ? "plan.kpi_higher"
                                                                        : "plan.kpi_lower"));
    // Every year's target ("2569: 500 · 2570: 1,000"), shown before any actual is reported.
    std::string targets;
    for (const auto& [year, target] : k.kpi.targets) {
      targets += (targets.empty() ? "" : " · ") + std::to_string(year) + ": " +
                 html::format_number(target, target == static_cast<std::int64_t>(target) ? 0 : 2);
    }
    row->SetValue("TARGET", targets.empty() ? "–" : targets);
    row->SetValue("ACTUAL", k.actual ? html::format_number(*k.actual, 2) : "–");
    row->SetValue("ACHIEVEMENT", k.achievement ? html::format_number(*k.achievement, 1) : "–");
  }
  if (!kpis.empty()) {
    const auto overall = project_kpi_achievement(kpis);
    dict.SetValueAndShowSection("KPI_OVERALL",
                                overall ? html::format_number(*overall, 1) + "%" : "–", "KPIS");
  }
  const auto history = project_history(ctx.db(), p->project.id);
  const auto actual = actual_curve(history);
  html::LineChart curve;
  curve.id = "s-curve";
  curve.title = ctx.html().text(ctx.lang, "plan.chart.s_curve");
  curve.label_heading = ctx.html().text(ctx.lang, "plan.quarter_heading");
  curve.unit = "%";
  curve.max = 100;
  html::LineSeries planned{ctx.html().text(ctx.lang, "plan.planned"), {}};
  html::LineSeries reported{ctx.html().text(ctx.lang, "plan.actual"), {}};
  for (const auto& c : p->curve) {
    curve.labels.push_back("Q" + std::to_string(c.quarter) + "/" +
                           std::to_string(c.fiscal_year % 100));
    planned.values.emplace_back(c.percent);
    std::optional<double> value;
    for (const auto& a : actual) {
      if (a.fiscal_year == c.fiscal_year && a.quarter == c.quarter) value = a.percent;
    }
    reported.values.push_back(value);
  }
  curve.series = {planned, reported};
  if (!curve.labels.empty()) dict.SetValue("S_CURVE", html::line_chart(ctx, curve));

  ctemplate::TemplateDictionary* reports = nullptr;
  for (const auto& h : history) {
    if (!internal && h.report.state != "accepted") continue;
    if (!reports) reports = dict.AddSectionDictionary("REPORTS");
    auto* row = reports->AddSectionDictionary("REPORT");
    row->SetValue("ROUND", round_label(ctx, h.round));
    row->SetIntValue("PERCENT", h.report.percent_complete);
    row->SetValue("SPENT", format_baht(Satang(h.report.spent_satang)));
    TimePoint filed;
    if (parse_iso_time(h.report.filed_at, filed)) {
      row->SetValue("FILED_AT", ctx.lang == "en" ? format_english_date_time(filed)
                                                 : format_thai_date_time(filed));
    }
    if (h.report.amendment) row->ShowSection("AMENDMENT");
    if (internal) {
      auto* more = row->AddSectionDictionary("INTERNAL_ROW");
      more->SetIntValue("VERSION", h.report.version);
      more->SetValue("STATE", ctx.html().text(ctx.lang, "plan.report_state." + h.report.state));
      more->SetValue("FILED_BY", h.report.filed_by_name);
      more->SetValue("COMMITTED", format_baht(Satang(h.report.committed_satang)));
      more->SetValue("ACTIVITIES", h.report.activities_th);
      more->SetValue("PROBLEMS", h.report.problems_th);
      more->SetValue("HELP", h.report.help_needed_th);
      for (const auto& f : report_attachments(ctx.db(), h.report.id)) {
        auto* file = more->AddSectionDictionary("FILE");
        file->SetValue("HREF", files::file_url(f));
        file->SetValue("NAME", f.name);
      }
    }
  }
  if (!reports) dict.ShowSection("NO_REPORTS");
  if (internal && reports) reports->ShowSection("INTERNAL");

  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "plan.project") + " " + p->project.number();
  info.section = "plan";
  info.crumbs = {{ctx.html().text(ctx.lang, "ui.home"), "/"},
                 {ctx.html().text(ctx.lang, "plan.progress_title"), "/plan"},
                 {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/project", dict);
}

}  // namespace pao::plan
