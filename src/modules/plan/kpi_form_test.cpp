// The KPI definition form, on both databases: the planner adds a KPI with a target per fiscal
// year and the project page shows it; bad input comes back named, nothing stored; others 403.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"

namespace pao::plan {
namespace {

using testing::Contains;

class PlanKpiForm : public testing::PlanRouteTest {
 protected:
  std::int64_t kpis() {
    auto c = conn();
    return c->query_one("SELECT COUNT(*) FROM plan_kpi")->i64(0);
  }
};

TEST_P(PlanKpiForm, ThePlannerAddsAKpiWithATargetPerYearAndTheProjectPageShowsIt) {
  sign_in_as_planner();
  const auto p = std::to_string(project_id(3, 1));
  EXPECT_TRUE(Contains(get("/plan/projects/" + p).body, "/plan/projects/" + p + "/kpis/new"));
  const auto form = get("/plan/projects/" + p + "/kpis/new");
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Contains(form.body, "name=\"target_2567\""));
  const auto added = post_form("/plan/projects/" + p + "/kpis", {{"name_th", "ครูที่ผ่านการอบรม"},
                                                                 {"unit_th", "คน"},
                                                                 {"baseline", "0"},
                                                                 {"direction", "higher"},
                                                                 {"target_2567", "200"}});
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(testing::audit_count(*conn(), "plan.kpi.add"), 1);
  const auto project = body_json(get("/api/v1/plan/projects/" + p));
  EXPECT_EQ(project.at("kpis").at(0).at("name_th").as_string(), "ครูที่ผ่านการอบรม");
  EXPECT_TRUE(Contains(get("/plan/projects/" + p).body, "ครูที่ผ่านการอบรม"));
}

TEST_P(PlanKpiForm, BadInputComesBackNamedAndNothingIsStored) {
  sign_in_as_planner();
  const auto p = std::to_string(project_id(3, 1));
  const auto before = kpis();
  const auto r = post_form("/plan/projects/" + p + "/kpis", {{"name_th", ""},
                                                             {"unit_th", "คน"},
                                                             {"baseline", "ศูนย์"},
                                                             {"direction", "higher"},
                                                             {"target_2567", "สองร้อย"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(Contains(r.body, "error-summary"));
  EXPECT_TRUE(Contains(r.body, "href=\"#baseline\""));
  EXPECT_TRUE(Contains(r.body, "href=\"#target_2567\""));
  EXPECT_TRUE(Contains(r.body, "value=\"สองร้อย\"")) << "the input is kept";
  const auto r2 =
      post_form("/plan/projects/" + p + "/kpis",
                {{"name_th", ""}, {"unit_th", "คน"}, {"baseline", "0"}, {"direction", "up"}});
  ASSERT_EQ(r2.status, 400) << r2.body;
  EXPECT_TRUE(Contains(r2.body, "href=\"#name_th\""));
  EXPECT_TRUE(Contains(r2.body, "href=\"#direction\""));
  EXPECT_EQ(kpis(), before);
}

TEST_P(PlanKpiForm, OnlyThePlannerAddsKpis) {
  sign_in_as_owner("education");
  const auto p = std::to_string(project_id(3, 1));
  EXPECT_EQ(get("/plan/projects/" + p + "/kpis/new").status, 403);
  EXPECT_EQ(post_form("/plan/projects/" + p + "/kpis", {{"name_th", "ก"}}).status, 403);
}

INSTANTIATE_TEST_SUITE_P(, PlanKpiForm, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::plan
