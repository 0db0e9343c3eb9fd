// The rounds' notices, on both databases: owners told when a round opens, a reminder 3 days
// before the deadline to divisions still missing a report, overdue to their head; each once.
#include "modules/plan/round_notices.hpp"

#include <gtest/gtest.h>

#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanRoundNotices : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    who_.kind = auth::PrincipalKind::user;
    who_.division = "strategy_budget";
    who_.grant(kManagePermission, "strategy_budget");
    // Each division: its head (id 100 + n) and one member (200 + n), n its place below.
    members_ = [](db::Connection&, const std::string& division) {
      const std::vector<std::string> order = {
          "office_of_chief", "secretariat", "strategy_budget", "finance",   "engineering",
          "public_health",   "education",   "supplies",        "personnel", "internal_audit"};
      const auto n = static_cast<std::int64_t>(std::find(order.begin(), order.end(), division) -
                                               order.begin());
      return std::vector<DivisionMember>{{100 + n, true}, {200 + n, false}};
    };
  }
  std::int64_t in_app_to(std::int64_t user) {
    return conn()
        .query_one(
            "SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND "
            "channel = 'in_app'",
            user)
        ->i64(0);
  }
  TimePoint on(Date d) { return bangkok_time(d, std::chrono::hours(8)); }
  auth::Principal who_;
  DivisionMembers members_;
};

TEST_P(PlanRoundNotices, OpenedOnceThenReminderThenOverdueToTheHeadOnly) {
  const auto round =
      open_reporting_round(conn(), at_, planner_, who_, {2567, "quarterly", 2, "15/4/2567"});
  ASSERT_TRUE(round.ok());
  const std::int64_t edu_head = 100 + 6, edu_member = 200 + 6;  // "education"
  EXPECT_GT(send_round_notices(conn(), on({2024, 2, 2}), members_), 0);
  EXPECT_EQ(in_app_to(edu_member), 1) << "told the round opened";
  EXPECT_EQ(send_round_notices(conn(), on({2024, 2, 3}), members_), 0) << "only once";

  // กองยุทธศาสตร์ฯ reports everything due; กองการศึกษาฯ does not.
  who_.grant(kReportPermission, "strategy_budget");
  for (const auto& p : round_projects(conn(), *round)) {
    if (p.divisions.size() == 1 && p.divisions[0] == "strategy_budget") {
      NewReport r;
      r.round_id = round->id;
      r.project_id = p.project.id;
      r.percent_complete = 30;
      ASSERT_TRUE(file_progress_report(conn(), at_, planner_, who_, r).ok());
    }
  }
  EXPECT_EQ(send_round_notices(conn(), on({2024, 4, 11}), members_), 0) << "4 days before";
  EXPECT_GT(send_round_notices(conn(), on({2024, 4, 12}), members_), 0) << "3 days before";
  EXPECT_EQ(in_app_to(edu_member), 2) << "reminded";

  EXPECT_GT(send_round_notices(conn(), on({2024, 4, 16}), members_), 0);
  EXPECT_EQ(in_app_to(edu_head), 3) << "opened, reminded, overdue";
  EXPECT_EQ(in_app_to(edu_member), 2) << "overdue goes to the head only";
  EXPECT_EQ(send_round_notices(conn(), on({2024, 4, 17}), members_), 0);
}

INSTANTIATE_TEST_SUITE_P(, PlanRoundNotices, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
