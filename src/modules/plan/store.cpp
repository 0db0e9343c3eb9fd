// All SQL of the plan module (tables plan_*).
#include "modules/plan/api.hpp"
#include "modules/plan/seed.hpp"

#include <charconv>
#include <stdexcept>

#include "platform/assets/embedded.hpp"
#include "platform/text/csv.hpp"

namespace pao::plan {

namespace {

std::vector<std::string> split_pipes(const std::string& s) {
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

int to_int(const std::string& s, const char* what) {
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) {
    throw std::runtime_error(std::string("plan seed: not a number in ") + what + ": " + s);
  }
  return v;
}

std::vector<text::CsvRow> seed_rows(std::string_view path, std::size_t columns) {
  auto parsed = text::parse_csv(assets::require(path));
  if (!parsed.ok())
    throw std::runtime_error("plan seed " + std::string(path) + ": " + parsed.error().message.en);
  auto rows = std::move(parsed).value();
  if (rows.empty()) throw std::runtime_error("plan seed is empty: " + std::string(path));
  rows.erase(rows.begin());  // header
  for (const auto& r : rows) {
    if (r.size() != columns)
      throw std::runtime_error("plan seed row with wrong column count in " + std::string(path));
  }
  return rows;
}

}  // namespace

namespace {
constexpr const char* kProjectColumns =
    "id, strategy_id, seq, name_th, objectives_th, responsible_th, system_kind";
Project project_from(db::Connection& conn, const db::Row& r) {
  Project p{r.i64(0),
            static_cast<int>(r.i64(1)),
            static_cast<int>(r.i64(2)),
            r.str(3),
            r.str(4),
            r.str(5),
            r.str(6),
            {}};
  for (const auto& y : conn.query(
           "SELECT fiscal_year FROM plan_project_year WHERE project_id = ? ORDER BY fiscal_year",
           p.id)) {
    p.fiscal_years.push_back(static_cast<int>(y.i64(0)));
  }
  return p;
}
}  // namespace

std::vector<Project> list_projects(db::Connection& conn) {
  std::vector<Project> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kProjectColumns +
                                  " FROM plan_project ORDER BY strategy_id, seq")) {
    out.push_back(project_from(conn, r));
  }
  return out;
}

std::optional<Project> find_project(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kProjectColumns + " FROM plan_project WHERE id = ?", id);
  if (!r) return std::nullopt;
  return project_from(conn, *r);
}

void load_digital_plan_seed(db::Connection& conn) {
  for (const auto& r : seed_rows("modules/plan/seed/strategies.csv", 4)) {
    conn.execute(
        "INSERT INTO plan_strategy (id, name_th, missions_th, goals_th) VALUES (?, ?, ?, ?)",
        to_int(r[0], "strategy"), r[1], r[2], r[3]);
  }
  // strategy,seq,project_th,objectives_th,years_be,responsible_units_th,system_kind
  for (const auto& r : seed_rows("modules/plan/seed/projects.csv", 7)) {
    const auto row = conn.query_one(
        "INSERT INTO plan_project (strategy_id, seq, name_th, objectives_th, responsible_th, "
        "system_kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        to_int(r[0], "strategy"), to_int(r[1], "seq"), r[2], r[3], r[5], r[6]);
    const std::int64_t id = row->i64(0);
    std::size_t i = 0;
    while (i < r[4].size()) {
      std::size_t j = r[4].find(';', i);
      if (j == std::string::npos) j = r[4].size();
      conn.execute("INSERT INTO plan_project_year (project_id, fiscal_year) VALUES (?, ?)", id,
                   to_int(r[4].substr(i, j - i), "years_be"));
      i = j + 1;
    }
  }
}

std::vector<StrategySummary> list_strategies(db::Connection& conn) {
  std::vector<StrategySummary> out;
  const auto rows = conn.query(
      "SELECT s.id, s.name_th, s.missions_th, s.goals_th, "
      "(SELECT COUNT(*) FROM plan_project p WHERE p.strategy_id = s.id) "
      "FROM plan_strategy s ORDER BY s.id");
  for (const auto& r : rows) {
    out.push_back({static_cast<int>(r.i64(0)), r.str(1), split_pipes(r.str(2)),
                   split_pipes(r.str(3)), static_cast<int>(r.i64(4))});
  }
  return out;
}

}  // namespace pao::plan
