// The executive's dashboard (แดชบอร์ดผู้บริหาร): progress by strategy, by division and by fiscal
// year, budget against spending, and the delayed projects. Reads only; built from
// list_project_progress, so its figures are the ones every other page shows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/plan/follow_progress.hpp"

namespace pao::plan {

// One group of projects (a strategy, a division or a fiscal year) summed up.
struct ProgressGroup {
  std::string key;    // "2", "education", "2567"
  std::string label;  // what to show
  int projects = 0;
  double average_percent = 0;  // of the latest accepted reports (0 for none)
  double average_planned = 0;
  int delayed = 0;
  std::int64_t budget_satang = 0;
  std::int64_t spent_satang = 0;
};

struct Dashboard {
  std::optional<int> fiscal_year;  // the filter, nullopt: all years
  std::vector<ProjectProgress> projects;
  std::vector<ProgressGroup> by_strategy;
  std::vector<ProgressGroup> by_division;
  std::vector<ProgressGroup> by_year;
  std::vector<ProjectProgress> delayed;  // most behind their plan first
  std::int64_t budget_satang = 0, spent_satang = 0;
  // KPI achievement (project_kpi_achievement) of the projects shown that have one, by project
  // id, and their mean; nullopt when none has one.
  std::map<std::int64_t, double> kpi_achievement;
  std::optional<double> average_kpi_achievement;
};

// The dashboard of one plan's projects (default: the digital plan) as of `today` for one fiscal
// year (budgets and spending of that year only) or for all years. Groups by strategy are keyed by
// the strategy's number; by division, keyed and labelled by division code.
Dashboard build_dashboard(db::Connection& conn, Date today, std::optional<int> fiscal_year,
                          std::int64_t plan_id = kDefaultPlanId);

// The dashboard's data as CSV (UTF-8 with BOM, one row per project, its KPI achievement last),
// for spreadsheets.
std::string dashboard_csv(const Dashboard& d);

}  // namespace pao::plan
