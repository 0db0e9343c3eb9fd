// The plan registry on both databases: plans and their year spans, strategy numbers unique per
// plan, goals in order, projects within their plan's years, deleting refused while projects
// remain, and only the planner.
#include "modules/plan/plans.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <thread>

#include "modules/plan/follow_progress.hpp"
#include "modules/plan/import_projects.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/testing.hpp"

namespace pao::plan {
namespace {

class PlanRegistry : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    who_.kind = auth::PrincipalKind::user;
    who_.division = "strategy_budget";
    who_.grant(kManagePermission, "strategy_budget");
  }
  Plan yearly_plan(int year = 2570) {
    auto p = create_plan(
        conn(), at_, planner_, who_,
        {"yearly_action", "แผนดำเนินงานประจำปี " + std::to_string(year), year, year, "in_force"});
    EXPECT_TRUE(p.ok());
    return *p;
  }
  Strategy strategy_in(std::int64_t plan, int number) {
    auto s = add_strategy(conn(), at_, planner_, who_, plan,
                          {number, "ยุทธศาสตร์ " + std::to_string(number), {"พันธกิจ"}});
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.en);
    return *s;
  }
  std::vector<std::string> goal_texts(int strategy) {
    std::vector<std::string> out;
    const auto s = find_strategy(conn(), strategy);
    for (const auto& g : s->goals) out.push_back(g.text_th);
    return out;
  }
  auth::Principal who_;
};

TEST_P(PlanRegistry, TheSeededDigitalPlanIsPlanOneWithItsFourStrategiesGoalsAndProjects) {
  const auto plans = list_plans(conn());
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].id, kDefaultPlanId);
  EXPECT_EQ(plans[0].kind, "digital");
  EXPECT_EQ(plans[0].first_year, 2566);
  EXPECT_EQ(plans[0].last_year, 2570);
  EXPECT_EQ(plans[0].status, "in_force");
  EXPECT_EQ(plans[0].strategy_count, 4);
  EXPECT_EQ(plans[0].project_count, 25);
  const auto s1 = find_strategy(conn(), 1);
  ASSERT_EQ(s1->goals.size(), 2u) << "the ' | '-separated goals became rows";
  EXPECT_EQ(s1->goals[0].text_th, "โครงสร้างพื้นฐานเทคโนโลยีดิจิทัลมีความเสถียร");
  EXPECT_EQ(s1->goals[1].position, 2);
  EXPECT_EQ(list_strategies(conn())[3].goals_th.size(), 1u);
}

TEST_P(PlanRegistry, AYearlyPlanCoversOneYearAndALocalDevelopmentPlanFive) {
  auto two_years = create_plan(conn(), at_, planner_, who_,
                               {"yearly_action", "แผนดำเนินงาน", 2569, 2570, "draft"});
  ASSERT_FALSE(two_years.ok());
  EXPECT_TRUE(two_years.error().fields.count("last_year"));
  auto four_years = create_plan(conn(), at_, planner_, who_,
                                {"local_development", "แผนพัฒนาท้องถิ่น", 2566, 2569, "draft"});
  ASSERT_FALSE(four_years.ok());
  EXPECT_TRUE(four_years.error().fields.count("last_year"));
  auto backwards =
      create_plan(conn(), at_, planner_, who_, {"digital", "แผนดิจิทัล", 2570, 2566, "draft"});
  EXPECT_TRUE(backwards.error().fields.count("last_year"));
  auto bad = create_plan(conn(), at_, planner_, who_, {"wish_list", " ", 2400, 2570, "maybe"});
  ASSERT_FALSE(bad.ok());
  for (const char* f : {"kind", "name_th", "first_year", "status"}) {
    EXPECT_TRUE(bad.error().fields.count(f)) << f;
  }
  auto five =
      create_plan(conn(), at_, planner_, who_,
                  {"local_development", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)", 2566, 2570, "in_force"});
  ASSERT_TRUE(five.ok());
  EXPECT_EQ(five->strategy_count, 0);
  EXPECT_EQ(testing::audit_count(conn(), "plan.plan.create"), 1);
  EXPECT_EQ(list_plans(conn()).size(), 2u);
}

TEST_P(PlanRegistry, AProjectsYearsMustLieWithinItsPlansSpan) {
  const auto plan = yearly_plan(2570);
  const auto s = strategy_in(plan.id, 1);
  NewProject p{0, "จัดหาคอมพิวเตอร์", "", "procurement", {2569, 2570}, {"strategy_budget"}};
  auto outside = add_project(conn(), at_, planner_, who_, s.id, p);
  ASSERT_FALSE(outside.ok());
  EXPECT_TRUE(outside.error().fields.count("fiscal_years"));
  p.fiscal_years = {2570};
  auto inside = add_project(conn(), at_, planner_, who_, s.id, p);
  ASSERT_TRUE(inside.ok()) << inside.error().message.en;
  EXPECT_EQ(inside->number(), "1.1");
  EXPECT_EQ(inside->plan_id, plan.id);
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.add"), 1);
  // Narrowing the digital plan to 2566–2569 would leave projects of 2570 outside it.
  auto narrowed = update_plan(conn(), at_, planner_, who_, kDefaultPlanId,
                              {"digital", "แผนปฏิบัติการดิจิทัล", 2566, 2569, "in_force"});
  ASSERT_FALSE(narrowed.ok());
  EXPECT_TRUE(narrowed.error().fields.count("first_year"));
}

TEST_P(PlanRegistry, StrategyNumbersAreUniqueWithinAPlanButTwoPlansMayShareOne) {
  const auto plan = yearly_plan();
  const auto mine = strategy_in(plan.id, 1);  // the digital plan has a strategy 1 too
  EXPECT_NE(mine.id, 1);
  EXPECT_EQ(mine.number, 1);
  auto again = add_strategy(conn(), at_, planner_, who_, plan.id, {1, "ซ้ำ", {}});
  ASSERT_FALSE(again.ok());
  EXPECT_TRUE(again.error().fields.count("number"));
  const auto second = strategy_in(plan.id, 2);
  auto renumbered = update_strategy(conn(), at_, planner_, who_, second.id, {1, "ซ้ำ", {}});
  ASSERT_FALSE(renumbered.ok());
  EXPECT_TRUE(renumbered.error().fields.count("number"));
  auto renamed =
      update_strategy(conn(), at_, planner_, who_, second.id, {3, "ยุทธศาสตร์ที่สาม", {"หนึ่ง", "สอง"}});
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->number, 3);
  EXPECT_EQ(renamed->missions_th, (std::vector<std::string>{"หนึ่ง", "สอง"}));
  EXPECT_EQ(list_strategies(conn(), plan.id).size(), 2u);
  EXPECT_EQ(list_strategies(conn()).size(), 4u) << "the digital plan's are untouched";
  const auto audit = conn().query_one(
      "SELECT changes FROM platform_audit_entry WHERE action = 'plan.strategy.update'");
  EXPECT_NE(audit->str(0).find("\"before\":2"), std::string::npos) << audit->str(0);
}

TEST_P(PlanRegistry, PlannersAddingStrategiesAtTheSameMomentAllSucceedWithDistinctIds) {
  const auto plan = yearly_plan();
  constexpr int kPlanners = 8;
  std::vector<int> ids(kPlanners, 0);
  std::vector<std::string> failures;
  std::mutex failures_mutex;
  std::vector<std::thread> planners;
  for (int i = 0; i < kPlanners; ++i) {
    planners.emplace_back([&, i] {
      try {
        auto lease = db_->acquire();
        auto s = add_strategy(lease.conn(), at_, planner_, who_, plan.id,
                              {i + 1, "ยุทธศาสตร์ " + std::to_string(i + 1), {}});
        std::lock_guard lock(failures_mutex);
        if (s.ok()) {
          ids[static_cast<std::size_t>(i)] = s->id;
        } else {
          failures.push_back(s.error().message.en);
        }
      } catch (const std::exception& e) {
        std::lock_guard lock(failures_mutex);
        failures.push_back(e.what());
      }
    });
  }
  for (auto& t : planners) t.join();
  ASSERT_TRUE(failures.empty()) << failures.front();
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(list_strategies(conn(), plan.id).size(), static_cast<std::size_t>(kPlanners));
}

TEST_P(PlanRegistry, ADraftPlanWithoutProjectsIsDeletedWithItsStrategiesAndGoals) {
  auto draft = create_plan(conn(), at_, planner_, who_,
                           {"yearly_action", "ร่างแผนดำเนินงาน 2570", 2570, 2570, "draft"});
  ASSERT_TRUE(draft.ok());
  const auto s = strategy_in(draft->id, 1);
  ASSERT_TRUE(add_goal(conn(), at_, planner_, who_, s.id, "เป้าประสงค์หนึ่ง").ok());
  ASSERT_TRUE(delete_plan(conn(), at_, planner_, who_, draft->id).ok());
  EXPECT_FALSE(find_plan(conn(), draft->id));
  EXPECT_FALSE(find_strategy(conn(), s.id));
  EXPECT_EQ(conn().query_one("SELECT COUNT(*) FROM plan_goal WHERE strategy_id = ?", s.id)->i64(0),
            0);
  const auto audit = conn().query_one(
      "SELECT changes FROM platform_audit_entry WHERE action = 'plan.plan.delete'");
  ASSERT_TRUE(audit);
  EXPECT_NE(audit->str(0).find("ร่างแผนดำเนินงาน 2570"), std::string::npos) << audit->str(0);
  EXPECT_EQ(delete_plan(conn(), at_, planner_, who_, draft->id).error().code, ErrorCode::not_found);
}

TEST_P(PlanRegistry, APlanInForceOrWithProjectsIsKept) {
  const auto adopted = yearly_plan();  // in force, no projects
  EXPECT_EQ(delete_plan(conn(), at_, planner_, who_, adopted.id).error().code, ErrorCode::conflict);
  EXPECT_EQ(delete_plan(conn(), at_, planner_, who_, kDefaultPlanId).error().code,
            ErrorCode::conflict)
      << "the digital plan is in force and has 25 projects";
  EXPECT_TRUE(find_plan(conn(), adopted.id));
  auth::Principal owner;
  owner.kind = auth::PrincipalKind::user;
  owner.division = "education";
  owner.grant(kReportPermission, "education");
  auto draft =
      create_plan(conn(), at_, planner_, who_, {"yearly_action", "ร่าง", 2571, 2571, "draft"});
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(delete_plan(conn(), at_, planner_, owner, draft->id).error().code,
            ErrorCode::permission_denied);
}

TEST_P(PlanRegistry, AStrategyWithProjectsCannotBeDeletedAndTheMessageSaysHowMany) {
  auto refused = delete_strategy(conn(), at_, planner_, who_, 2);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);
  EXPECT_NE(refused.error().message.th.find("10 โครงการ"), std::string::npos)
      << refused.error().message.th;
  const auto plan = yearly_plan();
  const auto empty = strategy_in(plan.id, 1);
  ASSERT_TRUE(add_goal(conn(), at_, planner_, who_, empty.id, "เป้าหมาย").ok());
  ASSERT_TRUE(delete_strategy(conn(), at_, planner_, who_, empty.id).ok());
  EXPECT_FALSE(find_strategy(conn(), empty.id));
  EXPECT_EQ(
      conn().query_one("SELECT COUNT(*) FROM plan_goal WHERE strategy_id = ?", empty.id)->i64(0),
      0);
  EXPECT_EQ(testing::audit_count(conn(), "plan.strategy.delete"), 1);
}

TEST_P(PlanRegistry, GoalsAreAddedEditedReorderedAndRemovedInOrder) {
  const auto plan = yearly_plan();
  const auto s = strategy_in(plan.id, 1);
  const auto a = add_goal(conn(), at_, planner_, who_, s.id, "ก");
  const auto b = add_goal(conn(), at_, planner_, who_, s.id, "ข");
  const auto c = add_goal(conn(), at_, planner_, who_, s.id, "ค");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(c->position, 3);
  ASSERT_TRUE(reorder_goals(conn(), at_, planner_, who_, s.id, {c->id, a->id, b->id}).ok());
  EXPECT_EQ(goal_texts(s.id), (std::vector<std::string>{"ค", "ก", "ข"}));
  auto missing = reorder_goals(conn(), at_, planner_, who_, s.id, {c->id, a->id});
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(missing.error().fields.count("goal_ids"));
  auto foreign = reorder_goals(conn(), at_, planner_, who_, s.id, {c->id, a->id, 1});
  EXPECT_FALSE(foreign.ok()) << "goal 1 belongs to the digital plan's strategy 1";
  ASSERT_TRUE(move_goal(conn(), at_, planner_, who_, b->id, -1).ok());
  EXPECT_EQ(goal_texts(s.id), (std::vector<std::string>{"ค", "ข", "ก"}));
  ASSERT_TRUE(move_goal(conn(), at_, planner_, who_, c->id, -1).ok()) << "at the top it stays";
  ASSERT_TRUE(update_goal(conn(), at_, planner_, who_, a->id, "ก ใหม่").ok());
  EXPECT_FALSE(update_goal(conn(), at_, planner_, who_, a->id, "  ").ok());
  ASSERT_TRUE(remove_goal(conn(), at_, planner_, who_, c->id).ok());
  EXPECT_EQ(goal_texts(s.id), (std::vector<std::string>{"ข", "ก ใหม่"}));
  EXPECT_EQ(find_strategy(conn(), s.id)->goals[1].position, 2) << "the others close up";
  EXPECT_EQ(testing::audit_count(conn(), "plan.goal.reorder"), 2);
  EXPECT_EQ(testing::audit_count(conn(), "plan.goal.remove"), 1);
}

TEST_P(PlanRegistry, OnlyThePlannerChangesPlansStrategiesAndGoals) {
  auth::Principal executive;
  executive.kind = auth::PrincipalKind::user;
  executive.division = "office_of_chief";
  executive.grant(kViewPermission, "*");
  executive.grant(kDecidePermission, "*");
  EXPECT_EQ(
      create_plan(conn(), at_, planner_, executive, {"yearly_action", "แผน", 2570, 2570, "draft"})
          .error()
          .code,
      ErrorCode::permission_denied);
  EXPECT_EQ(update_strategy(conn(), at_, planner_, executive, 1, {1, "ชื่อใหม่", {}}).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(add_goal(conn(), at_, planner_, executive, 1, "เป้า").error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(list_strategies(conn())[0].name_th, "การพัฒนาโครงสร้างพื้นฐานดิจิทัล");
}

TEST_P(PlanRegistry, ProgressListsTheDefaultPlanUnlessAnotherIsChosen) {
  const auto plan = yearly_plan();
  const auto s = strategy_in(plan.id, 1);
  ASSERT_TRUE(add_project(conn(), at_, planner_, who_, s.id,
                          {0, "โครงการประจำปี", "", "", {2570}, {"education"}})
                  .ok());
  const Date today{2024, 2, 2};
  EXPECT_EQ(list_project_progress(conn(), today).size(), 25u);
  ProgressFilter mine;
  mine.plan = plan.id;
  const auto listed = list_project_progress(conn(), today, mine);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].project.number(), "1.1");
  mine.strategy = 1;
  EXPECT_EQ(list_project_progress(conn(), today, mine).size(), 1u) << "strategy is the number";
  ProgressFilter every;
  every.every_plan = true;
  EXPECT_EQ(list_project_progress(conn(), today, every).size(), 26u);
}

TEST_P(PlanRegistry, AnImportGoesIntoTheChosenPlanWithinItsYears) {
  const auto plan = yearly_plan(2570);
  strategy_in(plan.id, 1);
  const std::string header =
      "strategy,seq,project_th,objectives_th,years_be,responsible_units_th,system_kind\n";
  auto outside = import_projects(conn(), at_, planner_, who_,
                                 header + "1,1,โครงการ,,2569,กองคลัง,software\n", plan.id);
  ASSERT_TRUE(outside.ok());
  ASSERT_EQ(outside->errors.size(), 1u);
  EXPECT_EQ(outside->errors[0].column, "years_be");
  auto no_strategy = import_projects(conn(), at_, planner_, who_,
                                     header + "2,1,โครงการ,,2570,กองคลัง,software\n", plan.id);
  ASSERT_EQ(no_strategy->errors.size(), 1u) << "the yearly plan has only strategy 1";
  auto inside = import_projects(conn(), at_, planner_, who_,
                                header + "1,1,ระบบบัญชีออนไลน์,,2570,กองคลัง,software\n", plan.id);
  ASSERT_TRUE(inside.ok());
  EXPECT_EQ(inside->added, 1);
  EXPECT_EQ(plan_detail(conn(), plan.id)->projects.at(0).name_th, "ระบบบัญชีออนไลน์");
  EXPECT_EQ(find_plan(conn(), kDefaultPlanId)->project_count, 25) << "1.1 of the digital plan kept";
  EXPECT_FALSE(import_projects(conn(), at_, planner_, who_, header, 77).ok());
}

INSTANTIATE_TEST_SUITE_P(, PlanRegistry, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
