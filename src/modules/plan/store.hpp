// All SQL of the plan module's follow-up (tables plan_*), for its use cases. Functions that write
// expect the caller's transaction; reads work on any connection.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/plan/acceleration.hpp"
#include "modules/plan/api.hpp"
#include "modules/plan/kpi_store.hpp"
#include "modules/plan/progress_status.hpp"
#include "modules/plan/records.hpp"
#include "platform/db/database.hpp"

namespace pao::plan::store {

// ---- projects ---------------------------------------------------------------------------------
// Per project id: responsible division codes (sorted).
std::map<std::int64_t, std::vector<std::string>> project_divisions(db::Connection& conn);
std::vector<std::string> divisions_of(db::Connection& conn, std::int64_t project_id);
// Per project id: (fiscal year → budget satang).
std::map<std::int64_t, std::map<int, std::int64_t>> project_budgets(db::Connection& conn);
// Per project id: the planner's curve, ordered (absent: linear).
std::map<std::int64_t, std::vector<PlannedPoint>> planned_curves(db::Connection& conn);
std::map<std::int64_t, Cancellation> cancellations(db::Connection& conn);
double delay_margin(db::Connection& conn);

// Adds project seq of the strategy whose key is `strategy_id`, or updates it (texts, years,
// divisions): its id, and true when added. Budgets of years it keeps are kept.
std::pair<std::int64_t, bool> upsert_project(db::Connection& conn, int strategy_id, int seq,
                                             const std::string& name_th,
                                             const std::string& objectives_th,
                                             const std::string& responsible_th,
                                             const std::string& system_kind,
                                             const std::vector<int>& years,
                                             const std::vector<std::string>& divisions);

void set_budget(db::Connection& conn, std::int64_t project_id, int fiscal_year,
                std::int64_t satang);
void replace_curve(db::Connection& conn, std::int64_t project_id,
                   const std::vector<PlannedPoint>& points);
void insert_cancellation(db::Connection& conn, std::int64_t project_id, const Cancellation& c);
void set_delay_margin(db::Connection& conn, double margin);

// KPIs: kpi_store.hpp.

// ---- rounds -----------------------------------------------------------------------------------
std::int64_t insert_round(db::Connection& conn, const Round& r);
std::optional<Round> find_round(db::Connection& conn, std::int64_t id);
std::optional<Round> lock_round(db::Connection& conn, std::int64_t id);
std::vector<Round> list_rounds(db::Connection& conn);  // newest period first
void close_round(db::Connection& conn, std::int64_t id, const std::string& at);
// Ids of the projects expected to report in `round` (running in its fiscal year, not cancelled).
std::vector<std::int64_t> projects_due(db::Connection& conn, const Round& round);

// ---- reports ----------------------------------------------------------------------------------
// The versions of a project's report in a round, oldest first.
std::vector<Report> report_versions(db::Connection& conn, std::int64_t round_id,
                                    std::int64_t project_id);
std::vector<Report> project_reports(db::Connection& conn, std::int64_t project_id);  // newest first
std::optional<Report> find_report(db::Connection& conn, std::int64_t id);
std::int64_t insert_report(db::Connection& conn, const Report& r);
void decide_report(db::Connection& conn, std::int64_t id, const std::string& state,
                   const std::string& by, const std::string& at);
// Amendments awaiting the planner, oldest first.
std::vector<Report> pending_reports(db::Connection& conn);
// Project ids that have a filed (not rejected) report in the round.
std::vector<std::int64_t> projects_reported(db::Connection& conn, std::int64_t round_id);

// Recomputes the project's summary row and per-year spending from its reports. insert_report
// and decide_report call it; migration 5 runs it for every project.
void refresh_summary(db::Connection& conn, std::int64_t project_id);
void refresh_all_summaries(db::Connection& conn);

struct Summary {
  std::optional<int> actual_percent;
  std::optional<std::string> last_report_at;
  std::optional<std::string> last_period_filed;
  std::int64_t committed = 0;
  std::int64_t spent = 0;
};
std::map<std::int64_t, Summary> summaries(db::Connection& conn);
// Per project id: (fiscal year → spent satang).
std::map<std::int64_t, std::map<int, std::int64_t>> spent_by_year(db::Connection& conn);

// Records that the notice (round, kind, division) was sent; false when it already was.
bool mark_notice_sent(db::Connection& conn, std::int64_t round_id, const std::string& kind,
                      const std::string& division, const std::string& at);

// ---- acceleration list, PDCA notes, decisions
// ------------------------------------------------------
std::int64_t insert_measure(db::Connection& conn, const AccelerationMeasure& m);
std::int64_t insert_pdca_note(db::Connection& conn, const PdcaNote& n);
std::int64_t insert_decision(db::Connection& conn, const Decision& d);
// The project a measure or note belongs to; nullopt when there is none with that id.
std::optional<std::int64_t> project_of(db::Connection& conn, const std::string& subject,
                                       std::int64_t ref_id);
std::vector<AccelerationMeasure> list_measures(db::Connection& conn);
std::vector<PdcaNote> list_pdca_notes(db::Connection& conn, std::int64_t project_id);

}  // namespace pao::plan::store
