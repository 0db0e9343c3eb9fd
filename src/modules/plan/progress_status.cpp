#include "modules/plan/progress_status.hpp"

#include <algorithm>

#include "platform/time/fiscal_year.hpp"

namespace pao::plan {

const char* status_name(ProjectStatus s) {
  switch (s) {
    case ProjectStatus::not_started:
      return "not_started";
    case ProjectStatus::on_track:
      return "on_track";
    case ProjectStatus::delayed:
      return "delayed";
    case ProjectStatus::completed:
      return "completed";
    case ProjectStatus::cancelled:
      return "cancelled";
  }
  return "not_started";
}

std::optional<ProjectStatus> status_from(std::string_view name) {
  for (const auto s : kStatuses) {
    if (name == status_name(s)) return s;
  }
  return std::nullopt;
}

std::vector<PlannedPoint> linear_curve(const std::vector<int>& fiscal_years) {
  std::vector<PlannedPoint> out;
  const double quarters = 4.0 * static_cast<double>(fiscal_years.size());
  int k = 0;
  for (int y : fiscal_years) {
    for (int q = 1; q <= 4; ++q) {
      ++k;
      out.push_back({y, q, k == static_cast<int>(quarters) ? 100.0 : 100.0 * k / quarters});
    }
  }
  return out;
}

double planned_percent(const std::vector<PlannedPoint>& curve, Date today) {
  double planned = 0;
  for (const auto& p : curve) {
    if (fiscal_quarter_range(p.fiscal_year, p.quarter).last >= today) break;
    planned = p.percent;
  }
  return planned;
}

ProjectStatus compute_status(const StatusInputs& in) {
  if (in.cancelled) return ProjectStatus::cancelled;
  const int actual = in.actual_percent.value_or(0);
  if (actual >= 100) return ProjectStatus::completed;
  if (in.late_report || in.planned_percent - actual > in.margin) return ProjectStatus::delayed;
  if (!in.actual_percent || actual == 0) return ProjectStatus::not_started;
  return ProjectStatus::on_track;
}

double kpi_achievement(double baseline, double target, double actual, bool higher_is_better) {
  const double span = higher_is_better ? target - baseline : baseline - target;
  const double gained = higher_is_better ? actual - baseline : baseline - actual;
  if (span <= 0) return gained >= span ? 100.0 : 0.0;
  return std::max(0.0, 100.0 * gained / span);
}

}  // namespace pao::plan
