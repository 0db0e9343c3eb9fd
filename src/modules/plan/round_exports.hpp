// A round's progress report as the office files it: one row per project due in the round
// (strategy, project, responsible divisions, budget of the year, spending, percent planned and
// actual, status, problems), as an XLSX workbook and as a printable Thai PDF.
#pragma once

#include <string>
#include <vector>

#include "modules/plan/follow_progress.hpp"
#include "modules/plan/records.hpp"

namespace pao::plan {

struct RoundReportRow {
  ProjectProgress progress;             // status as of today
  std::int64_t year_budget_satang = 0;  // the round's fiscal year
  std::int64_t spent_satang = 0;        // this round (its counting version), 0 when none
  double planned_percent = 0;           // by the end of the round's period
  std::optional<int> actual_percent;    // this round's report, nullopt when none
  std::string problems_th;
  bool reported = false;
};

std::vector<RoundReportRow> round_report(db::Connection& conn, Date today, const Round& round);

// `title` heads the sheet and the document, e.g. "รายงานความก้าวหน้า ไตรมาส 2/2567".
std::string round_report_xlsx(const std::vector<RoundReportRow>& rows, const std::string& title,
                              TimePoint produced_at);
std::string round_report_pdf(const std::vector<RoundReportRow>& rows, const std::string& title,
                             TimePoint produced_at);

}  // namespace pao::plan
