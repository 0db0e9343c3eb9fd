// One search box over every module: public records for citizens, more for staff with the
// permission, never a record the caller may not see; on both databases.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/http/request.hpp"
#include "platform/search/search_index.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

class SiteSearch : public ::testing::TestWithParam<db::Backend> {
 protected:
  TestApp app_{GetParam()};
  json::value api(const std::string& q, const TestSession* s = nullptr,
                  const std::string& extra = "") {
    const auto res = app_.send("GET", "/api/v1/search?q=" + http::percent_encode(q) + extra, "", s);
    EXPECT_EQ(res.status, 200) << res.body;
    return json::parse(res.body);
  }
  void add_internal_memo() {
    auto c = app_.database().acquire();
    search::upsert(c.conn(), {"test.memo",
                              "1",
                              "บันทึกภายใน งบประมาณคอมพิวเตอร์ลับ",
                              "เฉพาะผู้ดูบัญชีผู้ใช้",
                              "/memo/1",
                              {search::Grant::permission("identity.users.view")},
                              app_.clock().now()});
  }
};

TEST_P(SiteSearch, MigrateIndexesThePlanSoACitizenFindsProjectsByThaiWords) {
  const auto found = api("แจ้งซ่อม คอมพิวเตอร์");
  ASSERT_GE(found.at("items").as_array().size(), 1u);
  const auto& first = found.at("items").at(0);
  EXPECT_EQ(first.at("kind"), "plan.project");
  EXPECT_NE(std::string(first.at("title").as_string()).find("2.5"), std::string::npos);
  // The hit leads to a real public page.
  const auto page = app_.send("GET", std::string(first.at("url").as_string()));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("แจ้งซ่อม"), std::string::npos);
}

TEST_P(SiteSearch, ARecordNeedingAPermissionIsHiddenFromOthers) {
  add_internal_memo();
  app_.add_user("head", {"division_head"});
  app_.add_user("clerk1", {"clerk"});
  const auto head = app_.sign_in("head");
  const auto clerk = app_.sign_in("clerk1");
  EXPECT_EQ(api("งบประมาณคอมพิวเตอร์ลับ").at("items").as_array().size(), 0u);
  EXPECT_EQ(api("งบประมาณคอมพิวเตอร์ลับ", &clerk).at("items").as_array().size(), 0u);
  EXPECT_EQ(api("งบประมาณคอมพิวเตอร์ลับ", &head).at("items").as_array().size(), 1u);
  // Nor does the HTML page show it.
  const auto page = app_.send("GET", "/search?q=" + http::percent_encode("บันทึกภายใน"), "", &clerk);
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("/memo/1"), std::string::npos);
}

TEST_P(SiteSearch, ResultsPageWithMarkedWordsAndTheInputKept) {
  const auto page = app_.send("GET", "/search?q=" + http::percent_encode("คอมพิวเตอร์"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<mark>คอมพิวเตอร์</mark>"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"คอมพิวเตอร์\""), std::string::npos);
  EXPECT_NE(page.body.find("data-test=\"hit\""), std::string::npos);
}

TEST_P(SiteSearch, TypedMarkupIsEscapedNotRendered) {
  const auto page =
      app_.send("GET", "/search?q=" + http::percent_encode("<script>alert(1)</script>"));
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
}

TEST_P(SiteSearch, PagesWithOffsetWithoutRepeats) {
  std::set<std::string> seen;
  int offset = 0;
  for (int guard = 0; guard < 20; ++guard) {
    const auto page = api("โครงการ", nullptr, "&limit=4&offset=" + std::to_string(offset));
    for (const auto& item : page.at("items").as_array()) {
      EXPECT_TRUE(seen.insert(std::string(item.at("id").as_string())).second) << "repeated";
    }
    if (page.at("next_offset").is_null()) break;
    offset = static_cast<int>(page.at("next_offset").as_int64());
  }
  EXPECT_EQ(seen.size(), 25u);  // the plan's 25 projects
}

TEST_P(SiteSearch, BadParametersNameTheField) {
  const auto res = app_.send("GET", "/api/v1/search?q=x&kind=nothing&limit=0");
  ASSERT_EQ(res.status, 400);
  const auto body = json::parse(res.body);
  EXPECT_TRUE(body.at("error").at("fields").as_object().contains("kind"));
  EXPECT_TRUE(body.at("error").at("fields").as_object().contains("limit"));
}

TEST_P(SiteSearch, ReindexRebuildsWhatWasLost) {
  {
    auto c = app_.database().acquire();
    search::remove_kind(c.conn(), "plan.project");
  }
  EXPECT_EQ(api("คอมพิวเตอร์").at("items").as_array().size(), 0u);
  app_.app().reindex_search();
  EXPECT_GE(api("คอมพิวเตอร์").at("items").as_array().size(), 3u);
}

INSTANTIATE_TEST_SUITE_P(Db, SiteSearch, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
