#include "platform/time/public_holidays.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "platform/time/business_calendar.hpp"

namespace pao {
namespace {

TEST(ThaiPublicHolidays, ListsTheFifteenFixedDatesInOrder) {
  const auto holidays = fixed_date_public_holidays(2027);
  std::vector<Date> dates;
  for (const auto& h : holidays) dates.push_back(h.date);
  const std::vector<Date> expected = {
      {2027, 1, 1},   {2027, 4, 6},   {2027, 4, 13}, {2027, 4, 14},  {2027, 4, 15},
      {2027, 5, 1},   {2027, 5, 4},   {2027, 6, 3},  {2027, 7, 28},  {2027, 8, 12},
      {2027, 10, 13}, {2027, 10, 23}, {2027, 12, 5}, {2027, 12, 10}, {2027, 12, 31},
  };
  EXPECT_EQ(dates, expected);
}

TEST(ThaiPublicHolidays, EveryHolidayHasAThaiAndAnEnglishName) {
  for (const auto& h : fixed_date_public_holidays(2026)) {
    EXPECT_FALSE(h.name_th.empty()) << h.date;
    EXPECT_FALSE(h.name_en.empty()) << h.date;
  }
}

TEST(ThaiPublicHolidays, NamesTheDaysInThai) {
  const auto holidays = fixed_date_public_holidays(2026);
  const auto name_of = [&](unsigned month, unsigned day) {
    const auto it = std::find_if(holidays.begin(), holidays.end(), [&](const PublicHoliday& h) {
      return h.date == Date{2026, month, day};
    });
    return it == holidays.end() ? std::string_view{} : it->name_th;
  };
  EXPECT_EQ(name_of(1, 1), "วันขึ้นปีใหม่");
  EXPECT_EQ(name_of(4, 6), "วันจักรี");
  EXPECT_EQ(name_of(4, 13), "วันสงกรานต์");
  EXPECT_EQ(name_of(4, 15), "วันสงกรานต์");
  EXPECT_EQ(name_of(5, 4), "วันฉัตรมงคล");
  EXPECT_EQ(name_of(10, 23), "วันปิยมหาราช");
  EXPECT_EQ(name_of(12, 10), "วันรัฐธรรมนูญ");
  EXPECT_EQ(name_of(12, 31), "วันสิ้นปี");
}

TEST(ThaiPublicHolidays, SeedABusinessCalendar) {
  std::set<Date> days;
  for (const auto& h : fixed_date_public_holidays(2025)) days.insert(h.date);
  const BusinessCalendar cal(days);
  EXPECT_FALSE(cal.is_business_day(Date{2025, 12, 5}));  // Father's Day, a Friday
  EXPECT_TRUE(cal.is_business_day(Date{2025, 12, 4}));
  EXPECT_EQ(cal.add_business_days(Date{2025, 12, 4}, 1), (Date{2025, 12, 8}));
}

}  // namespace
}  // namespace pao
