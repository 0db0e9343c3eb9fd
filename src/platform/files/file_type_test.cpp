#include "platform/files/file_type.hpp"

#include <gtest/gtest.h>

#include "platform/export/xlsx.hpp"
#include "platform/files/testing.hpp"

namespace pao::files {
namespace {

using namespace pao::files::testing;

TEST(MimeDetection, PdfIsKnownByItsHeaderWhateverItIsCalled) {
  EXPECT_EQ(detect_file_type(minimal_pdf()), FileType::pdf);
  EXPECT_EQ(mime_of(FileType::pdf), "application/pdf");
}

TEST(MimeDetection, AWindowsProgramIsRefused) {
  EXPECT_EQ(detect_file_type(windows_program()), std::nullopt);
}

TEST(MimeDetection, ImagesByTheirMagicBytes) {
  EXPECT_EQ(detect_file_type(minimal_png()), FileType::png);
  EXPECT_EQ(detect_file_type(std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)), FileType::jpeg);
  EXPECT_EQ(detect_file_type("GIF89a\x01\x00\x01\x00"), FileType::gif);
  EXPECT_EQ(detect_file_type("GIF87a\x01\x00\x01\x00"), FileType::gif);
  EXPECT_EQ(detect_file_type(std::string("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)), FileType::webp);
  EXPECT_EQ(detect_file_type(std::string("RIFF\x24\x00\x00\x00WAVEfmt ", 16)), std::nullopt);
}

TEST(MimeDetection, OfficeOpenXmlByItsParts) {
  EXPECT_EQ(detect_file_type(zip_of({"[Content_Types].xml", "_rels/.rels", "word/document.xml"})),
            FileType::docx);
  EXPECT_EQ(detect_file_type(zip_of({"[Content_Types].xml", "xl/workbook.xml"})), FileType::xlsx);
  EXPECT_EQ(detect_file_type(zip_of({"[Content_Types].xml", "ppt/presentation.xml"})),
            FileType::pptx);
}

TEST(MimeDetection, AWorkbookWrittenByLibxlsxwriterIsXlsx) {
  exports::XlsxWorkbook book;
  book.add_sheet("งบประมาณ").header({"โครงการ", "วงเงิน"});
  EXPECT_EQ(detect_file_type(book.bytes()), FileType::xlsx);
}

TEST(MimeDetection, AZipThatIsNotAnOfficeDocumentIsRefused) {
  EXPECT_EQ(detect_file_type(zip_of({"word/document.xml"})), std::nullopt);  // no content types
  EXPECT_EQ(detect_file_type(zip_of({"[Content_Types].xml", "setup.exe"})), std::nullopt);
  EXPECT_EQ(detect_file_type(zip_of({"readme.txt"})), std::nullopt);
}

TEST(MimeDetection, MacroEnabledOfficeFilesAreRefused) {
  EXPECT_EQ(
      detect_file_type(zip_of({"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"})),
      std::nullopt);
}

TEST(MimeDetection, ATruncatedZipIsRefused) {
  std::string z = zip_of({"[Content_Types].xml", "word/document.xml"});
  z.resize(z.size() - 5);
  EXPECT_EQ(detect_file_type(z), std::nullopt);
  // A central directory pointing past the end.
  std::string bad = zip_of({"[Content_Types].xml", "word/document.xml"});
  bad[bad.size() - 6] = '\x7F';
  EXPECT_EQ(detect_file_type(bad), std::nullopt);
}

TEST(MimeDetection, LegacyOfficeFilesByTheirMainStream) {
  EXPECT_EQ(detect_file_type(compound_file_with("WordDocument")), FileType::doc);
  EXPECT_EQ(detect_file_type(compound_file_with("Workbook")), FileType::xls);
  EXPECT_EQ(detect_file_type(compound_file_with("PowerPoint Document")), FileType::ppt);
  EXPECT_EQ(mime_of(FileType::doc), "application/msword");
  EXPECT_EQ(mime_of(FileType::xls), "application/vnd.ms-excel");
}

TEST(MimeDetection, OtherCompoundFilesSuchAsInstallersAreRefused) {
  EXPECT_EQ(detect_file_type(compound_file_with("\x05SummaryInformation")), std::nullopt);
  EXPECT_EQ(detect_file_type(compound_file_with("__substg1.0_0037001F")), std::nullopt);
}

TEST(MimeDetection, Utf8TextIsPlainText) {
  EXPECT_EQ(detect_file_type("บันทึกการประชุม\r\nวาระที่ 1\tรับทราบ\n"), FileType::text);
  EXPECT_EQ(detect_file_type("\xEF\xBB\xBFเลขที่,เรื่อง\n1,ซ่อมถนน\n"), FileType::text);
  EXPECT_EQ(mime_of(FileType::text), "text/plain; charset=utf-8");
}

TEST(MimeDetection, TextWithNulsOrInvalidUtf8IsRefused) {
  EXPECT_EQ(detect_file_type(std::string("abc\0def", 7)), std::nullopt);
  EXPECT_EQ(detect_file_type("\xBA\xD1\xB9\xB7\xD6\xA1"), std::nullopt);  // TIS-620 "บันทึก"
  EXPECT_EQ(detect_file_type("escape \x1B[31m"), std::nullopt);
  EXPECT_EQ(detect_file_type(""), std::nullopt);
  EXPECT_EQ(detect_file_type("\xEF\xBB\xBF"), std::nullopt);
}

TEST(MimeDetection, ExtensionsThatSuitEachType) {
  EXPECT_TRUE(extension_suits(FileType::jpeg, "jpg"));
  EXPECT_TRUE(extension_suits(FileType::jpeg, "jpeg"));
  EXPECT_FALSE(extension_suits(FileType::pdf, "jpg"));
  EXPECT_TRUE(extension_suits(FileType::text, "csv"));
  EXPECT_FALSE(extension_suits(FileType::text, "html"));
  EXPECT_FALSE(extension_suits(FileType::text, ""));
  EXPECT_EQ(canonical_extension(FileType::jpeg), "jpg");
  EXPECT_EQ(file_type_of_mime("application/pdf"), FileType::pdf);
  EXPECT_EQ(file_type_of_mime("text/html"), std::nullopt);
}

TEST(MimeDetection, TheRefusalNamesTheFieldAndListsWhatIsAccepted) {
  const Error e = unsupported_file_error();
  EXPECT_EQ(e.code, ErrorCode::invalid_argument);
  ASSERT_EQ(e.fields.count("file"), 1u);
  EXPECT_NE(e.fields.at("file").th.find("PDF"), std::string::npos);
  EXPECT_NE(e.fields.at("file").en.find("plain text"), std::string::npos);
}

}  // namespace
}  // namespace pao::files
