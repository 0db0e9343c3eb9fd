// The planner loads a plan's projects from a CSV file or an Excel workbook (.xlsx, its first
// sheet) in the shape of the published plan
// (strategy,seq,project_th,objectives_th,years_be,responsible_units_th,system_kind): a project
// numbered strategy.seq that exists is updated, a new one is added. All or nothing: when any row
// is bad, nothing is imported and every bad row is reported (row number as a spreadsheet shows
// it, the column, why). One audit entry for the import (plan.project.import) with the counts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "modules/plan/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

struct RowError {
  int row = 0;         // 2 = the first row under the header
  std::string column;  // "years_be"
  Message why;
};

struct ImportOutcome {
  int added = 0;
  int updated = 0;
  std::vector<RowError> errors;  // non-empty: nothing was imported
};

// The projects go into plan `plan_id` (default: the digital plan): `strategy` is the strategy's
// number in that plan, and years_be must lie within the plan's span.
// Errors: permission_denied for anyone but the planner; invalid_argument (field "file") for a
// file that is neither CSV nor XLSX or lacks the header, (field "plan") for no such plan. Row
// problems are in ImportOutcome::errors. `file` is the file's bytes; an .xlsx is told by its
// first bytes.
Result<ImportOutcome> import_projects(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                      const auth::Principal& who, std::string_view file,
                                      std::int64_t plan_id = kDefaultPlanId);

}  // namespace pao::plan
