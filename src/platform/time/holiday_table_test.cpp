// The holiday table on both databases: seeded, editable, audited, and what business days see.
#include "platform/time/holiday_table.hpp"

#include <gtest/gtest.h>

#include "platform/db/testing.hpp"

namespace pao {
namespace {

class HolidayTable : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    auto ms = audit::audit_migrations();
    for (auto& m : holiday_migrations()) ms.push_back(m);
    db::apply_migrations(*db_, ms, "2026-11-25T00:00:00Z");
  }
  std::unique_ptr<db::Database> db_;
  const audit::Actor admin_ = audit::system_actor("test");
  const TimePoint at_{std::chrono::seconds(1795000000)};
};

TEST_P(HolidayTable, ComesWithTheFixedHolidaysAndThe2569LunarOnes) {
  auto c = db_->acquire();
  const auto y2026 = list_holidays(c.conn(), 2026);
  EXPECT_EQ(y2026.size(), 15u + 5u);
  EXPECT_EQ(y2026.front().date, (Date{2026, 1, 1}));
  EXPECT_EQ(list_holidays(c.conn(), 2030).size(), 15u);
}

TEST_P(HolidayTable, ABusinessCalendarSkipsTheTablesHolidays) {
  auto c = db_->acquire();
  const auto cal = business_calendar(c.conn());
  // Friday 4 December 2026, then Saturday/Sunday, Monday 7th; Thursday 10 December is
  // Constitution Day.
  EXPECT_TRUE(cal.is_business_day({2026, 12, 9}));
  EXPECT_FALSE(cal.is_business_day({2026, 12, 10}));
  EXPECT_EQ(cal.add_business_days({2026, 12, 9}, 1), (Date{2026, 12, 11}));
}

TEST_P(HolidayTable, AnAddedSubstitutionDayCountsAndEveryChangeIsAudited) {
  auto c = db_->acquire();
  ASSERT_TRUE(save_holiday(c.conn(), at_, admin_, {{2026, 12, 11}, "วันหยุดพิเศษ", ""}).ok());
  EXPECT_FALSE(business_calendar(c.conn()).is_business_day({2026, 12, 11}));
  ASSERT_TRUE(
      save_holiday(c.conn(), at_, admin_, {{2026, 12, 11}, "วันหยุดชดเชย", "Substitution"}).ok());
  EXPECT_EQ(list_holidays(c.conn(), 2026).size(), 21u);  // renamed, not doubled
  ASSERT_TRUE(remove_holiday(c.conn(), at_, admin_, {2026, 12, 11}).ok());
  EXPECT_TRUE(business_calendar(c.conn()).is_business_day({2026, 12, 11}));
  const auto trail = audit::find_entries(c.conn(), {.action = "calendar."});
  ASSERT_EQ(trail.size(), 3u);
  EXPECT_EQ(trail[0].action, "calendar.holiday.remove");
  EXPECT_EQ(trail[2].action, "calendar.holiday.create");
  EXPECT_EQ(remove_holiday(c.conn(), at_, admin_, {2026, 12, 11}).error().code,
            ErrorCode::not_found);
}

TEST_P(HolidayTable, BadInputNamesTheField) {
  auto c = db_->acquire();
  const auto s = save_holiday(c.conn(), at_, admin_, {{2026, 2, 30}, "", ""});
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.error().fields.count("date"));
  EXPECT_TRUE(s.error().fields.count("name_th"));
}

INSTANTIATE_TEST_SUITE_P(Db, HolidayTable, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao
