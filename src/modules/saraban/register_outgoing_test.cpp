// Outgoing letters on both databases: their number and "ที่", a reserved number used, and the
// official PDF kept as the letter's file.
#include "modules/saraban/register_outgoing.hpp"

#include <gtest/gtest.h>

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/official_emblem.hpp"
#include "modules/saraban/testing.hpp"
#include "platform/export/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/files/testing.hpp"

namespace pao::saraban {
namespace {

using testing::clerk;

class SarabanOutgoing : public testing::SarabanDbTest {
 protected:
  OutgoingLetter letter(const std::string& reg = kOutgoing,
                        LetterKind kind = LetterKind::external) {
    OutgoingLetter in;
    in.register_code = reg;
    in.kind = kind;
    in.agency = "องค์การบริหารส่วนจังหวัดลำพูน\nถนนลำพูน-ป่าซาง ลำพูน 51000";
    in.to = "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น";
    in.subject = "ตอบรับการเข้าร่วมประชุม";
    in.body = "ตามหนังสือที่อ้างถึง ขอเชิญเข้าร่วมประชุม นั้น\n\nองค์การบริหารส่วนจังหวัดลำพูนขอตอบรับ";
    in.signer_name = "นายสมชาย ใจดี";
    in.signer_position = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
    return in;
  }
  std::string text_of(std::int64_t file_id) {
    const auto f = files::find_file(conn(), file_id);
    exports::testing::TempFile pdf("letter.pdf", files::read_file_bytes(store_, f->sha256));
    return exports::testing::run_command({"pdftotext", pdf.path(), "-"}).out;
  }
  files::testing::TempDir dir_;
  files::FileStore store_{dir_.path() / "files"};
};

TEST_P(SarabanOutgoing, AnExternalLetterGetsItsReferenceAndItsOfficialPdf) {
  const auto first = register_outgoing_letter(conn(), store_, at_, clerk(), letter());
  ASSERT_TRUE(first.ok()) << first.error().message.en;
  EXPECT_EQ(first->letter.register_no, 1);
  EXPECT_EQ(first->letter.reference, "ลพ 51000/1");
  EXPECT_EQ(first->letter.dated, "2026-11-25");
  const std::string text = text_of(first->file_id);
  for (const char* s : {"ที่", "ลพ 51000/1", "25 พฤศจิกายน 2569", "เรื่อง", "ตอบรับการเข้าร่วมประชุม",
                        "เรียน", "ขอแสดงความนับถือ", "(นายสมชาย ใจดี)"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s << " in\n" << text;
  }
}

TEST_P(SarabanOutgoing, CircularsAndMemosUseTheirOwnFormatsAndSequences) {
  ASSERT_TRUE(register_outgoing_letter(conn(), store_, at_, clerk(), letter()).ok());
  const auto circular =
      register_outgoing_letter(conn(), store_, at_, clerk(), letter(kCircular, LetterKind::memo));
  ASSERT_TRUE(circular.ok()) << circular.error().message.en;
  EXPECT_EQ(circular->letter.reference, "ลพ 51000/ว 1");
  EXPECT_NE(text_of(circular->file_id).find("บันทึกข้อความ"), std::string::npos);
  const auto order =
      register_outgoing_letter(conn(), store_, at_, clerk(), letter(kOrders, LetterKind::order));
  ASSERT_TRUE(order.ok());
  EXPECT_NE(text_of(order->file_id).find("สั่ง ณ วันที่"), std::string::npos);
}

TEST_P(SarabanOutgoing, AReservedNumberIsUsedOnceAndOnlyIfReserved) {
  const auto reserved = reserve_number(conn(), at_, clerk(), kOutgoing, "ตอบกรม");
  ASSERT_TRUE(reserve_number(conn(), at_, clerk(), kOutgoing, "").ok());
  OutgoingLetter in = letter();
  in.reserved_no = reserved->number;
  const auto used = register_outgoing_letter(conn(), store_, at_, clerk(), in);
  ASSERT_TRUE(used.ok()) << used.error().message.en;
  EXPECT_EQ(used->letter.register_no, 1);
  const auto again = register_outgoing_letter(conn(), store_, at_, clerk(), in);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(list_numbers(conn(), kOutgoing, 2026)[0].status, NumberStatus::used);
  const auto next = register_outgoing_letter(conn(), store_, at_, clerk(), letter());
  EXPECT_EQ(next->letter.register_no, 3) << "2 stays reserved";
}

TEST_P(SarabanOutgoing, MissingPartsAreNamed) {
  OutgoingLetter in;
  in.register_code = kIncoming;
  const auto refused = register_outgoing_letter(conn(), store_, at_, clerk(), in);
  ASSERT_FALSE(refused.ok());
  for (const char* f :
       {"register", "agency", "to", "subject", "body", "signer_name", "signer_position"}) {
    EXPECT_EQ(refused.error().fields.count(f), 1u) << f;
  }
}

TEST_P(SarabanOutgoing, OrdersAndAnnouncementsAreNumberedOnlyInTheirOwnRegisters) {
  for (const auto& [reg, kind] :
       std::vector<std::pair<std::string, LetterKind>>{{kOutgoing, LetterKind::order},
                                                       {kCircular, LetterKind::announcement},
                                                       {kOrders, LetterKind::external},
                                                       {kAnnouncements, LetterKind::memo},
                                                       {kAnnouncements, LetterKind::order}}) {
    const auto refused = register_outgoing_letter(conn(), store_, at_, clerk(), letter(reg, kind));
    ASSERT_FALSE(refused.ok()) << reg << " " << letter_kind_name(kind);
    EXPECT_EQ(refused.error().fields.count("register"), 1u) << reg;
  }
  EXPECT_TRUE(list_numbers(conn(), kOrders, 2026).empty()) << "no number was taken";
  EXPECT_TRUE(list_numbers(conn(), kOutgoing, 2026).empty());
  const auto announcement = register_outgoing_letter(
      conn(), store_, at_, clerk(), letter(kAnnouncements, LetterKind::announcement));
  ASSERT_TRUE(announcement.ok()) << announcement.error().message.en;
  EXPECT_EQ(announcement->letter.register_no, 1);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanOutgoing, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

TEST(SarabanEmblem, TheConfiguredGarudaIsPrintedThreeCentimetresHighOnALetter) {
  exports::testing::TempFile png("garuda.png", exports::testing::test_png());
  setenv("PAO_GARUDA_PNG", png.path().c_str(), 1);
  load_official_emblem();
  EXPECT_EQ(official_emblem(), exports::testing::test_png());
  OutgoingLetter in;
  in.kind = LetterKind::external;
  in.agency = "องค์การบริหารส่วนจังหวัดลำพูน";
  in.to = "ผู้ว่าราชการจังหวัดลำพูน";
  in.subject = "ขอเชิญประชุม";
  in.body = "ด้วยองค์การบริหารส่วนจังหวัดลำพูนขอเชิญประชุม";
  in.signer_name = "นายสมชาย ใจดี";
  in.signer_position = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
  in.emblem_png = official_emblem();
  const auto images = exports::testing::pdf_images(outgoing_pdf(in, "ลพ 51000/1", {2026, 11, 25}));
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].y_ppi, 8) << "10 px over 30 mm";

  // A path that is not a PNG stops the start with the variable's name; unset, nothing is drawn.
  exports::testing::TempFile not_png("garuda.png", "<svg/>");
  setenv("PAO_GARUDA_PNG", not_png.path().c_str(), 1);
  try {
    load_official_emblem();
    ADD_FAILURE() << "a non-PNG file was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("PAO_GARUDA_PNG"), std::string::npos) << e.what();
  }
  unsetenv("PAO_GARUDA_PNG");
  load_official_emblem();
  EXPECT_TRUE(official_emblem().empty());
  in.emblem_png.clear();
  EXPECT_TRUE(exports::testing::pdf_images(outgoing_pdf(in, "ลพ 51000/1", {2026, 11, 25})).empty());
}

}  // namespace
}  // namespace pao::saraban
