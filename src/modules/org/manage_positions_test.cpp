// Adding, editing and deactivating positions, on both databases.
#include "modules/org/manage_positions.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "modules/org/testing.hpp"

namespace pao::org {
namespace {

namespace json = boost::json;
using db::Backend;

class OrgPositions : public testing::OrgDbTest {};

NewPosition data_analyst() {
  return {"data_analyst", "นักวิเคราะห์ข้อมูล", "Data Analyst", std::nullopt};
}

TEST_P(OrgPositions, AddedPositionIsListedLastAndAuditedFieldByField) {
  const auto added = add_position(conn(), at_, admin_, data_analyst());
  ASSERT_TRUE(added.ok()) << added.error().message.en;
  EXPECT_EQ(added->sort_order, 210) << "after contract_employee (200)";
  EXPECT_EQ(list_positions(conn()).back().code, "data_analyst");
  const auto entries = testing::audit_entries(conn(), "position", "data_analyst");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "org.position.create");
  EXPECT_EQ(entries[0].actor_name, "somchai");
  const auto ch = json::parse(entries[0].changes).as_object();
  EXPECT_EQ(ch.size(), 5u);
  EXPECT_TRUE(ch.at("name_th").at("before").is_null());
  EXPECT_EQ(ch.at("name_th").at("after"), "นักวิเคราะห์ข้อมูล");
  EXPECT_EQ(ch.at("sort_order").at("after"), 210);
  EXPECT_EQ(ch.at("active").at("after"), true);
}

TEST_P(OrgPositions, MalformedCodeIsInvalidArgumentNamingCode) {
  NewPosition in = data_analyst();
  in.code = "Data Analyst";
  const auto r = add_position(conn(), at_, admin_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(r.error().fields.count("code"), 1u);
  EXPECT_FALSE(find_position(conn(), "Data Analyst").has_value());
}

TEST_P(OrgPositions, ExistingCodeIsAConflictNamingThePosition) {
  NewPosition in = data_analyst();
  in.code = "engineer";
  const auto before = testing::audit_count(conn());
  const auto r = add_position(conn(), at_, admin_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_NE(r.error().message.th.find("วิศวกรโยธา"), std::string::npos) << r.error().message.th;
  EXPECT_EQ(r.error().fields.count("code"), 1u);
  EXPECT_EQ(find_position(conn(), "engineer")->name_en, "Civil Engineer");
  EXPECT_EQ(testing::audit_count(conn()), before);
}

TEST_P(OrgPositions, RenamingAndDeactivatingAuditsBeforeAndAfterAndKeepsTheRecord) {
  const auto r = update_position(conn(), at_, admin_, "computer_officer",
                                 {.name_en = "Computer Officer", .active = false});
  ASSERT_TRUE(r.ok()) << r.error().message.en;
  EXPECT_EQ(r->code, "computer_officer");
  for (const auto& p : list_positions(conn())) EXPECT_NE(p.code, "computer_officer");
  const auto kept = find_position(conn(), "computer_officer");
  ASSERT_TRUE(kept.has_value());
  EXPECT_FALSE(kept->active);
  EXPECT_EQ(kept->name_en, "Computer Officer");
  const auto entries = testing::audit_entries(conn(), "position", "computer_officer");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "org.position.update");
  const auto ch = json::parse(entries[0].changes).as_object();
  EXPECT_EQ(ch.size(), 2u);
  EXPECT_EQ(ch.at("name_en").at("before"), "Computer Operator");
  EXPECT_EQ(ch.at("name_en").at("after"), "Computer Officer");
  EXPECT_EQ(ch.at("active").at("before"), true);
  EXPECT_EQ(ch.at("active").at("after"), false);
}

TEST_P(OrgPositions, BadEditIsRefusedFieldByFieldAndChangesNothing) {
  const auto r =
      update_position(conn(), at_, admin_, "engineer", {.name_th = "", .sort_order = 1'000'001});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(r.error().fields.count("name_th"), 1u);
  EXPECT_EQ(r.error().fields.count("sort_order"), 1u);
  EXPECT_EQ(find_position(conn(), "engineer")->name_th, "วิศวกรโยธา");
  EXPECT_TRUE(testing::audit_entries(conn(), "position", "engineer").empty());
}

TEST_P(OrgPositions, EditingAnUnknownCodeIsNotFound) {
  const auto r = update_position(conn(), at_, admin_, "astronaut", {.active = false});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(, OrgPositions, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::org
