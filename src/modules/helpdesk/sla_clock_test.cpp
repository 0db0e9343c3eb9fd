// The SLA clock across nights, weekends, holidays and pauses (Mon–Fri 08:30–16:30 Bangkok).
#include "modules/helpdesk/sla_clock.hpp"

#include <gtest/gtest.h>

namespace pao::helpdesk {
namespace {

using namespace std::chrono_literals;

TimePoint bkk(const char* local) {
  TimePoint t{};
  EXPECT_TRUE(parse_iso_time(std::string(local) + "+07:00", t)) << local;
  return t;
}

// Constitution Day, Thursday 10 December 2026, and New Year's Eve/Day.
BusinessCalendar office() {
  return BusinessCalendar({{2026, 12, 10}, {2026, 12, 31}, {2027, 1, 1}});
}

const SlaTarget kHigh{1, Priority::high, 2h, 8h};
const SlaTarget kLow{1, Priority::low, 8h, 24h};

TEST(SlaClock, OwnAndResolveDeadlinesSkipTheNight) {
  const auto c = start_clock(office(), kHigh, bkk("2026-12-08T15:30:00"));  // Tuesday
  EXPECT_EQ(c.own_due, bkk("2026-12-09T09:30:00"));
  EXPECT_EQ(c.resolve_due, bkk("2026-12-09T15:30:00"));
  EXPECT_EQ(c.sla_version, 1);
}

TEST(SlaClock, FridayAfternoonTicketIsDueOnMondayNotOverTheWeekend) {
  const auto c = start_clock(office(), kHigh, bkk("2026-12-04T16:00:00"));
  EXPECT_EQ(c.own_due, bkk("2026-12-07T10:00:00"));
  EXPECT_EQ(c.resolve_due, bkk("2026-12-07T16:00:00"));
}

TEST(SlaClock, AHolidaySkipsLikeASunday) {
  // Wednesday 16:00 + 2 h: 30 min Wednesday, Thursday is Constitution Day, 1 h 30 Friday.
  const auto c = start_clock(office(), kHigh, bkk("2026-12-09T16:00:00"));
  EXPECT_EQ(c.own_due, bkk("2026-12-11T10:00:00"));
}

TEST(SlaClock, TicketOpenedAtNightStartsCountingAtOpening) {
  const auto c = start_clock(office(), kHigh, bkk("2026-12-08T22:15:00"));
  EXPECT_EQ(c.own_due, bkk("2026-12-09T10:30:00"));
}

TEST(SlaClock, WaitingForTheRequesterMovesTheDeadlineByTheBusinessTimeWaitedOnly) {
  auto c = start_clock(office(), kHigh, bkk("2026-12-07T09:00:00"));  // due Mon 17:00 → Tue 09:00
  EXPECT_EQ(c.resolve_due, bkk("2026-12-08T09:00:00"));
  pause(c, bkk("2026-12-07T15:30:00"));
  // Waited Monday 15:30 → Tuesday 10:00: 1 h Monday + 1 h 30 Tuesday = 2 h 30 of business time,
  // not the 18 h 30 on the wall clock.
  resume(c, office(), bkk("2026-12-08T10:00:00"));
  EXPECT_EQ(c.paused, 2h + 30min);
  EXPECT_EQ(c.resolve_due, bkk("2026-12-08T11:30:00"));
}

TEST(SlaClock, AWeekendSpentWaitingAddsNothingBeyondTheWorkingHoursInIt) {
  auto c = start_clock(office(), kHigh, bkk("2026-12-04T09:00:00"));  // Friday, due 17:00 → Mon
  pause(c, bkk("2026-12-04T16:30:00"));
  resume(c, office(), bkk("2026-12-07T08:00:00"));  // before Monday's opening
  EXPECT_EQ(c.paused, 0s);
  EXPECT_EQ(c.resolve_due, bkk("2026-12-07T09:00:00"));
}

TEST(SlaClock, PausesAccrueAcrossSeveralWaits) {
  auto c = start_clock(office(), kLow, bkk("2026-12-07T08:30:00"));
  pause(c, bkk("2026-12-07T10:00:00"));
  resume(c, office(), bkk("2026-12-07T11:00:00"));
  pause(c, bkk("2026-12-09T16:00:00"));
  resume(c, office(), bkk("2026-12-11T09:00:00"));  // over the holiday: 30 min + 30 min
  EXPECT_EQ(c.paused, 2h);
  // 24 h = three working days from Monday 08:30 → Wednesday 16:30, + 2 h → Friday 10:30 (the
  // holiday Thursday does not count).
  EXPECT_EQ(c.resolve_due, bkk("2026-12-11T10:30:00"));
}

TEST(SlaClock, TimeLeftStandsStillWhilePaused) {
  auto c = start_clock(office(), kHigh, bkk("2026-12-07T09:00:00"));
  pause(c, bkk("2026-12-07T11:00:00"));
  EXPECT_EQ(resolve_time_left(c, office(), bkk("2026-12-07T11:00:00")), 6h);
  EXPECT_EQ(resolve_time_left(c, office(), bkk("2026-12-09T14:00:00")), 6h);
  EXPECT_EQ(resolve_percent_used(c, office(), bkk("2026-12-09T14:00:00")), 25);
}

TEST(SlaClock, TimeLeftIsNegativeOncePastTheDeadline) {
  const auto c = start_clock(office(), kHigh, bkk("2026-12-07T09:00:00"));
  EXPECT_EQ(resolve_time_left(c, office(), bkk("2026-12-08T10:00:00")), -1h);
  EXPECT_EQ(resolve_percent_used(c, office(), bkk("2026-12-08T10:00:00")), 112);
}

TEST(SlaClock, PriorityChangeKeepsTheAccruedPauseAndRecountsFromTheOpening) {
  auto c = start_clock(office(), kLow, bkk("2026-12-07T08:30:00"));
  pause(c, bkk("2026-12-07T09:30:00"));
  resume(c, office(), bkk("2026-12-07T10:30:00"));
  ASSERT_EQ(c.paused, 1h);
  retarget(c, office(), SlaTarget{2, Priority::high, 2h, 8h});
  EXPECT_EQ(c.paused, 1h) << "the pause is not forgotten";
  EXPECT_EQ(c.sla_version, 2);
  EXPECT_EQ(c.own_due, bkk("2026-12-07T10:30:00"));
  EXPECT_EQ(c.resolve_due, bkk("2026-12-08T09:30:00"));
}

TEST(SlaClock, RetargetWhilePausedStaysPausedAndCountsTheWaitOnResume) {
  auto c = start_clock(office(), kLow, bkk("2026-12-07T08:30:00"));
  pause(c, bkk("2026-12-07T09:30:00"));
  retarget(c, office(), kHigh);
  ASSERT_TRUE(c.paused_since.has_value());
  resume(c, office(), bkk("2026-12-07T11:30:00"));
  EXPECT_EQ(c.paused, 2h);
  EXPECT_EQ(c.resolve_due, bkk("2026-12-08T10:30:00"));
}

TEST(SlaClock, PriorityNamesRoundTrip) {
  for (auto p : {Priority::low, Priority::medium, Priority::high, Priority::critical}) {
    EXPECT_EQ(priority_from(priority_name(p)), p);
  }
  EXPECT_FALSE(priority_from("urgent").has_value());
}

}  // namespace
}  // namespace pao::helpdesk
