// All SQL about a project's KPIs (tables plan_kpi, plan_kpi_target; reads plan_report_kpi).
#include "modules/plan/kpi_store.hpp"

namespace pao::plan::store {

namespace {

constexpr const char* kKpiColumns =
    "id, project_id, name_th, unit_th, baseline, direction, retired_at";

Kpi kpi_from(db::Connection& conn, const db::Row& r) {
  Kpi k{r.i64(0), r.i64(1), r.str(2), r.str(3), r.f64(4), r.str(5), {}, r.opt_str(6)};
  for (const auto& t : conn.query(
           "SELECT fiscal_year, target FROM plan_kpi_target WHERE kpi_id = ? ORDER BY fiscal_year",
           k.id)) {
    k.targets.emplace_back(static_cast<int>(t.i64(0)), t.f64(1));
  }
  return k;
}

void insert_targets(db::Connection& conn, const Kpi& k) {
  for (const auto& [year, target] : k.targets) {
    conn.execute("INSERT INTO plan_kpi_target (kpi_id, fiscal_year, target) VALUES (?, ?, ?)", k.id,
                 year, target);
  }
}

}  // namespace

std::vector<Kpi> project_kpis(db::Connection& conn, std::int64_t project_id) {
  std::vector<Kpi> out;
  for (const auto& r : conn.query(
           std::string("SELECT ") + kKpiColumns + " FROM plan_kpi WHERE project_id = ? ORDER BY id",
           project_id)) {
    out.push_back(kpi_from(conn, r));
  }
  return out;
}

std::optional<Kpi> find_kpi(db::Connection& conn, std::int64_t kpi_id) {
  const auto r =
      conn.query_one(std::string("SELECT ") + kKpiColumns + " FROM plan_kpi WHERE id = ?", kpi_id);
  if (!r) return std::nullopt;
  return kpi_from(conn, *r);
}

std::int64_t insert_kpi(db::Connection& conn, const Kpi& k) {
  Kpi stored = k;
  stored.id = conn.query_one(
                      "INSERT INTO plan_kpi (project_id, name_th, unit_th, baseline, "
                      "direction) VALUES (?, ?, ?, ?, ?) RETURNING id",
                      k.project_id, k.name_th, k.unit_th, k.baseline, k.direction)
                  ->i64(0);
  insert_targets(conn, stored);
  return stored.id;
}

void update_kpi(db::Connection& conn, const Kpi& k) {
  conn.execute(
      "UPDATE plan_kpi SET name_th = ?, unit_th = ?, baseline = ?, direction = ? WHERE id = ?",
      k.name_th, k.unit_th, k.baseline, k.direction, k.id);
  conn.execute("DELETE FROM plan_kpi_target WHERE kpi_id = ?", k.id);
  insert_targets(conn, k);
}

void delete_kpi(db::Connection& conn, std::int64_t kpi_id) {
  conn.execute("DELETE FROM plan_kpi_target WHERE kpi_id = ?", kpi_id);
  conn.execute("DELETE FROM plan_kpi WHERE id = ?", kpi_id);
}

void retire_kpi(db::Connection& conn, std::int64_t kpi_id, const std::string& at) {
  conn.execute("UPDATE plan_kpi SET retired_at = ? WHERE id = ?", at, kpi_id);
}

std::map<std::int64_t, std::vector<Kpi>> all_kpis(db::Connection& conn) {
  std::map<std::int64_t, std::vector<Kpi>> out;
  std::map<std::int64_t, Kpi*> by_id;
  for (const auto& r :
       conn.query(std::string("SELECT ") + kKpiColumns + " FROM plan_kpi ORDER BY id")) {
    Kpi k{r.i64(0), r.i64(1), r.str(2), r.str(3), r.f64(4), r.str(5), {}, r.opt_str(6)};
    out[k.project_id].push_back(std::move(k));
  }
  for (auto& [project, kpis] : out) {
    for (auto& k : kpis) by_id[k.id] = &k;
  }
  for (const auto& t : conn.query("SELECT kpi_id, fiscal_year, target FROM plan_kpi_target ORDER "
                                  "BY kpi_id, fiscal_year")) {
    if (const auto it = by_id.find(t.i64(0)); it != by_id.end()) {
      it->second->targets.emplace_back(static_cast<int>(t.i64(1)), t.f64(2));
    }
  }
  return out;
}

std::vector<ReportedActual> accepted_actuals(db::Connection& conn) {
  std::vector<ReportedActual> out;
  for (const auto& r : conn.query(
           "SELECT k.kpi_id, k.actual, r.fiscal_year FROM plan_report_kpi k JOIN plan_report rp "
           "ON rp.id = k.report_id JOIN plan_round r ON r.id = rp.round_id WHERE rp.state = "
           "'accepted' ORDER BY r.period_end DESC, rp.version DESC")) {
    out.push_back({r.i64(0), r.f64(1), static_cast<int>(r.i64(2))});
  }
  return out;
}

std::int64_t reports_carrying(db::Connection& conn, std::int64_t kpi_id) {
  return conn
      .query_one(
          "SELECT COUNT(DISTINCT rp.round_id) FROM plan_report_kpi k JOIN plan_report rp ON "
          "rp.id = k.report_id WHERE k.kpi_id = ?",
          kpi_id)
      ->i64(0);
}

}  // namespace pao::plan::store
