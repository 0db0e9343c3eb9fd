#include "modules/plan/follow_progress.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "modules/plan/plan_store.hpp"
#include "modules/plan/store.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {

namespace {

std::vector<ProjectProgress> compute(db::Connection& conn, Date today, const ProgressFilter& f,
                                     std::vector<Project> projects) {
  const auto divisions = store::project_divisions(conn);
  const auto budgets = store::project_budgets(conn);
  const auto curves = store::planned_curves(conn);
  const auto cancelled = store::cancellations(conn);
  const auto summaries = store::summaries(conn);
  // Rounds whose deadline has passed, by fiscal year: the latest period each year should have
  // been reported on by now.
  std::map<int, std::string> due_by_year;
  const std::string today_iso = to_iso_date(today);
  for (const auto& r : store::list_rounds(conn)) {
    if (r.deadline < today_iso) {
      auto& latest = due_by_year[r.fiscal_year];
      latest = std::max(latest, r.period_end);
    }
  }
  const double margin = store::delay_margin(conn);
  const auto drafts = store::draft_plans(conn);
  const std::int64_t plan = f.plan.value_or(kDefaultPlanId);

  std::vector<ProjectProgress> out;
  for (auto& p : projects) {
    if (!f.every_plan && p.plan_id != plan) continue;
    if (f.strategy && p.strategy_number != *f.strategy) continue;
    if (f.fiscal_year && std::find(p.fiscal_years.begin(), p.fiscal_years.end(), *f.fiscal_year) ==
                             p.fiscal_years.end()) {
      continue;
    }
    ProjectProgress pp;
    if (const auto it = divisions.find(p.id); it != divisions.end()) pp.divisions = it->second;
    if (f.division &&
        std::find(pp.divisions.begin(), pp.divisions.end(), *f.division) == pp.divisions.end()) {
      continue;
    }
    if (const auto it = budgets.find(p.id); it != budgets.end()) {
      for (const auto& [year, satang] : it->second) pp.budget_satang += satang;
    }
    std::optional<std::string> last_filed;
    if (const auto it = summaries.find(p.id); it != summaries.end()) {
      pp.committed_satang = it->second.committed;
      pp.spent_satang = it->second.spent;
      pp.actual_percent = it->second.actual_percent;
      pp.last_report_at = it->second.last_report_at;
      last_filed = it->second.last_period_filed;
    }
    // Late: a round of one of its years is past its deadline, and nothing was filed for that
    // period or a later one.
    for (int y : drafts.count(p.plan_id) ? std::vector<int>{} : p.fiscal_years) {
      const auto due = due_by_year.find(y);
      if (due != due_by_year.end() && (!last_filed || *last_filed < due->second)) {
        pp.late_report = true;
      }
    }
    const auto curve = curves.find(p.id);
    pp.curve = curve != curves.end() ? curve->second : linear_curve(p.fiscal_years);
    pp.planned_percent = planned_percent(pp.curve, today);
    if (const auto it = cancelled.find(p.id); it != cancelled.end()) pp.cancellation = it->second;
    pp.status = compute_status({pp.cancellation.has_value(), pp.actual_percent, pp.planned_percent,
                                pp.late_report, margin});
    if (f.status && pp.status != *f.status) continue;
    pp.project = std::move(p);
    out.push_back(std::move(pp));
  }
  return out;
}

}  // namespace

Error no_such_project() {
  return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
}

std::vector<ProjectProgress> list_project_progress(db::Connection& conn, Date today,
                                                   const ProgressFilter& filter) {
  db::Tx tx(conn, db::TxMode::read);  // one consistent snapshot
  auto out = compute(conn, today, filter, list_projects(conn));
  tx.commit();
  return out;
}

std::optional<ProjectProgress> find_project_progress(db::Connection& conn, Date today,
                                                     std::int64_t project_id) {
  db::Tx tx(conn, db::TxMode::read);
  auto p = find_project(conn, project_id);
  if (!p) return std::nullopt;
  std::vector<Project> one;
  one.push_back(std::move(*p));
  ProgressFilter any;
  any.every_plan = true;
  auto out = compute(conn, today, any, std::move(one));
  tx.commit();
  return std::move(out.front());
}

std::vector<HistoryEntry> project_history(db::Connection& conn, std::int64_t project_id) {
  std::vector<HistoryEntry> out;
  std::map<std::int64_t, Round> rounds;
  for (auto& r : store::project_reports(conn, project_id)) {
    auto it = rounds.find(r.round_id);
    if (it == rounds.end())
      it = rounds.emplace(r.round_id, *store::find_round(conn, r.round_id)).first;
    out.push_back({it->second, std::move(r)});
  }
  return out;
}

std::vector<PlannedPoint> actual_curve(const std::vector<HistoryEntry>& history) {
  std::map<std::pair<int, int>, std::pair<std::string, int>> by_quarter;  // → (period_end, %)
  for (const auto& h : history) {
    if (h.report.state != "accepted") continue;
    const auto end = parse_thai_date(h.round.period_end);
    if (!end) continue;
    const std::pair key(fiscal_year_of(*end), fiscal_quarter_of(*end));
    auto it = by_quarter.find(key);
    // history is newest period first, highest version first: the first seen wins
    if (it == by_quarter.end())
      by_quarter.emplace(key, std::pair(h.round.period_end, h.report.percent_complete));
  }
  std::vector<PlannedPoint> out;
  out.reserve(by_quarter.size());
  for (const auto& [key, v] : by_quarter)
    out.push_back({key.first, key.second, static_cast<double>(v.second)});
  return out;
}

namespace {

// KPI `k` with its latest accepted `actual`, reported in a round of `fiscal_year` (none: nullopt).
KpiProgress progress_of(Kpi k, std::optional<double> actual, int fiscal_year) {
  KpiProgress kp;
  if (actual) {
    kp.actual = actual;
    for (const auto& [year, target] : k.targets) {
      if (year <= fiscal_year) kp.target = target;  // that year's, or the last before
    }
    if (!kp.target && !k.targets.empty()) kp.target = k.targets.front().second;
  }
  if (kp.actual && kp.target) {
    kp.achievement = kpi_achievement(k.baseline, *kp.target, *kp.actual, k.direction == "higher");
  }
  kp.kpi = std::move(k);
  return kp;
}

}  // namespace

std::vector<KpiProgress> kpi_progress(db::Connection& conn, std::int64_t project_id) {
  std::vector<KpiProgress> out;
  const auto history = project_history(conn, project_id);
  for (auto& k : store::project_kpis(conn, project_id)) {
    std::optional<double> actual;
    int fiscal_year = 0;
    for (const auto& h : history) {
      if (h.report.state != "accepted") continue;
      const auto it = std::find_if(h.report.kpi_actuals.begin(), h.report.kpi_actuals.end(),
                                   [&](const KpiActual& a) { return a.kpi_id == k.id; });
      if (it == h.report.kpi_actuals.end()) continue;
      actual = it->actual;
      fiscal_year = h.round.fiscal_year;
      break;
    }
    out.push_back(progress_of(std::move(k), actual, fiscal_year));
  }
  return out;
}

std::map<std::int64_t, double> project_kpi_achievements(db::Connection& conn) {
  std::map<std::int64_t, std::pair<double, int>> latest;  // kpi id → (actual, fiscal year)
  for (const auto& a : store::accepted_actuals(conn)) {
    latest.emplace(a.kpi_id, std::pair(a.actual, a.fiscal_year));  // the newest one stays
  }
  std::map<std::int64_t, double> out;
  for (auto& [project, kpis] : store::all_kpis(conn)) {
    std::vector<KpiProgress> progress;
    for (auto& k : kpis) {
      const auto it = latest.find(k.id);
      progress.push_back(it == latest.end()
                             ? progress_of(std::move(k), std::nullopt, 0)
                             : progress_of(std::move(k), it->second.first, it->second.second));
    }
    if (const auto a = project_kpi_achievement(progress)) out[project] = *a;
  }
  return out;
}

std::optional<double> project_kpi_achievement(const std::vector<KpiProgress>& kpis) {
  double sum = 0;
  int n = 0;
  for (const auto& k : kpis) {
    if (!k.achievement || !k.kpi.tracked()) continue;  // a retired KPI keeps only its own
    sum += *k.achievement;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

}  // namespace pao::plan
