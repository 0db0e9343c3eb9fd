#include "modules/inventory/defects.hpp"

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/store.hpp"
#include "modules/inventory/testing.hpp"
#include "modules/inventory/warranty_reminders.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {
namespace {

class Defects : public testing::InventoryDbTest {
 protected:
  std::int64_t contract() {
    ContractFields f;
    f.contract_no = "45/2569";
    f.contractor_name = "บริษัท ลำพูนคอมพิวเตอร์ จำกัด";
    f.contractor_tax_id = "0105536000313";
    f.subject = "ซื้อเครื่องคอมพิวเตอร์";
    f.accepted_on = "2026-01-15";
    f.warranty_months = 24;
    return register_contract(conn(), at_, clerk_, f)->id;
  }
  Inspection inspection(const std::string& on, bool defect, bool again = false) {
    return {0, on, "นายก ข", defect ? "จอภาพเสีย 1 เครื่อง" : "ใช้งานได้ปกติ", defect, again};
  }
  DefectNotice notice() {
    return {0, "2027-12-01", "2027-12-15", "เปลี่ยนจอภาพ", "ลพ 51001/123", ""};
  }
  SecurityClosing returned() { return {"returned", "2028-01-20", "นายกองค์การบริหารส่วนจังหวัด"}; }
};

TEST_P(Defects, ANoticeNeedsAnInspectionThatFoundADefect) {
  const auto id = contract();
  EXPECT_EQ(send_defect_notice(conn(), at_, clerk_, id, notice()).error().code,
            ErrorCode::conflict);
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  EXPECT_TRUE(send_defect_notice(conn(), at_, clerk_, id, notice()).ok());
}

TEST_P(Defects, TheSecurityIsReturnedOnlyOnceTheDefectIsFixed) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  ASSERT_TRUE(send_defect_notice(conn(), at_, clerk_, id, notice()).ok());
  EXPECT_EQ(close_security(conn(), at_, clerk_, id, returned()).error().code, ErrorCode::conflict);
  ASSERT_TRUE(
      record_inspection(conn(), at_, clerk_, id, inspection("2027-12-16", false, true)).ok());
  EXPECT_EQ(notices_of(conn(), id)[0].fixed_on, "2027-12-16");
  ASSERT_TRUE(close_security(conn(), at_, clerk_, id, returned()).ok());
  const auto c = find_contract(conn(), id);
  EXPECT_EQ(c->security_outcome, "returned");
  EXPECT_EQ(c->inspected_on, "2027-12-16");
  EXPECT_EQ(close_security(conn(), at_, clerk_, id, returned()).error().code, ErrorCode::conflict);
}

TEST_P(Defects, AFixPastItsDeadlineIsEscalatedOnceAndAClosedContractIsQuiet) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  ASSERT_TRUE(send_defect_notice(conn(), at_, clerk_, id, notice()).ok());
  const auto day = [](const char* iso) {
    return bangkok_time(*parse_iso_date(iso), std::chrono::hours(8));
  };
  EXPECT_EQ(send_warranty_reminders(conn(), day("2027-12-16"), kDefaultReminderDays).fix_overdue,
            1);
  EXPECT_EQ(send_warranty_reminders(conn(), day("2027-12-17"), kDefaultReminderDays).fix_overdue,
            0);
  ASSERT_TRUE(close_security(conn(), at_, clerk_, id, {"claimed", "2027-12-20", "นายก"}).ok());
  const auto after = send_warranty_reminders(conn(), day("2028-01-20"), kDefaultReminderDays);
  EXPECT_EQ(after.overdue + after.warranty + after.fix_overdue, 0);
}

INSTANTIATE_TEST_SUITE_P(Db, Defects, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::inventory
