// All SQL of the plan registry (plan_plan, plan_strategy, plan_goal) for plans.hpp. Functions
// that write expect the caller's transaction; reads work on any connection.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/plan/plans.hpp"
#include "platform/db/database.hpp"

namespace pao::plan {

// The items of a ' | '-separated text of the plan ("1. … | 2. …"), without their numbers.
std::vector<std::string> plan_items(const std::string& text);
// The same items joined back as stored.
std::string join_items(const std::vector<std::string>& items);

// Migration plan 7: each strategy's goals text (' | '-separated) becomes plan_goal rows.
void seed_goals_from_text(db::Connection& conn);

namespace store {

std::vector<Plan> list_plans(db::Connection& conn);
std::optional<Plan> find_plan(db::Connection& conn, std::int64_t id);
std::int64_t insert_plan(db::Connection& conn, const PlanInput& p);
void update_plan(db::Connection& conn, std::int64_t id, const PlanInput& p);
// How many of the plan's projects run in a year outside first..last.
// Ids of the plans still in draft.
std::set<std::int64_t> draft_plans(db::Connection& conn);
int projects_outside(db::Connection& conn, std::int64_t plan_id, int first, int last);

std::vector<Strategy> plan_strategies(db::Connection& conn, std::int64_t plan_id);
std::optional<Strategy> find_strategy(db::Connection& conn, int id);
// Whether the plan has a strategy numbered `number` other than `except_id`.
bool strategy_number_taken(db::Connection& conn, std::int64_t plan_id, int number,
                           int except_id = 0);
// Holds other writers of strategies off until the caller's transaction ends, so that a number's
// uniqueness and the next id are decided one planner at a time (PostgreSQL: a table lock that
// readers pass; SQLite: its write transaction already serialises writers).
void lock_strategies(db::Connection& conn);
int insert_strategy(db::Connection& conn, std::int64_t plan_id, const StrategyInput& s);
void update_strategy(db::Connection& conn, int id, const StrategyInput& s);
void delete_strategy(db::Connection& conn, int id);       // and its goals
void delete_plan(db::Connection& conn, std::int64_t id);  // and its strategies and their goals

std::optional<Goal> find_goal(db::Connection& conn, std::int64_t id);
std::int64_t insert_goal(db::Connection& conn, int strategy_id, const std::string& text_th);
void update_goal(db::Connection& conn, std::int64_t id, const std::string& text_th);
void delete_goal(db::Connection& conn, std::int64_t id);
void set_goal_position(db::Connection& conn, std::int64_t id, int position);

bool seq_taken(db::Connection& conn, int strategy_id, int seq);
int next_seq(db::Connection& conn, int strategy_id);

}  // namespace store

}  // namespace pao::plan
