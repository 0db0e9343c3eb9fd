// Keeping a project's KPIs, on both databases: editing recomputes achievement, a KPI reports
// carry is refused deletion (saying how many) and can be retired instead, so it leaves new report
// forms while its history stays; every change audited with before and after; only the planner.
#include "modules/plan/manage_kpis.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "modules/plan/dashboard.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/follow_progress.hpp"
#include "modules/plan/kpi_store.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanKpis : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    planner_who_.kind = auth::PrincipalKind::user;
    planner_who_.id = 3;
    planner_who_.name = "planner";
    planner_who_.division = "strategy_budget";
    planner_who_.grant(kManagePermission, "strategy_budget");
    planner_who_.grant(kReportPermission, "strategy_budget");
    p31_ = project_id(3, 1);  // runs in 2567
  }
  // "Teachers trained": 0 → 200 in 2567, higher is better.
  Kpi add_teachers() {
    NewKpi k{p31_, "ครูที่ผ่านการอบรม", "คน", 0, "higher", {{2567, 200}}};
    auto added = add_kpi(conn(), at_, planner_, planner_who_, k);
    EXPECT_TRUE(added.ok()) << added.error().message.en;
    return *added;
  }
  // Files a report in quarter 2 of 2567 carrying `actual` for the KPI.
  void report_actual(std::int64_t kpi_id, double actual) { report_actuals({{kpi_id, actual}}); }
  void report_actuals(std::vector<KpiActual> actuals) {
    if (!round_) {
      auto r = open_reporting_round(conn(), at_, planner_, planner_who_,
                                    {2567, "quarterly", 2, "15/4/2567"});
      ASSERT_TRUE(r.ok()) << r.error().message.en;
      round_ = *r;
    }
    NewReport n;
    n.round_id = round_->id;
    n.project_id = p31_;
    n.percent_complete = 30;
    n.kpi_actuals = std::move(actuals);
    auto filed = file_progress_report(conn(), at_, planner_, planner_who_, n);
    ASSERT_TRUE(filed.ok()) << filed.error().message.en;
  }
  std::optional<double> achievement_of(std::int64_t kpi_id) {
    for (const auto& k : kpi_progress(conn(), p31_)) {
      if (k.kpi.id == kpi_id) return k.achievement;
    }
    return std::nullopt;
  }
  boost::json::object last_audit(const std::string& action) {
    const auto r = conn().query_one(
        "SELECT changes FROM platform_audit_entry WHERE action = ? ORDER BY seq DESC", action);
    EXPECT_TRUE(r.has_value()) << "no audit entry " << action;
    return r ? boost::json::parse(r->str(0)).as_object() : boost::json::object{};
  }
  static auth::Principal someone(const std::string& division,
                                 const std::vector<std::string>& permissions) {
    auth::Principal p;
    p.kind = auth::PrincipalKind::user;
    p.id = 9;
    p.name = "someone";
    p.division = division;
    for (const auto& perm : permissions) p.grant(perm, "*");
    return p;
  }

  auth::Principal planner_who_;
  std::int64_t p31_ = 0;
  std::optional<Round> round_;
};

TEST_P(PlanKpis, RaisingTheTargetLowersTheAchievementOnTheProjectAtOnce) {
  const auto k = add_teachers();
  report_actual(k.id, 100);
  EXPECT_DOUBLE_EQ(*achievement_of(k.id), 50);
  NewKpi edited{p31_, "ครูที่ผ่านการอบรม", "คน", 0, "higher", {{2567, 400}}};
  ASSERT_TRUE(edit_kpi(conn(), at_, planner_, planner_who_, k.id, edited).ok());
  EXPECT_DOUBLE_EQ(*achievement_of(k.id), 25);
  EXPECT_DOUBLE_EQ(*project_kpi_achievement(kpi_progress(conn(), p31_)), 25);
}

TEST_P(PlanKpis, TheDashboardsAchievementFollowsAnEditedTarget) {
  const auto k = add_teachers();
  report_actual(k.id, 100);
  const Date today{2024, 2, 2};
  auto d = build_dashboard(conn(), today, 2567);
  EXPECT_DOUBLE_EQ(d.kpi_achievement.at(p31_), 50);
  EXPECT_DOUBLE_EQ(*d.average_kpi_achievement, 50);
  EXPECT_NE(dashboard_csv(d).find(",50.0\r\n"), std::string::npos) << dashboard_csv(d);
  NewKpi edited{p31_, "ครูที่ผ่านการอบรม", "คน", 0, "higher", {{2567, 125}}};
  ASSERT_TRUE(edit_kpi(conn(), at_, planner_, planner_who_, k.id, edited).ok());
  d = build_dashboard(conn(), today, 2567);
  EXPECT_DOUBLE_EQ(*d.average_kpi_achievement, 80);
  EXPECT_DOUBLE_EQ(d.kpi_achievement.at(p31_), *project_kpi_achievement(kpi_progress(conn(), p31_)))
      << "the dashboard and the project page agree";
  EXPECT_FALSE(build_dashboard(conn(), today, 2566).kpi_achievement.count(project_id(1, 4)));
}

TEST_P(PlanKpis, TurningTheDirectionRecomputesAchievement) {
  NewKpi k{p31_, "เวลารอคอย", "นาที", 60, "higher", {{2567, 30}}};
  const auto added = add_kpi(conn(), at_, planner_, planner_who_, k);
  ASSERT_TRUE(added.ok());
  report_actual(added->id, 45);
  EXPECT_DOUBLE_EQ(*achievement_of(added->id), 100)
      << "higher is better with a target under the baseline: counted as met";
  k.direction = "lower";
  ASSERT_TRUE(edit_kpi(conn(), at_, planner_, planner_who_, added->id, k).ok());
  EXPECT_DOUBLE_EQ(*achievement_of(added->id), 50) << "lower is better: half way from 60 to 30";
}

TEST_P(PlanKpis, AnEditIsAuditedWithTheValuesBeforeAndAfter) {
  const auto k = add_teachers();
  NewKpi edited{p31_, "ครูที่ผ่านการอบรมดิจิทัล", "คน", 10, "higher", {{2567, 250}}};
  const auto saved = edit_kpi(conn(), at_, planner_, planner_who_, k.id, edited);
  ASSERT_TRUE(saved.ok()) << saved.error().message.en;
  EXPECT_EQ(testing::audit_count(conn(), "plan.kpi.edit"), 1);
  const auto c = last_audit("plan.kpi.edit");
  EXPECT_EQ(c.at("name_th").at("before").as_string(), "ครูที่ผ่านการอบรม");
  EXPECT_EQ(c.at("name_th").at("after").as_string(), "ครูที่ผ่านการอบรมดิจิทัล");
  EXPECT_DOUBLE_EQ(c.at("baseline").at("after").to_number<double>(), 10);
  EXPECT_DOUBLE_EQ(c.at("targets").at("before").at("2567").to_number<double>(), 200);
  EXPECT_DOUBLE_EQ(c.at("targets").at("after").at("2567").to_number<double>(), 250);
  EXPECT_FALSE(c.contains("unit_th")) << "unchanged fields are not listed";
  const auto stored = store::find_kpi(conn(), k.id);
  EXPECT_EQ(stored->name_th, "ครูที่ผ่านการอบรมดิจิทัล");
  EXPECT_TRUE(audit::verify_chain(conn()).intact);
}

TEST_P(PlanKpis, SavingWithoutChangesWritesNoAuditEntry) {
  const auto k = add_teachers();
  NewKpi same{p31_, " ครูที่ผ่านการอบรม ", "คน", 0, "higher", {{2567, 200}}};
  ASSERT_TRUE(edit_kpi(conn(), at_, planner_, planner_who_, k.id, same).ok());
  EXPECT_EQ(testing::audit_count(conn(), "plan.kpi.edit"), 0);
}

TEST_P(PlanKpis, AnEditIsCheckedLikeANewKpiAndChangesNothingWhenBad) {
  const auto k = add_teachers();
  NewKpi bad{p31_, "", "คน", 0, "sideways", {{2567, 300}}};
  const auto r = edit_kpi(conn(), at_, planner_, planner_who_, k.id, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_TRUE(r.error().fields.count("name_th"));
  EXPECT_TRUE(r.error().fields.count("direction"));
  NewKpi other_year{p31_, "ครู", "คน", 0, "higher", {{2571, 300}}};  // 3.1 runs 2566–2570
  const auto r2 = edit_kpi(conn(), at_, planner_, planner_who_, k.id, other_year);
  ASSERT_FALSE(r2.ok());
  EXPECT_TRUE(r2.error().fields.count("targets"));
  EXPECT_DOUBLE_EQ(store::find_kpi(conn(), k.id)->targets.at(0).second, 200);
}

TEST_P(PlanKpis, AKpiOfAnotherProjectIsNotFound) {
  const auto k = add_teachers();
  NewKpi elsewhere{project_id(1, 1), "ก", "คน", 0, "higher", {}};
  EXPECT_EQ(edit_kpi(conn(), at_, planner_, planner_who_, k.id, elsewhere).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(delete_kpi(conn(), at_, planner_, planner_who_, project_id(1, 1), k.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(retire_kpi(conn(), at_, planner_, planner_who_, project_id(1, 1), k.id).error().code,
            ErrorCode::not_found);
  EXPECT_TRUE(store::find_kpi(conn(), k.id));
}

TEST_P(PlanKpis, AKpiNoReportCarriesIsDeletedAndAudited) {
  const auto k = add_teachers();
  ASSERT_TRUE(delete_kpi(conn(), at_, planner_, planner_who_, p31_, k.id).ok());
  EXPECT_FALSE(store::find_kpi(conn(), k.id));
  EXPECT_TRUE(kpi_progress(conn(), p31_).empty());
  const auto c = last_audit("plan.kpi.delete");
  EXPECT_EQ(c.at("name_th").at("before").as_string(), "ครูที่ผ่านการอบรม");
  EXPECT_TRUE(c.at("name_th").at("after").is_null());
}

TEST_P(PlanKpis, AKpiReportsCarryIsNotDeletedAndTheRefusalSaysHowManyAndToRetireIt) {
  const auto k = add_teachers();
  report_actual(k.id, 100);
  report_actual(k.id, 120);  // a correction: the same round's report, version 2
  const auto r = delete_kpi(conn(), at_, planner_, planner_who_, p31_, k.id);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::conflict);
  EXPECT_NE(r.error().message.en.find("1 report carries"), std::string::npos)
      << r.error().message.en;
  EXPECT_NE(r.error().message.en.find("Retire"), std::string::npos);
  EXPECT_NE(r.error().message.th.find("เลิกติดตาม"), std::string::npos);
  EXPECT_TRUE(store::find_kpi(conn(), k.id));
  EXPECT_EQ(testing::audit_count(conn(), "plan.kpi.delete"), 0);
}

TEST_P(PlanKpis, ARetiredKpiLeavesNewReportsButKeepsItsActualAndAchievement) {
  const auto k = add_teachers();
  report_actual(k.id, 100);
  const auto retired = retire_kpi(conn(), at_, planner_, planner_who_, p31_, k.id);
  ASSERT_TRUE(retired.ok()) << retired.error().message.en;
  EXPECT_FALSE(retired->tracked());
  EXPECT_EQ(testing::audit_count(conn(), "plan.kpi.retire"), 1);
  EXPECT_EQ(last_audit("plan.kpi.retire").at("tracked").at("after"), false);
  // Its history stays.
  EXPECT_DOUBLE_EQ(*achievement_of(k.id), 50);
  // A new report may no longer carry it.
  NewReport n;
  n.round_id = round_->id;
  n.project_id = p31_;
  n.percent_complete = 40;
  n.kpi_actuals = {{k.id, 150}};
  const auto filed = file_progress_report(conn(), at_, planner_, planner_who_, n);
  ASSERT_FALSE(filed.ok());
  EXPECT_TRUE(filed.error().fields.count("kpi_actuals"));
  // Retiring twice is a conflict.
  EXPECT_EQ(retire_kpi(conn(), at_, planner_, planner_who_, p31_, k.id).error().code,
            ErrorCode::conflict);
}

TEST_P(PlanKpis, ARetiredKpiNoLongerCountsInTheProjectsAchievement) {
  const auto teachers = add_teachers();  // 0 → 200
  const auto schools = add_kpi(conn(), at_, planner_, planner_who_,
                               {p31_, "โรงเรียนที่เข้าร่วม", "แห่ง", 0, "higher", {{2567, 10}}});
  ASSERT_TRUE(schools.ok()) << schools.error().message.en;
  report_actuals({{teachers.id, 100}, {schools->id, 10}});  // 50 % and 100 %
  EXPECT_DOUBLE_EQ(*project_kpi_achievement(kpi_progress(conn(), p31_)), 75);
  ASSERT_TRUE(retire_kpi(conn(), at_, planner_, planner_who_, p31_, teachers.id).ok());
  EXPECT_DOUBLE_EQ(*project_kpi_achievement(kpi_progress(conn(), p31_)), 100)
      << "the project is judged by the KPIs it still follows";
  EXPECT_DOUBLE_EQ(project_kpi_achievements(conn()).at(p31_), 100) << "the dashboard's too";
  EXPECT_DOUBLE_EQ(*achievement_of(teachers.id), 50) << "the retired KPI's own history stays";
}

TEST_P(PlanKpis, OnlyThePlannerChangesKpis) {
  const auto k = add_teachers();
  NewKpi edited{p31_, "ก", "คน", 0, "higher", {}};
  for (const auto& who : {someone("education", {kViewPermission, kReportPermission}),
                          someone("office", {kViewPermission, kDecidePermission})}) {
    EXPECT_EQ(edit_kpi(conn(), at_, planner_, who, k.id, edited).error().code,
              ErrorCode::permission_denied);
    EXPECT_EQ(delete_kpi(conn(), at_, planner_, who, p31_, k.id).error().code,
              ErrorCode::permission_denied);
    EXPECT_EQ(retire_kpi(conn(), at_, planner_, who, p31_, k.id).error().code,
              ErrorCode::permission_denied);
  }
  EXPECT_EQ(store::find_kpi(conn(), k.id)->name_th, "ครูที่ผ่านการอบรม");
}

INSTANTIATE_TEST_SUITE_P(, PlanKpis, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::plan
