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
  NoticeLetter letter(const std::string& signer = "นายสมชาย ใจดี") {
    return {"", "urgent", signer, signer.empty() ? "" : "นายกองค์การบริหารส่วนจังหวัดลำพูน"};
  }
  std::int64_t audits(const std::string& action) {
    return conn()
        .query_one("SELECT COUNT(*) FROM platform_audit_entry WHERE action = ?", action)
        ->i64(0);
  }
  SecurityClosing returned() { return {"returned", "2028-01-20", "นายกองค์การบริหารส่วนจังหวัด"}; }
};

TEST_P(Defects, ANoticeNeedsAnInspectionThatFoundADefect) {
  const auto id = contract();
  EXPECT_EQ(send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter()).error().code,
            ErrorCode::conflict);
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  EXPECT_TRUE(send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter()).ok());
}

TEST_P(Defects, ANoticeIsSentAsAnOfficialLetterRegisteredInESaraban) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  const auto sent = send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter());
  ASSERT_TRUE(sent.ok()) << sent.error().message.en;
  EXPECT_EQ(sent->letter_ref, "ลพ 51000/1");  // the register's number, not what was typed
  const auto stored = notices_of(conn(), id);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].letter_ref, "ลพ 51000/1");
  EXPECT_EQ(stored[0].letter_id, sent->letter_id);
  EXPECT_GT(stored[0].letter_job_id, 0);
  const auto row = conn().query_one(
      "SELECT reference, direction, urgency, secrecy, subject, to_party, dated FROM saraban_letter "
      "WHERE id = ?",
      sent->letter_id);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->str(0), "ลพ 51000/1");
  EXPECT_EQ(row->str(1), "outgoing");
  EXPECT_EQ(row->str(2), "urgent");
  EXPECT_EQ(row->str(3), "none");
  EXPECT_NE(row->str(4).find("45/2569"), std::string::npos);
  EXPECT_EQ(row->str(5), "บริษัท ลำพูนคอมพิวเตอร์ จำกัด");  // to the contractor by default
  EXPECT_EQ(row->str(6), "2027-12-01");               // dated the notice's date
  EXPECT_EQ(audits("inventory.contract.notify_defect"), 1);
  EXPECT_EQ(audits("saraban.letter.register"), 1);
}

TEST_P(Defects, ALetterThatCannotBeRegisteredLeavesNoNotice) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  // No signer given, and the acting account has no position to sign with.
  const auto sent = send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter(""));
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(count("inventory_defect_notice"), 0);
  EXPECT_EQ(count("saraban_letter"), 0);
  EXPECT_EQ(count("saraban_number"), 0);
  EXPECT_EQ(audits("inventory.contract.notify_defect"), 0);
}

TEST_P(Defects, ANoticeRolledBackGivesItsLetterAndNumberBack) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  {
    db::Tx outer(conn());
    ASSERT_TRUE(send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter()).ok());
  }  // not committed
  EXPECT_EQ(count("inventory_defect_notice"), 0);
  EXPECT_EQ(count("saraban_letter"), 0);
  EXPECT_EQ(count("saraban_number"), 0);
  const auto again = send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->letter_ref, "ลพ 51000/1");  // no gap in the register
}

TEST_P(Defects, TheSecurityIsReturnedOnlyOnceTheDefectIsFixed) {
  const auto id = contract();
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2027-11-30", true)).ok());
  ASSERT_TRUE(send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter()).ok());
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
  ASSERT_TRUE(send_defect_notice(conn(), files_, at_, clerk_, id, notice(), letter()).ok());
  const auto day = [](const char* iso) {
    return bangkok_time(*parse_iso_date(iso), std::chrono::hours(8));
  };
  EXPECT_EQ(send_warranty_reminders(conn(), day("2027-12-16"), kDefaultReminderDays,
                                    contract_holders(testing::declared_permissions()))
                .fix_overdue,
            1);
  EXPECT_EQ(send_warranty_reminders(conn(), day("2027-12-17"), kDefaultReminderDays,
                                    contract_holders(testing::declared_permissions()))
                .fix_overdue,
            0);
  ASSERT_TRUE(close_security(conn(), at_, clerk_, id, {"claimed", "2027-12-20", "นายก"}).ok());
  const auto after = send_warranty_reminders(conn(), day("2028-01-20"), kDefaultReminderDays,
                                             contract_holders(testing::declared_permissions()));
  EXPECT_EQ(after.overdue + after.warranty + after.fix_overdue, 0);
}

TEST_P(Defects, TheDashboardListsAnEndedWarrantyUntilItIsInspected) {
  const auto id = contract();  // ends 2028-01-15
  EXPECT_TRUE(store::ended_without_inspection(conn(), "2028-01-15").empty());
  ASSERT_EQ(store::ended_without_inspection(conn(), "2028-01-16").size(), 1u);
  EXPECT_TRUE(store::securities_to_return(conn(), "2028-01-16").size() == 1u);
  ASSERT_TRUE(record_inspection(conn(), at_, clerk_, id, inspection("2028-01-20", false)).ok());
  EXPECT_TRUE(store::ended_without_inspection(conn(), "2028-01-21").empty());
}

INSTANTIATE_TEST_SUITE_P(Db, Defects, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::inventory
