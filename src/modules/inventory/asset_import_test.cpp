#include "modules/inventory/asset_import.hpp"

#include "modules/inventory/assets.hpp"
#include "modules/inventory/testing.hpp"

namespace pao::inventory {
namespace {

class AssetImport : public testing::InventoryDbTest {};

const std::vector<std::string> kHeader = {"asset_no", "kind",         "brand",
                                          "price",    "purchased_on", "division_code"};

TEST_P(AssetImport, AGoodFileRegistersEveryRowWithItsAuditEntry) {
  const auto out =
      import_assets(conn(), at_, clerk_,
                    {kHeader,
                     {"416-66-0001", "desktop", "Acer", "24,000.00", "15/01/2566", "education"},
                     {"416-66-0002", "printer", "HP", "8500", "2023-01-15", ""},
                     {"", "", "", "", "", ""}});
  EXPECT_TRUE(out.problems.empty());
  EXPECT_EQ(out.imported, 2);
  EXPECT_EQ(count("inventory_asset"), 2);
  const auto one = list_assets(conn(), {.serial = "", .hostname = "", .kind = "desktop"}, {}, 10);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].f.price_satang, 2'400'000);
  EXPECT_EQ(one[0].f.purchased_on, "2023-01-15");
  EXPECT_EQ(count("platform_audit_entry WHERE action = 'inventory.asset.create'"), 2);
}

TEST_P(AssetImport, OneBadRowImportsNothingAndEachProblemNamesItsRowAndColumn) {
  ASSERT_TRUE(register_asset(conn(), at_, clerk_, {.asset_no = "416-66-0009"}).ok());
  const auto out = import_assets(conn(), at_, clerk_,
                                 {kHeader,
                                  {"416-66-0001", "desktop", "Acer", "100", "", ""},
                                  {"416-66-0001", "laptop", "HP", "abc", "31/02/2566", "nowhere"},
                                  {"416-66-0009", "desktop", "HP", "1", "", ""}});
  EXPECT_EQ(out.imported, 0);
  EXPECT_EQ(count("inventory_asset"), 1);
  std::set<std::string> seen;
  for (const auto& p : out.problems) seen.insert(std::to_string(p.row) + ":" + p.column);
  EXPECT_EQ(seen, (std::set<std::string>{"3:asset_no", "3:kind", "3:price", "3:purchased_on",
                                         "3:division_code", "4:asset_no"}));
}

TEST_P(AssetImport, AnUnknownColumnIsRefusedBeforeAnyRow) {
  const auto out =
      import_assets(conn(), at_, clerk_, {{"asset_no", "colour"}, {"416-66-0001", "red"}});
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_EQ(out.problems[0].row, 1);
  EXPECT_EQ(out.problems[0].column, "colour");
}

INSTANTIATE_TEST_SUITE_P(Db, AssetImport, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::inventory
