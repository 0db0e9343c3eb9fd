#include "platform/export/pdf.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "platform/export/testing.hpp"

namespace pao::exports {
namespace {

using testing::pdf_fonts;
using testing::pdf_text;
using testing::pdf_words;
using testing::poppler_missing;
using testing::without_whitespace;

class PdfDocumentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string missing = poppler_missing(); !missing.empty()) FAIL() << missing;
  }
};

// Stacked vowels and tone marks (น้ำ ที่ ปู่ กุ้ง ญี่ปุ่น), sara am (สำนัก), and a long compound.
constexpr std::string_view kHardWords[] = {
    "น้ำ", "ที่", "ปู่", "กุ้ง", "ญี่ปุ่น", "สำนัก", "องค์การบริหารส่วนจังหวัดลำพูน"};
constexpr std::string_view kHardParagraph =
    "น้ำ ที่ ปู่ กุ้ง ญี่ปุ่น สำนัก องค์การบริหารส่วนจังหวัดลำพูน "
    "ขอเชิญประชาชนร่วมกิจกรรมวันลอยกระทงที่ลานอนุสาวรีย์พระนางจามเทวี";

TEST_F(PdfDocumentTest, ThaiWordsWithStackedMarksComeBackFromPdftotext) {
  PdfDocument pdf;
  pdf.paragraph(kHardParagraph);
  const std::string layout = without_whitespace(pdf_text(pdf.bytes()));
  for (std::string_view word : kHardWords) {
    EXPECT_NE(layout.find(word), std::string::npos) << word << " not in " << layout;
  }
}

TEST_F(PdfDocumentTest, TheWholeParagraphComesBackInDrawingOrder) {
  PdfDocument pdf;
  pdf.paragraph(kHardParagraph);
  // -layout orders glyphs by position, and a tone mark over an upper vowel (ครั้ง) can land after
  // the next letter; in drawing order (-raw) every character is where the text had it.
  EXPECT_EQ(without_whitespace(pdf_text(pdf.bytes(), {"-raw"})),
            without_whitespace(kHardParagraph));
}

TEST_F(PdfDocumentTest, IsSetInLaksamanEmbeddedAsASubset) {
  PdfDocument pdf;
  pdf.paragraph({TextRun{"ธรรมดา "}, TextRun{"ตัวหนา", true}});
  const std::string fonts = pdf_fonts(pdf.bytes());
  EXPECT_NE(fonts.find("+Laksaman "), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("+Laksaman-Bold"), std::string::npos) << fonts;
}

// Each line of a narrow column is made of whole words of the text.
bool is_made_of(std::string_view line, const std::vector<std::string_view>& words) {
  if (line.empty()) return true;
  for (std::string_view w : words) {
    if (line.starts_with(w) && is_made_of(line.substr(w.size()), words)) return true;
  }
  return false;
}

TEST_F(PdfDocumentTest, ThaiLinesBreakBetweenWordsNeverInsideOne) {
  PdfDocument pdf;
  std::string text;
  for (int i = 0; i < 6; ++i) text += "องค์การบริหารส่วนจังหวัดลำพูนจัดประชุมสภาสามัญ";
  pdf.paragraph(text, {.width_mm = 45});
  const std::string out = pdf_text(pdf.bytes(), {"-raw"});
  const std::vector<std::string_view> words = {"องค์การ", "องค์", "การ",   "บริหาร", "ส่วน", "จังหวัด",
                                               "ลำพูน",   "จัด",  "ประชุม", "สภา",   "สามัญ"};
  int lines = 0;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    line = without_whitespace(line);
    if (line.empty()) continue;
    ++lines;
    EXPECT_TRUE(is_made_of(line, words)) << "line broken inside a word: " << line;
    EXPECT_EQ(line.find('-'), std::string::npos) << "hyphen added: " << line;
  }
  EXPECT_GT(lines, 6);  // it did wrap
}

TEST_F(PdfDocumentTest, MarginsAreKept) {
  PdfSetup setup;
  setup.left_mm = 30;
  setup.right_mm = 20;
  setup.top_mm = 25;
  PdfDocument pdf(setup);
  std::string text;
  for (int i = 0; i < 20; ++i) text += "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ ";
  pdf.paragraph(text);
  const auto words = pdf_words(pdf.bytes());
  ASSERT_FALSE(words.empty());
  const double mm = 72 / 25.4;
  double left = 1e9;
  double right = 0;
  double top = 1e9;
  for (const auto& w : words) {
    left = std::min(left, w.x_min);
    right = std::max(right, w.x_max);
    top = std::min(top, w.y_min);
  }
  EXPECT_NEAR(left, 30 * mm, 1.0);
  EXPECT_LE(right, (210 - 20) * mm + 0.5);
  EXPECT_GT(right, (210 - 20 - 15) * mm);  // lines are filled
  EXPECT_GE(top, 25 * mm - 0.5);
}

TEST_F(PdfDocumentTest, FirstLineIndentMovesOnlyTheFirstLine) {
  PdfDocument pdf;
  std::string text;
  for (int i = 0; i < 10; ++i) text += "องค์การบริหารส่วนจังหวัดลำพูน ";
  pdf.paragraph(text, {.first_line_indent_mm = 25});
  const auto words = pdf_words(pdf.bytes());
  ASSERT_GE(words.size(), 2u);
  const double mm = 72 / 25.4;
  const double first_line = words.front().y_min;
  double first_x = 1e9;
  double other_x = 1e9;
  for (const auto& w : words) {
    (w.y_min == first_line ? first_x : other_x) =
        std::min(w.y_min == first_line ? first_x : other_x, w.x_min);
  }
  EXPECT_NEAR(first_x - other_x, 25 * mm, 1.0);
}

TEST_F(PdfDocumentTest, LongTextContinuesOnTheNextPage) {
  PdfDocument pdf;
  for (int i = 0; i < 60; ++i) pdf.paragraph("ย่อหน้าที่ " + std::to_string(i + 1));
  const int pages = pdf.page_count();
  ASSERT_GE(pages, 2);
  const std::string bytes = pdf.bytes();
  const std::string last = std::to_string(pages);
  EXPECT_NE(pdf_text(bytes, {"-layout", "-f", last, "-l", last}).find("ย่อหน้าที่ 60"),
            std::string::npos);
  EXPECT_EQ(pdf_text(bytes, {"-layout", "-f", "1", "-l", "1"}).find("ย่อหน้าที่ 60"),
            std::string::npos);
  EXPECT_NE(pdf_text(bytes, {"-layout", "-f", "1", "-l", "1"}).find("ย่อหน้าที่ 1\n"),
            std::string::npos);
}

TEST_F(PdfDocumentTest, TableHeaderIsRepeatedOnEveryPage) {
  PdfDocument pdf;
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 80; ++i) {
    rows.push_back({std::to_string(i), "จัดซื้อครุภัณฑ์สำนักงาน", "12,345.00"});
  }
  pdf.table({{"ลำดับ", 0.6, Align::center}, {"รายการจัดซื้อ", 4}, {"วงเงิน", 1.5, Align::right}}, rows);
  const int pages = pdf.page_count();
  ASSERT_GE(pages, 2);
  const std::string bytes = pdf.bytes();
  for (int p = 1; p <= pages; ++p) {
    const std::string text =
        pdf_text(bytes, {"-layout", "-f", std::to_string(p), "-l", std::to_string(p)});
    EXPECT_NE(text.find("รายการจัดซื้อ"), std::string::npos) << "no header on page " << p;
  }
  const std::string all = pdf_text(bytes);
  EXPECT_NE(all.find("80"), std::string::npos);
}

TEST_F(PdfDocumentTest, TableCellsWrapWithinTheirColumn) {
  PdfDocument pdf;
  pdf.table({{"ก", 1}, {"ข", 1}}, {{"โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านน้ำดิบ", "ลำพูน"}});
  const auto words = pdf_words(pdf.bytes());
  const double middle = (30 + (210 - 30 - 20) / 2.0) * 72 / 25.4;
  for (const auto& w : words) {
    if (w.text == "ลำพูน") {
      EXPECT_GT(w.x_min, middle);
    } else if (w.text != "ข") {
      EXPECT_LT(w.x_max, middle) << w.text;
    }
  }
}

TEST_F(PdfDocumentTest, PageNumbersInThaiDigitsFromTheSecondPage) {
  PdfSetup setup;
  setup.page_numbers = {PageNumbers::Where::top_center, true, Digits::thai};
  PdfDocument pdf(setup);
  pdf.paragraph("หน้าแรก");
  pdf.page_break();
  pdf.paragraph("หน้าสอง");
  const std::string bytes = pdf.bytes();
  EXPECT_EQ(pdf_text(bytes, {"-f", "1", "-l", "1"}).find("๑"), std::string::npos);
  // On page 2, "- ๒ -" centred between the margins, in the top margin.
  const double mm = 72 / 25.4;
  bool numbered = false;
  for (const auto& w : pdf_words(bytes)) {
    if (w.page == 2 && w.text == "๒") {
      numbered = true;
      EXPECT_NEAR((w.x_min + w.x_max) / 2, (30 + (210 - 30 - 20) / 2.0) * mm, 1.0);
      EXPECT_LT(w.y_max, 25 * mm);
    }
  }
  EXPECT_TRUE(numbered);
}

TEST_F(PdfDocumentTest, TitleAndCreationDateAreInTheProperties) {
  PdfSetup setup;
  setup.title = "รายงานผลการดำเนินงาน";
  setup.created = bangkok_time(Date{2026, 11, 25}, std::chrono::hours(14));
  PdfDocument pdf(setup);
  pdf.paragraph("ลำพูน");
  const testing::TempFile file("d.pdf", pdf.bytes());
  const auto info = testing::run_command({"pdfinfo", "-isodates", file.path().string()});
  EXPECT_NE(info.out.find("รายงานผลการดำเนินงาน"), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("2026-11-25T14:00:00+07"), std::string::npos) << info.out;
}

TEST(PdfDocument, SameInputAndCreationTimeGiveTheSameFile) {
  const auto make = [] {
    PdfSetup setup;
    setup.created = bangkok_midnight(Date{2026, 11, 25});
    PdfDocument pdf(setup);
    pdf.paragraph("บันทึกข้อความ น้ำ ปู่");
    return pdf.bytes();
  };
  EXPECT_EQ(make(), make());
}

TEST_F(PdfDocumentTest, APlacedPngIsDrawnAtItsHeightWithoutMovingTheFlow) {
  PdfDocument pdf;
  const double before = pdf.remaining_mm();
  pdf.place_png(testing::test_png(), 30, 15, 15);
  EXPECT_DOUBLE_EQ(pdf.remaining_mm(), before) << "the text still starts at the top margin";
  pdf.paragraph("ตราครุฑ");
  const auto images = testing::pdf_images(pdf.bytes());
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].page, 1);
  EXPECT_EQ(images[0].width, 8);
  EXPECT_EQ(images[0].height, 10);
  EXPECT_EQ(images[0].y_ppi, 17) << "10 px over 15 mm";
}

TEST(PdfDocument, OnlyAPngImageIsDrawn) {
  EXPECT_EQ(png_size(testing::test_png())->width, 8u);
  EXPECT_EQ(png_size(testing::test_png())->height, 10u);
  EXPECT_FALSE(png_size("GIF89a\x08\x00\x0a\x00"));
  EXPECT_FALSE(png_size(""));
  PdfDocument pdf;
  EXPECT_THROW(pdf.place_png("<svg/>", 30, 15, 15), std::invalid_argument);
  const std::string truncated(testing::test_png().substr(0, 40));
  EXPECT_THROW(pdf.place_png(truncated, 30, 15, 15), std::invalid_argument);
}

TEST(PdfDocument, BytesEndsTheDocument) {
  PdfDocument pdf;
  pdf.paragraph("ลำพูน");
  const std::string first = pdf.bytes();
  EXPECT_TRUE(first.starts_with("%PDF-"));
  EXPECT_EQ(pdf.bytes(), first);
  EXPECT_THROW(pdf.paragraph("อีก"), std::logic_error);
}

TEST(PdfDocument, InvalidUtf8AndControlCharactersAreHarmless) {
  PdfDocument pdf;
  pdf.paragraph(std::string("ก\x01\x00ข\xFF\xFEค", 9));
  pdf.table({{"\xC3"}}, {{std::string("\x00", 1)}});
  EXPECT_TRUE(pdf.bytes().starts_with("%PDF-"));
}

}  // namespace
}  // namespace pao::exports
