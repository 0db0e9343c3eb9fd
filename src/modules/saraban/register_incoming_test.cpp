// Registering incoming letters on both databases: what is stored, who sees a secret letter's
// subject, and a job history nobody can change.
#include "modules/saraban/register_incoming.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/testing.hpp"

namespace pao::saraban {
namespace {

using testing::clerk;

class SarabanIncoming : public testing::SarabanDbTest {
 protected:
  IncomingLetter letter(Secrecy secrecy = Secrecy::none, Urgency urgency = Urgency::normal) {
    IncomingLetter in;
    in.reference = "  มท 0808.2/ว 1234 ";
    in.dated = Date{2026, 11, 20};
    in.from = "กรมส่งเสริมการปกครองท้องถิ่น";
    in.to = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
    in.subject = secrecy == Secrecy::none ? "ขอเชิญประชุม" : "การสอบสวนข้อเท็จจริง";
    in.secrecy = secrecy;
    in.urgency = urgency;
    return in;
  }
  std::vector<Letter> register_as_seen_by(std::int64_t viewer) {
    store::LetterFilter f;
    f.register_code = kIncoming;
    f.year = 2026;
    return store::list_letters(conn(), f, viewer);
  }
};

TEST_P(SarabanIncoming, StoresTheLetterWithItsReceiptStampAndAJobStartedByTheClerk) {
  const auto l = register_incoming_letter(conn(), at_, clerk(), letter());
  ASSERT_TRUE(l.ok()) << l.error().message.en;
  EXPECT_EQ(l->register_no, 1);
  EXPECT_EQ(l->year, 2026);
  EXPECT_EQ(l->reference, "มท 0808.2/ว 1234");
  EXPECT_EQ(l->registered_at, "2026-11-25T02:00:00Z");
  EXPECT_EQ(l->registered_on, "2026-11-25");
  const auto job = view_job(conn(), at_, clerk(), l->job_id);
  ASSERT_TRUE(job.ok());
  EXPECT_TRUE(job->viewer_named);
  ASSERT_EQ(job->history.size(), 1u);
  EXPECT_EQ(job->history[0].kind, ActionKind::register_letter);
  EXPECT_EQ(job->history[0].actor_name, "สมศรี ใจดี");
  EXPECT_EQ(job->history[0].actor_position, "เจ้าพนักงานธุรการ");
  EXPECT_EQ(job->history[0].at, "2026-11-25T02:00:00Z");
  audit::Filter f;
  f.action = "saraban.letter.register";
  EXPECT_EQ(audit::find_entries(conn(), f).size(), 1u);
}

TEST_P(SarabanIncoming, MissingFieldsAreNamed) {
  IncomingLetter in;
  const auto refused = register_incoming_letter(conn(), at_, clerk(), in);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_argument);
  for (const char* f : {"reference", "dated", "from", "to", "subject"}) {
    EXPECT_EQ(refused.error().fields.count(f), 1u) << f;
  }
  EXPECT_TRUE(list_numbers(conn(), kIncoming, 2026).empty());
}

TEST_P(SarabanIncoming, TheRegisterListsTheMostUrgentFirst) {
  ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), letter()).ok());
  ASSERT_TRUE(
      register_incoming_letter(conn(), at_, clerk(), letter(Secrecy::none, Urgency::most_urgent))
          .ok());
  ASSERT_TRUE(register_incoming_letter(conn(), at_, clerk(), letter()).ok());
  const auto rows = register_as_seen_by(11);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].register_no, 2);
  EXPECT_EQ(rows[0].urgency, Urgency::most_urgent);
  EXPECT_EQ(rows[1].register_no, 3);
  EXPECT_EQ(rows[2].register_no, 1);
}

TEST_P(SarabanIncoming, ASecretLettersSubjectShowsOnlyToPeopleNamedOnItsJob) {
  const auto l = register_incoming_letter(conn(), at_, clerk(11), letter(Secrecy::secret));
  ASSERT_TRUE(l.ok());
  const auto for_clerk = register_as_seen_by(11);
  const auto for_other = register_as_seen_by(12);
  ASSERT_EQ(for_other.size(), 1u);
  EXPECT_TRUE(subject_visible(for_clerk[0]));
  EXPECT_FALSE(subject_visible(for_other[0]));
  EXPECT_EQ(for_other[0].register_no, 1);  // the number still shows
  EXPECT_FALSE(may_read_letter(conn(), 12, l->id));
  EXPECT_TRUE(may_read_letter(conn(), 11, l->id));
  const auto job = view_job(conn(), at_, clerk(12, "คนอื่น"), l->job_id);
  ASSERT_TRUE(job.ok());
  EXPECT_EQ(job->job.title, "");
  EXPECT_EQ(job->letters[0].subject, "");
}

TEST_P(SarabanIncoming, EveryReadOfASecretLetterIsLogged) {
  const auto l = register_incoming_letter(conn(), at_, clerk(11), letter(Secrecy::top_secret));
  ASSERT_TRUE(l.ok());
  ASSERT_TRUE(view_job(conn(), at_, clerk(11), l->job_id).ok());
  ASSERT_TRUE(view_job(conn(), at_, clerk(11), l->job_id).ok());
  const auto reads = audit::find_personal_reads(conn(), std::nullopt, std::nullopt, 10);
  ASSERT_EQ(reads.size(), 2u);
  EXPECT_EQ(reads[0].entity_type, "saraban.letter");
  EXPECT_EQ(reads[0].entity_id, std::to_string(l->id));
  // A letter that is not secret leaves no read log.
  const auto open = register_incoming_letter(conn(), at_, clerk(11), letter());
  ASSERT_TRUE(view_job(conn(), at_, clerk(11), open->job_id).ok());
  EXPECT_EQ(audit::find_personal_reads(conn(), std::nullopt, std::nullopt, 10).size(), 2u);
}

TEST_P(SarabanIncoming, TheDatabaseRefusesToEditOrDeleteAJobsHistory) {
  const auto l = register_incoming_letter(conn(), at_, clerk(), letter());
  ASSERT_TRUE(l.ok());
  EXPECT_THROW(
      conn().execute("UPDATE saraban_action SET note = 'แก้ไข' WHERE job_id = ?", l->job_id),
      db::DbError);
  EXPECT_THROW(conn().execute("DELETE FROM saraban_action WHERE job_id = ?", l->job_id),
               db::DbError);
  const auto job = view_job(conn(), at_, clerk(), l->job_id);
  ASSERT_EQ(job->history.size(), 1u);
  EXPECT_NE(job->history[0].note, "แก้ไข");
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanIncoming, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
