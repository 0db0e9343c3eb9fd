// All SQL of the plan module (tables plan_*).
#include "modules/plan/store.hpp"
#include "modules/plan/api.hpp"
#include "modules/plan/plan_store.hpp"
#include "modules/plan/seed.hpp"

#include <charconv>
#include <map>
#include <set>
#include <stdexcept>

#include "platform/assets/embedded.hpp"
#include "platform/text/csv.hpp"

namespace pao::plan {

namespace {

std::vector<std::string> split_on(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(sep, i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
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
    "p.id, p.strategy_id, p.seq, p.name_th, p.objectives_th, p.responsible_th, p.system_kind, "
    "s.plan_id, s.number FROM plan_project p JOIN plan_strategy s ON s.id = p.strategy_id";
Project project_row(const db::Row& r) {
  return Project{r.i64(0),
                 static_cast<int>(r.i64(1)),
                 static_cast<int>(r.i64(2)),
                 r.str(3),
                 r.str(4),
                 r.str(5),
                 r.str(6),
                 {},
                 r.i64(7),
                 static_cast<int>(r.i64(8))};
}
Project project_from(db::Connection& conn, const db::Row& r) {
  Project p = project_row(r);
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
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : conn.query(std::string("SELECT ") + kProjectColumns +
                                  " ORDER BY s.plan_id, s.number, p.seq")) {
    out.push_back(project_row(r));
    index[out.back().id] = out.size() - 1;
  }
  for (const auto& y :
       conn.query("SELECT project_id, fiscal_year FROM plan_project_year ORDER BY fiscal_year")) {
    if (const auto it = index.find(y.i64(0)); it != index.end()) {
      out[it->second].fiscal_years.push_back(static_cast<int>(y.i64(1)));
    }
  }
  return out;
}

std::optional<Project> find_project(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(std::string("SELECT ") + kProjectColumns + " WHERE p.id = ?", id);
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

std::vector<StrategySummary> list_strategies(db::Connection& conn, std::int64_t plan_id) {
  std::vector<StrategySummary> out;
  const auto rows = conn.query(
      "SELECT s.id, s.number, s.plan_id, s.name_th, s.missions_th, "
      "(SELECT COUNT(*) FROM plan_project p WHERE p.strategy_id = s.id) "
      "FROM plan_strategy s WHERE s.plan_id = ? ORDER BY s.number",
      plan_id);
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : rows) {
    index[r.i64(0)] = out.size();
    out.push_back({static_cast<int>(r.i64(0)),
                   static_cast<int>(r.i64(1)),
                   r.i64(2),
                   r.str(3),
                   plan_items(r.str(4)),
                   {},
                   static_cast<int>(r.i64(5))});
  }
  for (const auto& g :
       conn.query("SELECT g.strategy_id, g.text_th FROM plan_goal g JOIN plan_strategy s ON s.id = "
                  "g.strategy_id WHERE s.plan_id = ? ORDER BY g.position, g.id",
                  plan_id)) {
    if (const auto it = index.find(g.i64(0)); it != index.end()) {
      out[it->second].goals_th.push_back(g.str(1));
    }
  }
  return out;
}

void map_responsible_divisions(db::Connection& conn) {
  std::map<std::string, std::string> codes;  // unit name in the plan → ';'-separated codes
  for (const auto& r : seed_rows("modules/plan/seed/unit_divisions.csv", 2)) codes[r[0]] = r[1];
  for (const auto& p : conn.query("SELECT id, responsible_th FROM plan_project")) {
    std::set<std::string> divisions;
    for (const auto& unit : split_on(p.str(1), ';')) {
      const auto it = codes.find(unit);
      if (it == codes.end())
        throw std::runtime_error("plan seed: unknown responsible unit " + unit);
      for (auto& code : split_on(it->second, ';')) divisions.insert(std::move(code));
    }
    for (const auto& code : divisions) {
      conn.execute("INSERT INTO plan_project_division (project_id, division_code) VALUES (?, ?)",
                   p.i64(0), code);
    }
  }
}

const std::map<std::string, std::string>& division_names_th() {
  static const std::map<std::string, std::string> kNames = [] {
    std::map<std::string, std::string> out;
    for (const auto& r : seed_rows("modules/plan/seed/unit_divisions.csv", 2)) {
      if (r[1].find(';') == std::string::npos) out[r[1]] = r[0];
    }
    return out;
  }();
  return kNames;
}

namespace store {

namespace {

constexpr const char* kRoundColumns =
    "id, fiscal_year, frequency, period, period_end, deadline, state, opened_at, closed_at";
Round round_from(const db::Row& r) {
  return {r.i64(0),           static_cast<int>(r.i64(1)),
          r.str(2),           static_cast<int>(r.i64(3)),
          r.str(4),           r.str(5),
          r.str(6) == "open", r.str(7),
          r.opt_str(8)};
}

constexpr const char* kReportColumns =
    "rp.id, rp.round_id, rp.project_id, rp.version, rp.state, rp.amendment, rp.percent_complete, "
    "rp.committed_satang, rp.spent_satang, rp.activities_th, rp.problems_th, rp.help_needed_th, "
    "rp.filed_by_id, rp.filed_by_name, rp.filed_at, rp.decided_by, rp.decided_at";
Report report_from(const db::Row& r) {
  Report out;
  out.id = r.i64(0);
  out.round_id = r.i64(1);
  out.project_id = r.i64(2);
  out.version = static_cast<int>(r.i64(3));
  out.state = r.str(4);
  out.amendment = r.boolean(5);
  out.percent_complete = static_cast<int>(r.i64(6));
  out.committed_satang = r.i64(7);
  out.spent_satang = r.i64(8);
  out.activities_th = r.str(9);
  out.problems_th = r.str(10);
  out.help_needed_th = r.str(11);
  out.filed_by_id = r.i64(12);
  out.filed_by_name = r.str(13);
  out.filed_at = r.str(14);
  out.decided_by = r.opt_str(15);
  out.decided_at = r.opt_str(16);
  return out;
}

std::vector<Report> reports_with_kpis(db::Connection& conn, const db::Rows& rows) {
  std::vector<Report> out;
  for (const auto& r : rows) {
    Report rep = report_from(r);
    for (const auto& k : conn.query(
             "SELECT kpi_id, actual FROM plan_report_kpi WHERE report_id = ? ORDER BY kpi_id",
             rep.id)) {
      rep.kpi_actuals.push_back({k.i64(0), k.f64(1)});
    }
    out.push_back(std::move(rep));
  }
  return out;
}

}  // namespace

std::map<std::int64_t, std::vector<std::string>> project_divisions(db::Connection& conn) {
  std::map<std::int64_t, std::vector<std::string>> out;
  for (const auto& r : conn.query("SELECT project_id, division_code FROM plan_project_division "
                                  "ORDER BY project_id, division_code")) {
    out[r.i64(0)].push_back(r.str(1));
  }
  return out;
}

std::vector<std::string> divisions_of(db::Connection& conn, std::int64_t project_id) {
  std::vector<std::string> out;
  for (const auto& r : conn.query("SELECT division_code FROM plan_project_division WHERE "
                                  "project_id = ? ORDER BY division_code",
                                  project_id)) {
    out.push_back(r.str(0));
  }
  return out;
}

std::map<std::int64_t, std::map<int, std::int64_t>> project_budgets(db::Connection& conn) {
  std::map<std::int64_t, std::map<int, std::int64_t>> out;
  for (const auto& r :
       conn.query("SELECT project_id, fiscal_year, budget_satang FROM plan_project_year")) {
    out[r.i64(0)][static_cast<int>(r.i64(1))] = r.i64(2);
  }
  return out;
}

std::map<std::int64_t, std::vector<PlannedPoint>> planned_curves(db::Connection& conn) {
  std::map<std::int64_t, std::vector<PlannedPoint>> out;
  for (const auto& r : conn.query("SELECT project_id, fiscal_year, quarter, percent FROM "
                                  "plan_planned_progress ORDER BY project_id, fiscal_year, "
                                  "quarter")) {
    out[r.i64(0)].push_back({static_cast<int>(r.i64(1)), static_cast<int>(r.i64(2)), r.f64(3)});
  }
  return out;
}

std::map<std::int64_t, Cancellation> cancellations(db::Connection& conn) {
  std::map<std::int64_t, Cancellation> out;
  for (const auto& r : conn.query("SELECT project_id, reason_th, approved_by, cancelled_at FROM "
                                  "plan_project_cancellation")) {
    out[r.i64(0)] = {r.str(1), r.str(2), r.str(3)};
  }
  return out;
}

double delay_margin(db::Connection& conn) {
  const auto r = conn.query_one("SELECT delay_margin FROM plan_setting WHERE id = 1");
  return r ? r->f64(0) : kDefaultDelayMargin;
}

std::pair<std::int64_t, bool> upsert_project(db::Connection& conn, int strategy_id, int seq,
                                             const std::string& name_th,
                                             const std::string& objectives_th,
                                             const std::string& responsible_th,
                                             const std::string& system_kind,
                                             const std::vector<int>& years,
                                             const std::vector<std::string>& divisions) {
  const auto existing = conn.query_one(
      "SELECT id FROM plan_project WHERE strategy_id = ? AND seq = ?", strategy_id, seq);
  std::int64_t id = 0;
  if (existing) {
    id = existing->i64(0);
    conn.execute(
        "UPDATE plan_project SET name_th = ?, objectives_th = ?, responsible_th = ?, "
        "system_kind = ? WHERE id = ?",
        name_th, objectives_th, responsible_th, system_kind, id);
    conn.execute("DELETE FROM plan_project_division WHERE project_id = ?", id);
  } else {
    id = conn.query_one(
                 "INSERT INTO plan_project (strategy_id, seq, name_th, objectives_th, "
                 "responsible_th, system_kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                 strategy_id, seq, name_th, objectives_th, responsible_th, system_kind)
             ->i64(0);
  }
  std::set<int> keep(years.begin(), years.end());
  for (const auto& r :
       conn.query("SELECT fiscal_year FROM plan_project_year WHERE project_id = ?", id)) {
    const int y = static_cast<int>(r.i64(0));
    if (!keep.erase(y)) {
      conn.execute("DELETE FROM plan_project_year WHERE project_id = ? AND fiscal_year = ?", id, y);
    }
  }
  for (int y : keep) {
    conn.execute("INSERT INTO plan_project_year (project_id, fiscal_year) VALUES (?, ?)", id, y);
  }
  for (const auto& d : divisions) {
    conn.execute("INSERT INTO plan_project_division (project_id, division_code) VALUES (?, ?)", id,
                 d);
  }
  return {id, !existing};
}

void set_budget(db::Connection& conn, std::int64_t project_id, int fiscal_year,
                std::int64_t satang) {
  conn.execute(
      "UPDATE plan_project_year SET budget_satang = ? WHERE project_id = ? AND "
      "fiscal_year = ?",
      satang, project_id, fiscal_year);
}

void replace_curve(db::Connection& conn, std::int64_t project_id,
                   const std::vector<PlannedPoint>& points) {
  conn.execute("DELETE FROM plan_planned_progress WHERE project_id = ?", project_id);
  for (const auto& p : points) {
    conn.execute(
        "INSERT INTO plan_planned_progress (project_id, fiscal_year, quarter, percent) "
        "VALUES (?, ?, ?, ?)",
        project_id, p.fiscal_year, p.quarter, p.percent);
  }
}

void insert_cancellation(db::Connection& conn, std::int64_t project_id, const Cancellation& c) {
  conn.execute(
      "INSERT INTO plan_project_cancellation (project_id, reason_th, approved_by, "
      "cancelled_at) VALUES (?, ?, ?, ?)",
      project_id, c.reason_th, c.approved_by, c.cancelled_at);
}

void set_delay_margin(db::Connection& conn, double margin) {
  conn.execute("UPDATE plan_setting SET delay_margin = ? WHERE id = 1", margin);
}

std::int64_t insert_round(db::Connection& conn, const Round& r) {
  return conn
      .query_one(
          "INSERT INTO plan_round (fiscal_year, frequency, period, period_end, deadline, "
          "state, opened_at) VALUES (?, ?, ?, ?, ?, 'open', ?) RETURNING id",
          r.fiscal_year, r.frequency, r.period, r.period_end, r.deadline, r.opened_at)
      ->i64(0);
}

std::optional<Round> find_round(db::Connection& conn, std::int64_t id) {
  const auto r =
      conn.query_one(std::string("SELECT ") + kRoundColumns + " FROM plan_round WHERE id = ?", id);
  if (!r) return std::nullopt;
  return round_from(*r);
}

std::optional<Round> lock_round(db::Connection& conn, std::int64_t id) {
  const char* lock = conn.dialect() == db::Dialect::postgresql ? " FOR UPDATE" : "";
  const auto r = conn.query_one(
      std::string("SELECT ") + kRoundColumns + " FROM plan_round WHERE id = ?" + lock, id);
  if (!r) return std::nullopt;
  return round_from(*r);
}

std::vector<Round> list_rounds(db::Connection& conn) {
  std::vector<Round> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kRoundColumns +
                                  " FROM plan_round ORDER BY period_end DESC, frequency, id")) {
    out.push_back(round_from(r));
  }
  return out;
}

void close_round(db::Connection& conn, std::int64_t id, const std::string& at) {
  conn.execute("UPDATE plan_round SET state = 'closed', closed_at = ? WHERE id = ?", at, id);
}

std::vector<std::int64_t> projects_due(db::Connection& conn, const Round& round) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       conn.query("SELECT y.project_id FROM plan_project_year y JOIN plan_project p ON p.id = "
                  "y.project_id JOIN plan_strategy s ON s.id = p.strategy_id JOIN plan_plan pl "
                  "ON pl.id = s.plan_id WHERE y.fiscal_year = ? AND pl.status <> 'draft' AND "
                  "NOT EXISTS (SELECT 1 FROM plan_project_cancellation c WHERE c.project_id = "
                  "y.project_id) ORDER BY s.plan_id, s.number, p.seq",
                  round.fiscal_year)) {
    out.push_back(r.i64(0));
  }
  return out;
}

std::vector<Report> report_versions(db::Connection& conn, std::int64_t round_id,
                                    std::int64_t project_id) {
  return reports_with_kpis(
      conn, conn.query(std::string("SELECT ") + kReportColumns +
                           " FROM plan_report rp WHERE rp.round_id = ? AND rp.project_id = ? "
                           "ORDER BY rp.version",
                       round_id, project_id));
}

std::vector<Report> project_reports(db::Connection& conn, std::int64_t project_id) {
  return reports_with_kpis(
      conn, conn.query(std::string("SELECT ") + kReportColumns +
                           " FROM plan_report rp JOIN plan_round r ON r.id = rp.round_id "
                           "WHERE rp.project_id = ? ORDER BY r.period_end DESC, rp.version DESC",
                       project_id));
}

std::optional<Report> find_report(db::Connection& conn, std::int64_t id) {
  auto reports = reports_with_kpis(conn, conn.query(std::string("SELECT ") + kReportColumns +
                                                        " FROM plan_report rp WHERE rp.id = ?",
                                                    id));
  if (reports.empty()) return std::nullopt;
  return std::move(reports.front());
}

std::int64_t insert_report(db::Connection& conn, const Report& r) {
  const std::int64_t id =
      conn.query_one(
              "INSERT INTO plan_report (round_id, project_id, version, state, amendment, "
              "percent_complete, committed_satang, spent_satang, activities_th, problems_th, "
              "help_needed_th, filed_by_id, filed_by_name, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?) RETURNING id",
              r.round_id, r.project_id, r.version, r.state, r.amendment ? 1 : 0, r.percent_complete,
              r.committed_satang, r.spent_satang, r.activities_th, r.problems_th, r.help_needed_th,
              r.filed_by_id, r.filed_by_name, r.filed_at)
          ->i64(0);
  for (const auto& k : r.kpi_actuals) {
    conn.execute("INSERT INTO plan_report_kpi (report_id, kpi_id, actual) VALUES (?, ?, ?)", id,
                 k.kpi_id, k.actual);
  }
  refresh_summary(conn, r.project_id);
  return id;
}

void decide_report(db::Connection& conn, std::int64_t id, const std::string& state,
                   const std::string& by, const std::string& at) {
  conn.execute("UPDATE plan_report SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?",
               state, by, at, id);
  if (const auto r = conn.query_one("SELECT project_id FROM plan_report WHERE id = ?", id)) {
    refresh_summary(conn, r->i64(0));
  }
}

std::vector<Report> pending_reports(db::Connection& conn) {
  return reports_with_kpis(conn, conn.query(std::string("SELECT ") + kReportColumns +
                                            " FROM plan_report rp WHERE rp.state = 'pending' "
                                            "ORDER BY rp.filed_at, rp.id"));
}

std::vector<std::int64_t> projects_reported(db::Connection& conn, std::int64_t round_id) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn.query("SELECT DISTINCT project_id FROM plan_report WHERE round_id = "
                                  "? AND state <> 'rejected' ORDER BY project_id",
                                  round_id)) {
    out.push_back(r.i64(0));
  }
  return out;
}

void refresh_summary(db::Connection& conn, std::int64_t project_id) {
  // Newest period first, highest version first.
  const auto rows = conn.query(
      "SELECT rp.round_id, rp.version, rp.state, rp.percent_complete, rp.committed_satang, "
      "rp.spent_satang, rp.filed_at, r.period_end, r.fiscal_year FROM plan_report rp JOIN "
      "plan_round r ON r.id = rp.round_id WHERE rp.project_id = ? ORDER BY r.period_end DESC, "
      "rp.version DESC",
      project_id);
  Summary s;
  std::set<std::int64_t> counted_rounds;
  std::map<int, std::int64_t> per_year;
  for (const auto& r : rows) {
    const std::string state = r.str(2);
    if (state != "rejected" && !s.last_period_filed) s.last_period_filed = r.str(7);
    if (state != "accepted") continue;
    if (!s.actual_percent) {
      s.actual_percent = static_cast<int>(r.i64(3));
      s.last_report_at = r.str(6);
    }
    if (counted_rounds.insert(r.i64(0)).second) {  // the round's highest accepted version
      s.committed += r.i64(4);
      s.spent += r.i64(5);
      per_year[static_cast<int>(r.i64(8))] += r.i64(5);
    }
  }
  conn.execute("DELETE FROM plan_project_summary WHERE project_id = ?", project_id);
  conn.execute(
      "INSERT INTO plan_project_summary (project_id, actual_percent, last_report_at, "
      "last_period_filed, committed_satang, spent_satang) VALUES (?, ?, ?, ?, ?, ?)",
      project_id, s.actual_percent, s.last_report_at, s.last_period_filed, s.committed, s.spent);
  conn.execute("UPDATE plan_project_year SET spent_satang = 0 WHERE project_id = ?", project_id);
  for (const auto& [year, spent] : per_year) {
    conn.execute(
        "UPDATE plan_project_year SET spent_satang = ? WHERE project_id = ? AND "
        "fiscal_year = ?",
        spent, project_id, year);
  }
}

void refresh_all_summaries(db::Connection& conn) {
  for (const auto& r : conn.query("SELECT id FROM plan_project")) refresh_summary(conn, r.i64(0));
}

std::map<std::int64_t, Summary> summaries(db::Connection& conn) {
  std::map<std::int64_t, Summary> out;
  for (const auto& r : conn.query("SELECT project_id, actual_percent, last_report_at, "
                                  "last_period_filed, committed_satang, spent_satang FROM "
                                  "plan_project_summary")) {
    Summary s;
    if (!r.is_null(1)) s.actual_percent = static_cast<int>(r.i64(1));
    s.last_report_at = r.opt_str(2);
    s.last_period_filed = r.opt_str(3);
    s.committed = r.i64(4);
    s.spent = r.i64(5);
    out.emplace(r.i64(0), std::move(s));
  }
  return out;
}

std::map<std::int64_t, std::map<int, std::int64_t>> spent_by_year(db::Connection& conn) {
  std::map<std::int64_t, std::map<int, std::int64_t>> out;
  for (const auto& r :
       conn.query("SELECT project_id, fiscal_year, spent_satang FROM plan_project_year WHERE "
                  "spent_satang <> 0")) {
    out[r.i64(0)][static_cast<int>(r.i64(1))] = r.i64(2);
  }
  return out;
}

bool mark_notice_sent(db::Connection& conn, std::int64_t round_id, const std::string& kind,
                      const std::string& division, const std::string& at) {
  if (conn.query_one("SELECT 1 FROM plan_round_notice WHERE round_id = ? AND kind = ? AND "
                     "division_code = ?",
                     round_id, kind, division)) {
    return false;
  }
  conn.execute(
      "INSERT INTO plan_round_notice (round_id, kind, division_code, sent_at) VALUES "
      "(?, ?, ?, ?)",
      round_id, kind, division, at);
  return true;
}

namespace {
std::vector<Decision> decisions_of(db::Connection& conn, const char* subject, std::int64_t ref) {
  std::vector<Decision> out;
  for (const auto& r : conn.query("SELECT id, subject, ref_id, project_id, decision_th, "
                                  "decided_by, decided_at FROM plan_decision WHERE subject = ? "
                                  "AND ref_id = ? ORDER BY id",
                                  subject, ref)) {
    out.push_back({r.i64(0), r.str(1), r.i64(2), r.i64(3), r.str(4), r.str(5), r.str(6)});
  }
  return out;
}
}  // namespace

std::int64_t insert_measure(db::Connection& conn, const AccelerationMeasure& m) {
  return conn
      .query_one(
          "INSERT INTO plan_acceleration (project_id, owner_th, reason_th, measure_th, "
          "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          m.project_id, m.owner_th, m.reason_th, m.measure_th, m.added_by, m.added_at)
      ->i64(0);
}

std::int64_t insert_pdca_note(db::Connection& conn, const PdcaNote& n) {
  return conn
      .query_one(
          "INSERT INTO plan_pdca_note (project_id, plan_th, do_th, check_th, act_th, "
          "written_by, written_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          n.project_id, n.plan_th, n.do_th, n.check_th, n.act_th, n.written_by, n.written_at)
      ->i64(0);
}

std::int64_t insert_decision(db::Connection& conn, const Decision& d) {
  return conn
      .query_one(
          "INSERT INTO plan_decision (subject, ref_id, project_id, decision_th, "
          "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          d.subject, d.ref_id, d.project_id, d.decision_th, d.decided_by, d.decided_at)
      ->i64(0);
}

std::optional<std::int64_t> project_of(db::Connection& conn, const std::string& subject,
                                       std::int64_t ref_id) {
  const char* sql = subject == "pdca" ? "SELECT project_id FROM plan_pdca_note WHERE id = ?"
                                      : "SELECT project_id FROM plan_acceleration WHERE id = ?";
  const auto r = conn.query_one(sql, ref_id);
  if (!r) return std::nullopt;
  return r->i64(0);
}

std::vector<AccelerationMeasure> list_measures(db::Connection& conn) {
  std::vector<AccelerationMeasure> out;
  for (const auto& r : conn.query("SELECT id, project_id, owner_th, reason_th, measure_th, "
                                  "added_by, added_at FROM plan_acceleration ORDER BY id DESC")) {
    AccelerationMeasure m{r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5), r.str(6), {}};
    m.decisions = decisions_of(conn, "acceleration", m.id);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<PdcaNote> list_pdca_notes(db::Connection& conn, std::int64_t project_id) {
  std::vector<PdcaNote> out;
  for (const auto& r : conn.query("SELECT id, project_id, plan_th, do_th, check_th, act_th, "
                                  "written_by, written_at FROM plan_pdca_note WHERE project_id = "
                                  "? ORDER BY id DESC",
                                  project_id)) {
    PdcaNote n{r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5), r.str(6), r.str(7), {}};
    n.decisions = decisions_of(conn, "pdca", n.id);
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace store

}  // namespace pao::plan
