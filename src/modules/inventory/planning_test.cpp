#include "modules/inventory/planning.hpp"

#include "modules/inventory/agent_reports.hpp"
#include "modules/inventory/store.hpp"
#include "modules/inventory/testing.hpp"

namespace pao::inventory {
namespace {

class Planning : public testing::InventoryDbTest {
 protected:
  std::int64_t asset(const std::string& no, const std::string& bought, std::int64_t ram_mb,
                     const std::string& status = "in_use") {
    AssetFields f;
    f.asset_no = no;
    f.kind = "desktop";
    f.purchased_on = bought;
    f.ram_mb = ram_mb;
    f.status = status;
    return register_asset(conn(), at_, clerk_, f)->id;
  }
};

TEST_P(Planning, ProposesTheOldAndTheUnderpoweredAtTheReferencePrice) {
  ASSERT_TRUE(save_reference_spec(conn(), at_, clerk_,
                                  {2569, "desktop", 8192, 0, 7, 2'200'000, "เกณฑ์ 2569"})
                  .ok());
  ASSERT_TRUE(
      save_reference_spec(conn(), at_, clerk_, {2572, "desktop", 16384, 0, 5, 9'900'000, "future"})
          .ok());  // a later year's list is not used for 2570
  const auto old_one = asset("416-59-0001", "2016-05-01", 16384);
  const auto small = asset("416-68-0002", "2025-05-01", 4096);
  asset("416-68-0003", "2025-05-01", 16384);             // fine
  asset("416-59-0004", "2016-05-01", 4096, "disposed");  // disposed: left out
  const auto plan = plan_replacements(conn(), 2570);     // ends 2027-09-30
  ASSERT_EQ(plan.items.size(), 2u);
  EXPECT_EQ(plan.items[0].asset.id, old_one);
  EXPECT_TRUE(plan.items[0].too_old);
  EXPECT_EQ(plan.items[0].age_years, 11);
  EXPECT_EQ(plan.items[1].asset.id, small);
  EXPECT_TRUE(plan.items[1].below_spec);
  EXPECT_EQ(plan.total_satang, 4'400'000);
}

TEST_P(Planning, CountsTheMachinesReportingATrackedProduct) {
  ASSERT_TRUE(
      track_product(conn(), at_, clerk_, {0, "Microsoft Office", "microsoft office", 1, 0}).ok());
  for (const char* id : {"pc-a-2024", "pc-b-2024"}) {
    AgentMessage m;
    m.query = "INVENTORY";
    m.device_id = id;
    m.specs.kind = "desktop";
    m.software = {{"Microsoft Office Professional Plus 2019", "16.0", "Microsoft"}};
    ASSERT_TRUE(record_agent_report(conn(), at_, agent_, m).ok());
  }
  const auto counts = licence_counts(conn());
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].installed, 2);
  EXPECT_EQ(counts[0].owned, 1);
  EXPECT_EQ(
      track_product(conn(), at_, clerk_, {0, "Microsoft Office", "office", 1, 0}).error().code,
      ErrorCode::conflict);
}

INSTANTIATE_TEST_SUITE_P(Db, Planning, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::inventory
