// The reminder stages set by the warranty dashboard's owner, on both databases.
#include "modules/inventory/reminder_settings.hpp"

#include "modules/inventory/testing.hpp"

namespace pao::inventory {
namespace {

class ReminderSettings : public testing::InventoryDbTest {
 protected:
  const std::vector<int> fallback_ = {90, 60, 30, 7};
  std::string field_of(const Result<ReminderStages>& r) {
    return r.ok() || r.error().fields.empty() ? "" : r.error().fields.begin()->first;
  }
};

TEST_P(ReminderSettings, TheDefaultAppliesUntilTheOwnerSetsStagesThenTheSavedOnes) {
  auto now = reminder_stages(conn(), fallback_);
  EXPECT_TRUE(now.is_default);
  EXPECT_EQ(now.days, fallback_);
  const auto set = set_reminder_stages(conn(), at_, clerk_, {14, 120, 45}, fallback_);
  ASSERT_TRUE(set.ok()) << set.error().message.en;
  now = reminder_stages(conn(), fallback_);
  EXPECT_FALSE(now.is_default);
  EXPECT_EQ(now.days, (std::vector<int>{120, 45, 14}));  // largest first
  const auto audit = conn().query_one(
      "SELECT COUNT(*) FROM platform_audit_entry WHERE action = "
      "'inventory.settings.reminder_days'");
  EXPECT_EQ(audit->i64(0), 1);
  ASSERT_TRUE(set_reminder_stages(conn(), at_, clerk_, {30}, fallback_).ok());
  EXPECT_EQ(reminder_stages(conn(), fallback_).days, (std::vector<int>{30}));
}

TEST_P(ReminderSettings, StagesMustBePositiveDistinctAndAtMostTen) {
  for (const std::vector<int>& bad :
       {std::vector<int>{}, {0}, {-5, 30}, {30, 30}, {400}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}) {
    const auto r = set_reminder_stages(conn(), at_, clerk_, bad, fallback_);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(field_of(r), "days");
  }
  EXPECT_TRUE(
      set_reminder_stages(conn(), at_, clerk_, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, fallback_).ok());
  EXPECT_EQ(count("inventory_setting"), 1);
}

TEST_P(ReminderSettings, WhatPeopleTypeIsReadWithCommasOrSpaces) {
  EXPECT_EQ(*read_reminder_days("90, 60 30,7"), (std::vector<int>{90, 60, 30, 7}));
  EXPECT_FALSE(read_reminder_days("90, sixty").ok());
  EXPECT_FALSE(read_reminder_days("  ").ok());
  EXPECT_FALSE(read_reminder_days("0").ok());
}

INSTANTIATE_TEST_SUITE_P(Db, ReminderSettings, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::inventory
