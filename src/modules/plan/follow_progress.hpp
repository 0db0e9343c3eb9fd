// Where each project of the plan stands (ความก้าวหน้าโครงการ): the planner's, the executive's and
// the public's view. Reads only; status is computed here from the planned curve, the latest
// accepted report and missed rounds (progress_status.hpp), never stored.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/plan/api.hpp"
#include "modules/plan/progress_status.hpp"
#include "modules/plan/records.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::plan {

struct ProgressFilter {
  std::optional<int> fiscal_year;  // projects running in this B.E. year
  std::optional<int> strategy;     // the strategy's number in the plan: 1..4 in the digital plan
  std::optional<ProjectStatus> status;
  std::optional<std::string> division;  // a responsible division's code
  std::optional<std::int64_t> plan;     // the plan's projects; nullopt: the default plan's
  bool every_plan = false;              // every plan's projects (`plan` is then ignored)
};

struct ProjectProgress {
  Project project;
  std::vector<std::string> divisions;  // org division codes, sorted
  std::int64_t budget_satang = 0;      // over all its years
  std::int64_t committed_satang = 0;   // reported so far
  std::int64_t spent_satang = 0;       // reported so far
  std::optional<int> actual_percent;   // the latest accepted report's
  std::optional<std::string> last_report_at;
  std::vector<PlannedPoint> curve;  // the planner's, or linear
  double planned_percent = 0;       // as of `today`
  bool late_report = false;
  ProjectStatus status = ProjectStatus::not_started;
  std::optional<Cancellation> cancellation;
};

// The projects matching `filter` in plan order (plan, strategy number, seq), with their status as
// of `today` (a Bangkok date). A project of a draft plan is never late: nothing is due from it.
std::vector<ProjectProgress> list_project_progress(db::Connection& conn, Date today,
                                                   const ProgressFilter& filter = {});
// One project's progress; nullopt when there is no such project.
std::optional<ProjectProgress> find_project_progress(db::Connection& conn, Date today,
                                                     std::int64_t project_id);

// A project's reports, newest period first and, within it, newest version first (amendments and
// rejected versions included: the history keeps every version).
struct HistoryEntry {
  Round round;
  Report report;
};
std::vector<HistoryEntry> project_history(db::Connection& conn, std::int64_t project_id);

// The actual percent at the end of each quarter that has an accepted report: the latest period's
// highest accepted version within the quarter, as an S-curve point.
std::vector<PlannedPoint> actual_curve(const std::vector<HistoryEntry>& history);

// Each KPI with its latest accepted actual and how far it got towards the target of that
// report's fiscal year (kpi_achievement); `achievement` is nullopt until an actual is reported.
struct KpiProgress {
  Kpi kpi;
  std::optional<double> actual;
  std::optional<double> target;
  std::optional<double> achievement;  // percent
};
std::vector<KpiProgress> kpi_progress(db::Connection& conn, std::int64_t project_id);
// The project's achievement: the mean over the KPIs it still follows (not retired) that have an
// actual; nullopt when none has one.
std::optional<double> project_kpi_achievement(const std::vector<KpiProgress>& kpis);
// project_kpi_achievement of every project that has one, by project id, in a few queries.
std::map<std::int64_t, double> project_kpi_achievements(db::Connection& conn);

// not_found for a project id that does not exist (pages and the API answer alike).
Error no_such_project();

}  // namespace pao::plan
