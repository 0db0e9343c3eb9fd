// The plan's public API through the dispatcher, on both databases: the interface the acceptance
// checks use (filters, shape, paging) and its field errors.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"
#include "platform/http/pagination.hpp"

namespace pao::plan {
namespace {

namespace json = boost::json;

class PlanApi : public testing::PlanRouteTest {
 protected:
  std::vector<std::string> numbers(const json::value& body) {
    std::vector<std::string> out;
    for (const auto& item : body.at("items").as_array()) {
      out.emplace_back(item.at("number").as_string());
    }
    return out;
  }
};

TEST_P(PlanApi, ListsAllTwentyFiveProjectsToAnyoneWithYearsAndDivisions) {
  sign_out();
  const auto r = get("/api/v1/plan/projects");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto body = body_json(r);
  const auto& items = body.at("items").as_array();
  ASSERT_EQ(items.size(), 25u);
  EXPECT_FALSE(body.as_object().contains("next_cursor")) << "no limit: everything at once";
  const auto& p24 = items[8].as_object();  // 5 projects in strategy 1, then 2.1 … 2.4
  EXPECT_EQ(p24.at("strategy"), 2);
  EXPECT_EQ(p24.at("seq"), 4);
  EXPECT_EQ(p24.at("fiscal_years"), (json::array{2567, 2568}));
  EXPECT_EQ(p24.at("divisions"), (json::array{"strategy_budget"}));
  EXPECT_EQ(p24.at("status"), "delayed") << "12.5% planned by now, nothing reported";
  EXPECT_EQ(p24.at("percent_complete"), 0);
  EXPECT_FALSE(p24.at("name_th").as_string().empty());
}

TEST_P(PlanApi, FiltersByFiscalYearStrategyAndStatusTogether) {
  const auto r = get("/api/v1/plan/projects?fiscal_year=2567&strategy=2&status=delayed");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto body = body_json(r);
  EXPECT_FALSE(numbers(body).empty());
  for (const auto& item : body.at("items").as_array()) {
    EXPECT_EQ(item.at("strategy"), 2);
    EXPECT_EQ(item.at("status"), "delayed");
    const auto& years = item.at("fiscal_years").as_array();
    EXPECT_NE(std::find(years.begin(), years.end(), json::value(2567)), years.end());
  }
  EXPECT_EQ(numbers(body_json(get("/api/v1/plan/projects?fiscal_year=2570&strategy=4"))),
            (std::vector<std::string>{"4.5"}));
  EXPECT_TRUE(numbers(body_json(get("/api/v1/plan/projects?status=completed"))).empty());
}

TEST_P(PlanApi, ABadFilterAnswers400NamingIt) {
  const auto r = get("/api/v1/plan/projects?status=late&fiscal_year=67");
  ASSERT_EQ(r.status, 400) << r.body;
  const auto fields = body_json(r).at("error").at("fields").as_object();
  EXPECT_TRUE(fields.contains("status"));
  EXPECT_TRUE(fields.contains("fiscal_year"));
}

TEST_P(PlanApi, WithALimitItPagesWithNextCursorWithoutSkippingOrRepeating) {
  std::vector<std::string> seen;
  std::string target = "/api/v1/plan/projects?limit=10";
  int pages = 0;
  while (true) {
    const auto r = get(target);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto body = body_json(r);
    for (auto& n : numbers(body)) seen.push_back(n);
    ++pages;
    if (body.at("next_cursor").is_null()) break;
    target =
        "/api/v1/plan/projects?limit=10&cursor=" + std::string(body.at("next_cursor").as_string());
  }
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(seen.size(), 25u);
  EXPECT_EQ(seen.front(), "1.1");
  EXPECT_EQ(seen.back(), "4.5");
  EXPECT_EQ(get("/api/v1/plan/projects?limit=10&cursor=nonsense").status, 400);
}

TEST_P(PlanApi, OneProjectHasItsPlannedCurveAndUnknownIdsAre404) {
  const auto r = get("/api/v1/plan/projects/" + std::to_string(project_id(2, 4)));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_json(r).at("planned_curve").as_array().size(), 8u);
  EXPECT_EQ(get("/api/v1/plan/projects/999999").status, 404);
  EXPECT_EQ(get("/api/v1/plan/projects/abc").status, 404);
}

TEST_P(PlanApi, ThePublicPageShowsEveryProjectUnderItsStrategyWithoutSigningIn) {
  sign_out();
  const auto r = get("/plan");
  ASSERT_EQ(r.status, 200) << r.body;
  std::size_t rows = 0;
  for (auto at = r.body.find("data-test=\"project\""); at != std::string::npos;
       at = r.body.find("data-test=\"project\"", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 25u);
  EXPECT_TRUE(testing::Contains(r.body, "การพัฒนาโครงสร้างพื้นฐานดิจิทัล"));
  EXPECT_TRUE(testing::Contains(r.body, "data-component=\"bar-chart\""));
  const auto filtered = get("/plan?fiscal_year=2570&strategy=4");
  EXPECT_TRUE(testing::Contains(filtered.body, "data-number=\"4.5\""));
  EXPECT_EQ(filtered.body.find("data-number=\"4.1\""), std::string::npos);
  EXPECT_EQ(get("/plan?status=late").status, 400);
}

INSTANTIATE_TEST_SUITE_P(, PlanApi, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::plan
