#include "modules/inventory/warranty_reminders.hpp"

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/store.hpp"
#include "modules/inventory/testing.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {
namespace {

// 08:00 Bangkok on `iso` ("2027-10-17").
TimePoint morning(const std::string& iso) {
  return bangkok_time(*parse_iso_date(iso), std::chrono::hours(8));
}

class WarrantyReminders : public testing::InventoryDbTest {
 protected:
  // A contract accepted 2026-01-15 with 24 months' warranty: it ends 2028-01-15.
  Contract contract(const std::string& security_expires_on = "") {
    ContractFields f;
    f.contract_no = "45/2569";
    f.contractor_name = "บริษัท ลำพูนคอมพิวเตอร์ จำกัด";
    f.contractor_tax_id = "0105536000313";
    f.subject = "ซื้อเครื่องคอมพิวเตอร์";
    f.accepted_on = "2026-01-15";
    f.warranty_months = 24;
    f.division_code = "education";
    f.security_type = security_expires_on.empty() ? "" : "bank_guarantee";
    f.security_expires_on = security_expires_on;
    auto c = register_contract(conn(), at_, clerk_, f);
    EXPECT_TRUE(c.ok());
    return *c;
  }
  std::vector<int> stages_sent(std::int64_t id) {
    std::vector<int> out;
    for (const auto& r : store::reminders_of(conn(), id)) {
      if (r.kind == "warranty") out.push_back(r.days_before);
    }
    return out;
  }
  ReminderRun run(const std::string& day) {
    return send_warranty_reminders(conn(), morning(day), kDefaultReminderDays,
                                   contract_holders(testing::declared_permissions()));
  }
};

TEST_P(WarrantyReminders, NothingIsSentBeforeTheFirstStage) {
  const auto c = contract();
  run("2027-10-16");  // 91 days before
  EXPECT_TRUE(stages_sent(c.id).empty());
}

TEST_P(WarrantyReminders, EachStageIsSentOnceHoweverOftenTheJobRuns) {
  const auto c = contract();
  EXPECT_EQ(run("2027-10-17").warranty, 1);  // 90 days before
  EXPECT_EQ(run("2027-10-17").warranty, 0);
  EXPECT_EQ(run("2027-10-18").warranty, 0);
  EXPECT_EQ(stages_sent(c.id), (std::vector<int>{90}));
  run("2027-11-16");  // 60 days before
  run("2027-11-16");
  EXPECT_EQ(stages_sent(c.id), (std::vector<int>{90, 60}));
}

TEST_P(WarrantyReminders, ASkippedDayDoesNotLoseAStage) {
  const auto c = contract();
  run("2027-10-17");
  run("2027-12-19");  // the 30-day run (12-16) never happened; 27 days before
  EXPECT_EQ(stages_sent(c.id), (std::vector<int>{90, 60, 30}));
  run("2028-01-14");  // one day before
  EXPECT_EQ(stages_sent(c.id), (std::vector<int>{90, 60, 30, 7}));
}

TEST_P(WarrantyReminders, ACorrectedEndDateArmsTheStagesAgain) {
  auto c = contract();
  run("2027-10-17");
  auto f = c.f;
  f.warranty_months = 36;  // ends 2029-01-15
  ASSERT_TRUE(update_contract(conn(), at_, clerk_, c.id, f).ok());
  run("2027-10-18");
  EXPECT_EQ(stages_sent(c.id), (std::vector<int>{90}));  // the old end's stage only
  run("2028-10-17");
  const auto all = store::reminders_of(conn(), c.id);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].about_date, "2029-01-15");
  EXPECT_EQ(all[1].days_before, 90);
}

TEST_P(WarrantyReminders, AnEndWithoutInspectionIsReportedOverdueOnce) {
  const auto c = contract();
  EXPECT_EQ(run("2028-01-20").overdue, 1);
  EXPECT_EQ(run("2028-01-21").overdue, 0);
  const auto all = store::reminders_of(conn(), c.id);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].kind, "overdue");
}

TEST_P(WarrantyReminders, AGuaranteeExpiringBeforeTheWarrantyIsWarnedOnce) {
  contract("2027-06-30");
  EXPECT_EQ(run("2026-12-01").security, 1);
  EXPECT_EQ(run("2026-12-02").security, 0);
}

TEST_P(WarrantyReminders, TheContractPeopleOfTheDivisionAndOfSuppliesAreNotifiedNotEveryone) {
  conn().execute(
      "INSERT INTO identity_user (username, display_name, division_code, created_at, "
      "updated_at) VALUES ('edu_it', 'ไอทีการศึกษา', 'education', 'x', 'x'), "
      "('edu1', 'ครูหนึ่ง', 'education', 'x', 'x'), ('sup_officer', 'พัสดุหนึ่ง', 'supplies', 'x', 'x'), "
      "('sup_clerk', 'ธุรการพัสดุ', 'supplies', 'x', 'x'), ('fin_it', 'ไอทีคลัง', 'finance', 'x', 'x')");
  const auto id = [&](const char* username) {
    return conn().query_one("SELECT id FROM identity_user WHERE username = ?", username)->i64(0);
  };
  conn().execute(
      "INSERT INTO identity_user_role (user_id, role_key, scope) VALUES (?, 'it_staff', "
      "'education'), (?, 'staff', 'education'), (?, 'supplies_officer', 'supplies'), "
      "(?, 'staff', 'supplies'), (?, 'it_staff', 'finance')",
      id("edu_it"), id("edu1"), id("sup_officer"), id("sup_clerk"), id("fin_it"));
  contract();  // of the education division
  run("2027-10-17");
  run("2027-10-17");
  const auto told = conn().query(
      "SELECT u.username FROM platform_notification n JOIN identity_user u"
      " ON u.id = n.recipient_user_id WHERE n.channel = 'in_app' ORDER BY u.username");
  ASSERT_EQ(told.size(), 2u) << "one stage, once, to two people";
  EXPECT_EQ(told[0].str(0), "edu_it");
  EXPECT_EQ(told[1].str(0), "sup_officer");
}

INSTANTIATE_TEST_SUITE_P(Db, WarrantyReminders, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

TEST(ReminderDays, ParsesAListAndRefusesNonsense) {
  EXPECT_EQ(parse_reminder_days("30,90,7"), (std::vector<int>{90, 30, 7}));
  EXPECT_FALSE(parse_reminder_days(""));
  EXPECT_FALSE(parse_reminder_days("90,,7"));
  EXPECT_FALSE(parse_reminder_days("0"));
  EXPECT_FALSE(parse_reminder_days("90;60"));
}

}  // namespace
}  // namespace pao::inventory
