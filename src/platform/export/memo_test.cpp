#include "platform/export/memo.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "platform/export/pdf.hpp"
#include "platform/export/testing.hpp"

namespace pao::exports {
namespace {

using testing::pdf_text;
using testing::pdf_words;
using testing::poppler_missing;
using testing::without_whitespace;

class MemoPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string missing = poppler_missing(); !missing.empty()) FAIL() << missing;
  }
};

Memo purchase_memo() {
  Memo m;
  m.agency = "กองคลัง องค์การบริหารส่วนจังหวัดลำพูน โทร. 0 5351 1000";
  m.reference = "ลพ 51000/123";
  m.date = Date{2026, 11, 25};
  m.subject = "ขออนุมัติจัดซื้อครุภัณฑ์คอมพิวเตอร์";
  m.to = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
  m.body = {
      "ด้วยกองคลัง องค์การบริหารส่วนจังหวัดลำพูน มีความประสงค์จะจัดซื้อครุภัณฑ์คอมพิวเตอร์ "
      "จำนวน 12 เครื่อง เพื่อใช้ในการปฏิบัติงานด้านการเงินและบัญชี",
      "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
  };
  m.signer_name = "นายสมชาย ใจดี";
  m.signer_position = "ผู้อำนวยการกองคลัง";
  return m;
}

TEST_F(MemoPdf, TheGarudaIsDrawnOneAndAHalfCentimetresHighOnlyWhenConfigured) {
  EXPECT_TRUE(testing::pdf_images(render_memo_pdf(purchase_memo())).empty())
      << "no image shipped: the area stays blank";
  Memo m = purchase_memo();
  m.emblem_png = std::string(testing::test_png());
  const std::string pdf = render_memo_pdf(m);
  const auto images = testing::pdf_images(pdf);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].page, 1);
  EXPECT_EQ(images[0].y_ppi, 17) << "10 px over 15 mm";
  EXPECT_NE(without_whitespace(pdf_text(pdf)).find("บันทึกข้อความ"), std::string::npos);
}

TEST_F(MemoPdf, HasTheHeadingSubjectAndBuddhistEraDate) {
  const std::string text = without_whitespace(pdf_text(render_memo_pdf(purchase_memo())));
  EXPECT_NE(text.find("บันทึกข้อความ"), std::string::npos) << text;
  EXPECT_NE(text.find("เรื่องขออนุมัติจัดซื้อครุภัณฑ์คอมพิวเตอร์"), std::string::npos) << text;
  EXPECT_NE(text.find("วันที่25พฤศจิกายน2569"), std::string::npos) << text;
}

TEST_F(MemoPdf, FieldsComeInTheOrderOfTheFormWithDateBesideTheNumber) {
  const std::string text = pdf_text(render_memo_pdf(purchase_memo()));
  const auto at = [&text](std::string_view s) { return text.find(s); };
  ASSERT_NE(at("บันทึกข้อความ"), std::string::npos);
  EXPECT_LT(at("บันทึกข้อความ"), at("ส่วนราชการ"));
  EXPECT_LT(at("ส่วนราชการ"), at("ที่ "));
  EXPECT_LT(at("เรื่อง"), at("เรียน"));
  EXPECT_LT(at("เรียน"), at("ด้วยกองคลัง"));
  EXPECT_LT(at("พิจารณาอนุมัติ"), at("(นายสมชาย ใจดี)"));
  EXPECT_LT(at("(นายสมชาย ใจดี)"), at("ผู้อำนวยการกองคลัง"));
  // "ที่ …" and "วันที่ …" share a line.
  const auto line_start = text.rfind('\n', at("ลพ 51000/123")) + 1;
  const auto line_end = text.find('\n', line_start);
  EXPECT_NE(text.substr(line_start, line_end - line_start).find("วันที่"), std::string::npos);
}

TEST_F(MemoPdf, UsesThreeCentimetreLeftAndTwoCentimetreRightMarginsAndIndentsTheBody) {
  Memo m = purchase_memo();
  m.body[0] = "";
  for (int i = 0; i < 8; ++i) m.body[0] += "องค์การบริหารส่วนจังหวัดลำพูน ";
  const auto words = pdf_words(render_memo_pdf(m));
  const double mm = 72 / 25.4;
  double left = 1e9;
  double right = 0;
  for (const auto& w : words) {
    left = std::min(left, w.x_min);
    right = std::max(right, w.x_max);
  }
  EXPECT_NEAR(left, 30 * mm, 1.0);
  EXPECT_LE(right, 190 * mm + 0.5);
  // The body's first line is indented 2.5 cm: its first word is the first one below "เรียน".
  const auto to =
      std::find_if(words.begin(), words.end(), [](const auto& w) { return w.text == "เรียน"; });
  ASSERT_NE(to, words.end());
  const auto body =
      std::find_if(to, words.end(), [&](const auto& w) { return w.y_min > to->y_max; });
  ASSERT_NE(body, words.end());
  EXPECT_EQ(body->text, "องค์การบริหารส่วนจังหวัดลำพูน");
  EXPECT_NEAR(body->x_min, (30 + 25) * mm, 1.0);
  const auto second_line =
      std::find_if(body, words.end(), [&](const auto& w) { return w.y_min > body->y_max; });
  ASSERT_NE(second_line, words.end());
  EXPECT_NEAR(second_line->x_min, 30 * mm, 1.0);
}

TEST_F(MemoPdf, SignerNameIsInParenthesesInTheRightHalf) {
  const auto words = pdf_words(render_memo_pdf(purchase_memo()));
  const double mm = 72 / 25.4;
  bool found = false;
  for (const auto& w : words) {
    if (w.text == "(นายสมชาย") {
      found = true;
      EXPECT_GT(w.x_min, (30 + 70) * mm);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(MemoPdf, ThaiDigitsThroughout) {
  Memo m = purchase_memo();
  m.digits = Digits::thai;
  const std::string text = without_whitespace(pdf_text(render_memo_pdf(m)));
  EXPECT_NE(text.find("วันที่๒๕พฤศจิกายน๒๕๖๙"), std::string::npos) << text;
  EXPECT_NE(text.find("ลพ๕๑๐๐๐/๑๒๓"), std::string::npos) << text;
  EXPECT_NE(text.find("จำนวน๑๒เครื่อง"), std::string::npos) << text;
  EXPECT_EQ(text.find("2569"), std::string::npos);
}

TEST_F(MemoPdf, LongMemoIsNumberedFromTheSecondPageAndKeepsTheSignatureTogether) {
  Memo m = purchase_memo();
  m.digits = Digits::thai;
  for (int i = 0; i < 30; ++i) m.body.insert(m.body.begin(), m.body.front());
  const std::string pdf = render_memo_pdf(m);
  const std::string page1 = pdf_text(pdf, {"-layout", "-f", "1", "-l", "1"});
  const std::string page2 = pdf_text(pdf, {"-layout", "-f", "2", "-l", "2"});
  EXPECT_EQ(page1.find("๑ -"), std::string::npos);
  EXPECT_TRUE(without_whitespace(page2).starts_with("-๒-")) << page2;
  // The name and the position are on one page.
  const std::string all = pdf_text(pdf, {"-layout"});
  const auto name = all.find("(นายสมชาย ใจดี)");
  ASSERT_NE(name, std::string::npos);
  EXPECT_EQ(all.substr(name, all.find("ผู้อำนวยการกองคลัง") - name).find('\f'), std::string::npos);
}

}  // namespace
}  // namespace pao::exports
