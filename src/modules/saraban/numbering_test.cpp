// Register numbers on both databases: 1, 2, 3 … per register and Bangkok calendar year, never a
// gap or a duplicate, reserved numbers kept and cancelled rather than reused.
#include "modules/saraban/numbering.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/testing.hpp"

namespace pao::saraban {
namespace {

using testing::bangkok;
using testing::clerk;

class SarabanNumbering : public testing::SarabanDbTest {};

IncomingLetter letter(const std::string& subject) {
  IncomingLetter in;
  in.reference = "มท 0808.2/ว 1234";
  in.dated = Date{2026, 11, 20};
  in.from = "กรมส่งเสริมการปกครองท้องถิ่น";
  in.to = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
  in.subject = subject;
  return in;
}

TEST_P(SarabanNumbering, FiftyConcurrentClerksGetOneToFiftyWithoutGaps) {
  std::vector<std::int64_t> numbers(50, 0);
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::vector<std::thread> clerks;
  for (int i = 0; i < 50; ++i) {
    clerks.emplace_back([&, i] {
      try {
        auto lease = db_->acquire();
        auto l = register_incoming_letter(lease.conn(), at_, clerk(100 + i),
                                          letter("เรื่องที่ " + std::to_string(i)));
        if (l.ok()) {
          numbers[static_cast<std::size_t>(i)] = l->register_no;
        } else {
          std::lock_guard lock(failures_mutex);
          failures.push_back(l.error().message.en);
        }
      } catch (const std::exception& e) {
        std::lock_guard lock(failures_mutex);
        failures.push_back(e.what());
      }
    });
  }
  for (auto& t : clerks) t.join();
  ASSERT_TRUE(failures.empty()) << failures.front();
  std::sort(numbers.begin(), numbers.end());
  for (int i = 0; i < 50; ++i) EXPECT_EQ(numbers[static_cast<std::size_t>(i)], i + 1);
  const auto rows = list_numbers(conn(), kIncoming, 2026);
  ASSERT_EQ(rows.size(), 50u);
  EXPECT_EQ(rows.back().number, 50);
}

TEST_P(SarabanNumbering, RestartsAtOneOnFirstOfJanuaryBangkokTime) {
  const TimePoint last_second = bangkok(2026, 12, 31, 23, 59, 59);
  const TimePoint midnight = bangkok(2027, 1, 1, 0, 0, 0);  // still 31 Dec in UTC
  ASSERT_TRUE(
      register_incoming_letter(conn(), bangkok(2026, 12, 31, 10), clerk(), letter("ก")).ok());
  const auto late = register_incoming_letter(conn(), last_second, clerk(), letter("ข"));
  const auto first = register_incoming_letter(conn(), midnight, clerk(), letter("ค"));
  const auto second = register_incoming_letter(conn(), midnight, clerk(), letter("ง"));
  ASSERT_TRUE(late.ok() && first.ok() && second.ok());
  EXPECT_EQ(late->year, 2026);
  EXPECT_EQ(late->register_no, 2);
  EXPECT_EQ(first->year, 2027);
  EXPECT_EQ(first->register_no, 1);
  EXPECT_EQ(second->register_no, 2);
  EXPECT_EQ(first->registered_on, "2027-01-01");
}

TEST_P(SarabanNumbering, EachRegisterKeepsItsOwnSequence) {
  ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), letter("ก")).ok());
  ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), letter("ข")).ok());
  const auto outgoing = reserve_number(conn(), at_, clerk(), kOutgoing, "ตอบกรม");
  const auto circular = reserve_number(conn(), at_, clerk(), kCircular, "แจ้งเวียน");
  const auto order = reserve_number(conn(), at_, clerk(), kOrders, "คำสั่งแต่งตั้ง");
  const auto next_outgoing = reserve_number(conn(), at_, clerk(), kOutgoing, "");
  ASSERT_TRUE(outgoing.ok() && circular.ok() && order.ok() && next_outgoing.ok());
  EXPECT_EQ(outgoing->number, 1);
  EXPECT_EQ(circular->number, 1);
  EXPECT_EQ(order->number, 1);
  EXPECT_EQ(next_outgoing->number, 2);
}

TEST_P(SarabanNumbering, ARegistrationRolledBackGivesItsNumberBack) {
  {
    db::Tx tx(conn());
    ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), letter("ถอนคืน")).ok());
    // no commit: the clerk's upload failed, say
  }
  const auto next = register_incoming_letter(conn(), at_, clerk(), letter("ฉบับจริง"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->register_no, 1);
  EXPECT_EQ(list_numbers(conn(), kIncoming, 2026).size(), 1u);
}

TEST_P(SarabanNumbering, AReservedNumberIsNotGivenToTheNextLetter) {
  const auto reserved = reserve_number(conn(), at_, clerk(), kIncoming, "รอหนังสือตัวจริง");
  ASSERT_TRUE(reserved.ok());
  const auto next = register_incoming_letter(conn(), at_, clerk(), letter("ฉบับถัดไป"));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(reserved->number, 1);
  EXPECT_EQ(next->register_no, 2);
}

TEST_P(SarabanNumbering, ACancelledReservationStaysInTheRegisterAndIsNeverReused) {
  const auto reserved = reserve_number(conn(), at_, clerk(), kOutgoing, "ร่างหนังสือตอบ");
  ASSERT_TRUE(reserved.ok());
  const auto cancelled =
      cancel_reserved_number(conn(), at_, clerk(), kOutgoing, 2026, reserved->number, "ไม่ส่งแล้ว");
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.en;
  EXPECT_EQ(cancelled->status, NumberStatus::cancelled);
  const auto next = reserve_number(conn(), at_, clerk(), kOutgoing, "");
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->number, 2);
  const auto rows = list_numbers(conn(), kOutgoing, 2026);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].status, NumberStatus::cancelled);
  EXPECT_EQ(rows[0].note, "ไม่ส่งแล้ว");
  // Cancelling again, or using a cancelled number, is refused.
  EXPECT_EQ(cancel_reserved_number(conn(), at_, clerk(), kOutgoing, 2026, 1, "x").error().code,
            ErrorCode::conflict);
  db::Tx tx(conn());
  EXPECT_FALSE(use_reserved_number(conn(), at_, kOutgoing, 2026, 1, 99).ok());
}

TEST_P(SarabanNumbering, ANumberUsedByALetterCannotBeCancelled) {
  const auto l = register_incoming_letter(conn(), at_, clerk(), letter("ก"));
  ASSERT_TRUE(l.ok());
  const auto refused =
      cancel_reserved_number(conn(), at_, clerk(), kIncoming, 2026, l->register_no, "ผิด");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_EQ(cancel_reserved_number(conn(), at_, clerk(), kIncoming, 2026, 9, "x").error().code,
            ErrorCode::not_found);
}

TEST_P(SarabanNumbering, ReservingAndCancellingAreAudited) {
  ASSERT_TRUE(reserve_number(conn(), at_, clerk(), kCircular, "").ok());
  ASSERT_TRUE(cancel_reserved_number(conn(), at_, clerk(), kCircular, 2026, 1, "เลิก").ok());
  audit::Filter f;
  f.action = "saraban.number.";
  EXPECT_EQ(audit::find_entries(conn(), f).size(), 2u);
}

TEST_P(SarabanNumbering, ReferencesFollowTheConfiguredAgencyCodeAndFormat) {
  const auto outgoing = find_register(conn(), kOutgoing);
  const auto circular = find_register(conn(), kCircular);
  ASSERT_TRUE(outgoing && circular);
  EXPECT_EQ(reference_for(*outgoing, agency_code(conn()), 1234), "ลพ 51000/1234");
  EXPECT_EQ(reference_for(*circular, agency_code(conn()), 56), "ลพ 51000/ว 56");
  conn().execute("UPDATE saraban_setting SET value = ? WHERE key = 'agency_code'", "ลพ 51001");
  EXPECT_EQ(reference_for(*circular, agency_code(conn()), 7), "ลพ 51001/ว 7");
}

TEST_P(SarabanNumbering, UnknownRegisterIsNotFound) {
  EXPECT_EQ(reserve_number(conn(), at_, clerk(), "nonsense", "").error().code,
            ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanNumbering, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
