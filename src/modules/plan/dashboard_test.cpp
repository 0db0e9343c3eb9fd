// The executive dashboard and the acceleration list, on both databases: figures by strategy and
// year, budget against spending, the delayed list, the CSV, and who may add and decide.
#include "modules/plan/dashboard.hpp"

#include <gtest/gtest.h>

#include "modules/plan/acceleration.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanDashboard : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    planner_who_.kind = auth::PrincipalKind::user;
    planner_who_.id = 3;
    planner_who_.name = "planner";
    planner_who_.display_name = "สมศรี วางแผนดี";
    planner_who_.division = "strategy_budget";
    planner_who_.grant(kManagePermission, "strategy_budget");
    executive_.kind = auth::PrincipalKind::user;
    executive_.id = 2;
    executive_.name = "executive";
    executive_.display_name = "นายกสมชาย";
    executive_.grant(kDecidePermission);
    executive_.grant(kViewPermission);
  }
  void report(int strategy, int seq, int percent, std::int64_t spent) {
    if (!round_) {
      round_ = open_reporting_round(conn(), at_, planner_, planner_who_,
                                    {2567, "quarterly", 1, "15/1/2567"})
                   ->id;
    }
    NewReport n;
    n.round_id = round_;
    n.project_id = project_id(strategy, seq);
    n.percent_complete = percent;
    n.spent_satang = spent;
    ASSERT_TRUE(file_progress_report(conn(), at_, planner_, planner_who_, n).ok());
  }
  auth::Principal planner_who_, executive_;
  std::int64_t round_ = 0;
  Date today_{2024, 2, 2};
};

TEST_P(PlanDashboard, AveragesProgressByStrategyAndSumsBudgetAgainstSpending) {
  conn().execute("UPDATE plan_project_year SET budget_satang = 100000000 WHERE fiscal_year = 2567");
  report(2, 3, 40, 2500000);
  report(2, 5, 20, 500000);
  const auto d = build_dashboard(conn(), today_, 2567);
  EXPECT_EQ(d.projects.size(), 15u);
  EXPECT_EQ(d.budget_satang, 15 * 100000000LL);
  EXPECT_EQ(d.spent_satang, 3000000);
  const auto& s2 = d.by_strategy[1];
  EXPECT_EQ(s2.key, "2");
  EXPECT_EQ(s2.projects, 6);
  EXPECT_DOUBLE_EQ(s2.average_percent, 10.0) << "(40 + 20 + 0 × 4) / 6";
  EXPECT_EQ(s2.spent_satang, 3000000);
  ASSERT_EQ(d.by_year.size(), 1u);
  EXPECT_EQ(d.by_year[0].key, "2567");
}

TEST_P(PlanDashboard, TheDelayedListPutsTheMostBehindFirst) {
  report(2, 3, 20, 0);  // 25 planned: 5 behind, on track
  const auto d = build_dashboard(conn(), today_, 2567);
  for (const auto& p : d.delayed) EXPECT_NE(p.project.number(), "2.3");
  ASSERT_GE(d.delayed.size(), 2u);
  for (std::size_t i = 1; i < d.delayed.size(); ++i) {
    EXPECT_GE(d.delayed[i - 1].planned_percent - d.delayed[i - 1].actual_percent.value_or(0),
              d.delayed[i].planned_percent - d.delayed[i].actual_percent.value_or(0));
  }
}

TEST_P(PlanDashboard, TheCsvHasOneRowPerProjectWithBahtAndStatus) {
  conn().execute("UPDATE plan_project_year SET budget_satang = 123456 WHERE fiscal_year = 2567");
  report(2, 3, 40, 2500050);
  const auto csv = dashboard_csv(build_dashboard(conn(), today_, 2567));
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "a BOM, so spreadsheets read Thai";
  std::size_t lines = 0;
  for (char c : csv) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 16u);
  EXPECT_NE(csv.find("2.3,"), std::string::npos);
  EXPECT_NE(csv.find("25000.50"), std::string::npos);
  EXPECT_NE(csv.find("1234.56"), std::string::npos);
  EXPECT_NE(csv.find("on_track"), std::string::npos);
}

TEST_P(PlanDashboard, ThePlannerAddsAMeasureAndOnlyTheExecutiveDecidesAndEveryDecisionIsKept) {
  const auto owner = executive_;
  const auto m = add_acceleration_measure(
      conn(), at_, planner_, planner_who_,
      {project_id(2, 4), "กองยุทธศาสตร์ฯ", "รอจัดซื้อ", "เร่งจัดทำ TOR ภายใน 30 วัน"});
  ASSERT_TRUE(m.ok()) << m.error().message.en;
  EXPECT_EQ(
      add_acceleration_measure(conn(), at_, planner_, executive_, {project_id(2, 4), "ก", "ข", "ค"})
          .error()
          .code,
      ErrorCode::permission_denied);
  EXPECT_EQ(record_decision(conn(), at_, planner_, planner_who_, {"acceleration", m->id, "อนุมัติ"})
                .error()
                .code,
            ErrorCode::permission_denied);
  ASSERT_TRUE(
      record_decision(conn(), at_, planner_, owner, {"acceleration", m->id, "ให้เร่งรัด"}).ok());
  ASSERT_TRUE(
      record_decision(conn(), at_, planner_, owner, {"acceleration", m->id, "รายงานทุกสัปดาห์"}).ok());
  const auto list = acceleration_list(conn());
  ASSERT_EQ(list.size(), 1u);
  ASSERT_EQ(list[0].decisions.size(), 2u);
  EXPECT_EQ(list[0].decisions[0].decision_th, "ให้เร่งรัด");
  EXPECT_EQ(list[0].decisions[1].decided_by, "นายกสมชาย");
  EXPECT_EQ(testing::audit_count(conn(), "plan.decision.record"), 2);
  const auto bad = record_decision(conn(), at_, planner_, owner, {"acceleration", 99999, "x"});
  EXPECT_TRUE(bad.error().fields.count("ref_id"));
}

TEST_P(PlanDashboard, PdcaNotesNeedEveryStepAndOnlyTheProjectsOwnersWriteThem) {
  const auto p = project_id(2, 4);
  const auto missing = add_pdca_note(conn(), at_, planner_, planner_who_, {p, "แผน", "", "", ""});
  EXPECT_EQ(missing.error().code, ErrorCode::invalid_argument);
  EXPECT_TRUE(missing.error().fields.count("do_th"));
  auth::Principal edu;
  edu.kind = auth::PrincipalKind::user;
  edu.division = "education";
  edu.grant(kReportPermission, "education");
  EXPECT_EQ(add_pdca_note(conn(), at_, planner_, edu, {p, "ก", "ข", "ค", "ง"}).error().code,
            ErrorCode::permission_denied);
  const auto n = add_pdca_note(conn(), at_, planner_, planner_who_, {p, "ก", "ข", "ค", "ง"});
  ASSERT_TRUE(n.ok());
  ASSERT_TRUE(record_decision(conn(), at_, planner_, executive_, {"pdca", n->id, "รับทราบ"}).ok());
  EXPECT_EQ(pdca_notes(conn(), p).at(0).decisions.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(, PlanDashboard, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
