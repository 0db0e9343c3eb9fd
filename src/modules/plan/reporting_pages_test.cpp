// The reporting pages and API through the dispatcher, on both databases: the planner opens and
// closes a round, an owner files with an attachment, another division's owner is refused, a
// closed round only takes amendments that the planner approves.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"

namespace pao::plan {
namespace {

namespace json = boost::json;
using testing::Contains;

class PlanReportingPages : public testing::PlanRouteTest {
 protected:
  std::int64_t open_round_as_planner() {
    sign_in_as_planner();
    const auto r = post_form("/plan/rounds", {{"fiscal_year", "2567"},
                                              {"frequency", "quarterly"},
                                              {"period", "2"},
                                              {"deadline", "15/4/2567"}});
    EXPECT_EQ(r.status, 303) << r.body;
    auto c = conn();
    return c->query_one("SELECT id FROM plan_round")->i64(0);
  }
  http::Response post_report(std::int64_t project, std::int64_t round, const std::string& percent,
                             const std::string& file_bytes = {}) {
    const std::string boundary = "----plan-test-boundary";
    std::string body;
    auto part = [&](const std::string& name, const std::string& value) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
              "\"\r\n\r\n" + value + "\r\n";
    };
    part("_csrf", principal_.csrf_token);
    part("round_id", std::to_string(round));
    part("percent_complete", percent);
    part("spent_satang", "12,500.50");
    part("activities_th", "ติดตั้งระบบเครือข่าย");
    part("problems_th", "รออุปกรณ์");
    if (!file_bytes.empty()) {
      body += "--" + boundary +
              "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"photo.png\"\r\n"
              "Content-Type: image/png\r\n\r\n" +
              file_bytes + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return call("POST", "/plan/projects/" + std::to_string(project) + "/report", body,
                {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
  }
};

TEST_P(PlanReportingPages, AnOwnerFilesWithAPhotoAndTheProjectPageShowsIt) {
  const auto round = open_round_as_planner();
  sign_in_as_owner("education");
  const auto p31 = project_id(3, 1);
  const auto form =
      get("/plan/projects/" + std::to_string(p31) + "/report?round=" + std::to_string(round));
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Contains(form.body, "enctype=\"multipart/form-data\""));
  const auto r = post_report(p31, round, "40", files::testing::minimal_png());
  ASSERT_EQ(r.status, 303) << r.body;
  auto c = conn();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM platform_file WHERE owner_module = 'plan'")->i64(0),
            1);
  EXPECT_EQ(c->query_one("SELECT spent_satang FROM plan_report")->i64(0), 1250050);
  const auto page = get("/plan/projects/" + std::to_string(p31));
  EXPECT_TRUE(Contains(page.body, "ติดตั้งระบบเครือข่าย")) << "staff see the activities";
  sign_out();
  const auto pub = get("/plan/projects/" + std::to_string(p31));
  EXPECT_TRUE(Contains(pub.body, "data-test=\"report\""));
  EXPECT_EQ(pub.body.find("รออุปกรณ์"), std::string::npos) << "no internal notes for the public";
  EXPECT_EQ(pub.body.find("คุณ owner_education"), std::string::npos) << "nor who filed";
}

TEST_P(PlanReportingPages, AnOwnerCannotReportForAnotherDivisionsProjectOnThePageOrTheApi) {
  const auto round = open_round_as_planner();
  sign_in_as_owner("education");
  const auto p24 = project_id(2, 4);
  EXPECT_EQ(get("/plan/projects/" + std::to_string(p24) + "/report").status, 403);
  EXPECT_EQ(post_report(p24, round, "40").status, 403);
  const auto api = send_json("POST", "/api/v1/plan/projects/" + std::to_string(p24) + "/reports",
                             json::object{{"round_id", round}, {"percent_complete", 40}});
  EXPECT_EQ(api.status, 403) << api.body;
  auto c = conn();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM plan_report")->i64(0), 0);
}

TEST_P(PlanReportingPages, TheRoundPageShowsWhoHasNotReportedAndOnlyThePlannerClosesIt) {
  const auto round = open_round_as_planner();
  sign_in_as_owner("education");
  ASSERT_EQ(post_report(project_id(3, 1), round, "40").status, 303);
  const auto page = get("/plan/rounds/" + std::to_string(round));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Contains(page.body, "data-number=\"3.1\" data-reported=\"yes\""));
  EXPECT_TRUE(Contains(page.body, "data-number=\"2.4\" data-reported=\"no\""));
  EXPECT_TRUE(Contains(page.body, "data-test=\"missing\">14<"));
  EXPECT_EQ(page.body.find("/close"), std::string::npos) << "owners see no close button";
  EXPECT_EQ(post_form("/plan/rounds/" + std::to_string(round) + "/close", {}).status, 403);
  sign_in_as_planner();
  EXPECT_EQ(post_form("/plan/rounds/" + std::to_string(round) + "/close", {}).status, 303);
  auto c = conn();
  EXPECT_EQ(c->query_one("SELECT state FROM plan_round")->str(0), "closed");
}

TEST_P(PlanReportingPages, AfterCloseAnAmendmentIsMarkedAndCountsOnceThePlannerApproves) {
  const auto round = open_round_as_planner();
  const auto p31 = project_id(3, 1);
  sign_in_as_owner("education");
  ASSERT_EQ(post_report(p31, round, "40").status, 303);
  sign_in_as_planner();
  ASSERT_EQ(post_form("/plan/rounds/" + std::to_string(round) + "/close", {}).status, 303);
  sign_in_as_owner("education");
  ASSERT_EQ(post_report(p31, round, "70").status, 303);
  EXPECT_EQ(body_json(get("/api/v1/plan/projects/" + std::to_string(p31))).at("percent_complete"),
            40);
  std::int64_t pending = 0;
  {
    auto c = conn();
    pending = c->query_one("SELECT id FROM plan_report WHERE state = 'pending'")->i64(0);
  }
  EXPECT_EQ(post_form("/plan/reports/" + std::to_string(pending) + "/decision", {{"approve", "1"}})
                .status,
            403);
  sign_in_as_planner();
  const auto list = get("/plan/rounds");
  EXPECT_TRUE(Contains(list.body, "data-test=\"amendment\""));
  const auto decided =
      send_json("POST", "/api/v1/plan/reports/" + std::to_string(pending) + "/decision",
                json::object{{"approve", true}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_EQ(body_json(decided).at("amendment"), true);
  EXPECT_EQ(body_json(get("/api/v1/plan/projects/" + std::to_string(p31))).at("percent_complete"),
            70);
  EXPECT_TRUE(Contains(get("/plan/projects/" + std::to_string(p31)).body, "แก้ไขหลังปิดรอบ"));
}

TEST_P(PlanReportingPages, ABadRoundFormComesBackWithItsErrorsAndInput) {
  sign_in_as_planner();
  const auto r = post_form(
      "/plan/rounds",
      {{"fiscal_year", "67"}, {"frequency", "quarterly"}, {"period", "9"}, {"deadline", "soon"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(Contains(r.body, "href=\"#deadline\""));
  EXPECT_TRUE(Contains(r.body, "value=\"67\""));
}

TEST_P(PlanReportingPages, TheApiOpensARoundAndListsItsProjects) {
  sign_in_as_planner();
  const auto opened = send_json("POST", "/api/v1/plan/rounds",
                                json::object{{"fiscal_year", 2567},
                                             {"frequency", "monthly"},
                                             {"period", 4},
                                             {"deadline", "2024-02-10"}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  EXPECT_EQ(body_json(opened).at("period_end"), "2024-01-31");
  const auto id = body_json(opened).at("id").as_int64();
  const auto round = get("/api/v1/plan/rounds/" + std::to_string(id));
  ASSERT_EQ(round.status, 200);
  EXPECT_EQ(body_json(round).at("projects").as_array().size(), 15u);
}

TEST_P(PlanReportingPages, TheDashboardReflectsAFiledReportInChartsTablesAndCsv) {
  const auto round = open_round_as_planner();
  sign_in_as_owner("education");
  ASSERT_EQ(post_report(project_id(3, 1), round, "40").status, 303);
  sign_in("executive", "", {{kViewPermission, "*"}, {kDecidePermission, "*"}});
  const auto page = get("/plan/dashboard?fiscal_year=2567");
  ASSERT_EQ(page.status, 200) << page.body;
  for (const char* id : {"id=\"by-strategy\"", "id=\"by-division\"", "id=\"budget-spend\""}) {
    EXPECT_TRUE(Contains(page.body, id));
  }
  EXPECT_TRUE(Contains(page.body, "12,500.50")) << "the spending reported";
  EXPECT_TRUE(Contains(page.body, "data-test=\"delayed-project\""));
  const auto csv = get("/plan/dashboard.csv?fiscal_year=2567");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(Contains(csv.body, "3.1,"));
  EXPECT_TRUE(Contains(csv.body, ",12500.50,"));
}

TEST_P(PlanReportingPages, KpiActualsFiledOnTheApiShowAsAchievement) {
  sign_in_as_planner();
  const auto p = std::to_string(project_id(3, 1));
  const auto kpi = send_json("POST", "/api/v1/plan/projects/" + p + "/kpis",
                             json::object{{"name_th", "ครูที่ผ่านการอบรม"},
                                          {"unit_th", "คน"},
                                          {"baseline", 0},
                                          {"direction", "higher"},
                                          {"targets", json::object{{"2567", 200}}}});
  ASSERT_EQ(kpi.status, 201) << kpi.body;
  const auto round = send_json("POST", "/api/v1/plan/rounds",
                               json::object{{"fiscal_year", 2567},
                                            {"frequency", "quarterly"},
                                            {"period", 1},
                                            {"deadline", "2024-01-15"}});
  sign_in_as_owner("education");
  const auto bad = send_json("POST", "/api/v1/plan/projects/" + p + "/reports",
                             json::object{{"round_id", body_json(round).at("id")},
                                          {"percent_complete", 30},
                                          {"kpi_actuals", "many"}});
  EXPECT_EQ(bad.status, 400);
  const auto filed = send_json(
      "POST", "/api/v1/plan/projects/" + p + "/reports",
      json::object{{"round_id", body_json(round).at("id")},
                   {"percent_complete", 30},
                   {"kpi_actuals", json::array{json::object{{"kpi_id", body_json(kpi).at("id")},
                                                            {"actual", 50}}}}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  const auto project = body_json(get("/api/v1/plan/projects/" + p));
  EXPECT_EQ(project.at("kpis").at(0).at("achievement_percent").as_double(), 25.0);
  EXPECT_EQ(project.at("kpi_achievement_percent").as_double(), 25.0);
  const auto page = get("/plan/projects/" + p);
  EXPECT_TRUE(Contains(page.body, "data-test=\"kpi-overall\">25.0%"));
  EXPECT_TRUE(Contains(page.body, "ครูที่ผ่านการอบรม"));
}

INSTANTIATE_TEST_SUITE_P(, PlanReportingPages, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
