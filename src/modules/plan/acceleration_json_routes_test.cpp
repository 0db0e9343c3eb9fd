// The acceleration list and PDCA notes over the JSON API, on both databases: the same rules and
// permissions as the dashboard's and the project page's forms, and what one adds the other shows.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"

namespace pao::plan {
namespace {

namespace json = boost::json;

class PlanAccelerationApi : public testing::PlanRouteTest {
 protected:
  std::int64_t audits(const char* action) {
    auto c = conn();
    return testing::audit_count(*c, action);
  }
};

TEST_P(PlanAccelerationApi, ThePlannerAddsAMeasureTheExecutiveDecidesAndTheDashboardShowsIt) {
  const auto p = project_id(3, 1);
  sign_in_as_planner();
  const auto missing = send_json("POST", "/api/v1/plan/acceleration",
                                 json::object{{"project_id", p}, {"owner_th", "กองการศึกษา"}});
  ASSERT_EQ(missing.status, 400) << missing.body;
  const auto body = body_json(missing);
  const auto& fields = body.at("error").at("fields").as_object();
  EXPECT_TRUE(fields.contains("reason_th"));
  EXPECT_TRUE(fields.contains("measure_th"));

  const auto added = send_json("POST", "/api/v1/plan/acceleration",
                               json::object{{"project_id", p},
                                            {"owner_th", "ผอ.กองการศึกษา"},
                                            {"reason_th", "ผู้รับจ้างส่งงานล่าช้า"},
                                            {"measure_th", "เร่งรัดผู้รับจ้างทุกสัปดาห์"}});
  ASSERT_EQ(added.status, 201) << added.body;
  const auto id = body_json(added).at("id").as_int64();
  EXPECT_EQ(body_json(added).at("project_number").as_string(), "3.1");
  EXPECT_EQ(audits("plan.acceleration.add"), 1);

  sign_in_as_owner("education");
  EXPECT_EQ(
      send_json("POST", "/api/v1/plan/decisions",
                json::object{{"subject", "acceleration"}, {"ref_id", id}, {"decision_th", "อนุมัติ"}})
          .status,
      403)
      << "only the executive decides";

  sign_in("executive", "", {{kViewPermission, "*"}, {kDecidePermission, "*"}});
  const auto decided = send_json(
      "POST", "/api/v1/plan/decisions",
      json::object{
          {"subject", "acceleration"}, {"ref_id", id}, {"decision_th", "ให้รายงานทุกสัปดาห์"}});
  ASSERT_EQ(decided.status, 201) << decided.body;
  EXPECT_EQ(audits("plan.decision.record"), 1);

  const auto list = body_json(get("/api/v1/plan/acceleration")).at("items").as_array();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].at("owner_th").as_string(), "ผอ.กองการศึกษา");
  EXPECT_EQ(list[0].at("reason_th").as_string(), "ผู้รับจ้างส่งงานล่าช้า");
  EXPECT_EQ(list[0].at("decisions").at(0).at("decision_th").as_string(), "ให้รายงานทุกสัปดาห์");
  EXPECT_TRUE(testing::Contains(get("/plan/dashboard").body, "ให้รายงานทุกสัปดาห์"));
}

TEST_P(PlanAccelerationApi, OnlyThePlannerAddsMeasuresAndOnlyStaffSeeTheList) {
  sign_in_as_owner("education");
  EXPECT_EQ(send_json("POST", "/api/v1/plan/acceleration",
                      json::object{{"project_id", project_id(3, 1)},
                                   {"owner_th", "ก"},
                                   {"reason_th", "ข"},
                                   {"measure_th", "ค"}})
                .status,
            403);
  sign_out();
  EXPECT_EQ(get("/api/v1/plan/acceleration").status, 401);
  EXPECT_EQ(get("/api/v1/plan/projects/" + std::to_string(project_id(3, 1)) + "/pdca").status, 401);
}

TEST_P(PlanAccelerationApi, AProjectsOwnerWritesAPdcaNoteOnlyForTheirOwnProject) {
  const auto mine = std::to_string(project_id(3, 1));  // education's
  sign_in_as_owner("education");
  const auto bad = send_json("POST", "/api/v1/plan/projects/" + mine + "/pdca",
                             json::object{{"plan_th", "อบรมครู"}, {"do_th", ""}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(body_json(bad).at("error").at("fields").as_object().contains("do_th"));

  const auto note = send_json("POST", "/api/v1/plan/projects/" + mine + "/pdca",
                              json::object{{"plan_th", "อบรมครู 200 คน"},
                                           {"do_th", "อบรมแล้ว 50 คน"},
                                           {"check_th", "ต่ำกว่าแผน"},
                                           {"act_th", "เพิ่มรอบอบรม"}});
  ASSERT_EQ(note.status, 201) << note.body;
  EXPECT_EQ(audits("plan.pdca.add"), 1);

  sign_in_as_owner("finance");
  EXPECT_EQ(
      send_json("POST", "/api/v1/plan/projects/" + mine + "/pdca",
                json::object{{"plan_th", "ก"}, {"do_th", "ข"}, {"check_th", "ค"}, {"act_th", "ง"}})
          .status,
      403);
  EXPECT_EQ(get("/api/v1/plan/projects/999999/pdca").status, 404);

  const auto notes = body_json(get("/api/v1/plan/projects/" + mine + "/pdca")).at("items");
  ASSERT_EQ(notes.as_array().size(), 1u);
  EXPECT_EQ(notes.at(0).at("act_th").as_string(), "เพิ่มรอบอบรม");
  EXPECT_TRUE(testing::Contains(get("/plan/projects/" + mine).body, "เพิ่มรอบอบรม"));
}

INSTANTIATE_TEST_SUITE_P(, PlanAccelerationApi, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
