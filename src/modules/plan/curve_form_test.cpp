// The planned curve's form, on both databases: the planner sets the cumulative percent per
// quarter and the API shows it; a decreasing curve or a non-number comes back named, nothing
// stored; others 403.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"

namespace pao::plan {
namespace {

using testing::Contains;

class PlanCurveForm : public testing::PlanRouteTest {};

TEST_P(PlanCurveForm, ThePlannerSetsTheCurveQuarterByQuarter) {
  sign_in_as_planner();
  const auto p = std::to_string(project_id(3, 1));
  EXPECT_TRUE(Contains(get("/plan/projects/" + p).body, "/plan/projects/" + p + "/curve"));
  const auto form = get("/plan/projects/" + p + "/curve");
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Contains(form.body, "name=\"q_2567_4\""));
  const auto saved =
      post_form("/plan/projects/" + p + "/curve",
                {{"q_2567_1", "10"}, {"q_2567_2", "30"}, {"q_2567_3", "60"}, {"q_2567_4", "100"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(testing::audit_count(*conn(), "plan.project.curve"), 1);
  EXPECT_TRUE(Contains(get("/plan/projects/" + p + "/curve").body, "value=\"60\""))
      << "the form shows the stored curve";
}

TEST_P(PlanCurveForm, ADecreasingCurveOrANonNumberComesBackNamed) {
  sign_in_as_planner();
  const auto p = std::to_string(project_id(3, 1));
  const auto word = post_form("/plan/projects/" + p + "/curve", {{"q_2567_1", "สิบ"}});
  ASSERT_EQ(word.status, 400) << word.body;
  EXPECT_TRUE(Contains(word.body, "href=\"#q_2567_1\""));
  EXPECT_TRUE(Contains(word.body, "value=\"สิบ\""));
  const auto down =
      post_form("/plan/projects/" + p + "/curve", {{"q_2567_1", "50"}, {"q_2567_2", "20"}});
  ASSERT_EQ(down.status, 400) << down.body;
  EXPECT_TRUE(Contains(down.body, "href=\"#points\""));
  EXPECT_EQ(testing::audit_count(*conn(), "plan.project.curve"), 0);
}

TEST_P(PlanCurveForm, OnlyThePlannerSetsIt) {
  sign_in_as_owner("education");
  const auto p = std::to_string(project_id(3, 1));
  EXPECT_EQ(get("/plan/projects/" + p + "/curve").status, 403);
  EXPECT_EQ(post_form("/plan/projects/" + p + "/curve", {{"q_2567_1", "10"}}).status, 403);
}

INSTANTIATE_TEST_SUITE_P(, PlanCurveForm, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
