#include "modules/plan/demo_data.hpp"

#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/follow_progress.hpp"
#include "modules/plan/manage_projects.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/store.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {

std::vector<std::string> load_demo_progress(db::Connection& conn, const Clock& clock) {
  if (!list_reporting_rounds(conn).empty()) return {};
  const TimePoint at = clock.now();
  const Date today = bangkok_date(at);
  const auto by = audit::system_actor("demo-data");
  auth::Principal planner;
  planner.kind = auth::PrincipalKind::user;
  planner.name = "demo-data";
  planner.display_name = "ข้อมูลสาธิต";
  planner.grant(kManagePermission);

  for (const auto& p : list_projects(conn)) {
    for (int y : p.fiscal_years) {
      const std::int64_t baht = 200000 + 50000 * ((p.strategy_number * 7 + p.seq * 3 + y) % 9);
      (void)set_budget(conn, at, by, planner, p.id, y, baht * 100);
    }
  }

  // The quarter that ended last (closed) and the current one (open).
  int year = fiscal_year_of(today);
  int quarter = fiscal_quarter_of(today);
  int last_year = quarter == 1 ? year - 1 : year;
  int last_quarter = quarter == 1 ? 4 : quarter - 1;
  const auto closed = open_reporting_round(
      conn, at, by, planner,
      {last_year, "quarterly", last_quarter,
       to_iso_date(add_days(fiscal_quarter_range(last_year, last_quarter).last, 15))});
  const auto open =
      open_reporting_round(conn, at, by, planner,
                           {year, "quarterly", quarter,
                            to_iso_date(add_days(fiscal_quarter_range(year, quarter).last, 15))});
  if (!closed.ok() || !open.ok()) return {};

  int filed = 0;
  for (const auto& p : list_project_progress(conn, today)) {
    const auto& years = p.project.fiscal_years;
    if (std::find(years.begin(), years.end(), last_year) == years.end()) continue;
    if (p.project.seq % 4 == 3) continue;  // some never report: the round shows who has not
    NewReport r;
    r.round_id = closed->id;
    r.project_id = p.project.id;
    r.percent_complete = std::max(0, static_cast<int>(p.planned_percent) - (p.project.seq % 3) * 9);
    r.spent_satang = (150000 + 12500 * p.project.seq) * 100;
    r.activities_th = "ดำเนินการตามแผนงานประจำไตรมาส";
    if (p.project.seq % 3 == 2) r.problems_th = "การจัดซื้อจัดจ้างล่าช้ากว่ากำหนด";
    if (file_progress_report(conn, at, by, planner, r).ok()) ++filed;
  }
  (void)close_reporting_round(conn, at, by, planner, closed->id);

  // Next year's action plan being drafted (แผนดำเนินงานประจำปี, a draft: nothing is due from it
  // yet), carrying on the digital plan's strategy 1 with its goals and two of its projects.
  int drafted = 0;
  const int next_year = year + 1;
  const auto draft =
      create_plan(conn, at, by, planner,
                  {"yearly_action", "แผนดำเนินงานประจำปีงบประมาณ พ.ศ. " + std::to_string(next_year),
                   next_year, next_year, "draft"});
  const auto source = find_strategy(conn, 1);
  if (draft.ok() && source) {
    const auto s =
        add_strategy(conn, at, by, planner, draft->id, {1, source->name_th, source->missions_th});
    if (s.ok()) {
      for (const auto& g : source->goals) (void)add_goal(conn, at, by, planner, s->id, g.text_th);
      for (const auto& p : list_projects(conn)) {
        if (p.strategy_id != source->id || (p.seq != 2 && p.seq != 4)) continue;
        if (add_project(conn, at, by, planner, s->id,
                        {0,
                         p.name_th,
                         p.objectives_th,
                         p.system_kind,
                         {next_year},
                         store::divisions_of(conn, p.id)})
                .ok()) {
          ++drafted;
        }
      }
    }
  }
  return {"Plan demo: budgets, 2 reporting rounds, " + std::to_string(filed) +
          " progress reports; a draft yearly action plan " + std::to_string(next_year) + " with " +
          std::to_string(drafted) + " projects"};
}

}  // namespace pao::plan
