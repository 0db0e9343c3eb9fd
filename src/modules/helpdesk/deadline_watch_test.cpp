// The deadline watch and auto-close jobs on both databases: one warning per level, breaches
// recorded once, paused tickets left alone, auto-close after the reopen window only.
#include "modules/helpdesk/deadline_watch.hpp"

#include <gtest/gtest.h>

#include "modules/helpdesk/store.hpp"
#include "modules/helpdesk/testing.hpp"

namespace pao::helpdesk {
namespace {

class DeadlineWatch : public testing::HelpdeskDbTest {
 protected:
  WatchOutcome watch(const char* local) {
    return watch_deadlines(conn(), bkk(local), audit::system_actor("job:test"));
  }
  std::int64_t breaches(std::int64_t id) {
    return count_of("SELECT COUNT(*) FROM helpdesk_breach WHERE ticket_id = ?", id);
  }
  std::int64_t told(std::int64_t user) {
    return count_of(
        "SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND "
        "channel = 'in_app' AND subject LIKE '%กำหนด%'",
        user);
  }
};

TEST_P(DeadlineWatch, ATicketNobodyTookIsRecordedAsAnOwnBreachOnce) {
  const auto t = report();  // high, Monday 09:00: own by 10:00
  EXPECT_EQ(watch("2026-12-07T09:59:00").breaches, 0);
  EXPECT_EQ(watch("2026-12-07T10:01:00").breaches, 1);
  EXPECT_EQ(watch("2026-12-07T10:06:00").breaches, 0);
  EXPECT_EQ(breaches(t.id), 1);
}

TEST_P(DeadlineWatch, TheOwnerIsWarnedOncePerLevelNeverAStorm) {
  const auto t = report();  // resolve by Tuesday 09:00 (8 business hours)
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-07T09:10:00"), tech_, t.id, Step::take).ok());
  EXPECT_EQ(watch("2026-12-07T14:00:00").warnings, 0);  // 62 % used
  EXPECT_EQ(watch("2026-12-07T15:30:00").warnings, 1);  // 81 %
  for (const char* again : {"2026-12-07T15:35:00", "2026-12-07T16:00:00", "2026-12-08T08:40:00"}) {
    EXPECT_EQ(watch(again).warnings, 0) << again;
  }
  EXPECT_EQ(told(tech_.user_id), 1);
  const auto late = watch("2026-12-08T09:05:00");
  EXPECT_EQ(late.breaches, 1);
  EXPECT_EQ(watch("2026-12-08T10:00:00").breaches, 0);
  EXPECT_EQ(told(tech_.user_id), 2) << "one warning, one breach message";
  EXPECT_EQ(store::find_ticket(conn(), t.id)->warn_level, 2);
}

TEST_P(DeadlineWatch, AWaitingTicketIsPausedAndNeverWarned) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:10:00");
  for (const Step s : {Step::take, Step::start, Step::ask_requester}) {
    ASSERT_TRUE(take_step(conn(), at, tech_, t.id, s).ok());
  }
  const auto out = watch("2026-12-10T12:00:00");
  EXPECT_EQ(out.warnings + out.breaches, 0);
  EXPECT_EQ(told(tech_.user_id), 0);
}

TEST_P(DeadlineWatch, QuietResolvedTicketsCloseOnlyAfterTheReopenWindow) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:10:00");
  for (const Step s : {Step::take, Step::start})
    ASSERT_TRUE(take_step(conn(), at, tech_, t.id, s).ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::resolve, "รีสตาร์ตเครื่อง").ok());
  const auto by = audit::system_actor("job:test");
  // Resolved Monday 7th; the fifth business day after is Tuesday 15th (10th is a holiday).
  EXPECT_EQ(close_quiet_tickets(conn(), bkk("2026-12-15T01:00:00"), by), 0);
  EXPECT_EQ(close_quiet_tickets(conn(), bkk("2026-12-16T01:00:00"), by), 1);
  EXPECT_EQ(store::find_ticket(conn(), t.id)->status, Status::closed);
  EXPECT_EQ(close_quiet_tickets(conn(), bkk("2026-12-17T01:00:00"), by), 0);
  EXPECT_GE(count_of("SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND "
                     "subject LIKE '%ปิดเรื่อง%'",
                     somsri_.user_id),
            1);
}

INSTANTIATE_TEST_SUITE_P(Db, DeadlineWatch, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
