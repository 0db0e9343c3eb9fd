// The plan registry through the dispatcher, on both databases: the JSON API and the planner's
// pages, who may change what, and the projects API of the digital plan kept as it was.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"
#include "platform/search/search_index.hpp"

namespace pao::plan {
namespace {

namespace json = boost::json;
using testing::Contains;

class PlanPlansRoutes : public testing::PlanRouteTest {
 protected:
  void sign_in_as_executive() {
    sign_in("mayor", "office_of_chief", {{kViewPermission, "*"}, {kDecidePermission, "*"}});
  }
  std::int64_t new_yearly_plan() {
    sign_in_as_planner();
    const auto r = send_json("POST", "/api/v1/plan/plans",
                             json::object{{"kind", "yearly_action"},
                                          {"name_th", "แผนดำเนินงานประจำปี 2567"},
                                          {"first_year", 2567},
                                          {"last_year", 2567},
                                          {"status", "in_force"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return body_json(r).at("id").as_int64();
  }
};

TEST_P(PlanPlansRoutes, ThePlannerBuildsAPlanWithAStrategyGoalsAndAProjectOverJson) {
  const auto plan = new_yearly_plan();
  auto s = send_json("POST", "/api/v1/plan/plans/" + std::to_string(plan) + "/strategies",
                     json::object{{"number", 1},
                                  {"name_th", "การบริการประชาชน"},
                                  {"missions_th", json::array{"บริการด้วยระบบดิจิทัล"}}});
  ASSERT_EQ(s.status, 201) << s.body;
  const auto sid = std::to_string(body_json(s).at("id").as_int64());
  ASSERT_EQ(send_json("POST", "/api/v1/plan/strategies/" + sid + "/goals",
                      json::object{{"text_th", "ประชาชนพึงพอใจ"}})
                .status,
            201);
  const auto g2 = send_json("POST", "/api/v1/plan/strategies/" + sid + "/goals",
                            json::object{{"text_th", "ลดเวลารอ"}});
  ASSERT_EQ(g2.status, 201);
  auto p = send_json("POST", "/api/v1/plan/strategies/" + sid + "/projects",
                     json::object{{"name_th", "ระบบนัดหมายออนไลน์"},
                                  {"fiscal_years", json::array{2567}},
                                  {"divisions", json::array{"public_health"}}});
  ASSERT_EQ(p.status, 201) << p.body;
  EXPECT_EQ(body_json(p).at("number"), "1.1");
  auto wrong_year = send_json("POST", "/api/v1/plan/strategies/" + sid + "/projects",
                              json::object{{"name_th", "โครงการ"},
                                           {"fiscal_years", json::array{2568}},
                                           {"divisions", json::array{"public_health"}}});
  EXPECT_EQ(wrong_year.status, 400);
  EXPECT_TRUE(Contains(wrong_year.body, "fiscal_years"));

  sign_out();
  const auto detail = get("/api/v1/plan/plans/" + std::to_string(plan));
  ASSERT_EQ(detail.status, 200) << detail.body;
  const auto body = body_json(detail);
  EXPECT_EQ(body.at("project_count"), 1);
  const auto& strategy = body.at("strategies").as_array().at(0);
  EXPECT_EQ(strategy.at("goals").as_array().size(), 2u);
  EXPECT_EQ(strategy.at("goals").as_array()[1].at("text_th"), "ลดเวลารอ");
  EXPECT_EQ(body.at("projects").as_array()[0].at("name_th"), "ระบบนัดหมายออนไลน์");
  const auto list = body_json(get("/api/v1/plan/plans"));
  EXPECT_EQ(list.at("items").as_array().size(), 2u);
  EXPECT_EQ(list.at("items").as_array()[0].at("default"), true);
  const auto mine = body_json(get("/api/v1/plan/projects?plan=" + std::to_string(plan)));
  ASSERT_EQ(mine.at("items").as_array().size(), 1u);
  EXPECT_EQ(mine.at("items").as_array()[0].at("strategy"), 1);
  EXPECT_EQ(get("/api/v1/plan/projects?plan=99").status, 404);
}

TEST_P(PlanPlansRoutes, ADraftPlanIsInternalUntilAdopted) {
  sign_in_as_planner();
  const auto r = send_json("POST", "/api/v1/plan/plans",
                           json::object{{"kind", "yearly_action"},
                                        {"name_th", "ร่างแผนดำเนินงาน 2568"},
                                        {"first_year", 2568},
                                        {"last_year", 2568},
                                        {"status", "draft"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto id = std::to_string(body_json(r).at("id").as_int64());
  const auto s = send_json("POST", "/api/v1/plan/plans/" + id + "/strategies",
                           json::object{{"number", 1}, {"name_th", "ยุทธศาสตร์ร่าง"}});
  ASSERT_EQ(s.status, 201) << s.body;
  const auto p = send_json(
      "POST",
      "/api/v1/plan/strategies/" + std::to_string(body_json(s).at("id").as_int64()) + "/projects",
      json::object{{"name_th", "โครงการที่ยังไม่อนุมัติ"},
                   {"fiscal_years", json::array{2568}},
                   {"divisions", json::array{"public_health"}}});
  ASSERT_EQ(p.status, 201) << p.body;
  const auto project = std::to_string(body_json(p).at("id").as_int64());
  EXPECT_EQ(get("/plan?plan=" + id).status, 200);  // the planner works on it

  sign_out();  // a citizen, guessing ids
  EXPECT_EQ(get("/plan?plan=" + id).status, 404);
  EXPECT_EQ(get("/api/v1/plan/plans/" + id).status, 404);
  EXPECT_EQ(get("/api/v1/plan/projects?plan=" + id).status, 404);
  EXPECT_EQ(get("/api/v1/plan/strategies?plan=" + id).status, 404);
  EXPECT_EQ(get("/plan/projects/" + project).status, 404);
  EXPECT_EQ(get("/api/v1/plan/projects/" + project).status, 404);
  const auto list = get("/api/v1/plan/plans");
  EXPECT_FALSE(Contains(list.body, "ร่างแผนดำเนินงาน 2568")) << list.body;
  EXPECT_EQ(get("/plan").status, 200);  // the digital plan as ever
  // What a citizen's search finds (the search route belongs to another module: ask the index).
  const auto citizen_finds = [&] {
    auto c = conn();
    for (const auto& hit : search::search(*c, {"ยังไม่อนุมัติ", {}, {"plan.project"}}).hits) {
      if (hit.ref_id == project) return true;
    }
    return false;
  };
  EXPECT_FALSE(citizen_finds());

  sign_in_as_planner();  // adopted: now the public sees it, in the search too
  ASSERT_EQ(send_json("PUT", "/api/v1/plan/plans/" + id,
                      json::object{{"kind", "yearly_action"},
                                   {"name_th", "ร่างแผนดำเนินงาน 2568"},
                                   {"first_year", 2568},
                                   {"last_year", 2568},
                                   {"status", "in_force"}})
                .status,
            200);
  sign_out();
  EXPECT_EQ(get("/api/v1/plan/plans/" + id).status, 200);
  EXPECT_EQ(get("/plan/projects/" + project).status, 200);
  EXPECT_TRUE(citizen_finds());
}

TEST_P(PlanPlansRoutes, TheDigitalPlansProjectsListIsTheSameWithOtherPlansAround) {
  sign_out();
  const auto before = get("/api/v1/plan/projects");
  const auto before_strategy = get("/api/v1/plan/projects?strategy=2&fiscal_year=2567");
  const auto plan = new_yearly_plan();
  auto s = send_json("POST", "/api/v1/plan/plans/" + std::to_string(plan) + "/strategies",
                     json::object{{"number", 2}, {"name_th", "ยุทธศาสตร์ที่สอง"}});
  const auto sid = std::to_string(body_json(s).at("id").as_int64());
  ASSERT_EQ(send_json("POST", "/api/v1/plan/strategies/" + sid + "/projects",
                      json::object{{"name_th", "โครงการของแผนประจำปี"},
                                   {"fiscal_years", json::array{2567}},
                                   {"divisions", json::array{"strategy_budget"}}})
                .status,
            201);
  sign_out();
  const auto after = get("/api/v1/plan/projects");
  EXPECT_EQ(after.body, before.body) << "byte for byte";
  EXPECT_EQ(get("/api/v1/plan/projects?strategy=2&fiscal_year=2567").body, before_strategy.body);
  EXPECT_EQ(get("/api/v1/plan/projects?plan=1").body, before.body);
  const auto after_body = body_json(after);
  const auto& first = after_body.at("items").as_array()[0].as_object();
  std::vector<std::string> keys;
  for (const auto& kv : first) keys.emplace_back(kv.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "strategy", "seq", "number", "name_th",
                                            "fiscal_years", "divisions", "status",
                                            "percent_complete", "planned_percent", "late_report",
                                            "budget_satang", "committed_satang", "spent_satang"}));
}

TEST_P(PlanPlansRoutes, AnOwnerOrAnExecutiveCannotEditStrategiesOrGoals) {
  for (int who = 0; who < 2; ++who) {
    if (who == 0) {
      sign_in_as_owner("education");
    } else {
      sign_in_as_executive();
    }
    EXPECT_EQ(send_json("PUT", "/api/v1/plan/strategies/1",
                        json::object{{"number", 1}, {"name_th", "เปลี่ยนชื่อ"}})
                  .status,
              403);
    EXPECT_EQ(send_json("POST", "/api/v1/plan/strategies/1/goals", json::object{{"text_th", "เป้า"}})
                  .status,
              403);
    EXPECT_EQ(call("DELETE", "/api/v1/plan/goals/1", "", {{"X-CSRF-Token", principal_.csrf_token}})
                  .status,
              403);
    EXPECT_EQ(send_json("POST", "/api/v1/plan/plans",
                        json::object{{"kind", "yearly_action"},
                                     {"name_th", "แผน"},
                                     {"first_year", 2570},
                                     {"last_year", 2570}})
                  .status,
              403);
    EXPECT_EQ(post_form("/plan/strategies/1", {{"number", "1"}, {"name_th", "x"}}).status, 403);
    EXPECT_EQ(get("/plan/strategies/1").status, 403);
  }
  sign_out();
  EXPECT_EQ(get("/plan/plans").status, 303) << "to the sign-in page";
  sign_in_as_executive();
  const auto page = get("/plan/plans");
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(Contains(page.body, "data-test=\"create-plan\""));
}

TEST_P(PlanPlansRoutes, DeletingAStrategyWithProjectsIsAConflictSayingHowMany) {
  sign_in_as_planner();
  const auto r =
      call("DELETE", "/api/v1/plan/strategies/4", "", {{"X-CSRF-Token", principal_.csrf_token}});
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(Contains(r.body, "โครงการ"));
  const auto form = post_form("/plan/strategies/4/delete", {});
  EXPECT_EQ(form.status, 409);
  EXPECT_TRUE(Contains(form.body, "error-summary"));
}

TEST_P(PlanPlansRoutes, ADraftPlanIsDeletedOverJsonOrItsPageAndOnlyByThePlanner) {
  sign_in_as_planner();
  const auto make = [&](const std::string& name) {
    const auto r = send_json("POST", "/api/v1/plan/plans",
                             json::object{{"kind", "yearly_action"},
                                          {"name_th", name},
                                          {"first_year", 2571},
                                          {"last_year", 2571},
                                          {"status", "draft"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return std::to_string(body_json(r).at("id").as_int64());
  };
  const std::string first = make("ร่างหนึ่ง");
  const std::string second = make("ร่างสอง");
  EXPECT_TRUE(Contains(get("/plan/plans/" + first).body, "data-test=\"delete-plan\""));
  EXPECT_FALSE(Contains(get("/plan/plans/1").body, "data-test=\"delete-plan\""))
      << "the digital plan is in force";
  for (int who = 0; who < 2; ++who) {
    if (who == 0) {
      sign_in_as_owner("education");
    } else {
      sign_in_as_executive();
    }
    EXPECT_EQ(
        call("DELETE", "/api/v1/plan/plans/" + first, "", {{"X-CSRF-Token", principal_.csrf_token}})
            .status,
        403);
    EXPECT_EQ(post_form("/plan/plans/" + first + "/delete", {}).status, 403);
  }
  sign_in_as_planner();
  const auto gone =
      call("DELETE", "/api/v1/plan/plans/" + first, "", {{"X-CSRF-Token", principal_.csrf_token}});
  EXPECT_EQ(gone.status, 200) << gone.body;
  EXPECT_EQ(get("/api/v1/plan/plans/" + first).status, 404);
  const auto form = post_form("/plan/plans/" + second + "/delete", {});
  EXPECT_EQ(form.status, 303);
  const auto kept = post_form("/plan/plans/1/delete", {});
  EXPECT_EQ(kept.status, 409);
  EXPECT_TRUE(Contains(kept.body, "error-summary"));
}

TEST_P(PlanPlansRoutes, GoalsAreReorderedOverJsonAndWithTheMoveButtons) {
  sign_in_as_planner();
  const auto strategy = body_json(get("/api/v1/plan/plans/1")).at("strategies").as_array()[0];
  const auto& goals = strategy.at("goals").as_array();
  ASSERT_EQ(goals.size(), 2u);
  const auto first = goals[0].at("id").as_int64(), second = goals[1].at("id").as_int64();
  const auto r = send_json("PUT", "/api/v1/plan/strategies/1/goals",
                           json::object{{"goal_ids", json::array{second, first}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_json(r).at("goals").as_array()[0].at("id"), second);
  EXPECT_EQ(send_json("PUT", "/api/v1/plan/strategies/1/goals",
                      json::object{{"goal_ids", json::array{second}}})
                .status,
            400);
  const auto moved = post_form("/plan/goals/" + std::to_string(first), {{"action", "up"}});
  EXPECT_EQ(moved.status, 303);
  const auto public_goals = body_json(get("/api/v1/plan/strategies")).at("items").as_array()[0];
  EXPECT_EQ(public_goals.at("goals_th").as_array()[0], "โครงสร้างพื้นฐานเทคโนโลยีดิจิทัลมีความเสถียร");
}

TEST_P(PlanPlansRoutes, ThePlannersPagesCreateAPlanAndShowItsStrategiesAndProjects) {
  sign_in_as_planner();
  const auto list = get("/plan/plans");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Contains(list.body, "แผนปฏิบัติการดิจิทัล องค์การบริหารส่วนจังหวัดลำพูน"));
  EXPECT_TRUE(Contains(list.body, "data-test=\"create-plan\""));
  const auto bad = post_form("/plan/plans", {{"kind", "yearly_action"},
                                             {"name_th", "แผนดำเนินงานประจำปี 2570"},
                                             {"first_year", "2569"},
                                             {"last_year", "2570"},
                                             {"status", "draft"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Contains(bad.body, "แผนดำเนินงานประจำปี 2570")) << "the input is kept";
  const auto created = post_form("/plan/plans", {{"kind", "yearly_action"},
                                                 {"name_th", "แผนดำเนินงานประจำปี 2570"},
                                                 {"first_year", "2570"},
                                                 {"last_year", "2570"},
                                                 {"status", "draft"}});
  ASSERT_EQ(created.status, 303);
  std::string location;
  for (const auto& [k, v] : created.headers) {
    if (k == "Location") location = v;
  }
  ASSERT_TRUE(Contains(location, "/plan/plans/2"));
  const auto added = post_form("/plan/plans/2/strategies", {{"number", "1"},
                                                            {"strategy_name", "ยุทธศาสตร์ประจำปี"},
                                                            {"missions_th", "พันธกิจแรก\nพันธกิจสอง"}});
  ASSERT_EQ(added.status, 303);
  const auto sid = body_json(get("/api/v1/plan/plans/2")).at("strategies").as_array()[0].at("id");
  const auto spath = "/plan/strategies/" + std::to_string(sid.as_int64());
  EXPECT_EQ(post_form(spath + "/goals", {{"text_th", "เป้าหนึ่ง"}}).status, 303);
  EXPECT_EQ(post_form(spath + "/projects", {{"project_name", "โครงการประจำปี 2570"},
                                            {"year_2570", "1"},
                                            {"division_education", "1"}})
                .status,
            303);
  const auto no_year =
      post_form(spath + "/projects", {{"project_name", "ไม่มีปี"}, {"division_education", "1"}});
  EXPECT_EQ(no_year.status, 400);
  const auto page = get("/plan/plans/2");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Contains(page.body, "ยุทธศาสตร์ประจำปี"));
  EXPECT_TRUE(Contains(page.body, "เป้าหนึ่ง"));
  EXPECT_TRUE(Contains(page.body, "พันธกิจสอง"));
  EXPECT_TRUE(Contains(page.body, "โครงการประจำปี 2570"));
  EXPECT_TRUE(Contains(get(spath).body, "data-test=\"add-project\""));
}

TEST_P(PlanPlansRoutes, ThePublicPageAndTheDashboardChooseAPlanAndDefaultToTheDigitalOne) {
  sign_out();
  const auto plain = get("/plan");
  ASSERT_EQ(plain.status, 200);
  EXPECT_FALSE(Contains(plain.body, "name=\"plan\"")) << "one plan: no selector";
  const auto plan = new_yearly_plan();
  sign_out();
  const auto again = get("/plan?status=");  // not the copy /plan keeps for a second

  EXPECT_TRUE(Contains(again.body, "name=\"plan\""));
  EXPECT_TRUE(Contains(again.body, "data-test=\"count\">จำนวนโครงการที่แสดง 25"));
  const auto other = get("/plan?plan=" + std::to_string(plan));
  ASSERT_EQ(other.status, 200);
  EXPECT_TRUE(Contains(other.body, "แผนดำเนินงานประจำปี 2567"));
  EXPECT_TRUE(Contains(other.body, "data-test=\"count\">จำนวนโครงการที่แสดง 0"));
  EXPECT_EQ(get("/plan?plan=42").status, 404);
  sign_in_as_executive();
  const auto dash = get("/plan/dashboard?plan=" + std::to_string(plan));
  ASSERT_EQ(dash.status, 200);
  EXPECT_TRUE(Contains(dash.body, "data-test=\"projects\">0"));
  EXPECT_TRUE(Contains(get("/plan/dashboard").body, "data-test=\"projects\">25"));
}

INSTANTIATE_TEST_SUITE_P(, PlanPlansRoutes, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
