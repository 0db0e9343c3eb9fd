// The planner's changes to a project, on both databases: cancelling needs a reason and an
// approver, budgets only for the project's years, curves that rise, and only the planner.
#include "modules/plan/manage_projects.hpp"

#include <gtest/gtest.h>

#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/follow_progress.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanManage : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    who_.kind = auth::PrincipalKind::user;
    who_.division = "strategy_budget";
    who_.grant(kManagePermission, "strategy_budget");
  }
  auth::Principal who_;
  Date today_{2024, 2, 2};
};

TEST_P(PlanManage, CancellingNeedsAReasonAndAnApproverAndMakesTheStatusCancelled) {
  const auto p = project_id(2, 4);
  const auto bad = cancel_project(conn(), at_, planner_, who_, p, " ", "");
  ASSERT_EQ(bad.error().code, ErrorCode::invalid_argument);
  EXPECT_TRUE(bad.error().fields.count("reason_th"));
  EXPECT_TRUE(bad.error().fields.count("approved_by"));
  ASSERT_TRUE(
      cancel_project(conn(), at_, planner_, who_, p, "ซ้ำซ้อนกับโครงการจังหวัด", "นายก อบจ.").ok());
  const auto progress = find_project_progress(conn(), today_, p);
  EXPECT_EQ(progress->status, ProjectStatus::cancelled);
  EXPECT_EQ(progress->cancellation->approved_by, "นายก อบจ.");
  EXPECT_EQ(cancel_project(conn(), at_, planner_, who_, p, "อีกครั้ง", "ปลัด").error().code,
            ErrorCode::conflict);
  const auto round =
      open_reporting_round(conn(), at_, planner_, who_, {2567, "quarterly", 2, "15/4/2567"});
  for (const auto& rp : round_projects(conn(), *round)) EXPECT_NE(rp.project.id, p);
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.cancel"), 1);
}

TEST_P(PlanManage, BudgetsAreSetOnlyForTheProjectsOwnYears) {
  const auto p = project_id(2, 4);  // 2567–2568
  ASSERT_TRUE(set_budget(conn(), at_, planner_, who_, p, 2567, 150000000).ok());
  EXPECT_EQ(find_project_progress(conn(), today_, p)->budget_satang, 150000000);
  EXPECT_TRUE(
      set_budget(conn(), at_, planner_, who_, p, 2570, 1).error().fields.count("fiscal_year"));
  EXPECT_TRUE(
      set_budget(conn(), at_, planner_, who_, p, 2567, -1).error().fields.count("budget_satang"));
}

TEST_P(PlanManage, APlannersCurveReplacesTheLinearOneAndMustRise) {
  const auto p = project_id(2, 4);
  ASSERT_TRUE(set_planned_curve(conn(), at_, planner_, who_, p,
                                {{2567, 1, 5}, {2567, 2, 10}, {2568, 4, 100}})
                  .ok());
  EXPECT_DOUBLE_EQ(find_project_progress(conn(), today_, p)->planned_percent, 5.0);
  EXPECT_EQ(find_project_progress(conn(), today_, p)->status, ProjectStatus::not_started)
      << "5 planned is within the margin of nothing reported";
  const auto falling =
      set_planned_curve(conn(), at_, planner_, who_, p, {{2567, 1, 50}, {2567, 2, 40}});
  EXPECT_TRUE(falling.error().fields.count("points"));
  ASSERT_TRUE(set_planned_curve(conn(), at_, planner_, who_, p, {}).ok());
  EXPECT_DOUBLE_EQ(find_project_progress(conn(), today_, p)->planned_percent, 12.5)
      << "linear again";
}

TEST_P(PlanManage, KpisNeedANameUnitAndDirectionAndOnlyThePlannerChangesAnything) {
  const auto p = project_id(2, 4);
  const auto k = add_kpi(conn(), at_, planner_, who_,
                         {p, "จำนวนระบบที่ใช้งาน", "ระบบ", 0, "higher", {{2567, 2}, {2568, 4}}});
  ASSERT_TRUE(k.ok());
  const auto bad = add_kpi(conn(), at_, planner_, who_, {p, "", "", 0, "sideways", {}});
  EXPECT_EQ(bad.error().fields.size(), 3u);
  auth::Principal head;
  head.grant(kManagePermission, "education");
  EXPECT_EQ(set_budget(conn(), at_, planner_, head, p, 2567, 1).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(set_delay_margin(conn(), at_, planner_, head, 5).error().code,
            ErrorCode::permission_denied);
  ASSERT_TRUE(set_delay_margin(conn(), at_, planner_, who_, 15).ok());
  EXPECT_EQ(find_project_progress(conn(), today_, p)->status, ProjectStatus::not_started)
      << "12.5 planned is within a 15-point margin";
}

TEST_P(PlanManage, KpiActualsFromReportsGiveAchievementPerKpiAndProject) {
  const auto p = project_id(2, 4);
  const auto more =
      add_kpi(conn(), at_, planner_, who_, {p, "ระบบที่ใช้งาน", "ระบบ", 0, "higher", {{2567, 4}}});
  const auto less =
      add_kpi(conn(), at_, planner_, who_, {p, "เวลารอ", "วัน", 10, "lower", {{2567, 2}}});
  ASSERT_TRUE(more.ok() && less.ok());
  const auto round =
      open_reporting_round(conn(), at_, planner_, who_, {2567, "quarterly", 1, "15/1/2567"});
  who_.grant(kReportPermission, "strategy_budget");
  NewReport r;
  r.round_id = round->id;
  r.project_id = p;
  r.percent_complete = 20;
  r.kpi_actuals = {{more->id, 1}, {less->id, 6}};
  ASSERT_TRUE(file_progress_report(conn(), at_, planner_, who_, r).ok());
  const auto kpis = kpi_progress(conn(), p);
  ASSERT_EQ(kpis.size(), 2u);
  EXPECT_DOUBLE_EQ(*kpis[0].achievement, 25.0) << "1 of 4 systems";
  EXPECT_DOUBLE_EQ(*kpis[1].achievement, 50.0) << "10 → 6 days of a 10 → 2 target";
  EXPECT_DOUBLE_EQ(*project_kpi_achievement(kpis), 37.5);
}

INSTANTIATE_TEST_SUITE_P(, PlanManage, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::plan
