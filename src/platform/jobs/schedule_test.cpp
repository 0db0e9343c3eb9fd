#include "platform/jobs/schedule.hpp"

#include <gtest/gtest.h>

namespace pao::jobs {
namespace {

TimePoint at(const char* iso) {
  TimePoint t{};
  EXPECT_TRUE(parse_iso_time(iso, t)) << iso;
  return t;
}

std::string next(const char* rule, const char* after) {
  const auto s = Schedule::parse(rule);
  EXPECT_TRUE(s) << rule;
  return s ? to_iso_utc(s->next_after(at(after))) : "";
}

TEST(ScheduleRules, AcceptsEveryDocumentedForm) {
  for (const char* rule :
       {"every minute", "every 15 minutes", "every 90 minutes", "every hour", "every 6 hours",
        "every day 08:00", "weekdays 16:30", "every monday 09:00", "every sunday 00:00",
        "first day of month 07:00", "last day of month 23:59", "day 15 of month 12:00",
        "  every   day   08:00 "}) {
    EXPECT_TRUE(Schedule::parse(rule)) << rule;
  }
  EXPECT_EQ(Schedule::parse("  every   day   08:00 ")->text(), "every day 08:00");
}

TEST(ScheduleRules, RefusesTyposAndImpossibleValues) {
  for (const char* rule : {"",
                           "every",
                           "every day",
                           "every day 8:00",
                           "every day 24:00",
                           "every day 08:60",
                           "every day 08:00:00",
                           "Every day 08:00",
                           "every 7 minutes",
                           "every 0 minutes",
                           "every 015 minutes",
                           "every -5 minutes",
                           "every 5 hours",
                           "every 15 minute",
                           "weekday 16:30",
                           "every funday 09:00",
                           "first day of month",
                           "day 29 of month 07:00",
                           "day 0 of month 07:00",
                           "day 01 of month 07:00",
                           "second day of month 07:00",
                           "0 8 * * *",
                           "every day 08:00 extra"}) {
    EXPECT_FALSE(Schedule::parse(rule)) << "accepted: \"" << rule << "\"";
  }
}

TEST(ScheduleRules, EveryDayIsBangkokTimeNotUtc) {
  // 09:00 Bangkok is past today's 08:00, so the next is tomorrow 08:00 +07:00 = 01:00Z.
  EXPECT_EQ(next("every day 08:00", "2026-11-25T09:00:00+07:00"), "2026-11-26T01:00:00Z");
  EXPECT_EQ(next("every day 08:00", "2026-11-25T07:59:59+07:00"), "2026-11-25T01:00:00Z");
}

TEST(ScheduleRules, NextIsStrictlyAfterAnOccurrence) {
  EXPECT_EQ(next("every day 08:00", "2026-11-25T08:00:00+07:00"), "2026-11-26T01:00:00Z");
}

TEST(ScheduleRules, BangkokMidnightIsFivePmUtcOfThePreviousDay) {
  EXPECT_EQ(next("every day 00:00", "2026-11-25T16:59:59Z"), "2026-11-25T17:00:00Z");
  EXPECT_EQ(next("every day 00:00", "2026-11-25T17:00:00Z"), "2026-11-26T17:00:00Z");
}

TEST(ScheduleRules, FirstDayOfMonthAtMidnightFallsOnTheLastUtcDayOfThePreviousMonth) {
  // 1 February 2027 00:00 Bangkok is 31 January 17:00 UTC.
  EXPECT_EQ(next("first day of month 00:00", "2027-01-15T12:00:00+07:00"), "2027-01-31T17:00:00Z");
  // Across the year end.
  EXPECT_EQ(next("first day of month 07:00", "2026-12-15T12:00:00+07:00"), "2027-01-01T00:00:00Z");
}

TEST(ScheduleRules, LastDayOfMonthFollowsMonthLengthsAndLeapYears) {
  EXPECT_EQ(next("last day of month 18:00", "2027-02-01T00:00:00+07:00"), "2027-02-28T11:00:00Z");
  EXPECT_EQ(next("last day of month 18:00", "2028-02-01T00:00:00+07:00"), "2028-02-29T11:00:00Z");
  EXPECT_EQ(next("last day of month 18:00", "2027-04-30T18:00:00+07:00"), "2027-05-31T11:00:00Z");
  // 23:30 on 31 December Bangkok is still 2027 in UTC; the next is the end of January.
  EXPECT_EQ(next("last day of month 23:30", "2027-12-31T23:30:00+07:00"), "2028-01-31T16:30:00Z");
}

TEST(ScheduleRules, DayOfMonthSkipsToTheNextMonthOnceItHasPassed) {
  EXPECT_EQ(next("day 15 of month 12:00", "2027-01-15T12:00:01+07:00"), "2027-02-15T05:00:00Z");
}

TEST(ScheduleRules, WeekdaysSkipTheWeekend) {
  // Friday 27 November 2026 after 16:30 → Monday 30 November 16:30.
  EXPECT_EQ(next("weekdays 16:30", "2026-11-27T17:00:00+07:00"), "2026-11-30T09:30:00Z");
  // Saturday 00:30 Bangkok is still Friday in UTC: the rule reads the Bangkok day.
  EXPECT_EQ(next("weekdays 00:15", "2026-11-28T00:30:00+07:00"), "2026-11-29T17:15:00Z");
}

TEST(ScheduleRules, OneWeekdayRunsOnceAWeek) {
  // Wednesday 25 November 2026 → Monday 30 November 09:00.
  EXPECT_EQ(next("every monday 09:00", "2026-11-25T09:00:00+07:00"), "2026-11-30T02:00:00Z");
}

TEST(ScheduleRules, EveryFifteenMinutesRunsOnTheQuarterHours) {
  EXPECT_EQ(next("every 15 minutes", "2026-11-25T09:07:10+07:00"), "2026-11-25T02:15:00Z");
  EXPECT_EQ(next("every 15 minutes", "2026-11-25T23:50:00+07:00"), "2026-11-25T17:00:00Z");
  EXPECT_EQ(next("every minute", "2026-11-25T09:07:10+07:00"), "2026-11-25T02:08:00Z");
  EXPECT_EQ(next("every 6 hours", "2026-11-25T13:00:00+07:00"), "2026-11-25T11:00:00Z");
}

TEST(ScheduleRules, LastAtOrBeforeFindsTheLatestMissedOccurrence) {
  const auto s = Schedule::parse("first day of month 07:00");
  ASSERT_TRUE(s);
  EXPECT_EQ(to_iso_utc(s->last_at_or_before(at("2027-03-20T10:00:00+07:00"))),
            "2027-03-01T00:00:00Z");
  EXPECT_EQ(to_iso_utc(s->last_at_or_before(at("2027-03-01T07:00:00+07:00"))),
            "2027-03-01T00:00:00Z");
  EXPECT_EQ(to_iso_utc(s->last_at_or_before(at("2027-03-01T06:59:59+07:00"))),
            "2027-02-01T00:00:00Z");
}

}  // namespace
}  // namespace pao::jobs
