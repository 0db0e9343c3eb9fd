// Filing progress reports and running rounds, on both databases: who may report for which
// project, versions, locked rounds, amendments and the planner's approval, attachments.
#include "modules/plan/file_progress_report.hpp"

#include <gtest/gtest.h>

#include "modules/plan/follow_progress.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"
#include "platform/files/testing.hpp"

namespace pao::plan {
namespace {

class PlanReporting : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    planner_who_.kind = auth::PrincipalKind::user;
    planner_who_.id = 3;
    planner_who_.name = "planner";
    planner_who_.division = "strategy_budget";
    planner_who_.grant(kManagePermission, "strategy_budget");
    planner_who_.grant(kReportPermission, "strategy_budget");
    edu_owner_ = person(5, "educlerk", "education", {{kReportPermission, "education"}});
    finance_staff_ = person(6, "finance", "finance", {{kReportPermission, "*"}});
  }
  static auth::Principal person(std::int64_t id, const std::string& name,
                                const std::string& division,
                                const std::vector<std::pair<std::string, std::string>>& grants) {
    auth::Principal p;
    p.kind = auth::PrincipalKind::user;
    p.id = id;
    p.name = name;
    p.display_name = "คุณ" + name;
    p.division = division;
    for (const auto& [k, scope] : grants) p.grant(k, scope);
    return p;
  }
  audit::Actor actor_of(const auth::Principal& p) {
    return {audit::ActorKind::user, p.id, p.name, "req-7", "10.0.0.7"};
  }
  Round open_q2_2567() {
    auto r = open_reporting_round(conn(), at_, planner_, planner_who_,
                                  {2567, "quarterly", 2, "15/4/2567"});
    EXPECT_TRUE(r.ok()) << r.error().message.en;
    return *r;
  }
  NewReport report(const Round& round, std::int64_t project, int percent) {
    NewReport n;
    n.round_id = round.id;
    n.project_id = project;
    n.percent_complete = percent;
    n.spent_satang = 1250050;
    n.activities_th = "จัดซื้อครุภัณฑ์";
    n.problems_th = "ผู้ขายส่งของล่าช้า";
    return n;
  }

  auth::Principal planner_who_, edu_owner_, finance_staff_;
};

TEST_P(PlanReporting, AnOwnerFilesForTheirDivisionsProjectAndItCountsAtOnce) {
  const auto round = open_q2_2567();
  const auto p31 = project_id(3, 1);  // กองการศึกษาฯ
  const auto filed =
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p31, 30));
  ASSERT_TRUE(filed.ok()) << filed.error().message.en;
  EXPECT_EQ(filed->report.version, 1);
  EXPECT_EQ(filed->report.state, "accepted");
  EXPECT_FALSE(filed->report.amendment);
  const auto progress = find_project_progress(conn(), {2024, 2, 2}, p31);
  EXPECT_EQ(progress->actual_percent, 30);
  EXPECT_EQ(progress->spent_satang, 1250050);
  EXPECT_EQ(testing::audit_count(conn(), "plan.report.file"), 1);
  EXPECT_TRUE(audit::verify_chain(conn()).intact);
}

TEST_P(PlanReporting, AnOwnerCannotReportForAnotherDivisionsProject) {
  const auto round = open_q2_2567();
  const auto p24 = project_id(2, 4);  // กองยุทธศาสตร์ฯ only
  const auto r =
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p24, 30));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::permission_denied);
  // Held everywhere, the permission covers only the holder's own division.
  const auto f = file_progress_report(conn(), at_, actor_of(finance_staff_), finance_staff_,
                                      report(round, p24, 30));
  EXPECT_EQ(f.error().code, ErrorCode::permission_denied);
  EXPECT_EQ(conn().query_one("SELECT COUNT(*) FROM plan_report")->i64(0), 0);
  EXPECT_EQ(testing::audit_count(conn(), "plan.report.file"), 0);
  // 1.1 is every division's: finance may report on it.
  EXPECT_TRUE(file_progress_report(conn(), at_, actor_of(finance_staff_), finance_staff_,
                                   report(round, project_id(1, 1), 10))
                  .ok());
}

TEST_P(PlanReporting, CorrectingWhileOpenKeepsEveryVersionAndTheLatestCounts) {
  const auto round = open_q2_2567();
  const auto p = project_id(3, 1);
  ASSERT_TRUE(
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p, 30))
          .ok());
  const auto second =
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p, 35));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->report.version, 2);
  EXPECT_EQ(find_project_progress(conn(), {2024, 2, 2}, p)->actual_percent, 35);
  EXPECT_EQ(find_project_progress(conn(), {2024, 2, 2}, p)->spent_satang, 1250050)
      << "money of a round counts once, from its latest version";
  EXPECT_EQ(project_history(conn(), p).size(), 2u);
}

TEST_P(PlanReporting, AfterCloseAReportIsAnAmendmentThatCountsOnlyOnceApproved) {
  const auto round = open_q2_2567();
  const auto p = project_id(3, 1);
  ASSERT_TRUE(
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p, 30))
          .ok());
  ASSERT_TRUE(close_reporting_round(conn(), at_, planner_, planner_who_, round.id).ok());
  const auto late =
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p, 60));
  ASSERT_TRUE(late.ok());
  EXPECT_TRUE(late->report.amendment);
  EXPECT_EQ(late->report.state, "pending");
  EXPECT_EQ(find_project_progress(conn(), {2024, 2, 2}, p)->actual_percent, 30)
      << "the locked version stands until the planner approves";
  EXPECT_EQ(pending_amendments(conn()).size(), 1u);

  const auto denied =
      decide_amendment(conn(), at_, actor_of(edu_owner_), edu_owner_, late->report.id, true);
  EXPECT_EQ(denied.error().code, ErrorCode::permission_denied) << "owners cannot approve";
  const auto approved =
      decide_amendment(conn(), at_, planner_, planner_who_, late->report.id, true);
  ASSERT_TRUE(approved.ok());
  EXPECT_EQ(approved->state, "accepted");
  EXPECT_EQ(find_project_progress(conn(), {2024, 2, 2}, p)->actual_percent, 60);
  EXPECT_EQ(
      decide_amendment(conn(), at_, planner_, planner_who_, late->report.id, true).error().code,
      ErrorCode::conflict);
  EXPECT_EQ(testing::audit_count(conn(), "plan.report.approve"), 1);
}

TEST_P(PlanReporting, ARejectedAmendmentNeverCounts) {
  const auto round = open_q2_2567();
  const auto p = project_id(3, 1);
  ASSERT_TRUE(close_reporting_round(conn(), at_, planner_, planner_who_, round.id).ok());
  const auto late =
      file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, report(round, p, 90));
  ASSERT_TRUE(late.ok());
  ASSERT_TRUE(decide_amendment(conn(), at_, planner_, planner_who_, late->report.id, false).ok());
  EXPECT_FALSE(find_project_progress(conn(), {2024, 2, 2}, p)->actual_percent.has_value());
}

TEST_P(PlanReporting, OnlyThePlannerOpensAndClosesRoundsAndEachOnlyOnce) {
  const auto head = person(9, "eduhead", "education", {{kManagePermission, "education"}});
  EXPECT_EQ(open_reporting_round(conn(), at_, planner_, head, {2567, "quarterly", 2, "15/4/2567"})
                .error()
                .code,
            ErrorCode::permission_denied);
  const auto round = open_q2_2567();
  EXPECT_EQ(round.period_end, "2024-03-31");
  EXPECT_EQ(round.deadline, "2024-04-15");
  EXPECT_EQ(open_reporting_round(conn(), at_, planner_, planner_who_,
                                 {2567, "quarterly", 2, "2024-04-20"})
                .error()
                .code,
            ErrorCode::conflict);
  ASSERT_TRUE(close_reporting_round(conn(), at_, planner_, planner_who_, round.id).ok());
  EXPECT_EQ(close_reporting_round(conn(), at_, planner_, planner_who_, round.id).error().code,
            ErrorCode::conflict);
}

TEST_P(PlanReporting, AMonthlyRoundEndsOnTheLastDayOfItsMonth) {
  const auto feb =
      open_reporting_round(conn(), at_, planner_, planner_who_, {2567, "monthly", 5, "10/3/2567"});
  ASSERT_TRUE(feb.ok());
  EXPECT_EQ(feb->period_end, "2024-02-29") << "period 5 of FY 2567 is February 2024, a leap year";
  const auto dec =
      open_reporting_round(conn(), at_, planner_, planner_who_, {2567, "monthly", 3, "10/1/2567"});
  EXPECT_EQ(dec->period_end, "2023-12-31");
}

TEST_P(PlanReporting, BadRoundsAndReportsNameTheirFields) {
  const auto bad =
      open_reporting_round(conn(), at_, planner_, planner_who_, {67, "weekly", 9, "tomorrow"});
  ASSERT_EQ(bad.error().code, ErrorCode::invalid_argument);
  for (const char* f : {"fiscal_year", "frequency", "deadline"}) {
    EXPECT_TRUE(bad.error().fields.count(f)) << f;
  }
  const auto round = open_q2_2567();
  auto n = report(round, project_id(3, 1), 101);
  n.spent_satang = -1;
  n.kpi_actuals = {{424242, 3.0}};
  const auto r = file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, n);
  ASSERT_EQ(r.error().code, ErrorCode::invalid_argument);
  for (const char* f : {"percent_complete", "spent_satang", "kpi_actuals"}) {
    EXPECT_TRUE(r.error().fields.count(f)) << f;
  }
}

TEST_P(PlanReporting, AProjectNotRunningInTheRoundsYearCannotReport) {
  const auto round = open_q2_2567();
  const auto r = file_progress_report(conn(), at_, planner_, planner_who_,
                                      report(round, project_id(4, 1), 10));  // 4.1: 2566 only
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
}

TEST_P(PlanReporting, TheRoundListsWhoHasNotReported) {
  const auto round = open_q2_2567();
  ASSERT_TRUE(file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_,
                                   report(round, project_id(3, 1), 30))
                  .ok());
  const auto projects = round_projects(conn(), round);
  EXPECT_EQ(projects.size(), 15u) << "projects running in 2567";
  int missing = 0;
  for (const auto& p : projects) missing += p.reported ? 0 : 1;
  EXPECT_EQ(missing, 14);
}

TEST_P(PlanReporting, AttachmentsAreStoredWithTheReportAndABadOneFilesNothing) {
  files::testing::TempDir dir;
  files::FileStore store(dir.path());
  const auto round = open_q2_2567();
  auto n = report(round, project_id(3, 1), 30);
  n.attachments.push_back({"attachment", "photo.png", "image/png", files::testing::minimal_png()});
  const auto ok = file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, n, &store);
  ASSERT_TRUE(ok.ok()) << ok.error().message.en;
  EXPECT_EQ(report_attachments(conn(), ok->report.id).size(), 1u);

  n.attachments = {{"attachment", "virus.exe", "image/png", files::testing::windows_program()}};
  const auto bad = file_progress_report(conn(), at_, actor_of(edu_owner_), edu_owner_, n, &store);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(conn().query_one("SELECT COUNT(*) FROM plan_report")->i64(0), 1)
      << "the report with a refused attachment was not filed";
}

INSTANTIATE_TEST_SUITE_P(, PlanReporting, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
