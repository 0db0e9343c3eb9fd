// The plan's documents in the platform's Thai search: projects (public) and progress reports
// (staff who follow the plan). Written in the transaction of the change that alters them.
#pragma once

#include "modules/plan/api.hpp"
#include "modules/plan/records.hpp"
#include "platform/db/database.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

void index_project(db::Connection& conn, TimePoint at, const Project& p);
void index_report(db::Connection& conn, TimePoint at, const Project& p, const Report& r);
// Rebuilds every project's and every report's document (`pao search reindex`).
void index_projects(db::Connection& conn, const Clock& clock);
void index_reports(db::Connection& conn, const Clock& clock);

}  // namespace pao::plan
