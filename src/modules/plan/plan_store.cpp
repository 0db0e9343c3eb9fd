// All SQL of the plan registry: plans, their strategies and the strategies' goals.
#include "modules/plan/plan_store.hpp"

#include <map>

namespace pao::plan {

std::vector<std::string> plan_items(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = s.find(" | ", i);
    if (j == std::string::npos) j = s.size();
    std::string part = s.substr(i, j - i);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    // The plan numbers its items ("1. …"); the page's list does the numbering.
    const auto digits = part.find_first_not_of("0123456789");
    if (digits != std::string::npos && digits > 0 && part[digits] == '.') part.erase(0, digits + 1);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    if (!part.empty()) out.push_back(std::move(part));
    i = j + 3;
  }
  return out;
}

std::string join_items(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " | ") + item;
  return out;
}

void seed_goals_from_text(db::Connection& conn) {
  for (const auto& s : conn.query("SELECT id, goals_th FROM plan_strategy ORDER BY id")) {
    int position = 0;
    for (const auto& goal : plan_items(s.str(1))) {
      conn.execute("INSERT INTO plan_goal (strategy_id, position, text_th) VALUES (?, ?, ?)",
                   s.i64(0), ++position, goal);
    }
  }
}

namespace store {

namespace {

constexpr const char* kPlanColumns =
    "pl.id, pl.kind, pl.name_th, pl.first_year, pl.last_year, pl.status, "
    "(SELECT COUNT(*) FROM plan_strategy s WHERE s.plan_id = pl.id), "
    "(SELECT COUNT(*) FROM plan_project p JOIN plan_strategy s ON s.id = p.strategy_id "
    "WHERE s.plan_id = pl.id) FROM plan_plan pl";

Plan plan_from(const db::Row& r) {
  return {r.i64(0),
          r.str(1),
          r.str(2),
          static_cast<int>(r.i64(3)),
          static_cast<int>(r.i64(4)),
          r.str(5),
          static_cast<int>(r.i64(6)),
          static_cast<int>(r.i64(7))};
}

std::vector<Strategy> strategies_where(db::Connection& conn, const char* where, std::int64_t key) {
  std::vector<Strategy> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r :
       conn.query(std::string("SELECT s.id, s.plan_id, s.number, s.name_th, s.missions_th, "
                              "(SELECT COUNT(*) FROM plan_project p WHERE p.strategy_id = s.id) "
                              "FROM plan_strategy s WHERE ") +
                      where + " ORDER BY s.number",
                  key)) {
    index[r.i64(0)] = out.size();
    out.push_back({static_cast<int>(r.i64(0)),
                   r.i64(1),
                   static_cast<int>(r.i64(2)),
                   r.str(3),
                   plan_items(r.str(4)),
                   {},
                   static_cast<int>(r.i64(5))});
  }
  for (const auto& g :
       conn.query(std::string("SELECT g.id, g.strategy_id, g.position, g.text_th FROM plan_goal "
                              "g JOIN plan_strategy s ON s.id = g.strategy_id WHERE ") +
                      where + " ORDER BY g.position, g.id",
                  key)) {
    if (const auto it = index.find(g.i64(1)); it != index.end()) {
      out[it->second].goals.push_back(
          {g.i64(0), static_cast<int>(g.i64(1)), static_cast<int>(g.i64(2)), g.str(3)});
    }
  }
  return out;
}

}  // namespace

std::vector<Plan> list_plans(db::Connection& conn) {
  std::vector<Plan> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kPlanColumns +
                                      " ORDER BY CASE WHEN pl.id = ? THEN 0 ELSE 1 END, pl.id",
                                  kDefaultPlanId)) {
    out.push_back(plan_from(r));
  }
  return out;
}

std::optional<Plan> find_plan(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(std::string("SELECT ") + kPlanColumns + " WHERE pl.id = ?", id);
  if (!r) return std::nullopt;
  return plan_from(*r);
}

std::int64_t insert_plan(db::Connection& conn, const PlanInput& p) {
  return conn
      .query_one(
          "INSERT INTO plan_plan (kind, name_th, first_year, last_year, status) VALUES "
          "(?, ?, ?, ?, ?) RETURNING id",
          p.kind, p.name_th, p.first_year, p.last_year, p.status)
      ->i64(0);
}

void update_plan(db::Connection& conn, std::int64_t id, const PlanInput& p) {
  conn.execute(
      "UPDATE plan_plan SET kind = ?, name_th = ?, first_year = ?, last_year = ?, status = ? "
      "WHERE id = ?",
      p.kind, p.name_th, p.first_year, p.last_year, p.status, id);
}

std::set<std::int64_t> draft_plans(db::Connection& conn) {
  std::set<std::int64_t> out;
  for (const auto& r : conn.query("SELECT id FROM plan_plan WHERE status = 'draft'")) {
    out.insert(r.i64(0));
  }
  return out;
}

int projects_outside(db::Connection& conn, std::int64_t plan_id, int first, int last) {
  return static_cast<int>(
      conn.query_one("SELECT COUNT(DISTINCT p.id) FROM plan_project p JOIN plan_strategy s ON "
                     "s.id = p.strategy_id JOIN plan_project_year y ON y.project_id = p.id "
                     "WHERE s.plan_id = ? AND (y.fiscal_year < ? OR y.fiscal_year > ?)",
                     plan_id, first, last)
          ->i64(0));
}

std::vector<Strategy> plan_strategies(db::Connection& conn, std::int64_t plan_id) {
  return strategies_where(conn, "s.plan_id = ?", plan_id);
}

std::optional<Strategy> find_strategy(db::Connection& conn, int id) {
  auto found = strategies_where(conn, "s.id = ?", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

bool strategy_number_taken(db::Connection& conn, std::int64_t plan_id, int number, int except_id) {
  return conn
      .query_one("SELECT 1 FROM plan_strategy WHERE plan_id = ? AND number = ? AND id <> ?",
                 plan_id, number, except_id)
      .has_value();
}

void lock_strategies(db::Connection& conn) {
  if (conn.dialect() == db::Dialect::postgresql) {
    conn.execute("LOCK TABLE plan_strategy IN SHARE ROW EXCLUSIVE MODE");
  }
}

int insert_strategy(db::Connection& conn, std::int64_t plan_id, const StrategyInput& s) {
  // plan_strategy.id is a plain INTEGER key (the digital plan's are its numbers 1..4): the next
  // one is taken inside the caller's write transaction, under lock_strategies().
  const int id = static_cast<int>(
      conn.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM plan_strategy")->i64(0));
  conn.execute(
      "INSERT INTO plan_strategy (id, plan_id, number, name_th, missions_th, goals_th) VALUES "
      "(?, ?, ?, ?, ?, '')",
      id, plan_id, s.number, s.name_th, join_items(s.missions_th));
  return id;
}

void update_strategy(db::Connection& conn, int id, const StrategyInput& s) {
  conn.execute("UPDATE plan_strategy SET number = ?, name_th = ?, missions_th = ? WHERE id = ?",
               s.number, s.name_th, join_items(s.missions_th), id);
}

void delete_plan(db::Connection& conn, std::int64_t id) {
  conn.execute(
      "DELETE FROM plan_goal WHERE strategy_id IN (SELECT id FROM plan_strategy WHERE plan_id = ?)",
      id);
  conn.execute("DELETE FROM plan_strategy WHERE plan_id = ?", id);
  conn.execute("DELETE FROM plan_plan WHERE id = ?", id);
}

void delete_strategy(db::Connection& conn, int id) {
  conn.execute("DELETE FROM plan_goal WHERE strategy_id = ?", id);
  conn.execute("DELETE FROM plan_strategy WHERE id = ?", id);
}

std::optional<Goal> find_goal(db::Connection& conn, std::int64_t id) {
  const auto r =
      conn.query_one("SELECT id, strategy_id, position, text_th FROM plan_goal WHERE id = ?", id);
  if (!r) return std::nullopt;
  return Goal{r->i64(0), static_cast<int>(r->i64(1)), static_cast<int>(r->i64(2)), r->str(3)};
}

std::int64_t insert_goal(db::Connection& conn, int strategy_id, const std::string& text_th) {
  const auto position =
      conn.query_one("SELECT COALESCE(MAX(position), 0) + 1 FROM plan_goal WHERE strategy_id = ?",
                     strategy_id)
          ->i64(0);
  return conn
      .query_one(
          "INSERT INTO plan_goal (strategy_id, position, text_th) VALUES (?, ?, ?) RETURNING id",
          strategy_id, position, text_th)
      ->i64(0);
}

void update_goal(db::Connection& conn, std::int64_t id, const std::string& text_th) {
  conn.execute("UPDATE plan_goal SET text_th = ? WHERE id = ?", text_th, id);
}

void delete_goal(db::Connection& conn, std::int64_t id) {
  conn.execute("DELETE FROM plan_goal WHERE id = ?", id);
}

void set_goal_position(db::Connection& conn, std::int64_t id, int position) {
  conn.execute("UPDATE plan_goal SET position = ? WHERE id = ?", position, id);
}

bool seq_taken(db::Connection& conn, int strategy_id, int seq) {
  return conn
      .query_one("SELECT 1 FROM plan_project WHERE strategy_id = ? AND seq = ?", strategy_id, seq)
      .has_value();
}

int next_seq(db::Connection& conn, int strategy_id) {
  return static_cast<int>(
      conn.query_one("SELECT COALESCE(MAX(seq), 0) + 1 FROM plan_project WHERE strategy_id = ?",
                     strategy_id)
          ->i64(0));
}

}  // namespace store

}  // namespace pao::plan
