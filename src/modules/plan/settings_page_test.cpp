// The delay margin's page, on both databases: the planner sets it on a form, a bad value comes
// back with the error named in the summary and beside the field, and only the planner may.
#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"
#include "modules/plan/store.hpp"

namespace pao::plan {
namespace {

using testing::Contains;

class PlanSettingsPage : public testing::PlanRouteTest {
 protected:
  double margin() {
    auto c = conn();
    return store::delay_margin(*c);
  }
};

TEST_P(PlanSettingsPage, ThePlannerSetsTheDelayMarginOnAForm) {
  sign_in_as_planner();
  const auto page = get("/plan/settings");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Contains(page.body, "name=\"delay_margin\""));
  EXPECT_TRUE(Contains(get("/plan/dashboard").body, "href=\"/plan/settings\""));

  const auto saved = post_form("/plan/settings", {{"delay_margin", "7.5"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(margin(), 7.5);
  EXPECT_EQ(testing::audit_count(*conn(), "plan.setting.margin"), 1);
  EXPECT_TRUE(Contains(get("/plan/settings").body, "value=\"7.5\""));
}

TEST_P(PlanSettingsPage, ABadMarginComesBackNamedInTheSummaryAndBesideTheField) {
  sign_in_as_planner();
  const double before = margin();
  for (const char* typed : {"สิบ", "150"}) {
    const auto r = post_form("/plan/settings", {{"delay_margin", typed}});
    ASSERT_EQ(r.status, 400) << r.body;
    EXPECT_TRUE(Contains(r.body, "error-summary"));
    EXPECT_TRUE(Contains(r.body, "href=\"#delay_margin\""));
    EXPECT_TRUE(Contains(r.body, std::string("value=\"") + typed + "\"")) << "the input is kept";
    EXPECT_EQ(margin(), before);
  }
}

TEST_P(PlanSettingsPage, OnlyThePlannerSeesOrSetsIt) {
  sign_in_as_owner("education");
  EXPECT_EQ(get("/plan/settings").status, 403);
  EXPECT_EQ(post_form("/plan/settings", {{"delay_margin", "5"}}).status, 403);
  EXPECT_FALSE(get("/plan/dashboard").body.find("href=\"/plan/settings\"") != std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(, PlanSettingsPage, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
