// Retention and destruction on both databases: which letters are proposed after a year ends,
// what approval needs, and what stays as the record.
#include "modules/saraban/retention.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/testing.hpp"
#include "platform/files/files.hpp"

namespace pao::saraban {
namespace {

using testing::bangkok;
using testing::clerk;

class SarabanRetention : public testing::SarabanDbTest {
 protected:
  Letter registered(int year, int retention, const std::string& subject) {
    IncomingLetter in;
    in.reference = "ลพ 0001/" + subject;
    in.dated = Date{year, 3, 1};
    in.from = "จังหวัดลำพูน";
    in.to = "อบจ.ลำพูน";
    in.subject = subject;
    in.retention_years = retention;
    return *register_incoming_letter(conn(), bangkok(year, 3, 2), clerk(), in);
  }
  DestructionApproval approval() {
    return {"นายประธาน กรรมการ", {"นางกรรมการ หนึ่ง", "นายกรรมการ สอง"}, "วธ 0403/123"};
  }
  const TimePoint january_ = bangkok(2027, 1, 5);
};

TEST_P(SarabanRetention, TheListAfterAYearHoldsTheLettersWhoseRetentionRanOut) {
  registered(2016, 10, "ครบสิบปี");
  registered(2017, 10, "ยังไม่ครบ");
  registered(2025, 1, "เอกสารประจำวัน");
  registered(2010, 0, "เก็บตลอดไป");
  const auto list = propose_destruction_list(conn(), january_, clerk(), 2026);
  ASSERT_TRUE(list.ok()) << list.error().message.en;
  ASSERT_EQ(list->items.size(), 2u);
  EXPECT_EQ(list->items[0].subject, "ครบสิบปี");
  EXPECT_EQ(list->items[1].subject, "เอกสารประจำวัน");
  EXPECT_EQ(list->status, "proposed");
}

TEST_P(SarabanRetention, OnlyAnEndedYearAndOnlyOneListPerYear) {
  EXPECT_EQ(propose_destruction_list(conn(), bangkok(2026, 12, 31, 23), clerk(), 2026)
                .error()
                .fields.count("year_ended"),
            1u);
  ASSERT_TRUE(propose_destruction_list(conn(), january_, clerk(), 2026).ok());
  EXPECT_EQ(propose_destruction_list(conn(), january_, clerk(), 2026).error().code,
            ErrorCode::conflict);
}

TEST_P(SarabanRetention, ApprovalNeedsAChairTwoMembersAndTheArchivesAgreement) {
  registered(2016, 10, "ครบสิบปี");
  const auto list = propose_destruction_list(conn(), january_, clerk(), 2026);
  DestructionApproval thin{"", {"คนเดียว"}, ""};
  const auto refused = approve_destruction(conn(), january_, clerk(), list->id, thin);
  ASSERT_FALSE(refused.ok());
  for (const char* f : {"chair", "members", "archives_reference"}) {
    EXPECT_EQ(refused.error().fields.count(f), 1u) << f;
  }
}

TEST_P(SarabanRetention, ApprovingDestroysTheLettersAndKeepsTheListAsTheRecord) {
  const Letter old = registered(2016, 10, "ครบสิบปี");
  const auto list = propose_destruction_list(conn(), january_, clerk(), 2026);
  const auto approved = approve_destruction(conn(), january_, clerk(), list->id, approval());
  ASSERT_TRUE(approved.ok()) << approved.error().message.en;
  EXPECT_EQ(approved->status, "approved");
  EXPECT_EQ(approved->committee, "นายประธาน กรรมการ; นางกรรมการ หนึ่ง; นายกรรมการ สอง");
  ASSERT_EQ(approved->items.size(), 1u);
  EXPECT_EQ(approved->items[0].letter_id, old.id);
  EXPECT_EQ(
      conn().query_one("SELECT destroyed_at FROM saraban_letter WHERE id = ?", old.id)->str(0),
      "2027-01-05T02:00:00Z");
  EXPECT_EQ(approve_destruction(conn(), january_, clerk(), list->id, approval()).error().code,
            ErrorCode::conflict);
  // A destroyed letter is on no later list.
  EXPECT_TRUE(propose_destruction_list(conn(), bangkok(2028, 1, 5), clerk(), 2027)->items.empty());
  audit::Filter f;
  f.action = "saraban.destruction.";
  EXPECT_EQ(audit::find_entries(conn(), f).size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanRetention, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
