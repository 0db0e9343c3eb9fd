// Delegations on both databases, below the HTTP layer: when one is in force (Bangkok days, an
// early end), and a deputy's decision on a job waiting for the head recorded on the head's
// behalf — while the delegation is in force, and only then.
#include "modules/saraban/delegation.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/job_steps.hpp"
#include "modules/saraban/letter_templates.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/register_outgoing.hpp"
#include "modules/saraban/store_delegation.hpp"
#include "modules/saraban/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/files/testing.hpp"

namespace pao::saraban {
namespace {

using testing::bangkok;
using testing::clerk;

Delegation head_to_deputy(std::string from, std::string to) {
  Delegation d;
  d.principal_id = 21;
  d.principal_name = "สมชาย หัวหน้า";
  d.principal_position = "ผู้อำนวยการกอง";
  d.delegate_id = 31;
  d.delegate_name = "สุดา รอง";
  d.starts_on = std::move(from);
  d.ends_on = std::move(to);
  d.recorded_at = "2026-11-24T02:00:00Z";
  d.recorded_by = "สมชาย หัวหน้า";
  return d;
}

TEST(SarabanDelegation, IsInForceFromItsFirstToItsLastBangkokDayUnlessEndedEarly) {
  Delegation d = head_to_deputy("2026-11-25", "2026-11-27");
  EXPECT_FALSE(d.in_force(bangkok(2026, 11, 24, 23, 59)));
  EXPECT_TRUE(d.in_force(bangkok(2026, 11, 25, 0, 0)));
  EXPECT_TRUE(d.in_force(bangkok(2026, 11, 27, 23, 59)));
  EXPECT_FALSE(d.in_force(bangkok(2026, 11, 28, 0, 0)));
  EXPECT_EQ(d.last_day(), "2026-11-27");
  d.ended_at = to_iso_utc(bangkok(2026, 11, 26, 10, 0));
  EXPECT_TRUE(d.in_force(bangkok(2026, 11, 26, 9, 59)));
  EXPECT_FALSE(d.in_force(bangkok(2026, 11, 26, 10, 0)));
  EXPECT_EQ(d.last_day(), "2026-11-25") << "a new one may start on the day it was ended";
}

class SarabanDelegationSteps : public testing::SarabanDbTest {
 protected:
  Person deputy() {
    Person p = clerk(31, "สุดา รอง");
    p.position = "นักวิชาการสาธารณสุข";
    return p;
  }
  // A letter routed to the head (user 21).
  std::int64_t job_for_head() {
    IncomingLetter in;
    in.reference = "มท 0808.2/ว 1234";
    in.dated = Date{2026, 11, 20};
    in.from = "กรมส่งเสริมการปกครองท้องถิ่น";
    in.to = "นายก อบจ.ลำพูน";
    in.subject = "ขออนุมัติ";
    in.secrecy = Secrecy::confidential;
    const auto l = register_incoming_letter(conn(), at_, clerk(), in);
    Step route;
    route.kind = ActionKind::route;
    route.user_id = 21;
    route.user_name = "สมชาย หัวหน้า";
    EXPECT_TRUE(take_step(conn(), at_, clerk(), {true, false}, l->job_id, route).ok());
    return l->job_id;
  }
};

TEST_P(SarabanDelegationSteps, TheDeputysApprovalIsRecordedAsActingForTheHead) {
  store::insert_delegation(conn(), head_to_deputy("2026-11-25", "2026-11-27"));
  const auto job = job_for_head();
  ASSERT_EQ(jobs_waiting_for_principals(conn(), at_, 31, 10).size(), 1u);
  EXPECT_TRUE(view_job(conn(), at_, deputy(), job)->viewer_named)
      << "the deputy reads the head's secret job";
  Step approve;
  approve.kind = ActionKind::approve;
  const auto done = take_step(conn(), at_, deputy(), {false, false}, job, approve);
  ASSERT_TRUE(done.ok()) << done.error().message.en;
  EXPECT_EQ(done->on_behalf_of, "สมชาย หัวหน้า ตำแหน่ง ผู้อำนวยการกอง");
  EXPECT_EQ(done->actor_name, "สุดา รอง");
  EXPECT_EQ(view_job(conn(), at_, deputy(), job)->job.status, "approved");
}

TEST_P(SarabanDelegationSteps, TheDeputysDraftReplyIsSignedOnBehalfOfTheHead) {
  store::insert_delegation(conn(), head_to_deputy("2026-11-25", "2026-11-27"));
  const auto job = job_for_head();
  const auto templates = list_letter_templates(conn(), false);
  ASSERT_FALSE(templates.empty());
  const auto draft = draft_from_template(conn(), at_, deputy(), templates.front().id, job);
  ASSERT_TRUE(draft.ok()) << "the head's secret job, drafted by the deputy acting for them";
  EXPECT_EQ(draft->signer_name, "สุดา รอง");
  EXPECT_EQ(draft->signer_position, "นักวิชาการสาธารณสุข ปฏิบัติราชการแทน\nผู้อำนวยการกอง");
  // The day after the delegation's last day the job is no longer the deputy's to answer.
  EXPECT_FALSE(
      draft_from_template(conn(), bangkok(2026, 11, 28, 9, 0), deputy(), templates.front().id, job)
          .ok());
  // The deputy registers it as the job's reply, numbered like any letter (and is then named
  // on the job: they acted on it).
  files::testing::TempDir dir;
  files::FileStore store(dir.path() / "files");
  OutgoingLetter reply;
  reply.register_code = draft->register_code;
  reply.kind = draft->kind;
  reply.job_id = job;
  reply.agency = "องค์การบริหารส่วนจังหวัดลำพูน";
  reply.to = "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น";
  reply.subject = "ตอบ";
  reply.body = draft->body;
  reply.signer_name = draft->signer_name;
  reply.signer_position = draft->signer_position;
  const auto sent = register_outgoing_letter(conn(), store, at_, deputy(), reply);
  ASSERT_TRUE(sent.ok()) << sent.error().message.en;
  EXPECT_EQ(sent->letter.job_id, job);
  EXPECT_EQ(sent->letter.signer_position, "นักวิชาการสาธารณสุข ปฏิบัติราชการแทน\nผู้อำนวยการกอง");
}

TEST_P(SarabanDelegationSteps, OutsideItsDaysTheDeputyHasNoPowerOverTheHeadsJobs) {
  store::insert_delegation(conn(), head_to_deputy("2026-11-26", "2026-11-27"));
  const auto job = job_for_head();
  EXPECT_TRUE(jobs_waiting_for_principals(conn(), at_, 31, 10).empty());
  Step approve;
  approve.kind = ActionKind::approve;
  EXPECT_EQ(take_step(conn(), at_, deputy(), {false, false}, job, approve).error().code,
            ErrorCode::not_found)
      << "a secret job the deputy is not named on";
  const TimePoint in_force = bangkok(2026, 11, 26, 8, 0);
  EXPECT_TRUE(take_step(conn(), in_force, deputy(), {false, false}, job, approve).ok());
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanDelegationSteps, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
