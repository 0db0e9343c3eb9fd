#include "modules/plan/dashboard.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "modules/plan/store.hpp"
#include "platform/text/csv.hpp"

namespace pao::plan {

namespace {

void add(ProgressGroup& g, const ProjectProgress& p, std::int64_t budget, std::int64_t spent) {
  g.average_percent += p.actual_percent.value_or(0);  // summed here, divided in finish()
  g.average_planned += p.planned_percent;
  ++g.projects;
  if (p.status == ProjectStatus::delayed) ++g.delayed;
  g.budget_satang += budget;
  g.spent_satang += spent;
}

std::vector<ProgressGroup> finish(std::map<std::string, ProgressGroup>&& groups) {
  std::vector<ProgressGroup> out;
  for (auto& [key, g] : groups) {
    if (g.projects > 0) {
      g.average_percent /= g.projects;
      g.average_planned /= g.projects;
    }
    out.push_back(std::move(g));
  }
  return out;
}

// "1234.50": baht with two decimals and no grouping, as spreadsheets read numbers.
std::string plain_baht(std::int64_t satang) {
  char out[32];
  std::snprintf(out, sizeof out, "%s%lld.%02lld", satang < 0 ? "-" : "",
                static_cast<long long>(std::llabs(satang) / 100),
                static_cast<long long>(std::llabs(satang) % 100));
  return out;
}

std::int64_t year_amount(const std::map<std::int64_t, std::map<int, std::int64_t>>& amounts,
                         std::int64_t project, int year) {
  const auto p = amounts.find(project);
  if (p == amounts.end()) return 0;
  const auto y = p->second.find(year);
  return y == p->second.end() ? 0 : y->second;
}

}  // namespace

Dashboard build_dashboard(db::Connection& conn, Date today, std::optional<int> fiscal_year,
                          std::int64_t plan_id) {
  Dashboard d;
  d.fiscal_year = fiscal_year;
  ProgressFilter filter;
  filter.fiscal_year = fiscal_year;
  filter.plan = plan_id;
  d.projects = list_project_progress(conn, today, filter);
  const auto budgets = store::project_budgets(conn);
  const auto spent_by_year = store::spent_by_year(conn);

  std::map<std::string, ProgressGroup> strategies, divisions;
  std::map<std::string, ProgressGroup> years;
  for (const auto& s : list_strategies(conn, plan_id)) {
    auto& g = strategies[std::to_string(s.number)];
    g.key = std::to_string(s.number);
    g.label = std::to_string(s.number) + ". " + s.name_th;
  }
  for (const auto& p : d.projects) {
    std::int64_t budget = p.budget_satang;
    std::int64_t spent = p.spent_satang;
    if (fiscal_year) {
      const auto b = budgets.find(p.project.id);
      budget =
          b == budgets.end() || !b->second.count(*fiscal_year) ? 0 : b->second.at(*fiscal_year);
      spent = year_amount(spent_by_year, p.project.id, *fiscal_year);
    }
    d.budget_satang += budget;
    d.spent_satang += spent;
    add(strategies[std::to_string(p.project.strategy_number)], p, budget, spent);
    for (const auto& code : p.divisions) {
      auto& g = divisions[code];
      g.key = g.label = code;
      add(g, p, budget, spent);
    }
    for (int y : p.project.fiscal_years) {
      if (fiscal_year && y != *fiscal_year) continue;
      auto& g = years[std::to_string(y)];
      g.key = g.label = std::to_string(y);
      const auto b = budgets.find(p.project.id);
      add(g, p, b == budgets.end() || !b->second.count(y) ? 0 : b->second.at(y),
          year_amount(spent_by_year, p.project.id, y));
    }
    if (p.status == ProjectStatus::delayed) d.delayed.push_back(p);
  }
  std::stable_sort(d.delayed.begin(), d.delayed.end(), [](const auto& a, const auto& b) {
    return a.planned_percent - a.actual_percent.value_or(0) >
           b.planned_percent - b.actual_percent.value_or(0);
  });
  const auto achievements = project_kpi_achievements(conn);
  double achievement_sum = 0;
  for (const auto& p : d.projects) {
    if (const auto it = achievements.find(p.project.id); it != achievements.end()) {
      d.kpi_achievement.emplace(p.project.id, it->second);
      achievement_sum += it->second;
    }
  }
  if (!d.kpi_achievement.empty()) {
    d.average_kpi_achievement = achievement_sum / static_cast<double>(d.kpi_achievement.size());
  }
  d.by_strategy = finish(std::move(strategies));
  d.by_division = finish(std::move(divisions));
  d.by_year = finish(std::move(years));
  return d;
}

std::string dashboard_csv(const Dashboard& d) {
  std::string out(text::kUtf8Bom);
  out += text::to_csv_line({"strategy", "project", "name_th", "divisions", "fiscal_years",
                            "budget_baht", "spent_baht", "planned_percent", "actual_percent",
                            "status", "late_report", "kpi_achievement_percent"});
  for (const auto& p : d.projects) {
    std::string divisions, years;
    for (const auto& code : p.divisions) divisions += (divisions.empty() ? "" : ";") + code;
    for (int y : p.project.fiscal_years) years += (years.empty() ? "" : ";") + std::to_string(y);
    char planned[32], achievement[32] = "";
    std::snprintf(planned, sizeof planned, "%.1f", p.planned_percent);
    if (const auto a = d.kpi_achievement.find(p.project.id); a != d.kpi_achievement.end()) {
      std::snprintf(achievement, sizeof achievement, "%.1f", a->second);
    }
    out += text::to_csv_line({std::to_string(p.project.strategy_number), p.project.number(),
                              p.project.name_th, divisions, years, plain_baht(p.budget_satang),
                              plain_baht(p.spent_satang), planned,
                              std::to_string(p.actual_percent.value_or(0)), status_name(p.status),
                              p.late_report ? "yes" : "no", achievement});
  }
  return out;
}

}  // namespace pao::plan
