// The status rule at its boundaries: planned curve, margin, late reports, completion and
// cancellation.
#include "modules/plan/progress_status.hpp"

#include <gtest/gtest.h>

namespace pao::plan {
namespace {

TEST(PlanStatus, BehindByExactlyTheMarginIsStillOnTrack) {
  EXPECT_EQ(compute_status({false, 20, 30.0, false, 10.0}), ProjectStatus::on_track);
}

TEST(PlanStatus, BehindByMoreThanTheMarginIsDelayed) {
  EXPECT_EQ(compute_status({false, 19, 30.0, false, 10.0}), ProjectStatus::delayed);
  EXPECT_EQ(compute_status({false, 20, 30.5, false, 10.0}), ProjectStatus::delayed);
}

TEST(PlanStatus, TheMarginIsConfigurable) {
  EXPECT_EQ(compute_status({false, 10, 30.0, false, 20.0}), ProjectStatus::on_track);
  EXPECT_EQ(compute_status({false, 10, 30.0, false, 5.0}), ProjectStatus::delayed);
}

TEST(PlanStatus, ALateReportMakesAnOtherwiseOnTrackProjectDelayed) {
  EXPECT_EQ(compute_status({false, 50, 50.0, true, 10.0}), ProjectStatus::delayed);
}

TEST(PlanStatus, NoReportIsNotStartedUntilThePlanRunsAheadByTheMargin) {
  EXPECT_EQ(compute_status({false, std::nullopt, 0.0, false, 10.0}), ProjectStatus::not_started);
  EXPECT_EQ(compute_status({false, std::nullopt, 10.0, false, 10.0}), ProjectStatus::not_started);
  EXPECT_EQ(compute_status({false, std::nullopt, 12.5, false, 10.0}), ProjectStatus::delayed);
  EXPECT_EQ(compute_status({false, 0, 5.0, false, 10.0}), ProjectStatus::not_started);
}

TEST(PlanStatus, OneHundredPercentIsCompletedEvenIfAReportWasLate) {
  EXPECT_EQ(compute_status({false, 100, 50.0, true, 10.0}), ProjectStatus::completed);
  EXPECT_EQ(compute_status({false, 99, 100.0, false, 10.0}), ProjectStatus::on_track);
}

TEST(PlanStatus, CancelledWinsOverEverything) {
  EXPECT_EQ(compute_status({true, 100, 0.0, true, 10.0}), ProjectStatus::cancelled);
}

TEST(PlanStatus, NamesRoundTrip) {
  for (const auto s : kStatuses) EXPECT_EQ(status_from(status_name(s)), s);
  EXPECT_EQ(status_from("late"), std::nullopt);
}

TEST(PlanCurve, LinearOverTwoYearsAddsTwelveAndAHalfPointsAQuarter) {
  const auto c = linear_curve({2567, 2568});
  ASSERT_EQ(c.size(), 8u);
  EXPECT_DOUBLE_EQ(c[0].percent, 12.5);
  EXPECT_EQ(c[0].fiscal_year, 2567);
  EXPECT_EQ(c[0].quarter, 1);
  EXPECT_DOUBLE_EQ(c[3].percent, 50.0);
  EXPECT_DOUBLE_EQ(c[7].percent, 100.0);
}

TEST(PlanCurve, ThreeYearsEndExactlyAtOneHundred) {
  const auto c = linear_curve({2566, 2567, 2568});
  EXPECT_DOUBLE_EQ(c.back().percent, 100.0);
}

TEST(PlanCurve, PlannedPercentCountsOnlyQuartersThatAreOver) {
  const auto c = linear_curve({2567});  // Q1 ends 31 Dec 2023 (C.E.)
  EXPECT_DOUBLE_EQ(planned_percent(c, {2023, 10, 1}), 0.0);
  EXPECT_DOUBLE_EQ(planned_percent(c, {2023, 12, 31}), 0.0) << "the quarter's last day";
  EXPECT_DOUBLE_EQ(planned_percent(c, {2024, 1, 1}), 25.0);
  EXPECT_DOUBLE_EQ(planned_percent(c, {2024, 9, 30}), 75.0);
  EXPECT_DOUBLE_EQ(planned_percent(c, {2024, 10, 1}), 100.0);
  EXPECT_DOUBLE_EQ(planned_percent(c, {2030, 1, 1}), 100.0);
}

TEST(PlanCurve, YearsWithAGapOnlyCountTheProjectsOwnQuarters) {
  const auto c = linear_curve({2566, 2570});
  // After FY 2566 is over, half is planned; nothing more until FY 2570's quarters end.
  EXPECT_DOUBLE_EQ(planned_percent(c, {2025, 6, 1}), 50.0);
  EXPECT_DOUBLE_EQ(planned_percent(c, {2027, 1, 1}), 62.5);
}

TEST(PlanKpi, AchievementCountsFromTheBaselineInTheKpisDirection) {
  EXPECT_DOUBLE_EQ(kpi_achievement(10, 20, 15, true), 50.0);
  EXPECT_DOUBLE_EQ(kpi_achievement(10, 20, 25, true), 150.0) << "beating the target shows";
  EXPECT_DOUBLE_EQ(kpi_achievement(10, 20, 5, true), 0.0) << "never below 0";
  EXPECT_DOUBLE_EQ(kpi_achievement(30, 10, 20, false), 50.0) << "lower is better: 30 → 10";
  EXPECT_DOUBLE_EQ(kpi_achievement(30, 10, 10, false), 100.0);
  EXPECT_DOUBLE_EQ(kpi_achievement(5, 5, 5, true), 100.0);
  EXPECT_DOUBLE_EQ(kpi_achievement(5, 5, 4, true), 0.0);
}

}  // namespace
}  // namespace pao::plan
