// The KPI forms and JSON routes, on both databases: the planner adds a KPI with a target per
// fiscal year and the project page shows it; bad input comes back named, nothing stored; the
// planner edits one from the project page, deletes one no report carries, is refused deleting
// one that reports carry and retires it instead; owners and executives get 403.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"

namespace pao::plan {
namespace {

using testing::Contains;
namespace json = boost::json;

class PlanKpiForm : public testing::PlanRouteTest {
 protected:
  std::int64_t kpis() {
    auto c = conn();
    return c->query_one("SELECT COUNT(*) FROM plan_kpi")->i64(0);
  }
  // Project 3.1 (2567) with the KPI "teachers trained" 0 → 200; its id.
  std::string add_teachers_kpi() {
    const auto added = send_json("POST", "/api/v1/plan/projects/" + p31() + "/kpis",
                                 json::object{{"name_th", "ครูที่ผ่านการอบรม"},
                                              {"unit_th", "คน"},
                                              {"baseline", 0},
                                              {"direction", "higher"},
                                              {"targets", json::object{{"2567", 200}}}});
    EXPECT_EQ(added.status, 201) << added.body;
    return std::to_string(body_json(added).at("id").as_int64());
  }
  // A quarterly round of 2567 with 3.1's report carrying `actual` for the KPI.
  void report_actual(const std::string& kpi, double actual) {
    const auto round = send_json("POST", "/api/v1/plan/rounds",
                                 json::object{{"fiscal_year", 2567},
                                              {"frequency", "quarterly"},
                                              {"period", 1},
                                              {"deadline", "2024-01-15"}});
    ASSERT_EQ(round.status, 201) << round.body;
    const auto filed = send_json(
        "POST", "/api/v1/plan/projects/" + p31() + "/reports",
        json::object{{"round_id", body_json(round).at("id")},
                     {"percent_complete", 30},
                     {"kpi_actuals",
                      json::array{json::object{{"kpi_id", std::stoll(kpi)}, {"actual", actual}}}}});
    ASSERT_EQ(filed.status, 201) << filed.body;
  }
  static std::string location(const http::Response& r) {
    for (const auto& [k, v] : r.headers) {
      if (k == "Location") return v;
    }
    return {};
  }
  std::string p31() { return std::to_string(project_id(3, 1)); }
  std::string kpi_path(const std::string& kpi) {
    return "/plan/projects/" + p31() + "/kpis/" + kpi;
  }
  std::string kpi_api(const std::string& kpi) {
    return "/api/v1/plan/projects/" + p31() + "/kpis/" + kpi;
  }
  void sign_in_as_executive() {
    sign_in("executive", "office", {{kViewPermission, "*"}, {kDecidePermission, "*"}});
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

TEST_P(PlanKpiForm, ThePlannerEditsAKpiFromTheProjectPageAndAchievementFollows) {
  sign_in_as_planner();
  const auto kpi = add_teachers_kpi();
  report_actual(kpi, 100);
  const auto page = get("/plan/projects/" + p31());
  EXPECT_TRUE(Contains(page.body, "href=\"" + kpi_path(kpi) + "/edit\""));
  EXPECT_TRUE(Contains(page.body, "data-test=\"kpi-overall\">50.0%"));
  const auto form = get(kpi_path(kpi) + "/edit");
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Contains(form.body, "value=\"ครูที่ผ่านการอบรม\""));
  EXPECT_TRUE(Contains(form.body, "name=\"target_2567\""));
  EXPECT_TRUE(Contains(form.body, "value=\"200\""));
  const auto saved = post_form(kpi_path(kpi), {{"name_th", "ครูที่ผ่านการอบรม"},
                                               {"unit_th", "คน"},
                                               {"baseline", "0"},
                                               {"direction", "higher"},
                                               {"target_2567", "400"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_TRUE(Contains(location(saved), "plan.flash.kpi_saved"));
  EXPECT_EQ(testing::audit_count(*conn(), "plan.kpi.edit"), 1);
  EXPECT_TRUE(Contains(get("/plan/projects/" + p31()).body, "data-test=\"kpi-overall\">25.0%"));
  EXPECT_EQ(body_json(get("/api/v1/plan/projects/" + p31())).at("kpi_achievement_percent"), 25.0);
}

TEST_P(PlanKpiForm, ABadEditComesBackNamedAndKeepsTheKpi) {
  sign_in_as_planner();
  const auto kpi = add_teachers_kpi();
  const auto r = post_form(kpi_path(kpi), {{"name_th", "ครู"},
                                           {"unit_th", ""},
                                           {"baseline", "0"},
                                           {"direction", "higher"},
                                           {"target_2567", "สี่ร้อย"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(Contains(r.body, "href=\"#target_2567\""));
  EXPECT_TRUE(Contains(r.body, "value=\"สี่ร้อย\""));
  EXPECT_EQ(testing::audit_count(*conn(), "plan.kpi.edit"), 0);
}

TEST_P(PlanKpiForm, AKpiNoReportCarriesIsDeletedFromItsEditPage) {
  sign_in_as_planner();
  const auto kpi = add_teachers_kpi();
  const auto form = get(kpi_path(kpi) + "/edit");
  EXPECT_TRUE(Contains(form.body, "data-test=\"delete-kpi\""));
  EXPECT_FALSE(Contains(form.body, "data-test=\"retire-kpi\""));
  const auto deleted = post_form(kpi_path(kpi) + "/delete", {});
  ASSERT_EQ(deleted.status, 303) << deleted.body;
  EXPECT_EQ(kpis(), 0);
  EXPECT_EQ(testing::audit_count(*conn(), "plan.kpi.delete"), 1);
  EXPECT_EQ(get(kpi_path(kpi) + "/edit").status, 404);
}

TEST_P(PlanKpiForm, DeletingAKpiReportsCarryIsRefusedAndRetiringRemovesItFromTheReportForm) {
  sign_in_as_planner();
  const auto kpi = add_teachers_kpi();
  report_actual(kpi, 100);
  const auto form = get(kpi_path(kpi) + "/edit");
  EXPECT_TRUE(Contains(form.body, "data-test=\"kpi-reports\">1<"));
  EXPECT_TRUE(Contains(form.body, "data-test=\"retire-kpi\""));
  EXPECT_FALSE(Contains(form.body, "data-test=\"delete-kpi\""));
  const auto refused = post_form(kpi_path(kpi) + "/delete", {});
  ASSERT_EQ(refused.status, 409) << refused.body;
  EXPECT_TRUE(Contains(refused.body, "error-summary"));
  EXPECT_TRUE(Contains(refused.body, "รายงาน 1 ฉบับ"));
  EXPECT_TRUE(Contains(refused.body, "data-test=\"retire-kpi\""));
  EXPECT_EQ(kpis(), 1);
  EXPECT_TRUE(
      Contains(get("/plan/projects/" + p31() + "/report").body, "name=\"kpi_" + kpi + "\""));
  const auto retired = post_form(kpi_path(kpi) + "/retire", {});
  ASSERT_EQ(retired.status, 303) << retired.body;
  EXPECT_FALSE(
      Contains(get("/plan/projects/" + p31() + "/report").body, "name=\"kpi_" + kpi + "\""));
  const auto page = get("/plan/projects/" + p31());
  EXPECT_TRUE(Contains(page.body, "data-retired=\"true\""));
  EXPECT_TRUE(Contains(page.body, "<td class=\"num\">50.0</td>")) << "its history stays";
  EXPECT_TRUE(Contains(page.body, "data-test=\"kpi-overall\">–<"))
      << "no KPI is followed any more: no overall achievement";
  EXPECT_TRUE(Contains(get(kpi_path(kpi) + "/edit").body, "data-test=\"kpi-retired\""));
}

TEST_P(PlanKpiForm, TheJsonApiListsEditsDeletesAndRetiresKpis) {
  sign_in_as_planner();
  const auto kept = add_teachers_kpi();
  const auto spare = add_teachers_kpi();
  report_actual(kept, 100);
  const auto list = get("/api/v1/plan/projects/" + p31() + "/kpis");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto items = body_json(list).at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items.at(0).at("reports"), 1);
  EXPECT_EQ(items.at(0).at("achievement_percent"), 50.0);
  EXPECT_EQ(items.at(0).at("tracked"), true);
  const auto edited = send_json("PUT", "/api/v1/plan/projects/" + p31() + "/kpis/" + kept,
                                json::object{{"name_th", "ครูที่ผ่านการอบรม"},
                                             {"unit_th", "คน"},
                                             {"baseline", 0},
                                             {"direction", "higher"},
                                             {"targets", json::object{{"2567", 125}}}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(body_json(edited).at("targets").at("2567"), 125.0);
  EXPECT_EQ(body_json(get("/api/v1/plan/projects/" + p31() + "/kpis"))
                .at("items")
                .at(0)
                .at("achievement_percent"),
            80.0);
  const auto bad = send_json("PUT", kpi_api(kept),
                             json::object{{"name_th", "ก"},
                                          {"unit_th", "คน"},
                                          {"direction", "higher"},
                                          {"targets", json::object{{"2571", 1}}}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  const auto refused = send_json("DELETE", kpi_api(kept), nullptr);
  ASSERT_EQ(refused.status, 409) << refused.body;
  EXPECT_TRUE(Contains(refused.body, "รายงาน 1 ฉบับ"));
  const auto retired = send_json("POST", kpi_api(kept) + "/retire", nullptr);
  ASSERT_EQ(retired.status, 200) << retired.body;
  EXPECT_EQ(body_json(retired).at("tracked"), false);
  EXPECT_EQ(send_json("POST", kpi_api(kept) + "/retire", nullptr).status, 409);
  EXPECT_EQ(send_json("DELETE", kpi_api(spare), nullptr).status, 200);
  EXPECT_EQ(send_json("DELETE", kpi_api(spare), nullptr).status, 404);
  EXPECT_EQ(kpis(), 1);
}

TEST_P(PlanKpiForm, AProjectOwnerAndAnExecutiveMayNotChangeKpis) {
  sign_in_as_planner();
  const auto kpi = add_teachers_kpi();
  const json::object body{{"name_th", "ก"}, {"unit_th", "คน"}, {"direction", "lower"}};
  for (int who = 0; who < 2; ++who) {
    if (who == 0) sign_in_as_owner("education");
    if (who == 1) sign_in_as_executive();
    SCOPED_TRACE(who == 0 ? "owner" : "executive");
    EXPECT_EQ(get(kpi_path(kpi) + "/edit").status, 403);
    EXPECT_EQ(post_form(kpi_path(kpi), {{"name_th", "ก"}}).status, 403);
    EXPECT_EQ(post_form(kpi_path(kpi) + "/delete", {}).status, 403);
    EXPECT_EQ(post_form(kpi_path(kpi) + "/retire", {}).status, 403);
    EXPECT_EQ(send_json("PUT", kpi_api(kpi), body).status, 403);
    EXPECT_EQ(send_json("DELETE", kpi_api(kpi), nullptr).status, 403);
    EXPECT_EQ(send_json("POST", kpi_api(kpi) + "/retire", nullptr).status, 403);
    EXPECT_FALSE(Contains(get("/plan/projects/" + p31()).body, "data-test=\"edit-kpi\""));
  }
  EXPECT_EQ(kpis(), 1);
  EXPECT_EQ(testing::audit_count(*conn(), "plan.kpi.edit"), 0);
}

INSTANTIATE_TEST_SUITE_P(, PlanKpiForm, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::plan
