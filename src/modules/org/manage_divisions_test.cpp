// Adding, editing and deactivating divisions, on both databases: what is stored, what the audit
// trail says, and what is refused.
#include "modules/org/manage_divisions.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/json.hpp>
#include <thread>

#include "modules/org/testing.hpp"

namespace pao::org {
namespace {

namespace json = boost::json;
using db::Backend;

class OrgDivisions : public testing::OrgDbTest {
 protected:
  static json::object changes_of(const audit::Entry& e) {
    return json::parse(e.changes).as_object();
  }
};

// `n` Thai characters (3 bytes each in UTF-8).
std::string thai_chars(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += "ก";
  return s;
}

NewDivision smart_city() {
  return {"smart_city", "กองเมืองอัจฉริยะ", "กองเมืองฯ", "Smart City Division", std::nullopt};
}

TEST_P(OrgDivisions, AddedDivisionIsActiveLastInOrderAndListedForPickers) {
  const auto added = add_division(conn(), at_, admin_, smart_city());
  ASSERT_TRUE(added.ok()) << added.error().message.en;
  EXPECT_EQ(added->code, "smart_city");
  EXPECT_TRUE(added->active);
  const auto all = list_divisions(conn());
  ASSERT_EQ(all.size(), 11u);
  EXPECT_EQ(all.back().code, "smart_city") << "a division without an order goes last";
  EXPECT_GT(all.back().sort_order, all[all.size() - 2].sort_order);
  const auto found = find_division(conn(), "smart_city");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->name_th, "กองเมืองอัจฉริยะ");
  EXPECT_EQ(found->short_name_th, "กองเมืองฯ");
  EXPECT_EQ(found->name_en, "Smart City Division");
}

TEST_P(OrgDivisions, AddingWritesOneAuditEntryWithEveryFieldAsAdded) {
  ASSERT_TRUE(add_division(conn(), at_, admin_, smart_city()).ok());
  const auto entries = testing::audit_entries(conn(), "division", "smart_city");
  ASSERT_EQ(entries.size(), 1u);
  const auto& e = entries[0];
  EXPECT_EQ(e.action, "org.division.create");
  EXPECT_EQ(e.actor_name, "somchai");
  EXPECT_EQ(e.actor_id, 7);
  EXPECT_EQ(e.request_id, "req-9");
  EXPECT_EQ(e.at, to_iso_utc(at_));
  const auto ch = changes_of(e);
  EXPECT_EQ(ch.size(), 6u);
  EXPECT_TRUE(ch.at("code").at("before").is_null());
  EXPECT_EQ(ch.at("code").at("after"), "smart_city");
  EXPECT_EQ(ch.at("name_th").at("after"), "กองเมืองอัจฉริยะ");
  EXPECT_EQ(ch.at("short_name_th").at("after"), "กองเมืองฯ");
  EXPECT_EQ(ch.at("name_en").at("after"), "Smart City Division");
  EXPECT_EQ(ch.at("active").at("after"), true);
  EXPECT_EQ(ch.at("sort_order").at("after"), find_division(conn(), "smart_city")->sort_order);
  EXPECT_TRUE(audit::verify_chain(conn()).intact);
}

TEST_P(OrgDivisions, GivenOrderIsKeptAndBlankShortNameBecomesTheThaiName) {
  NewDivision in = smart_city();
  in.short_name_th = "  ";
  in.sort_order = 5;
  const auto added = add_division(conn(), at_, admin_, in);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added->sort_order, 5);
  EXPECT_EQ(added->short_name_th, "กองเมืองอัจฉริยะ");
}

TEST_P(OrgDivisions, SurroundingSpacesAreTrimmedBeforeStoring) {
  NewDivision in{"  smart_city ", " กองเมืองอัจฉริยะ ", "", " Smart City Division\t", std::nullopt};
  const auto added = add_division(conn(), at_, admin_, in);
  ASSERT_TRUE(added.ok()) << added.error().message.en;
  EXPECT_EQ(added->code, "smart_city");
  EXPECT_EQ(find_division(conn(), "smart_city")->name_en, "Smart City Division");
}

TEST_P(OrgDivisions, MalformedCodeIsInvalidArgumentNamingCodeAndWritesNothing) {
  const auto audit_before = testing::audit_count(conn());
  for (const std::string& code : std::vector<std::string>{
           "Smart_city", "smartCity", "smart_City", "smart[city]", "1smart", "s", "smart city",
           "smart-city", "_smart", "กองใหม่", std::string(41, 'a'), "smart.city"}) {
    NewDivision in = smart_city();
    in.code = code;
    const auto r = add_division(conn(), at_, admin_, in);
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << code;
    ASSERT_EQ(r.error().fields.count("code"), 1u) << code;
    EXPECT_EQ(r.error().fields.size(), 1u) << code << ": only the code is wrong";
    EXPECT_NE(r.error().fields.at("code").en.find("lower-case"), std::string::npos);
    EXPECT_NE(r.error().fields.at("code").th.find("ตัวพิมพ์เล็ก"), std::string::npos);
  }
  EXPECT_EQ(list_divisions(conn(), true).size(), 10u);
  EXPECT_EQ(testing::audit_count(conn()), audit_before);
}

TEST_P(OrgDivisions, ShortestAndLongestCodesAreAccepted) {
  NewDivision in = smart_city();
  in.code = "ab";
  EXPECT_TRUE(add_division(conn(), at_, admin_, in).ok());
  in.code = "a" + std::string(38, 'b') + "9";
  ASSERT_EQ(in.code.size(), 40u);
  EXPECT_TRUE(add_division(conn(), at_, admin_, in).ok());
}

TEST_P(OrgDivisions, EveryMissingFieldIsNamedInThaiAndEnglish) {
  const auto r = add_division(conn(), at_, admin_, {"", " ", "", "", std::nullopt});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  for (const char* field : {"code", "name_th", "name_en"}) {
    ASSERT_EQ(r.error().fields.count(field), 1u) << field;
    EXPECT_EQ(r.error().fields.at(field).th, "ต้องระบุ") << field;
    EXPECT_EQ(r.error().fields.at(field).en, "is required") << field;
  }
}

TEST_P(OrgDivisions, TooLongNameAndOutOfRangeOrderAreNamed) {
  NewDivision in = smart_city();
  in.name_th = thai_chars(201);
  in.sort_order = -1;
  const auto r = add_division(conn(), at_, admin_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.count("name_th"), 1u);
  EXPECT_EQ(r.error().fields.count("sort_order"), 1u);
  in.name_th = thai_chars(200);  // 600 bytes, but 200 characters: fine
  in.sort_order = 0;
  EXPECT_TRUE(add_division(conn(), at_, admin_, in).ok());
}

TEST_P(OrgDivisions, ExistingCodeIsAConflictNamingTheDivisionAndChangesNothing) {
  const auto audit_before = testing::audit_count(conn());
  NewDivision in = smart_city();
  in.code = "finance";
  const auto r = add_division(conn(), at_, admin_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_NE(r.error().message.th.find("กองคลัง"), std::string::npos) << r.error().message.th;
  EXPECT_NE(r.error().message.en.find("already exists"), std::string::npos);
  EXPECT_EQ(r.error().fields.count("code"), 1u);
  EXPECT_EQ(find_division(conn(), "finance")->name_th, "กองคลัง");
  EXPECT_EQ(testing::audit_count(conn()), audit_before);
}

TEST_P(OrgDivisions, CodeOfAnInactiveDivisionCannotBeReused) {
  ASSERT_TRUE(update_division(conn(), at_, admin_, "finance", {.active = false}).ok());
  NewDivision in = smart_city();
  in.code = "finance";
  const auto r = add_division(conn(), at_, admin_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_NE(r.error().message.en.find("inactive"), std::string::npos) << r.error().message.en;
}

TEST_P(OrgDivisions, EditAuditsOnlyTheChangedFieldsWithBeforeAndAfter) {
  const auto r =
      update_division(conn(), at_, admin_, "finance",
                      {.name_th = "กองคลัง", .name_en = "Treasury Division", .sort_order = 35});
  ASSERT_TRUE(r.ok()) << r.error().message.en;
  EXPECT_EQ(r->code, "finance");
  EXPECT_EQ(r->name_en, "Treasury Division");
  EXPECT_EQ(find_division(conn(), "finance")->sort_order, 35);
  const auto entries = testing::audit_entries(conn(), "division", "finance");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "org.division.update");
  const auto ch = changes_of(entries[0]);
  EXPECT_EQ(ch.size(), 2u) << entries[0].changes << ": name_th was sent but did not change";
  EXPECT_EQ(ch.at("name_en").at("before"), "Finance Division");
  EXPECT_EQ(ch.at("name_en").at("after"), "Treasury Division");
  EXPECT_EQ(ch.at("sort_order").at("before"), 4);
  EXPECT_EQ(ch.at("sort_order").at("after"), 35);
}

TEST_P(OrgDivisions, DeactivatingHidesFromPickersButFindAndHistoryStillAnswer) {
  ASSERT_TRUE(update_division(conn(), at_, admin_, "finance", {.active = false}).ok());
  for (const auto& d : list_divisions(conn())) EXPECT_NE(d.code, "finance");
  EXPECT_EQ(list_divisions(conn(), true).size(), 10u) << "never deleted";
  const auto found = find_division(conn(), "finance");
  ASSERT_TRUE(found.has_value());
  EXPECT_FALSE(found->active);
  const auto entries = testing::audit_entries(conn(), "division", "finance");
  ASSERT_EQ(entries.size(), 1u);
  const auto ch = changes_of(entries[0]);
  EXPECT_EQ(ch.size(), 1u);
  EXPECT_EQ(ch.at("active").at("before"), true);
  EXPECT_EQ(ch.at("active").at("after"), false);

  ASSERT_TRUE(update_division(conn(), at_, admin_, "finance", {.active = true}).ok());
  EXPECT_TRUE(find_division(conn(), "finance")->active);
  EXPECT_EQ(testing::audit_entries(conn(), "division", "finance").size(), 2u);
}

TEST_P(OrgDivisions, AnEditThatChangesNothingWritesNoAuditEntry) {
  const auto audit_before = testing::audit_count(conn());
  const auto r =
      update_division(conn(), at_, admin_, "finance", {.name_th = " กองคลัง ", .active = true});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(testing::audit_count(conn()), audit_before);
}

TEST_P(OrgDivisions, BlankShortNameOnEditBecomesTheNewThaiName) {
  const auto r = update_division(conn(), at_, admin_, "strategy_budget",
                                 {.name_th = "กองแผนและงบประมาณ", .short_name_th = ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->short_name_th, "กองแผนและงบประมาณ");
}

TEST_P(OrgDivisions, BlankThaiNameOnEditIsRefusedNamingIt) {
  const auto r = update_division(conn(), at_, admin_, "finance", {.name_th = " "});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(r.error().fields.count("name_th"), 1u);
  EXPECT_EQ(find_division(conn(), "finance")->name_th, "กองคลัง");
}

TEST_P(OrgDivisions, EditingAnUnknownCodeIsNotFound) {
  const auto r = update_division(conn(), at_, admin_, "no_such", {.name_th = "x"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  EXPECT_NE(r.error().message.en.find("no_such"), std::string::npos);
}

TEST_P(OrgDivisions, LastWriteWinsAndEachEntryRecordsWhatItReplaced) {
  audit::Actor other{audit::ActorKind::user, 8, "malee", "req-10", "10.0.0.6"};
  ASSERT_TRUE(update_division(conn(), at_, admin_, "finance", {.name_en = "First"}).ok());
  ASSERT_TRUE(update_division(conn(), at_, other, "finance", {.name_en = "Second"}).ok());
  EXPECT_EQ(find_division(conn(), "finance")->name_en, "Second");
  const auto entries = testing::audit_entries(conn(), "division", "finance");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].actor_name, "malee");
  EXPECT_EQ(changes_of(entries[1]).at("name_en").at("before"), "First");
}

TEST_P(OrgDivisions, AdminsAddingTheSameCodeAtOnceGetOneDivisionAndConflicts) {
  constexpr int kAdmins = 6;
  std::atomic<int> ready{0}, added{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kAdmins; ++i) {
    threads.emplace_back([&, i] {
      auto lease = db_->acquire();
      NewDivision in = smart_city();
      in.name_en = "Admin " + std::to_string(i);
      ++ready;
      while (ready < kAdmins) std::this_thread::yield();
      const auto r = add_division(lease.conn(), at_, admin_, in);
      if (r.ok()) {
        ++added;
      } else if (r.error().code == ErrorCode::conflict && r.error().fields.count("code")) {
        ++conflicts;
      } else {
        ++other;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(added, 1);
  EXPECT_EQ(conflicts, kAdmins - 1);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(testing::audit_entries(conn(), "division", "smart_city").size(), 1u);
  EXPECT_TRUE(audit::verify_chain(conn()).intact);
}

INSTANTIATE_TEST_SUITE_P(, OrgDivisions, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::org
