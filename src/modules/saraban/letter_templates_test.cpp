// Letter templates on both databases: placeholders checked on save, drafts filled from a job's
// letter with Thai B.E. dates, versions kept in the audit trail, the shipped Thai templates.
#include "modules/saraban/letter_templates.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/testing.hpp"

namespace pao::saraban {
namespace {

using testing::clerk;

class SarabanTemplates : public testing::SarabanDbTest {
 protected:
  LetterTemplate reply() {
    LetterTemplate t;
    t.name = "ตอบรับเชิญประชุม";
    t.kind = LetterKind::external;
    t.register_code = kOutgoing;
    t.subject = "{{เรื่องเดิม}}";
    t.to = "{{จาก}}";
    t.body = "ตามหนังสือที่ {{ที่เดิม}} ลงวันที่ {{ลงวันที่เดิม}} นั้น";
    t.closing = "จึงเรียนมาเพื่อโปรดทราบ";
    return t;
  }
  Letter incoming(Secrecy secrecy = Secrecy::none) {
    IncomingLetter in;
    in.reference = "มท 0808.2/ว 1234";
    in.dated = Date{2026, 11, 20};
    in.from = "กรมส่งเสริมการปกครองท้องถิ่น";
    in.to = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
    in.subject = "ขอเชิญประชุมชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่น";
    in.secrecy = secrecy;
    auto l = register_incoming_letter(conn(), at_, clerk(), in);
    EXPECT_TRUE(l.ok());
    return *l;
  }
};

TEST_P(SarabanTemplates, AnUnknownPlaceholderIsRefusedNamingItAndItsField) {
  LetterTemplate t = reply();
  t.body = "ตามหนังสือ {{เลขที่เดิม}} นั้น";
  t.to = "{{จาก";
  const auto made = create_letter_template(conn(), at_, clerk(), t);
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.error().code, ErrorCode::invalid_argument);
  ASSERT_TRUE(made.error().fields.contains("body"));
  EXPECT_EQ(made.error().fields.at("body").th, "ไม่รู้จักช่องแทนค่า {{เลขที่เดิม}}");
  EXPECT_EQ(made.error().fields.at("body").en, "has an unknown placeholder {{เลขที่เดิม}}");
  EXPECT_TRUE(made.error().fields.contains("to"));
  EXPECT_FALSE(made.error().fields.contains("subject"));
}

TEST_P(SarabanTemplates, NameBodyAndAnOutgoingRegisterAreRequired) {
  LetterTemplate t;
  t.register_code = kIncoming;
  const auto made = create_letter_template(conn(), at_, clerk(), t);
  ASSERT_FALSE(made.ok());
  for (const char* f : {"name", "register", "body"}) {
    EXPECT_TRUE(made.error().fields.contains(f)) << f;
  }
}

TEST_P(SarabanTemplates, AnOrderTemplateMustNumberFromTheOrdersRegister) {
  LetterTemplate t = reply();
  t.kind = LetterKind::order;  // a คำสั่ง numbered in the outgoing register
  const auto made = create_letter_template(conn(), at_, clerk(), t);
  ASSERT_FALSE(made.ok());
  ASSERT_TRUE(made.error().fields.contains("register"));
  EXPECT_EQ(made.error().fields.at("register").th, "คำสั่งต้องออกเลขจากทะเบียนคำสั่ง (order)");
  t.register_code = kOrders;
  EXPECT_TRUE(create_letter_template(conn(), at_, clerk(), t).ok());
}

TEST_P(SarabanTemplates, ADraftIsFilledFromTheJobsLetterWithBuddhistEraDates) {
  const Letter l = incoming();
  const auto t = create_letter_template(conn(), at_, clerk(), reply());
  ASSERT_TRUE(t.ok());
  Person staff = clerk(12, "ครูสมใจ รักเรียน");
  staff.position = "นักจัดการงานทั่วไป";
  const auto d = draft_from_template(conn(), testing::bangkok(2026, 12, 1), staff, t->id, l.job_id);
  ASSERT_TRUE(d.ok()) << d.error().message.en;
  EXPECT_EQ(d->subject, "ขอเชิญประชุมชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่น");
  EXPECT_EQ(d->to, "กรมส่งเสริมการปกครองท้องถิ่น");
  EXPECT_EQ(d->body,
            "ตามหนังสือที่ มท 0808.2/ว 1234 ลงวันที่ 20 พฤศจิกายน 2569 นั้น\n\n"
            "จึงเรียนมาเพื่อโปรดทราบ");
  EXPECT_EQ(d->signer_name, "ครูสมใจ รักเรียน");
  EXPECT_EQ(d->signer_position, "นักจัดการงานทั่วไป");
  EXPECT_EQ(d->register_code, kOutgoing);
  EXPECT_EQ(d->job_id.value_or(0), l.job_id);
}

TEST_P(SarabanTemplates, TodayAndTheSignerFillWithoutAJob) {
  LetterTemplate t = reply();
  t.body = "ณ วันที่ {{วันที่}} {{ผู้ลงนาม}} {{ตำแหน่ง}} ขอรายงาน {{เรื่องเดิม}}";
  t.closing.clear();
  const auto made = create_letter_template(conn(), at_, clerk(), t);
  ASSERT_TRUE(made.ok());
  // 31 Dec 2026 23:30 in Bangkok is still 31 December (B.E. 2569), whatever UTC says.
  const auto d = draft_from_template(conn(), testing::bangkok(2026, 12, 31, 23, 30), clerk(),
                                     made->id, std::nullopt);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->body, "ณ วันที่ 31 ธันวาคม 2569 สมศรี ใจดี เจ้าพนักงานธุรการ ขอรายงาน ");
}

TEST_P(SarabanTemplates, ASecretJobCannotBeDraftedBySomeoneNotNamedOnIt) {
  const Letter l = incoming(Secrecy::secret);
  const auto t = create_letter_template(conn(), at_, clerk(), reply());
  ASSERT_TRUE(t.ok());
  const auto other = draft_from_template(conn(), at_, clerk(99, "คนอื่น"), t->id, l.job_id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::not_found);
  EXPECT_TRUE(draft_from_template(conn(), at_, clerk(), t->id, l.job_id).ok());
}

TEST_P(SarabanTemplates, EditingMakesTheNextVersionAndTheAuditKeepsTheOldText) {
  const auto made = create_letter_template(conn(), at_, clerk(), reply());
  ASSERT_TRUE(made.ok());
  LetterTemplate changed = reply();
  changed.closing = "จึงเรียนมาเพื่อโปรดพิจารณา";
  const auto saved = update_letter_template(conn(), at_, clerk(), made->id, changed);
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved->version, 2);
  EXPECT_EQ(find_letter_template(conn(), made->id)->closing, "จึงเรียนมาเพื่อโปรดพิจารณา");
  audit::Filter f;
  f.action = "saraban.template.update";
  const auto entries = audit::find_entries(conn(), f);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].changes.find("จึงเรียนมาเพื่อโปรดทราบ"), std::string::npos)
      << entries[0].changes;
  EXPECT_NE(entries[0].changes.find("จึงเรียนมาเพื่อโปรดพิจารณา"), std::string::npos);
  EXPECT_EQ(entries[0].changes.find("body"), std::string::npos);  // unchanged fields left out
}

TEST_P(SarabanTemplates, AnArchivedTemplateIsKeptButNotOffered) {
  const auto made = create_letter_template(conn(), at_, clerk(), reply());
  ASSERT_TRUE(made.ok());
  const auto before = list_letter_templates(conn()).size();
  ASSERT_TRUE(archive_letter_template(conn(), at_, clerk(), made->id).ok());
  EXPECT_EQ(list_letter_templates(conn()).size(), before - 1);
  EXPECT_EQ(list_letter_templates(conn(), true).size(), before);
  const auto d = draft_from_template(conn(), at_, clerk(), made->id, std::nullopt);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::not_found);
}

TEST_P(SarabanTemplates, TheShippedThaiTemplatesAreValidAndFillCompletely) {
  const auto all = list_letter_templates(conn());
  ASSERT_EQ(all.size(), 4u);
  const Letter l = incoming();
  bool has_circular = false;
  for (const auto& t : all) {
    EXPECT_TRUE(check_letter_template(t).empty()) << t.name;
    const auto d = draft_from_template(conn(), at_, clerk(), t.id, l.job_id);
    ASSERT_TRUE(d.ok()) << t.name;
    EXPECT_EQ(d->body.find("{{"), std::string::npos) << t.name << ": " << d->body;
    has_circular = has_circular || t.register_code == kCircular;
  }
  EXPECT_TRUE(has_circular);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanTemplates, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
