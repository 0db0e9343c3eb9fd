// The planner keeps the PAO's plans (แผน) — the digital action plan (แผนปฏิบัติการดิจิทัล), the
// 5-year local development plan (แผนพัฒนาท้องถิ่น) and yearly action plans (แผนดำเนินงานประจำปี) —
// with their strategies (ยุทธศาสตร์), each strategy's goals (เป้าประสงค์) and projects (โครงการ).
//
// Rules:
// - A plan spans B.E. fiscal years first..last: a yearly action plan one year, a local
//   development plan five; a project's years lie within its plan's span.
// - A strategy's number is unique within its plan (two plans may each have a strategy 1).
// - A strategy that still has projects cannot be deleted (conflict, saying how many).
// - Only the planner (permissions.hpp: is_planner) changes any of it: permission_denied
//   otherwise. Every change writes one audit entry with before/after in its transaction
//   (plan.plan.create/update, plan.strategy.add/update/delete, plan.goal.add/update/remove/
//   reorder, plan.project.add).
// Reads work on any connection; writes open their own transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/plan/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

// kind: "digital" | "local_development" | "yearly_action"; status: "draft" | "in_force" |
// "ended". A draft plan's projects are not yet due in reporting rounds.
inline const std::vector<std::string> kPlanKinds{"digital", "local_development", "yearly_action"};
inline const std::vector<std::string> kPlanStatuses{"draft", "in_force", "ended"};

struct Plan {
  std::int64_t id = 0;
  std::string kind;
  std::string name_th;
  int first_year = 0;  // B.E. fiscal years
  int last_year = 0;
  std::string status;
  int strategy_count = 0;
  int project_count = 0;
};

struct PlanInput {
  std::string kind;
  std::string name_th;
  int first_year = 0;
  int last_year = 0;
  std::string status = "draft";
};

struct Goal {
  std::int64_t id = 0;
  int strategy_id = 0;
  int position = 0;  // 1, 2, … in the order the plan lists them
  std::string text_th;
};

struct Strategy {
  int id = 0;
  std::int64_t plan_id = 0;
  int number = 0;
  std::string name_th;
  std::vector<std::string> missions_th;  // พันธกิจ, in order
  std::vector<Goal> goals;
  int project_count = 0;
};

struct StrategyInput {
  int number = 0;  // 1–99, unique within the plan
  std::string name_th;
  std::vector<std::string> missions_th;
};

// A project added by hand under a strategy (import_projects.hpp adds them from a file).
struct NewProject {
  int seq = 0;  // 0: the next free number under the strategy
  std::string name_th;
  std::string objectives_th;
  std::string system_kind;
  std::vector<int> fiscal_years;       // within the plan's span
  std::vector<std::string> divisions;  // org division codes responsible (at least one)
};

struct PlanDetail {
  Plan plan;
  std::vector<Strategy> strategies;  // by number, goals in order
  std::vector<Project> projects;     // by strategy number, seq
};

std::vector<Plan> list_plans(db::Connection& conn);  // the default plan first, then by id
std::optional<Plan> find_plan(db::Connection& conn, std::int64_t id);
// A draft plan is internal until it is adopted: only staff who follow the plan (plan.view) see
// it, its strategies and its projects; to anyone else (the public pages and API) it does not
// exist.
bool may_see_plan(const Plan& p, const auth::Principal& who);
// The plan when `who` may see it (may_see_plan), else nullopt.
std::optional<Plan> find_visible_plan(db::Connection& conn, std::int64_t id,
                                      const auth::Principal& who);
std::optional<PlanDetail> plan_detail(db::Connection& conn, std::int64_t id);
std::optional<Strategy> find_strategy(db::Connection& conn, int id);

// invalid_argument naming the field for a bad kind, name, span or status; for update_plan also
// when the new span would leave some project's year outside it.
Result<Plan> create_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, const PlanInput& in);
Result<Plan> update_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t id, const PlanInput& in);

// invalid_argument (field "number") when the plan has that number already.
Result<Strategy> add_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const auth::Principal& who, std::int64_t plan_id,
                              const StrategyInput& in);
Result<Strategy> update_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const auth::Principal& who, int strategy_id,
                                 const StrategyInput& in);
// Deletes a draft plan with its strategies and goals; conflict when it is in force or ended (an
// adopted plan is a record and stays) or still has projects (the message says how many).
// Audited (plan.plan.delete) with what it held.
Status delete_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const auth::Principal& who, std::int64_t plan_id);
// Removes the strategy and its goals; conflict while it has projects.
Status delete_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                       const auth::Principal& who, int strategy_id);

Result<Goal> add_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const auth::Principal& who, int strategy_id, const std::string& text_th);
Result<Goal> update_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t goal_id,
                         const std::string& text_th);
Status remove_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const auth::Principal& who, std::int64_t goal_id);
// Puts the strategy's goals in the order given: every goal of the strategy exactly once
// (invalid_argument, field "goal_ids", otherwise).
Status reorder_goals(db::Connection& conn, TimePoint at, const audit::Actor& by,
                     const auth::Principal& who, int strategy_id,
                     const std::vector<std::int64_t>& goal_ids);
// Moves a goal one place up (-1) or down (+1) among its strategy's goals; at an end it stays.
Status move_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                 const auth::Principal& who, std::int64_t goal_id, int step);

// invalid_argument naming the field: a missing name, no year or a year outside the plan, no or
// an unknown division, a seq the strategy has already.
Result<Project> add_project(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const auth::Principal& who, int strategy_id, const NewProject& in);

// not_found errors, shared by pages and the API.
Error no_such_plan();
Error no_such_strategy();
Error no_such_goal();

}  // namespace pao::plan
