// The plan module's follow-up records (ติดตามและประเมินผล) as the use cases and pages see them:
// reporting rounds, progress reports and KPIs. Private to the module.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pao::plan {

// A reporting round (รอบการรายงาน) of a fiscal year: monthly (period 1–12, 1 = October) or
// quarterly (period 1–4, ไตรมาส).
struct Round {
  std::int64_t id = 0;
  int fiscal_year = 0;    // B.E.
  std::string frequency;  // "monthly" | "quarterly"
  int period = 0;
  std::string period_end;  // ISO date: the last day reported on
  std::string deadline;    // ISO date (Bangkok): reports are late after this day
  bool open = true;
  std::string opened_at;  // ISO-8601 UTC
  std::optional<std::string> closed_at;
};

struct KpiActual {
  std::int64_t kpi_id = 0;
  double actual = 0;
};

// One version of a project's progress report in a round.
struct Report {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::int64_t project_id = 0;
  int version = 1;
  std::string state;  // "accepted" | "pending" (an amendment awaiting the planner) | "rejected"
  bool amendment = false;  // filed after the round closed
  int percent_complete = 0;
  std::int64_t committed_satang = 0;  // this period
  std::int64_t spent_satang = 0;      // this period
  std::string activities_th, problems_th, help_needed_th;
  std::int64_t filed_by_id = 0;
  std::string filed_by_name;
  std::string filed_at;
  std::optional<std::string> decided_by, decided_at;
  std::vector<KpiActual> kpi_actuals;
};

// A KPI (ตัวชี้วัด) of a project with its target per fiscal year.
struct Kpi {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string name_th, unit_th;
  double baseline = 0;
  std::string direction;                        // "higher" | "lower" (is better)
  std::vector<std::pair<int, double>> targets;  // (fiscal year, target)
  std::optional<std::string> retired_at;        // ISO-8601 UTC; nullopt: still tracked
  bool tracked() const { return !retired_at; }
};

struct Cancellation {
  std::string reason_th;
  std::string approved_by;
  std::string cancelled_at;
};

}  // namespace pao::plan
