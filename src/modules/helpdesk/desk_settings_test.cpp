// The IT head's settings on both databases: new SLA targets are a new version that only new
// tickets use; division visibility can be turned off; bad targets name their fields.
#include "modules/helpdesk/desk_settings.hpp"

#include <gtest/gtest.h>

#include "modules/helpdesk/testing.hpp"

namespace pao::helpdesk {
namespace {

using namespace std::chrono_literals;

class DeskSettingsTest : public testing::HelpdeskDbTest {};

TEST_P(DeskSettingsTest, NewTargetsAreANewVersionForNewTicketsOnly) {
  const auto before = report();  // high: resolve 8 h
  auto s = desk_settings(conn());
  EXPECT_EQ(s.sla_version, 1);
  for (auto& t : s.targets) {
    if (t.priority == Priority::high) t.to_resolve = 4h;
  }
  const auto saved = change_desk_settings(conn(), bkk("2026-12-07T09:30:00"), tech_.actor, s);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved->sla_version, 2);
  const auto after = report("อีกเรื่อง", "high", "2026-12-07T10:00:00");
  EXPECT_EQ(after.sla.sla_version, 2);
  EXPECT_EQ(after.sla.resolve_due, bkk("2026-12-07T14:00:00"));
  EXPECT_EQ(view_ticket(conn(), tech_, before.id)->ticket.sla.resolve_due,
            bkk("2026-12-08T09:00:00"))
      << "the opened ticket keeps its deadline";
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE action = "
                     "'helpdesk.settings.update' AND seq > ?",
                     0),
            1);
}

TEST_P(DeskSettingsTest, SavingTheSameTargetsMakesNoNewVersion) {
  const auto s = desk_settings(conn());
  EXPECT_EQ(change_desk_settings(conn(), bkk("2026-12-07T09:30:00"), tech_.actor, s)->sla_version,
            1);
}

TEST_P(DeskSettingsTest, TurningDivisionVisibilityOffHidesColleaguesTickets) {
  const auto t = report();
  ASSERT_TRUE(view_ticket(conn(), malee_, t.id).ok());
  auto s = desk_settings(conn());
  s.division_sees_tickets = false;
  ASSERT_TRUE(change_desk_settings(conn(), bkk("2026-12-07T09:30:00"), tech_.actor, s).ok());
  EXPECT_EQ(view_ticket(conn(), malee_, t.id).error().code, ErrorCode::not_found);
  EXPECT_TRUE(view_ticket(conn(), somsri_, t.id).ok());
  EXPECT_EQ(visible_division(conn(), malee_), "");
}

TEST_P(DeskSettingsTest, BadTargetsNameTheirFields) {
  auto s = desk_settings(conn());
  s.targets[0].to_own = 0min;
  s.targets[1].to_resolve = 1min;  // shorter than its time to own
  const auto r = change_desk_settings(conn(), bkk("2026-12-07T09:30:00"), tech_.actor, s);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().fields.count("own_low"));
  EXPECT_TRUE(r.error().fields.count("resolve_medium"));
  EXPECT_EQ(desk_settings(conn()).sla_version, 1);
}

INSTANTIATE_TEST_SUITE_P(Db, DeskSettingsTest, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
