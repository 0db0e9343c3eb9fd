// A project owner files a progress report (รายงานความก้าวหน้า) for their project in a round:
// percent complete, money committed and spent this period, activities, problems and help needed,
// KPI actuals, attachments and photos. The planner approves or rejects amendments. No HTTP here:
// the JSON API and the pages call the same functions.
//
// Rules:
//   - Only owners of the project's divisions (permissions.hpp: may_report_for) or the planner
//     may file: permission_denied otherwise.
//   - The project must run in the round's fiscal year and not be cancelled (conflict otherwise).
//   - KPI actuals only for the project's own KPIs still tracked (not retired: manage_kpis.hpp),
//     each once: invalid_argument on "kpi_actuals" otherwise.
//   - Every filing is a new version (1, 2, …) of the project's report in the round; none is ever
//     overwritten. While the round is open a version counts at once ("accepted"); once it is
//     closed the report is locked: a new version is an amendment, marked so, that waits
//     ("pending") until the planner approves it (then it counts) or rejects it.
//   - One audit entry per filing (plan.report.file) and per decision (plan.report.approve /
//     plan.report.reject), in the transaction that writes the rows, the attachments included:
//     a bad attachment files nothing.
#pragma once

#include <vector>

#include "modules/plan/records.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/files/files.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

inline constexpr std::size_t kMaxReportTextChars = 4000;
inline constexpr std::size_t kMaxAttachmentBytes = 10 << 20;

struct NewReport {
  std::int64_t round_id = 0;
  std::int64_t project_id = 0;
  int percent_complete = -1;  // required: 0–100
  std::int64_t committed_satang = 0;
  std::int64_t spent_satang = 0;
  std::string activities_th, problems_th, help_needed_th;
  std::vector<KpiActual> kpi_actuals;  // only the project's own KPIs
  std::vector<http::UploadedPart> attachments;
};

struct FiledReport {
  Report report;
  std::vector<files::StoredFile> attachments;
};

Result<FiledReport> file_progress_report(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                         const auth::Principal& who, const NewReport& in,
                                         const files::FileStore* store = nullptr);

// The planner approves (it then counts) or rejects a pending amendment. permission_denied for
// anyone else; not_found for an unknown report; conflict when it is not pending.
Result<Report> decide_amendment(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                const auth::Principal& who, std::int64_t report_id, bool approve);

// The files attached to a report version.
std::vector<files::StoredFile> report_attachments(db::Connection& conn, std::int64_t report_id);

// Amendments waiting for the planner, oldest first.
std::vector<Report> pending_amendments(db::Connection& conn);

}  // namespace pao::plan
