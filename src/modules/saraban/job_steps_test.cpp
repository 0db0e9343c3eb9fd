// Steps on a job, on both databases: who may take which, what the history records (person,
// position, time, acting on behalf, the signed file's hash), and the division's sub-register.
#include "modules/saraban/job_steps.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/testing.hpp"

namespace pao::saraban {
namespace {

using testing::clerk;

constexpr Powers kClerk{true, false};
constexpr Powers kHead{true, true};
constexpr Powers kStaff{false, false};

class SarabanJobSteps : public testing::SarabanDbTest {
 protected:
  Person head() {
    Person p = clerk(21, "สมชาย หัวหน้า");
    p.position = "ผู้อำนวยการกอง/สำนัก";
    return p;
  }
  Letter registered(Secrecy secrecy = Secrecy::none) {
    IncomingLetter in;
    in.reference = "มท 0808.2/ว 1234";
    in.dated = Date{2026, 11, 20};
    in.from = "กรมส่งเสริมการปกครองท้องถิ่น";
    in.to = "นายก อบจ.ลำพูน";
    in.subject = "ขอเชิญประชุม";
    in.secrecy = secrecy;
    in.reply_due = Date{2026, 11, 30};
    return *register_incoming_letter(conn(), at_, clerk(), in);
  }
  Step step(ActionKind kind, std::string note = {}) {
    Step s;
    s.kind = kind;
    s.note = std::move(note);
    return s;
  }
};

TEST_P(SarabanJobSteps, ForwardingNumbersTheLetterInTheDivisionsOwnRegister) {
  const Letter a = registered();
  const Letter b = registered();
  Step fwd = step(ActionKind::forward);
  fwd.division_code = "education";
  fwd.division_name = "กองการศึกษาฯ";
  const auto first = take_step(conn(), at_, clerk(), kClerk, b.job_id, fwd);
  const auto second = take_step(conn(), at_, clerk(), kClerk, a.job_id, fwd);
  fwd.division_code = "finance";
  const auto other = take_step(conn(), at_, clerk(), kClerk, a.job_id, fwd);
  ASSERT_TRUE(first.ok() && second.ok() && other.ok()) << first.error().message.en;
  EXPECT_EQ(*first->register_no, 1);
  EXPECT_EQ(*second->register_no, 2);
  EXPECT_EQ(*other->register_no, 1) << "each division counts on its own";
  const auto rows = list_numbers(conn(), division_register("education"), 2026);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].letter_id, b.id);
}

TEST_P(SarabanJobSteps, RoutingNamesThePersonOnTheJobAndNotifiesThem) {
  const Letter l = registered(Secrecy::confidential);
  Step route = step(ActionKind::route, "โปรดพิจารณา");
  route.user_id = 21;
  route.user_name = "สมชาย หัวหน้า";
  ASSERT_TRUE(take_step(conn(), at_, clerk(), kClerk, l.job_id, route).ok());
  EXPECT_TRUE(may_read_letter(conn(), 21, l.id));
  const auto items = notify::list_in_app(conn(), 21, std::nullopt, 10);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].subject, "มีเรื่องลับถึงคุณ") << "a secret job's title stays out";
  EXPECT_EQ(items[0].link, "/saraban/jobs/" + std::to_string(l.job_id));
}

TEST_P(SarabanJobSteps, TheHistoryRecordsPersonPositionTimeAndActingOnBehalf) {
  const Letter l = registered();
  Step approve = step(ActionKind::approve, "อนุมัติ");
  approve.on_behalf_of = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
  const TimePoint later = at_ + std::chrono::hours(3);
  ASSERT_TRUE(take_step(conn(), later, head(), kHead, l.job_id, approve).ok());
  const auto job = view_job(conn(), later, head(), l.job_id);
  ASSERT_EQ(job->history.size(), 2u);
  const JobAction& a = job->history[1];
  EXPECT_EQ(a.kind, ActionKind::approve);
  EXPECT_EQ(a.actor_name, "สมชาย หัวหน้า");
  EXPECT_EQ(a.actor_position, "ผู้อำนวยการกอง/สำนัก");
  EXPECT_EQ(a.on_behalf_of, "นายกองค์การบริหารส่วนจังหวัดลำพูน");
  EXPECT_EQ(a.at, "2026-11-25T05:00:00Z");
  EXPECT_EQ(job->job.status, "approved");
}

TEST_P(SarabanJobSteps, SigningKeepsTheSignedFilesHash) {
  const Letter l = registered();
  Step sign = step(ActionKind::sign);
  EXPECT_EQ(take_step(conn(), at_, head(), kHead, l.job_id, sign).error().fields.count("document"),
            1u);
  sign.document_sha256 = std::string(64, 'a');
  const auto signed_step = take_step(conn(), at_, head(), kHead, l.job_id, sign);
  ASSERT_TRUE(signed_step.ok());
  EXPECT_EQ(view_job(conn(), at_, head(), l.job_id)->history.back().document_sha256,
            std::string(64, 'a'));
}

TEST_P(SarabanJobSteps, OnlyHeadsApproveReturnOrSignAndOnlyClerksAndHeadsForward) {
  const Letter l = registered();
  const Person staff = clerk(31, "พนักงาน");
  EXPECT_EQ(take_step(conn(), at_, staff, kStaff, l.job_id, step(ActionKind::approve)).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(take_step(conn(), at_, clerk(), kClerk, l.job_id, step(ActionKind::send_back, "แก้"))
                .error()
                .code,
            ErrorCode::permission_denied);
  Step fwd = step(ActionKind::forward);
  fwd.division_code = "finance";
  EXPECT_EQ(take_step(conn(), at_, staff, kStaff, l.job_id, fwd).error().code,
            ErrorCode::permission_denied);
  // Someone not named on the job, without powers, cannot comment either.
  EXPECT_EQ(
      take_step(conn(), at_, staff, kStaff, l.job_id, step(ActionKind::comment, "x")).error().code,
      ErrorCode::permission_denied);
}

TEST_P(SarabanJobSteps, ASecretJobIsNotFoundForPeopleNotNamedOnIt) {
  const Letter l = registered(Secrecy::top_secret);
  EXPECT_EQ(take_step(conn(), at_, head(), kHead, l.job_id, step(ActionKind::approve)).error().code,
            ErrorCode::not_found);
}

TEST_P(SarabanJobSteps, ACommentNeedsItsTextAndACorrectionIsANewStep) {
  const Letter l = registered();
  EXPECT_EQ(take_step(conn(), at_, clerk(), kClerk, l.job_id, step(ActionKind::comment, "  "))
                .error()
                .fields.count("note"),
            1u);
  ASSERT_TRUE(
      take_step(conn(), at_, clerk(), kClerk, l.job_id, step(ActionKind::comment, "ผิด")).ok());
  ASSERT_TRUE(
      take_step(conn(), at_, clerk(), kClerk, l.job_id, step(ActionKind::comment, "แก้ไข: ถูก"))
          .ok());
  const auto history = view_job(conn(), at_, clerk(), l.job_id)->history;
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[1].note, "ผิด");
  EXPECT_EQ(history[2].note, "แก้ไข: ถูก");
}

TEST_P(SarabanJobSteps, TheInboxPutsTheJobsDueSoonestFirst) {
  const Letter due = registered();
  IncomingLetter later;
  later.reference = "x";
  later.dated = Date{2026, 11, 1};
  later.from = "ก";
  later.to = "ข";
  later.subject = "ไม่มีกำหนด";
  ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), later).ok());
  const auto inbox = store::inbox_of(conn(), 11, 10);
  ASSERT_EQ(inbox.size(), 2u);
  EXPECT_EQ(inbox[0].job.id, due.job_id);
  EXPECT_EQ(inbox[0].job.due_date, "2026-11-30");
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanJobSteps, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
