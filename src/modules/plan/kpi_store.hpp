// All SQL about a project's KPIs (ตัวชี้วัด: plan_kpi, plan_kpi_target and the actuals reports
// carry in plan_report_kpi). Functions that write expect the caller's transaction; reads work on
// any connection.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/plan/records.hpp"
#include "platform/db/database.hpp"

namespace pao::plan::store {

// KPIs of a project with their targets, in the order they were added; retired ones included.
std::vector<Kpi> project_kpis(db::Connection& conn, std::int64_t project_id);
// One KPI with its targets; nullopt when there is none with that id.
std::optional<Kpi> find_kpi(db::Connection& conn, std::int64_t kpi_id);

// Adds the KPI and its targets; its id.
std::int64_t insert_kpi(db::Connection& conn, const Kpi& k);
// Stores k's name, unit, baseline and direction and replaces its targets with k.targets.
void update_kpi(db::Connection& conn, const Kpi& k);
// Removes a KPI and its targets. The caller checks first that no report carries it.
void delete_kpi(db::Connection& conn, std::int64_t kpi_id);
// Marks the KPI as no longer tracked since `at` (ISO-8601 UTC).
void retire_kpi(db::Connection& conn, std::int64_t kpi_id, const std::string& at);

// Every project's KPIs (as project_kpis), by project id: for figures over the whole plan.
std::map<std::int64_t, std::vector<Kpi>> all_kpis(db::Connection& conn);

// An actual an accepted report version carries, with its round's fiscal year.
struct ReportedActual {
  std::int64_t kpi_id = 0;
  double actual = 0;
  int fiscal_year = 0;
};
// All of them, newest period first and, within it, highest version first (the order of a
// project's history).
std::vector<ReportedActual> accepted_actuals(db::Connection& conn);

// How many reports carry an actual for the KPI: the reporting rounds whose report (any version)
// has one.
std::int64_t reports_carrying(db::Connection& conn, std::int64_t kpi_id);

}  // namespace pao::plan::store
