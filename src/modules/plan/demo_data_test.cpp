// The plan's demo data, on both databases: budgets, a closed and an open round with reports, and
// nothing more on a second run.
#include "modules/plan/demo_data.hpp"

#include <gtest/gtest.h>

#include "modules/plan/dashboard.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanDemoData : public testing::PlanDbTest {};

TEST_P(PlanDemoData, LoadsRoundsReportsAndBudgetsOnce) {
  FixedClock clock(at_);  // 2 Feb 2567: rounds for Q1 (closed) and Q2 (open) of 2567
  const auto lines = load_demo_progress(conn(), clock);
  ASSERT_EQ(lines.size(), 1u);
  const auto rounds = list_reporting_rounds(conn());
  ASSERT_EQ(rounds.size(), 2u);
  EXPECT_TRUE(rounds[0].open);
  EXPECT_FALSE(rounds[1].open);
  const auto d = build_dashboard(conn(), {2024, 2, 2}, 2567);
  EXPECT_GT(d.budget_satang, 0);
  EXPECT_GT(d.spent_satang, 0);
  const auto reports = conn().query_one("SELECT COUNT(*) FROM plan_report")->i64(0);
  EXPECT_GT(reports, 5);
  const auto plans = list_plans(conn());
  ASSERT_EQ(plans.size(), 2u) << "next year's action plan, drafted";
  EXPECT_EQ(plans[1].status, "draft");
  EXPECT_EQ(plans[1].first_year, 2568);
  EXPECT_EQ(plans[1].project_count, 2);
  EXPECT_EQ(find_strategy(conn(), 5)->goals.size(), 2u);
  EXPECT_TRUE(load_demo_progress(conn(), clock).empty());
  EXPECT_EQ(conn().query_one("SELECT COUNT(*) FROM plan_report")->i64(0), reports);
  EXPECT_EQ(list_plans(conn()).size(), 2u);
  EXPECT_TRUE(audit::verify_chain(conn()).intact);
}

INSTANTIATE_TEST_SUITE_P(, PlanDemoData, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
