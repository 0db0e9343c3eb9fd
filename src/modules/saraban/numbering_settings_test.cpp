// Numbering settings on both databases: formats checked naming the field, the next reference
// previewed, and a change that touches only the numbers given out after it.
#include "modules/saraban/numbering_settings.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/register_outgoing.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/testing.hpp"
#include "platform/files/testing.hpp"

namespace pao::saraban {
namespace {

using testing::clerk;

class SarabanSettings : public testing::SarabanDbTest {
 protected:
  Result<RegisteredOutgoing> issue_circular() {
    OutgoingLetter in;
    in.register_code = kCircular;
    in.agency = "องค์การบริหารส่วนจังหวัดลำพูน";
    in.to = "นายกเทศมนตรีทุกแห่ง";
    in.subject = "แจ้งกำหนดการประชุม";
    in.body = "ด้วยองค์การบริหารส่วนจังหวัดลำพูนกำหนดประชุม";
    in.signer_name = "นายสมชาย ใจดี";
    in.signer_position = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
    return register_outgoing_letter(conn(), store_, at_, clerk(), in);
  }
  const RegisterFormat& of(const NumberingSettings& s, const std::string& code) {
    for (const auto& r : s.registers) {
      if (r.reg.code == code) return r;
    }
    throw std::runtime_error("no register " + code);
  }
  files::testing::TempDir dir_;
  files::FileStore store_{dir_.path() / "files"};
};

TEST_P(SarabanSettings, TheSettingsShowTheNextReferenceOfEachRegister) {
  ASSERT_TRUE(issue_circular().ok());
  const auto s = numbering_settings(conn(), at_);
  EXPECT_EQ(s.agency_code, "ลพ 51000");
  ASSERT_EQ(s.registers.size(), 4u);
  EXPECT_EQ(of(s, kCircular).reg.reference_format, "{agency}/ว {no}");
  EXPECT_EQ(of(s, kCircular).next_no, 2);
  EXPECT_EQ(of(s, kCircular).next_reference, "ลพ 51000/ว 2");
  EXPECT_EQ(of(s, kOutgoing).next_reference, "ลพ 51000/1");
}

TEST_P(SarabanSettings, AFormatWithoutTheNumberOrWithAnUnknownTokenIsRefusedNamingTheField) {
  NumberingChange c;
  c.agency_code = "ลพ 51000";
  c.formats[kCircular] = "{agency}/ว";
  c.formats[kOutgoing] = "{agency}/{year}/{no}";
  c.formats[kIncoming] = "{no}";
  const auto saved = change_numbering_settings(conn(), at_, clerk(), c);
  ASSERT_FALSE(saved.ok());
  const auto& fields = saved.error().fields;
  ASSERT_TRUE(fields.contains("formats.circular"));
  EXPECT_EQ(fields.at("formats.circular").en, "must contain {no} (the number)");
  ASSERT_TRUE(fields.contains("formats.outgoing"));
  EXPECT_NE(fields.at("formats.outgoing").th.find("{year}"), std::string::npos);
  EXPECT_TRUE(fields.contains("formats.incoming"));  // issues no references
  EXPECT_EQ(find_register(conn(), kCircular)->reference_format, "{agency}/ว {no}");
}

TEST_P(SarabanSettings, TheAgencyCodeIsRequired) {
  const auto saved = change_numbering_settings(conn(), at_, clerk(), {"  ", {}});
  ASSERT_FALSE(saved.ok());
  EXPECT_TRUE(saved.error().fields.contains("agency_code"));
}

TEST_P(SarabanSettings, AChangeAffectsOnlyNumbersIssuedAfterIt) {
  const auto before = issue_circular();
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->letter.reference, "ลพ 51000/ว 1");
  NumberingChange c;
  c.agency_code = "ลพ 51001";
  c.formats[kCircular] = "{agency}/ว.{no}";
  const auto saved = change_numbering_settings(conn(), at_, clerk(), c);
  ASSERT_TRUE(saved.ok()) << saved.error().message.en;
  EXPECT_EQ(of(*saved, kCircular).next_reference, "ลพ 51001/ว.2");

  const auto after = issue_circular();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->letter.reference, "ลพ 51001/ว.2");
  const auto earlier = store::find_letter(conn(), before->letter.id, 0);
  ASSERT_TRUE(earlier);
  EXPECT_EQ(earlier->reference, "ลพ 51000/ว 1");
}

TEST_P(SarabanSettings, AChangeIsAuditedWithTheValuesBeforeAndAfter) {
  NumberingChange c;
  c.agency_code = "ลพ 51000";              // unchanged: not in the entry
  c.formats[kOutgoing] = "{agency}/{no}";  // unchanged
  c.formats[kCircular] = "{agency}/ว{no}";
  ASSERT_TRUE(change_numbering_settings(conn(), at_, clerk(), c).ok());
  audit::Filter f;
  f.action = "saraban.settings.update";
  const auto entries = audit::find_entries(conn(), f);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].changes.find("{agency}/ว {no}"), std::string::npos) << entries[0].changes;
  EXPECT_NE(entries[0].changes.find("{agency}/ว{no}"), std::string::npos);
  EXPECT_EQ(entries[0].changes.find("agency_code"), std::string::npos);
  EXPECT_EQ(entries[0].changes.find("formats.outgoing"), std::string::npos);
}

TEST_P(SarabanSettings, APreviewShowsTheTypedFormatWithoutSavingIt) {
  NumberingChange c;
  c.agency_code = "ลพ 51000";
  c.formats[kCircular] = "{agency}/ว/{no}";
  const auto p = preview_numbering_change(conn(), at_, c);
  EXPECT_EQ(of(p, kCircular).next_reference, "ลพ 51000/ว/1");
  EXPECT_EQ(find_register(conn(), kCircular)->reference_format, "{agency}/ว {no}");
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanSettings, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::saraban
