#include "platform/export/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <utility>

#include "platform/export/xlsx.hpp"

namespace pao::exports {
namespace {

std::string workbook() {
  XlsxWorkbook book;
  auto& sheet = book.add_sheet("ครุภัณฑ์");
  sheet.header({"asset_no", "kind", "brand", "price", "purchased_on", "ram_mb"});
  sheet.row({std::string("416-66-0012"), std::string("desktop"), std::string("เลอโนโว"),
             Satang(2'400'050), Date{2023, 1, 15}, std::int64_t{8192}});
  sheet.row({std::string("416-66-0013"), std::string("printer"), std::string("HP"),
             std::monostate{}, std::monostate{}, std::monostate{}});
  return book.bytes();
}

// A ZIP of stored (uncompressed) parts, as a minimal writer might produce.
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  auto le = [](std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  std::string zip, directory;
  for (const auto& [name, data] : parts) {
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    const auto offset = static_cast<std::uint32_t>(zip.size());
    const auto size = static_cast<std::uint32_t>(data.size());
    const auto nlen = static_cast<std::uint32_t>(name.size());
    le(zip, 0x04034b50, 4), le(zip, 20, 2), le(zip, 0, 2), le(zip, 0, 2), le(zip, 0, 4);
    le(zip, crc, 4), le(zip, size, 4), le(zip, size, 4), le(zip, nlen, 2), le(zip, 0, 2);
    zip += name + data;
    le(directory, 0x02014b50, 4), le(directory, 20, 2), le(directory, 20, 2);
    le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 4), le(directory, crc, 4);
    le(directory, size, 4), le(directory, size, 4), le(directory, nlen, 2), le(directory, 0, 2);
    le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 4);
    le(directory, offset, 4);
    directory += name;
  }
  const auto at = static_cast<std::uint32_t>(zip.size());
  zip += directory;
  le(zip, 0x06054b50, 4), le(zip, 0, 2), le(zip, 0, 2);
  le(zip, static_cast<std::uint32_t>(parts.size()), 2);
  le(zip, static_cast<std::uint32_t>(parts.size()), 2);
  le(zip, static_cast<std::uint32_t>(directory.size()), 4), le(zip, at, 4), le(zip, 0, 2);
  return zip;
}

std::string sheet_xml(const std::string& rows) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

TEST(XlsxReader, ReadsTheFirstSheetsTextNumbersAndDates) {
  const std::string bytes = workbook();
  ASSERT_TRUE(looks_like_xlsx(bytes));
  auto rows = read_first_sheet(bytes);
  ASSERT_TRUE(rows.ok()) << rows.error().internal;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0][0], "asset_no");
  EXPECT_EQ((*rows)[1][2], "เลอโนโว");
  EXPECT_EQ((*rows)[1][3], "24000.5");
  EXPECT_EQ((*rows)[1][4], "44941");  // 2023-01-15 as Excel's serial number
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  EXPECT_FALSE(read_first_sheet("PK\x03\x04 not really a zip").ok());
  EXPECT_FALSE(read_first_sheet("asset_no,kind\n").ok());
  const std::string bytes = workbook();
  EXPECT_FALSE(read_first_sheet(bytes.substr(0, bytes.size() / 2)).ok());
}

TEST(XlsxReader, TheFirstSheetIsTheWorkbooksFirstTabNotSheet1Xml) {
  // The user moved the tab "โครงการ" (stored as sheet2.xml) in front of "เก่า" (sheet1.xml).
  const std::string book =
      R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
      R"(<sheet name="โครงการ" sheetId="2" r:id="rId7"/><sheet name="เก่า" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  const std::string rels =
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>)"
      R"(<Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>)";
  const std::string zip = stored_zip(
      {{"xl/workbook.xml", book},
       {"xl/_rels/workbook.xml.rels", rels},
       {"xl/worksheets/sheet1.xml",
        sheet_xml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>old</t></is></c></row>)")},
       {"xl/worksheets/sheet2.xml",
        sheet_xml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>new</t></is></c></row>)")}});
  ASSERT_TRUE(looks_like_xlsx(zip));
  auto rows = read_first_sheet(zip);
  ASSERT_TRUE(rows.ok()) << rows.error().internal;
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0][0], "new");
}

TEST(XlsxReader, RowsKeepTheSpreadsheetsNumberingAcrossEmptyRows) {
  const std::string zip = stored_zip(
      {{"xl/worksheets/sheet1.xml", sheet_xml(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"
                                              R"(<row r="4"><c r="B4"><v>4</v></c></row>)")}});
  auto rows = read_first_sheet(zip);
  ASSERT_TRUE(rows.ok()) << rows.error().internal;
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_TRUE((*rows)[1].empty());
  EXPECT_TRUE((*rows)[2].empty());
  EXPECT_EQ((*rows)[3], (std::vector<std::string>{"", "4"}));
}

}  // namespace
}  // namespace pao::exports
