// Where the seeded plan's projects stand, on both databases: their years and divisions from the
// plan, filters, and status from reports and missed rounds.
#include "modules/plan/follow_progress.hpp"

#include <gtest/gtest.h>

#include "modules/plan/store.hpp"
#include "modules/plan/testing.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {
namespace {

class PlanProgress : public testing::PlanDbTest {
 protected:
  // 2 Feb 2024 = FY 2567 Q2: Q1 of 2567 (Oct–Dec 2023) is over.
  Date today_{2024, 2, 2};

  std::int64_t add_round(int fiscal_year, int quarter, const std::string& deadline) {
    Round r;
    r.fiscal_year = fiscal_year;
    r.frequency = "quarterly";
    r.period = quarter;
    r.period_end = to_iso_date(fiscal_quarter_range(fiscal_year, quarter).last);
    r.deadline = deadline;
    r.opened_at = to_iso_utc(at_);
    return store::insert_round(conn(), r);
  }
  void add_report(std::int64_t round, std::int64_t project, int percent) {
    Report r;
    r.round_id = round;
    r.project_id = project;
    r.version = 1;
    r.state = "accepted";
    r.percent_complete = percent;
    r.spent_satang = 150000;
    r.filed_by_id = 5;
    r.filed_by_name = "owner";
    r.filed_at = to_iso_utc(at_);
    store::insert_report(conn(), r);
  }
  const ProjectProgress& by_number(const std::vector<ProjectProgress>& all, int s, int q) {
    for (const auto& p : all) {
      if (p.project.strategy_id == s && p.project.seq == q) return p;
    }
    throw std::runtime_error("no such project in the list");
  }
};

TEST_P(PlanProgress, TheSeededPlanHasItsTwentyFiveProjectsWithYearsAndDivisions) {
  const auto all = list_project_progress(conn(), today_);
  ASSERT_EQ(all.size(), 25u);
  const auto& p24 = by_number(all, 2, 4);
  EXPECT_EQ(p24.project.fiscal_years, (std::vector<int>{2567, 2568}));
  EXPECT_EQ(p24.divisions, (std::vector<std::string>{"strategy_budget"}));
  const auto& p13 = by_number(all, 1, 3);
  EXPECT_EQ(p13.divisions, (std::vector<std::string>{"education", "office_of_chief",
                                                     "public_health", "strategy_budget"}));
  EXPECT_EQ(by_number(all, 1, 1).divisions.size(), 10u) << "ทุกส่วนราชการ is every division";
  EXPECT_EQ(by_number(all, 2, 10).divisions,
            (std::vector<std::string>{"strategy_budget", "supplies"}));
}

TEST_P(PlanProgress, FiltersByFiscalYearStrategyAndDivision) {
  const auto y2567s2 = list_project_progress(conn(), today_, {2567, 2, {}, {}});
  std::vector<int> seqs;
  for (const auto& p : y2567s2) seqs.push_back(p.project.seq);
  EXPECT_EQ(seqs, (std::vector<int>{2, 3, 4, 5, 6, 7}));
  const auto personnel = list_project_progress(conn(), today_, {{}, {}, {}, "personnel"});
  ASSERT_EQ(personnel.size(), 2u);  // 1.1 (every division) and 3.3
  EXPECT_EQ(personnel[1].project.number(), "3.3");
}

TEST_P(PlanProgress, WithoutReportsProjectsPastTheMarginAreDelayed) {
  // 2.4 runs 2567–2568: 12.5 planned after Q1 of 2567, more than 10 ahead of nothing reported.
  const auto p = find_project_progress(conn(), today_, project_id(2, 4));
  ASSERT_TRUE(p.has_value());
  EXPECT_DOUBLE_EQ(p->planned_percent, 12.5);
  EXPECT_EQ(p->status, ProjectStatus::delayed);
  // 2.3 runs only in 2567: 25 planned → delayed; on 1 Dec 2023 nothing is planned yet.
  EXPECT_EQ(find_project_progress(conn(), {2023, 12, 1}, project_id(2, 3))->status,
            ProjectStatus::not_started);
}

TEST_P(PlanProgress, AReportWithinTheMarginIsOnTrackAndOneBelowItIsDelayed) {
  const auto round = add_round(2567, 1, "2024-01-15");
  add_report(round, project_id(2, 3), 15);  // 25 planned − 15 = 10: on the margin
  add_report(round, project_id(2, 5), 14);  // 25 − 14 = 11: delayed
  const auto all = list_project_progress(conn(), today_);
  EXPECT_EQ(by_number(all, 2, 3).status, ProjectStatus::on_track);
  EXPECT_EQ(by_number(all, 2, 3).actual_percent, 15);
  EXPECT_EQ(by_number(all, 2, 3).spent_satang, 150000);
  EXPECT_EQ(by_number(all, 2, 5).status, ProjectStatus::delayed);
  const auto delayed = list_project_progress(conn(), today_, {2567, 2, ProjectStatus::delayed, {}});
  for (const auto& p : delayed) EXPECT_NE(p.project.seq, 3);
}

TEST_P(PlanProgress, AMissedDeadlineMakesTheProjectDelayedUntilItReports) {
  const auto round = add_round(2567, 1, "2024-01-15");
  const auto p = project_id(2, 3);
  conn().execute("UPDATE plan_setting SET delay_margin = 50");
  EXPECT_EQ(find_project_progress(conn(), {2024, 1, 15}, p)->status, ProjectStatus::not_started)
      << "on the deadline day the report is not late yet";
  EXPECT_TRUE(find_project_progress(conn(), {2024, 1, 16}, p)->late_report);
  EXPECT_EQ(find_project_progress(conn(), {2024, 1, 16}, p)->status, ProjectStatus::delayed);
  add_report(round, p, 20);
  EXPECT_EQ(find_project_progress(conn(), {2024, 1, 16}, p)->status, ProjectStatus::on_track);
}

TEST_P(PlanProgress, TheLatestPeriodsHighestAcceptedVersionCounts) {
  const auto q1 = add_round(2567, 1, "2024-01-15");
  const auto q2 = add_round(2567, 2, "2024-04-15");
  const auto p = project_id(2, 3);
  add_report(q2, p, 40);
  add_report(q1, p, 20);  // filed later, but for an earlier period
  EXPECT_EQ(find_project_progress(conn(), today_, p)->actual_percent, 40);
  EXPECT_EQ(find_project_progress(conn(), today_, p)->spent_satang, 300000);
}

TEST_P(PlanProgress, NoSuchProjectIsNullopt) {
  EXPECT_FALSE(find_project_progress(conn(), today_, 999999).has_value());
}

INSTANTIATE_TEST_SUITE_P(, PlanProgress, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
