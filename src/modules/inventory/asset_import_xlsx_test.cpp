// An asset list saved from Excel imports like the same list as CSV, on both databases.
#include <gtest/gtest.h>

#include "modules/inventory/asset_import.hpp"
#include "modules/inventory/assets.hpp"
#include "modules/inventory/testing.hpp"
#include "platform/export/xlsx.hpp"
#include "platform/export/xlsx_reader.hpp"

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

class XlsxImport : public testing::InventoryDbTest {};

TEST_P(XlsxImport, AWorkbookImportsLikeACsv) {
  auto rows = exports::read_first_sheet(workbook());
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
