// The org module's JSON API through the dispatcher, on both databases: status codes, bodies,
// field errors, the audit entry's actor, public paging, and the CSRF rule for cookie sessions.
#include <gtest/gtest.h>

#include "modules/org/api.hpp"
#include "modules/org/route_testing.hpp"
#include "platform/http/pagination.hpp"

namespace pao::org {
namespace {

namespace json = boost::json;
using testing::Contains;

class OrgApi : public testing::OrgRouteTest {};

const json::object kSmartCity{{"code", "smart_city"},
                              {"name_th", "กองเมืองอัจฉริยะ"},
                              {"name_en", "Smart City Division"},
                              {"sort_order", 15}};

TEST_P(OrgApi, AddingADivisionAnswers201WithItAndAuditsTheTokenThatDidIt) {
  use_api_token();
  const auto r = send_json("POST", "/api/v1/org/divisions", kSmartCity);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto d = body_json(r).as_object();
  EXPECT_EQ(d.at("code"), "smart_city");
  EXPECT_EQ(d.at("short_name_th"), "กองเมืองอัจฉริยะ") << "blank short name: the Thai name";
  EXPECT_EQ(d.at("sort_order"), 15);
  EXPECT_EQ(d.at("active"), true);
  auto c = conn();
  const auto entries = testing::audit_entries(c.conn(), "division", "smart_city");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "org.division.create");
  EXPECT_EQ(entries[0].actor_kind, "token");
  EXPECT_EQ(entries[0].actor_name, "hr-sync");
  EXPECT_EQ(entries[0].request_id, "req-test");
  EXPECT_EQ(entries[0].client_ip, "10.1.1.1");
  EXPECT_EQ(entries[0].at, to_iso_utc(clock_.now()));
}

TEST_P(OrgApi, AddingAnExistingCodeAnswers409SayingWhichDivisionHasIt) {
  json::object finance = kSmartCity;
  finance["code"] = "finance";
  const auto th = send_json("POST", "/api/v1/org/divisions", finance);
  ASSERT_EQ(th.status, 409) << th.body;
  const auto err = body_json(th).at("error");
  EXPECT_EQ(err.at("code"), "conflict");
  EXPECT_TRUE(Contains(std::string(err.at("message").as_string()), "กองคลัง"));
  EXPECT_EQ(err.at("fields").at("code"), "มีอยู่แล้ว");
  const auto en = send_json("POST", "/api/v1/org/divisions", finance, {{"Cookie", "lang=en"}});
  EXPECT_TRUE(Contains(std::string(body_json(en).at("error").at("message").as_string()),
                       "A division with the code “finance” already exists"));
}

TEST_P(OrgApi, ABadBodyAnswers400NamingEveryBadFieldAtOnce) {
  const auto r = send_json("POST", "/api/v1/org/divisions",
                           json::object{{"code", "Smart City"}, {"name_th", 5}, {"colour", "red"}});
  ASSERT_EQ(r.status, 400) << r.body;
  const auto fields = body_json(r).at("error").at("fields").as_object();
  EXPECT_TRUE(fields.contains("code"));
  EXPECT_EQ(fields.at("name_th"), "ต้องเป็นข้อความ");
  EXPECT_EQ(fields.at("name_en"), "ต้องระบุ");
  EXPECT_TRUE(fields.contains("colour"));
  EXPECT_FALSE(find_division(conn().conn(), "smart_city").has_value());
}

TEST_P(OrgApi, BadCodeIsNamedInEnglishForAnEnglishCaller) {
  json::object bad = kSmartCity;
  bad["code"] = "9lives";
  const auto r = send_json("POST", "/api/v1/org/divisions", bad, {{"Cookie", "lang=en"}});
  ASSERT_EQ(r.status, 400);
  const auto fields = body_json(r).at("error").at("fields").as_object();
  EXPECT_EQ(fields.size(), 1u);
  EXPECT_TRUE(Contains(std::string(fields.at("code").as_string()), "lower-case"));
}

TEST_P(OrgApi, PatchChangesOnlyWhatIsSentAndDeactivatingHidesFromThePublicList) {
  const auto r = send_json("PATCH", "/api/v1/org/divisions/finance",
                           json::object{{"name_en", "Treasury Division"}, {"active", false}});
  ASSERT_EQ(r.status, 200) << r.body;
  const auto d = body_json(r).as_object();
  EXPECT_EQ(d.at("name_en"), "Treasury Division");
  EXPECT_EQ(d.at("name_th"), "กองคลัง");
  EXPECT_EQ(d.at("active"), false);
  const auto list = body_json(get("/api/v1/org/divisions")).at("items").as_array();
  EXPECT_EQ(list.size(), 9u);
  for (const auto& item : list) EXPECT_NE(item.at("code"), "finance");
}

TEST_P(OrgApi, PatchMayRepeatTheCodeButNotChangeIt) {
  const auto rename = send_json("PATCH", "/api/v1/org/divisions/finance",
                                json::object{{"code", "treasury"}, {"sort_order", 45}});
  ASSERT_EQ(rename.status, 400) << rename.body;
  EXPECT_TRUE(body_json(rename).at("error").at("fields").as_object().contains("code"));
  EXPECT_EQ(find_division(conn().conn(), "finance")->sort_order, 4) << "nothing applied";
  const auto same = send_json("PATCH", "/api/v1/org/divisions/finance",
                              json::object{{"code", "finance"}, {"sort_order", 45}});
  EXPECT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(find_division(conn().conn(), "finance")->sort_order, 45);
}

TEST_P(OrgApi, PatchOfAnUnknownCodeAnswers404) {
  const auto r = send_json("PATCH", "/api/v1/org/divisions/ghost", json::object{{"active", false}});
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(body_json(r).at("error").at("code"), "not_found");
}

TEST_P(OrgApi, PositionsArePublicAndPageWithoutSkipsOrRepeats) {
  sign_out();
  std::vector<std::string> seen;
  std::string target = "/api/v1/org/positions?limit=4";
  int pages = 0;
  while (true) {
    const auto r = get(target);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto page = body_json(r).as_object();
    const auto& items = page.at("items").as_array();
    EXPECT_LE(items.size(), 4u);
    for (const auto& p : items) seen.emplace_back(p.at("code").as_string());
    ++pages;
    if (page.at("next_cursor").is_null()) break;
    ASSERT_LT(pages, 10);
    target =
        "/api/v1/org/positions?limit=4&cursor=" + std::string(page.at("next_cursor").as_string());
  }
  std::vector<std::string> expected;
  for (const auto& p : list_positions(conn().conn())) expected.push_back(p.code);
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(pages, 4) << "15 positions, 4 a page";
  const auto all = body_json(get("/api/v1/org/positions")).as_object();
  EXPECT_EQ(all.at("items").as_array().size(), 15u);
  EXPECT_TRUE(all.at("next_cursor").is_null());
  EXPECT_EQ(all.at("items").at(0).at("code"), "chief_executive");
}

TEST_P(OrgApi, ABadLimitOrCursorAnswers400NamingIt) {
  sign_out();
  const auto limit = get("/api/v1/org/positions?limit=0");
  ASSERT_EQ(limit.status, 400);
  EXPECT_TRUE(body_json(limit).at("error").at("fields").as_object().contains("limit"));
  for (const std::string& cursor : std::vector<std::string>{"%%%", http::encode_cursor("no-colon"),
                                                            http::encode_cursor("x:engineer")}) {
    const auto r = get("/api/v1/org/positions?cursor=" + cursor);
    ASSERT_EQ(r.status, 400) << cursor;
    EXPECT_TRUE(body_json(r).at("error").at("fields").as_object().contains("cursor")) << cursor;
  }
}

TEST_P(OrgApi, APositionAddedAndLaterDeactivatedLeavesThePublicList) {
  const auto added = send_json(
      "POST", "/api/v1/org/positions",
      json::object{
          {"code", "data_analyst"}, {"name_th", "นักวิเคราะห์ข้อมูล"}, {"name_en", "Data Analyst"}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(body_json(added).at("sort_order"), 210);
  auto codes = [this] {
    std::vector<std::string> out;
    const json::value page = body_json(get("/api/v1/org/positions"));
    for (const auto& p : page.at("items").as_array()) out.emplace_back(p.at("code").as_string());
    return out;
  };
  EXPECT_EQ(codes().back(), "data_analyst");
  const auto off =
      send_json("PATCH", "/api/v1/org/positions/data_analyst", json::object{{"active", false}});
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(codes().back(), "contract_employee");
  EXPECT_EQ(
      send_json("POST", "/api/v1/org/positions",
                json::object{{"code", "data_analyst"}, {"name_th", "อีกครั้ง"}, {"name_en", "Again"}})
          .status,
      409);
  EXPECT_EQ(
      send_json("PATCH", "/api/v1/org/positions/ghost", json::object{{"active", true}}).status,
      404);
}

TEST_P(OrgApi, PatchingTheProfileShowsOnThePublicProfile) {
  const auto r = send_json(
      "PATCH", "/api/v1/org/profile",
      json::object{{"name_th", "องค์การบริหารส่วนจังหวัดเชียงใหม่"}, {"short_name_en", "Chiang Mai PAO"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_json(r).at("short_name_en"), "Chiang Mai PAO");
  const auto shown = body_json(get("/api/v1/org/profile"));
  EXPECT_EQ(shown.at("name_th"), "องค์การบริหารส่วนจังหวัดเชียงใหม่");
  EXPECT_EQ(shown.at("name_en"), "Lamphun Provincial Administrative Organization");
  auto c = conn();
  EXPECT_EQ(testing::audit_entries(c.conn(), "profile", "1").size(), 1u);
}

TEST_P(OrgApi, ABlankProfileNameOrAnUnknownFieldAnswers400) {
  const auto r =
      send_json("PATCH", "/api/v1/org/profile", json::object{{"name_th", ""}, {"mayor", "x"}});
  ASSERT_EQ(r.status, 400) << r.body;
  const auto fields = body_json(r).at("error").at("fields").as_object();
  EXPECT_EQ(fields.at("name_th"), "ต้องระบุ");
  EXPECT_TRUE(fields.contains("mayor"));
  EXPECT_EQ(body_json(get("/api/v1/org/profile")).at("name_th"), "องค์การบริหารส่วนจังหวัดลำพูน");
}

TEST_P(OrgApi, ACookieSessionWithoutTheCsrfHeaderIsRefusedAndNothingChanges) {
  ASSERT_FALSE(principal_.csrf_token.empty());
  const auto forged = call("PATCH", "/api/v1/org/divisions/finance", R"({"name_en":"Hijacked"})",
                           {{"Content-Type", "application/json"}});
  EXPECT_EQ(forged.status, 403) << forged.body;
  const auto wrong = call("POST", "/api/v1/org/divisions", json::serialize(kSmartCity),
                          {{"Content-Type", "application/json"}, {"X-CSRF-Token", "guess"}});
  EXPECT_EQ(wrong.status, 403) << wrong.body;
  EXPECT_EQ(find_division(conn().conn(), "finance")->name_en, "Finance Division");
  EXPECT_FALSE(find_division(conn().conn(), "smart_city").has_value());
  EXPECT_EQ(
      send_json("PATCH", "/api/v1/org/divisions/finance", json::object{{"name_en", "Treasury"}})
          .status,
      200);
}

TEST_P(OrgApi, WritesNeedOrgManage) {
  principal_.permissions.clear();
  principal_.grant("plan.view");
  EXPECT_EQ(send_json("POST", "/api/v1/org/divisions", kSmartCity).status, 403);
  EXPECT_EQ(send_json("PATCH", "/api/v1/org/profile", json::object{{"name_th", "x"}}).status, 403);
  sign_out();
  EXPECT_EQ(send_json("POST", "/api/v1/org/positions", json::object{}).status, 401);
  EXPECT_EQ(get("/api/v1/org/positions").status, 200) << "reading stays public";
}

INSTANTIATE_TEST_SUITE_P(, OrgApi, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::org
