#include "modules/inventory/contracts.hpp"

#include "modules/inventory/assets.hpp"
#include "modules/inventory/testing.hpp"

namespace pao::inventory {
namespace {

using testing::InventoryDbTest;

ContractFields a_contract(const std::string& no = "45/2569") {
  ContractFields f;
  f.egp_no = "66019123456";
  f.contract_no = no;
  f.contractor_name = "บริษัท ลำพูนคอมพิวเตอร์ จำกัด";
  f.contractor_tax_id = "0105536000313";
  f.subject = "ซื้อเครื่องคอมพิวเตอร์ 3 ชุด";
  f.value_satang = 7'200'000;
  f.accepted_on = "2026-01-15";
  f.warranty_months = 24;
  f.division_code = "education";
  return f;
}

TEST(TaxId, AcceptsThirteenDigitsWithTheRightCheckDigit) {
  EXPECT_TRUE(is_valid_tax_id("0105536000313"));
  EXPECT_TRUE(is_valid_tax_id("3100600445406"));
}

TEST(TaxId, RefusesAWrongCheckDigitOrLength) {
  EXPECT_FALSE(is_valid_tax_id("0105536000315"));
  EXPECT_FALSE(is_valid_tax_id("010553600031"));
  EXPECT_FALSE(is_valid_tax_id("01055360003a5"));
  EXPECT_FALSE(is_valid_tax_id(""));
}

TEST(WarrantyEnd, AddsMonthsAndClampsToTheEndOfAShortMonth) {
  EXPECT_EQ(add_months(Date{2026, 1, 15}, 24), (Date{2028, 1, 15}));
  EXPECT_EQ(add_months(Date{2026, 8, 31}, 6), (Date{2027, 2, 28}));
  EXPECT_EQ(add_months(Date{2027, 8, 31}, 6), (Date{2028, 2, 29}));
  EXPECT_EQ(add_months(Date{2026, 11, 30}, 1), (Date{2026, 12, 30}));
}

class Contracts : public InventoryDbTest {};

TEST_P(Contracts, RegisteringComputesTheWarrantyEndAndAudits) {
  auto c = register_contract(conn(), at_, clerk_, a_contract());
  ASSERT_TRUE(c.ok()) << c.error().message.en;
  EXPECT_EQ(c->warranty_ends_on, "2028-01-15");
  const auto entries = audit::find_entries(conn(), {.entity_type = "contract"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "inventory.contract.create");
}

TEST_P(Contracts, ABadTaxIdIsRefusedNamingTheField) {
  auto f = a_contract();
  f.contractor_tax_id = "0105536000315";
  auto c = register_contract(conn(), at_, clerk_, f);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, ErrorCode::invalid_argument);
  EXPECT_TRUE(c.error().fields.count("contractor_tax_id"));
  EXPECT_EQ(count("inventory_contract"), 0);
}

TEST_P(Contracts, ADuplicateNumberIsAConflict) {
  ASSERT_TRUE(register_contract(conn(), at_, clerk_, a_contract()).ok());
  auto again = register_contract(conn(), at_, clerk_, a_contract());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

TEST_P(Contracts, AssetsTakeTheContractsWarrantyEndAndFollowACorrection) {
  auto c = register_contract(conn(), at_, clerk_, a_contract());
  ASSERT_TRUE(c.ok());
  AssetFields a;
  a.asset_no = "416-69-0001";
  a.kind = "desktop";
  a.contract_id = c->id;
  a.warranty_ends_on = "2030-01-01";  // ignored: the contract's end wins
  auto asset = register_asset(conn(), at_, clerk_, a);
  ASSERT_TRUE(asset.ok()) << asset.error().message.en;
  EXPECT_EQ(asset->f.warranty_ends_on, "2028-01-15");

  auto changed = c->f;
  changed.accepted_on = "2026-02-01";
  auto updated = update_contract(conn(), at_, clerk_, c->id, changed);
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->warranty_ends_on, "2028-02-01");
  EXPECT_EQ(find_asset(conn(), asset->id)->f.warranty_ends_on, "2028-02-01");
  const auto history = asset_history(conn(), asset->id);
  ASSERT_EQ(history.size(), 2u);  // created, then moved with the contract
  EXPECT_NE(history[0].changes.find("2028-02-01"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Db, Contracts, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::inventory
