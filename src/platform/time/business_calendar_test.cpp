#include "platform/time/business_calendar.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace pao {
namespace {

using namespace std::chrono_literals;

// An instant given as Bangkok wall-clock time, read by clock.cpp (not by the code under test).
TimePoint bkk(std::string_view local) {
  TimePoint t;
  if (!parse_iso_time(std::string(local) + "+07:00", t)) ADD_FAILURE() << "bad time: " << local;
  return t;
}

// Late November – December 2026: Mon 23 Nov … Sun 29 Nov, Mon 30 Nov; Father's Day Sat 5 Dec,
// Constitution Day Thu 10 Dec, New Year's Eve Thu 31 Dec, New Year Fri 1 Jan 2027.
BusinessCalendar office() {
  return BusinessCalendar(
      {Date{2026, 12, 5}, Date{2026, 12, 10}, Date{2026, 12, 31}, Date{2027, 1, 1}});
}

// ----- Business days -----------------------------------------------------------------------------

TEST(BusinessDays, WeekendsAreNotBusinessDays) {
  const BusinessCalendar cal = office();
  EXPECT_TRUE(cal.is_business_day(Date{2026, 11, 27}));   // Fri
  EXPECT_FALSE(cal.is_business_day(Date{2026, 11, 28}));  // Sat
  EXPECT_FALSE(cal.is_business_day(Date{2026, 11, 29}));  // Sun
  EXPECT_TRUE(cal.is_business_day(Date{2026, 11, 30}));   // Mon
}

TEST(BusinessDays, AWeekdayHolidayIsNotABusinessDay) {
  const BusinessCalendar cal = office();
  EXPECT_TRUE(cal.is_holiday(Date{2026, 12, 10}));
  EXPECT_FALSE(cal.is_business_day(Date{2026, 12, 10}));
  EXPECT_TRUE(cal.is_business_day(Date{2026, 12, 9}));
  EXPECT_FALSE(cal.is_holiday(Date{2026, 12, 9}));
}

TEST(BusinessDays, FridayPlusOneIsMonday) {
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 27}, 1), (Date{2026, 11, 30}));
}

TEST(BusinessDays, SaturdayAndSundayPlusOneAreMonday) {
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 28}, 1), (Date{2026, 11, 30}));
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 29}, 1), (Date{2026, 11, 30}));
}

TEST(BusinessDays, AddingSkipsHolidays) {
  EXPECT_EQ(office().add_business_days(Date{2026, 12, 9}, 1), (Date{2026, 12, 11}));
  EXPECT_EQ(office().add_business_days(Date{2026, 12, 30}, 1), (Date{2027, 1, 4}));
}

TEST(BusinessDays, FifteenBusinessDaysFromMondayTwentyThirdNovemberIsFifteenthDecember) {
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 23}, 15), (Date{2026, 12, 15}));
}

TEST(BusinessDays, AddingZeroKeepsTheDateEvenOnAWeekend) {
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 28}, 0), (Date{2026, 11, 28}));
  EXPECT_EQ(office().add_business_days(Date{2026, 11, 25}, 0), (Date{2026, 11, 25}));
}

TEST(BusinessDays, NegativeCountsGoBack) {
  const BusinessCalendar cal = office();
  EXPECT_EQ(cal.add_business_days(Date{2026, 11, 30}, -1), (Date{2026, 11, 27}));
  EXPECT_EQ(cal.add_business_days(Date{2026, 11, 28}, -1), (Date{2026, 11, 27}));
  EXPECT_EQ(cal.add_business_days(Date{2026, 12, 11}, -1), (Date{2026, 12, 9}));
  EXPECT_EQ(cal.add_business_days(Date{2026, 12, 15}, -15), (Date{2026, 11, 23}));
}

TEST(BusinessDays, BetweenExcludesTheStartAndIncludesTheEnd) {
  const BusinessCalendar cal = office();
  EXPECT_EQ(cal.business_days_between(Date{2026, 11, 23}, Date{2026, 11, 30}), 5);
  EXPECT_EQ(cal.business_days_between(Date{2026, 11, 25}, Date{2026, 11, 25}), 0);
  EXPECT_EQ(cal.business_days_between(Date{2026, 11, 27}, Date{2026, 11, 28}), 0);
  EXPECT_EQ(cal.business_days_between(Date{2026, 11, 27}, Date{2026, 11, 30}), 1);
  EXPECT_EQ(cal.business_days_between(Date{2026, 12, 7}, Date{2026, 12, 14}), 4);  // 10th off
}

TEST(BusinessDays, BetweenIsNegativeWhenTheEndIsEarlier) {
  const BusinessCalendar cal = office();
  EXPECT_EQ(cal.business_days_between(Date{2026, 11, 30}, Date{2026, 11, 23}), -5);
}

TEST(BusinessDays, BetweenUndoesAdd) {
  const BusinessCalendar cal = office();
  for (Date d = Date{2026, 11, 20}; d <= Date{2027, 1, 10}; d = add_days(d, 1)) {
    for (int n = 0; n <= 25; ++n) {
      ASSERT_EQ(cal.business_days_between(d, cal.add_business_days(d, n)), n) << d << " +" << n;
      if (cal.is_business_day(d)) {
        ASSERT_EQ(cal.business_days_between(d, cal.add_business_days(d, -n)), -n) << d << " -" << n;
      }
    }
  }
}

TEST(BusinessDays, BetweenIsAdditive) {
  const BusinessCalendar cal = office();
  const Date dates[] = {{2026, 11, 21}, {2026, 11, 28}, {2026, 12, 3},
                        {2026, 12, 10}, {2026, 12, 31}, {2027, 1, 9}};
  for (Date a : dates) {
    for (Date b : dates) {
      for (Date c : dates) {
        ASSERT_EQ(cal.business_days_between(a, b) + cal.business_days_between(b, c),
                  cal.business_days_between(a, c))
            << a << " " << b << " " << c;
      }
    }
  }
}

// ----- Business time -----------------------------------------------------------------------------

TEST(BusinessTime, InsideWorkingHoursItIsWallClockTime) {
  EXPECT_EQ(office().business_time_between(bkk("2026-11-25T09:00:00"), bkk("2026-11-25T11:30:00")),
            2h + 30min);
}

TEST(BusinessTime, TimeBeforeOpeningDoesNotCount) {
  EXPECT_EQ(office().business_time_between(bkk("2026-11-25T07:00:00"), bkk("2026-11-25T09:00:00")),
            30min);
}

TEST(BusinessTime, TimeAfterClosingDoesNotCount) {
  EXPECT_EQ(office().business_time_between(bkk("2026-11-25T16:00:00"), bkk("2026-11-25T23:00:00")),
            30min);
  EXPECT_EQ(office().business_time_between(bkk("2026-11-25T16:30:00"), bkk("2026-11-26T08:30:00")),
            0s);
}

TEST(BusinessTime, FridayAfternoonToMondayMorningCountsOnlyTheOpenHalfHours) {
  EXPECT_EQ(office().business_time_between(bkk("2026-11-27T16:00:00"), bkk("2026-11-30T09:00:00")),
            1h);
}

TEST(BusinessTime, AWholeWorkingDayIsEightHoursAndAWeekForty) {
  const BusinessCalendar cal = office();
  EXPECT_EQ(cal.business_time_between(bkk("2026-11-25T00:00:00"), bkk("2026-11-26T00:00:00")), 8h);
  EXPECT_EQ(cal.business_time_between(bkk("2026-11-23T00:00:00"), bkk("2026-11-30T00:00:00")), 40h);
}

TEST(BusinessTime, HolidaysCountNothing) {
  EXPECT_EQ(office().business_time_between(bkk("2026-12-09T16:30:00"), bkk("2026-12-11T08:30:00")),
            0s);
  EXPECT_EQ(office().business_time_between(bkk("2026-12-10T00:00:00"), bkk("2026-12-11T00:00:00")),
            0s);
}

TEST(BusinessTime, IsNegativeWhenTheEndIsEarlier) {
  EXPECT_EQ(office().business_time_between(bkk("2026-11-30T09:00:00"), bkk("2026-11-27T16:00:00")),
            -1h);
}

TEST(BusinessTime, RoundsPartialSecondsTowardsZero) {
  const TimePoint a = bkk("2026-11-25T09:00:00");
  EXPECT_EQ(office().business_time_between(a, a + 1500ms), 1s);
  EXPECT_EQ(office().business_time_between(a + 1500ms, a), -1s);
}

TEST(BusinessTime, DeadlineInsideWorkingHoursIsWallClockTime) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-25T09:00:00"), 2h), bkk("2026-11-25T11:00:00"));
}

TEST(BusinessTime, ClockStartsAtOpeningWhenStartedBeforeIt) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-25T07:00:00"), 1h), bkk("2026-11-25T09:30:00"));
}

TEST(BusinessTime, ClockStartsNextMorningWhenStartedAfterClosing) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-25T17:00:00"), 1h), bkk("2026-11-26T09:30:00"));
  EXPECT_EQ(office().add_business_time(bkk("2026-11-25T16:30:00"), 1h), bkk("2026-11-26T09:30:00"));
}

TEST(BusinessTime, TicketOpenedOnSaturdayWithOneHourIsDueMondayAtNineThirty) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-28T10:00:00"), 1h), bkk("2026-11-30T09:30:00"));
}

TEST(BusinessTime, DeadlineCarriesOverTheWeekend) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-27T16:00:00"), 1h), bkk("2026-11-30T09:00:00"));
}

TEST(BusinessTime, UsingUpTheDayEndsAtClosingNotAtTheNextOpening) {
  const BusinessCalendar cal = office();
  EXPECT_EQ(cal.add_business_time(bkk("2026-11-25T08:30:00"), 8h), bkk("2026-11-25T16:30:00"));
  EXPECT_EQ(cal.add_business_time(bkk("2026-11-25T16:00:00"), 30min), bkk("2026-11-25T16:30:00"));
  EXPECT_EQ(cal.add_business_time(bkk("2026-11-25T16:00:00"), 30min + 1s),
            bkk("2026-11-26T08:30:01"));
}

TEST(BusinessTime, DeadlineSkipsHolidays) {
  EXPECT_EQ(office().add_business_time(bkk("2026-12-09T16:00:00"), 1h), bkk("2026-12-11T09:00:00"));
  EXPECT_EQ(office().add_business_time(bkk("2026-12-30T16:00:00"), 1h), bkk("2027-01-04T09:00:00"));
}

TEST(BusinessTime, FortyHoursFromMondayOpeningIsFridayClosing) {
  EXPECT_EQ(office().add_business_time(bkk("2026-11-23T08:30:00"), 40h),
            bkk("2026-11-27T16:30:00"));
}

TEST(BusinessTime, ZeroDurationIsDueAtOnceEvenOutOfHours) {
  const TimePoint saturday = bkk("2026-11-28T10:00:00");
  EXPECT_EQ(office().add_business_time(saturday, 0s), saturday);
}

TEST(BusinessTime, NegativeDurationIsABugAndThrows) {
  EXPECT_THROW(office().add_business_time(bkk("2026-11-25T09:00:00"), -1s), std::invalid_argument);
}

TEST(BusinessTime, DeadlineIsTheEarliestInstantWithTheWholeDurationWorked) {
  const BusinessCalendar cal = office();
  const std::chrono::seconds durations[] = {1s, 30min,   7h + 59min + 59s,
                                            8h, 8h + 1s, 3 * 8h + 17min};
  // Starts every 7 hours and 13 seconds for three weeks: every hour of the day, weekends,
  // holidays, exact openings and closings all come up.
  for (TimePoint start = bkk("2026-11-20T00:00:00"); start < bkk("2026-12-12T00:00:00");
       start += 7h + 13s) {
    for (const auto d : durations) {
      const TimePoint due = cal.add_business_time(start, d);
      ASSERT_EQ(cal.business_time_between(start, due), d) << to_iso_utc(start) << " " << d.count();
      ASSERT_LT(cal.business_time_between(start, due - 1s), d) << to_iso_utc(start);
    }
  }
}

TEST(BusinessTime, StartingMidSecondKeepsTheFraction) {
  const TimePoint start = bkk("2026-11-25T09:00:00") + 250ms;
  EXPECT_EQ(office().add_business_time(start, 1h), bkk("2026-11-25T10:00:00") + 250ms);
}

TEST(BusinessTime, ARoundTheClockDeskCountsWallClockTime) {
  WorkingHours always;
  always.opens = 0h;
  always.closes = 24h;
  always.weekdays = {true, true, true, true, true, true, true};
  const BusinessCalendar desk({}, always);
  const TimePoint saturday = bkk("2026-11-28T22:00:00");
  EXPECT_EQ(desk.add_business_time(saturday, 36h), saturday + 36h);
  EXPECT_EQ(desk.business_time_between(saturday, saturday + 50h), 50h);
}

TEST(BusinessTime, CustomHoursAndSaturdayService) {
  WorkingHours hours;
  hours.opens = 9h;
  hours.closes = 12h;
  hours.weekdays = {false, true, true, true, true, true, true};  // Monday to Saturday
  const BusinessCalendar counter({}, hours);
  EXPECT_TRUE(counter.is_business_day(Date{2026, 11, 28}));
  EXPECT_EQ(counter.add_business_time(bkk("2026-11-27T11:00:00"), 2h), bkk("2026-11-28T10:00:00"));
  EXPECT_EQ(counter.business_time_between(bkk("2026-11-23T00:00:00"), bkk("2026-11-30T00:00:00")),
            18h);
}

// ----- The calendar itself -----------------------------------------------------------------------

TEST(BusinessCalendar, WorkingTimeIsFromOpeningUpToButNotIncludingClosing) {
  const BusinessCalendar cal = office();
  EXPECT_FALSE(cal.is_working_time(bkk("2026-11-25T08:29:59")));
  EXPECT_TRUE(cal.is_working_time(bkk("2026-11-25T08:30:00")));
  EXPECT_TRUE(cal.is_working_time(bkk("2026-11-25T16:29:59")));
  EXPECT_FALSE(cal.is_working_time(bkk("2026-11-25T16:30:00")));
  EXPECT_FALSE(cal.is_working_time(bkk("2026-11-28T10:00:00")));  // Saturday
  EXPECT_FALSE(cal.is_working_time(bkk("2026-12-10T10:00:00")));  // holiday
}

TEST(BusinessCalendar, DefaultsToMondayToFridayEightThirtyToFourThirty) {
  const BusinessCalendar cal;
  EXPECT_EQ(cal.working_hours().opens, 8h + 30min);
  EXPECT_EQ(cal.working_hours().closes, 16h + 30min);
  EXPECT_TRUE(cal.holidays().empty());
  int working = 0;
  for (Date d = Date{2026, 11, 23}; d < Date{2026, 11, 30}; d = add_days(d, 1)) {
    working += cal.is_business_day(d) ? 1 : 0;
  }
  EXPECT_EQ(working, 5);
}

TEST(BusinessCalendar, RefusesNonsensicalSetups) {
  EXPECT_THROW(BusinessCalendar({Date{2027, 2, 29}}), std::invalid_argument);
  WorkingHours backwards;
  backwards.opens = 17h;
  backwards.closes = 8h;
  EXPECT_THROW(BusinessCalendar({}, backwards), std::invalid_argument);
  WorkingHours empty_day;
  empty_day.closes = empty_day.opens;
  EXPECT_THROW(BusinessCalendar({}, empty_day), std::invalid_argument);
  WorkingHours too_long;
  too_long.closes = 25h;
  EXPECT_THROW(BusinessCalendar({}, too_long), std::invalid_argument);
  WorkingHours before_midnight;
  before_midnight.opens = -1h;
  EXPECT_THROW(BusinessCalendar({}, before_midnight), std::invalid_argument);
  WorkingHours no_days;
  no_days.weekdays = {};
  EXPECT_THROW(BusinessCalendar({}, no_days), std::invalid_argument);
}

}  // namespace
}  // namespace pao
