// How far a project should be and what its status is (สถานะโครงการ). Status is computed, never
// typed: from the planned curve, the latest accepted report and the rounds it missed. Pure
// functions, safe from any thread.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "platform/time/thai_date.hpp"

namespace pao::plan {

enum class ProjectStatus { not_started, on_track, delayed, completed, cancelled };
const char* status_name(ProjectStatus s);  // "not_started", "on_track", … (the API's values)
std::optional<ProjectStatus> status_from(std::string_view name);
inline constexpr ProjectStatus kStatuses[] = {ProjectStatus::not_started, ProjectStatus::on_track,
                                              ProjectStatus::delayed, ProjectStatus::completed,
                                              ProjectStatus::cancelled};

// The default margin: a project more than 10 percentage points behind its plan is delayed.
inline constexpr double kDefaultDelayMargin = 10.0;

// One point of a planned curve: the cumulative percent planned by the end of a quarter.
struct PlannedPoint {
  int fiscal_year = 0;  // B.E.
  int quarter = 0;      // 1 = Oct–Dec … 4 = Jul–Sep
  double percent = 0;
};

// The linear curve over the project's quarters: with years {2567, 2568} each of the 8 quarters
// adds 12.5 points, reaching 100 at the end of 2568 Q4. Years need not be consecutive (a project
// of 2566 and 2570 has 8 quarters). Empty years → empty curve.
std::vector<PlannedPoint> linear_curve(const std::vector<int>& fiscal_years);

// The percent planned as of `today`: the curve's value at the end of the last quarter whose last
// day is before `today` (0 until the first quarter is over). `curve` is ordered by
// (fiscal_year, quarter).
double planned_percent(const std::vector<PlannedPoint>& curve, Date today);

struct StatusInputs {
  bool cancelled = false;
  std::optional<int> actual_percent;  // the latest accepted report's; nullopt: none yet
  double planned_percent = 0;
  bool late_report = false;  // a round's deadline passed without this project's report
  double margin = kDefaultDelayMargin;
};

// cancelled → completed (reported 100) → delayed (planned − actual > margin, or a late report)
// → not started (no progress reported yet) → on track. Behind by exactly the margin is on track.
ProjectStatus compute_status(const StatusInputs& in);

// How far a KPI got towards its target, in percent: (actual − baseline) / (target − baseline)
// when higher is better, (baseline − actual) / (baseline − target) when lower is better; never
// below 0, and above 100 when the target is beaten. A target equal to the baseline is 100 when
// met and 0 otherwise.
double kpi_achievement(double baseline, double target, double actual, bool higher_is_better);

}  // namespace pao::plan
