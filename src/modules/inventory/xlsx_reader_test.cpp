#include "modules/inventory/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include "modules/inventory/asset_import.hpp"
#include "modules/inventory/assets.hpp"
#include "modules/inventory/testing.hpp"
#include "platform/export/xlsx.hpp"

namespace pao::inventory {
namespace {

std::string workbook() {
  exports::XlsxWorkbook book;
  auto& sheet = book.add_sheet("ครุภัณฑ์");
  sheet.header({"asset_no", "kind", "brand", "price", "purchased_on", "ram_mb"});
  sheet.row({std::string("416-66-0012"), std::string("desktop"), std::string("เลอโนโว"),
             Satang(2'400'050), Date{2023, 1, 15}, std::int64_t{8192}});
  sheet.row({std::string("416-66-0013"), std::string("printer"), std::string("HP"),
             std::monostate{}, std::monostate{}, std::monostate{}});
  return book.bytes();
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

class XlsxImport : public testing::InventoryDbTest {};

TEST_P(XlsxImport, AWorkbookImportsLikeACsv) {
  auto rows = read_first_sheet(workbook());
  ASSERT_TRUE(rows.ok());
  const auto out = import_assets(conn(), at_, clerk_, *rows);
  ASSERT_TRUE(out.problems.empty()) << out.problems[0].column << " " << out.problems[0].why.en;
  EXPECT_EQ(out.imported, 2);
  const auto listed = list_assets(conn(), {.serial = "", .hostname = "", .kind = "desktop"}, {}, 5);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].f.purchased_on, "2023-01-15");
  EXPECT_EQ(listed[0].f.price_satang, 2'400'050);
  EXPECT_EQ(listed[0].f.ram_mb, 8192);
}

INSTANTIATE_TEST_SUITE_P(Db, XlsxImport, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::inventory
