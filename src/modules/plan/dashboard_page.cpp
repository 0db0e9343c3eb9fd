// The executive dashboard page (/plan/dashboard) and its CSV: charts drawn on the server with
// their figures as tables, readable without JavaScript.
#include "platform/html/ctemplate.hpp"

#include "modules/plan/dashboard.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/seed.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/download.hpp"
#include "platform/money/baht.hpp"

namespace pao::plan {

namespace {

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

std::string division_label(const std::string& code) {
  const auto& names = division_names_th();
  const auto it = names.find(code);
  return it == names.end() ? code : it->second;
}

double millions(std::int64_t satang) {
  return static_cast<double>(satang) / 100.0 / 1e6;
}

std::string progress_chart(const http::Context& ctx, const std::string& id,
                           const std::string& title_key, const std::string& heading_key,
                           const std::vector<ProgressGroup>& groups, bool divisions) {
  html::BarChart chart;
  chart.id = id;
  chart.title = text(ctx, title_key);
  chart.label_heading = text(ctx, heading_key);
  chart.value_heading = text(ctx, "plan.chart.average_percent");
  chart.unit = "%";
  chart.decimals = 1;
  chart.max = 100;
  for (const auto& g : groups) {
    if (g.projects == 0) continue;
    chart.bars.push_back({divisions ? division_label(g.key) : g.label, g.average_percent});
  }
  return html::bar_chart(ctx, chart);
}

Result<std::optional<int>> read_year(const http::Context& ctx) {
  auto filter = read_progress_filter(ctx.request);
  if (!filter.ok()) return filter.error();
  return filter->fiscal_year;
}

// The plan chosen (?plan=, default: the digital plan); not_found when there is none.
Result<Plan> read_plan(http::Context& ctx) {
  auto filter = read_progress_filter(ctx.request);
  if (!filter.ok()) return filter.error();
  auto plan = find_plan(ctx.db(), filter->plan.value_or(kDefaultPlanId));
  if (!plan) return no_such_plan();
  return *plan;
}

// "?fiscal_year=2567&plan=2" for the filters chosen, "" for none.
std::string query_of(std::optional<int> year, std::int64_t plan) {
  std::string q;
  if (year) q += "fiscal_year=" + std::to_string(*year);
  if (plan != kDefaultPlanId)
    q += (q.empty() ? "" : "&") + std::string("plan=") + std::to_string(plan);
  return q.empty() ? q : "?" + q;
}

}  // namespace

Result<http::Response> dashboard_page(http::Context& ctx) {
  const auto year = read_year(ctx);
  if (!year.ok()) return year.error();
  const auto plan = read_plan(ctx);
  if (!plan.ok()) return plan.error();
  const Dashboard d = build_dashboard(ctx.db(), today(ctx), *year, plan->id);
  ctemplate::TemplateDictionary dict("dashboard");
  if (list_plans(ctx.db()).size() > 1) dict.SetValue("PLAN_FIELD", plan_field(ctx, plan->id, true));
  if (plan->id != kDefaultPlanId)
    dict.SetValueAndShowSection("PLAN_NAME", plan->name_th, "OTHER_PLAN");

  html::Field y{html::FieldKind::select, "fiscal_year", text(ctx, "plan.fiscal_year")};
  y.wide = false;
  y.value = *year ? std::to_string(**year) : "";
  y.choices.push_back({"", text(ctx, "plan.all_years"), ""});
  for (int fy = plan->first_year; fy <= plan->last_year; ++fy)
    y.choices.push_back({std::to_string(fy), std::to_string(fy), ""});
  dict.SetValue("YEAR_FIELD", html::field(ctx, y));
  dict.SetValue("CSV_HREF", "/plan/dashboard.csv" + query_of(*year, plan->id));

  dict.SetIntValue("PROJECTS", static_cast<long>(d.projects.size()));
  dict.SetIntValue("DELAYED", static_cast<long>(d.delayed.size()));
  dict.SetValue("BUDGET", format_baht(Satang(d.budget_satang)));
  dict.SetValue("SPENT", format_baht(Satang(d.spent_satang)));
  dict.SetValue("SPENT_SHARE",
                d.budget_satang > 0
                    ? html::format_number(100.0 * static_cast<double>(d.spent_satang) /
                                              static_cast<double>(d.budget_satang),
                                          1)
                    : "–");

  dict.SetValue("KPI_ACHIEVEMENT", d.average_kpi_achievement
                                       ? html::format_number(*d.average_kpi_achievement, 1) + "%"
                                       : "–");
  dict.SetValue("BY_STRATEGY", progress_chart(ctx, "by-strategy", "plan.chart.by_strategy",
                                              "plan.strategy_heading", d.by_strategy, false));
  dict.SetValue("BY_DIVISION", progress_chart(ctx, "by-division", "plan.chart.by_division",
                                              "plan.divisions", d.by_division, true));
  dict.SetValue("BY_YEAR", progress_chart(ctx, "by-year", "plan.chart.by_year", "plan.fiscal_year",
                                          d.by_year, false));

  html::BarChart spend;
  spend.id = "budget-spend";
  spend.title = text(ctx, "plan.chart.budget_spend");
  spend.label_heading = text(ctx, "plan.strategy_heading");
  spend.value_heading = text(ctx, "plan.chart.million_baht");
  spend.unit = text(ctx, "plan.million_baht");
  spend.decimals = 2;
  for (const auto& g : d.by_strategy) {
    auto* row = dict.AddSectionDictionary("MONEY");
    row->SetValue("LABEL", g.label);
    row->SetValue("BUDGET", format_baht(Satang(g.budget_satang)));
    row->SetValue("SPENT", format_baht(Satang(g.spent_satang)));
    spend.bars.push_back({g.label + " · " + text(ctx, "plan.budget"), millions(g.budget_satang)});
    spend.bars.push_back({g.label + " · " + text(ctx, "plan.spent"), millions(g.spent_satang)});
  }
  dict.SetValue("BUDGET_SPEND", html::bar_chart(ctx, spend));

  for (const auto& p : d.delayed) {
    auto* row = dict.AddSectionDictionary("DELAYED_ROW");
    row->SetIntValue("ID", static_cast<long>(p.project.id));
    row->SetValue("NUMBER", p.project.number());
    row->SetValue("NAME", p.project.name_th);
    row->SetValue("PLANNED", html::format_number(p.planned_percent, 1));
    row->SetIntValue("ACTUAL", p.actual_percent.value_or(0));
    row->SetValue("GAP", html::format_number(p.planned_percent - p.actual_percent.value_or(0), 1));
    if (p.late_report) row->ShowSection("LATE");
  }
  if (d.delayed.empty()) dict.ShowSection("NO_DELAYED");

  show_acceleration_list(ctx, dict, d);
  if (is_planner(ctx.principal)) dict.ShowSection("SET_MARGIN");

  html::PageInfo info;
  info.title = text(ctx, "plan.dashboard_title");
  info.section = "plan_dashboard";
  info.crumbs = {{text(ctx, "ui.home"), "/"}, {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/dashboard", dict);
}

Result<http::Response> dashboard_csv_download(http::Context& ctx) {
  const auto year = read_year(ctx);
  if (!year.ok()) return year.error();
  const auto plan = read_plan(ctx);
  if (!plan.ok()) return plan.error();
  const Dashboard d = build_dashboard(ctx.db(), today(ctx), *year, plan->id);
  return http::csv_download(dashboard_csv(d),
                            *year ? "plan-dashboard-" + std::to_string(**year) + ".csv"
                                  : std::string("plan-dashboard.csv"));
}

}  // namespace pao::plan
