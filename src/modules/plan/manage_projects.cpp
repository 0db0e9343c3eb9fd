#include "modules/plan/manage_projects.hpp"

#include <algorithm>

#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace {

Error not_planner() {
  return {ErrorCode::permission_denied,
          {"เฉพาะผู้จัดทำแผนแก้ไขข้อมูลโครงการได้", "Only the planner may change a project's plan"},
          {},
          {}};
}

bool runs_in(const Project& p, int year) {
  return std::find(p.fiscal_years.begin(), p.fiscal_years.end(), year) != p.fiscal_years.end();
}

Error not_a_project_year(const char* field) {
  return Error::invalid({"ปีงบประมาณไม่ตรงกับปีของโครงการ", "Not one of the project's fiscal years"})
      .field(field, {"ต้องเป็นปีที่โครงการดำเนินการ", "must be one of the project's fiscal years"});
}

}  // namespace

Status set_budget(db::Connection& conn, TimePoint at, const audit::Actor& by,
                  const auth::Principal& who, std::int64_t project_id, int fiscal_year,
                  std::int64_t budget_satang) {
  if (!is_planner(who)) return not_planner();
  if (budget_satang < 0) {
    return Error::invalid({"งบประมาณไม่ถูกต้อง", "The budget is not valid"})
        .field("budget_satang", {"ต้องไม่ติดลบ", "must not be negative"});
  }
  db::Tx tx(conn);
  const auto p = find_project(conn, project_id);
  if (!p) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  if (!runs_in(*p, fiscal_year)) return not_a_project_year("fiscal_year");
  const auto before = store::project_budgets(conn)[project_id][fiscal_year];
  store::set_budget(conn, project_id, fiscal_year, budget_satang);
  audit::Changes c;
  c.note("fiscal_year", fiscal_year).set("budget_satang", before, budget_satang);
  audit::record(conn, at, by,
                {"plan.project.budget", "plan_project", std::to_string(project_id), c});
  tx.commit();
  return ok_status();
}

Status set_planned_curve(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t project_id,
                         const std::vector<PlannedPoint>& points) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto p = find_project(conn, project_id);
  if (!p) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  auto sorted = points;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::pair(a.fiscal_year, a.quarter) < std::pair(b.fiscal_year, b.quarter);
  });
  double last = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const auto& pt = sorted[i];
    if (!runs_in(*p, pt.fiscal_year) || pt.quarter < 1 || pt.quarter > 4) {
      return not_a_project_year("points");
    }
    if (pt.percent < last || pt.percent > 100 ||
        (i > 0 && sorted[i - 1].fiscal_year == pt.fiscal_year &&
         sorted[i - 1].quarter == pt.quarter)) {
      return Error::invalid({"เส้นแผนต้องเพิ่มขึ้นตามลำดับ 0–100", "The curve must rise from 0 to 100"})
          .field("points", {"ต้องไม่ลดลงและไม่เกิน 100", "must never decrease nor pass 100"});
    }
    last = pt.percent;
  }
  store::replace_curve(conn, project_id, sorted);
  audit::Changes c;
  c.note("points", static_cast<std::int64_t>(sorted.size()));
  audit::record(conn, at, by,
                {"plan.project.curve", "plan_project", std::to_string(project_id), c});
  tx.commit();
  return ok_status();
}

Status cancel_project(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const auth::Principal& who, std::int64_t project_id,
                      const std::string& reason_th, const std::string& approved_by) {
  if (!is_planner(who)) return not_planner();
  FieldErrors e;
  if (http::trim(reason_th).empty()) e.add("reason_th", {"ต้องระบุเหตุผล", "is required"});
  if (http::trim(approved_by).empty()) e.add("approved_by", {"ต้องระบุผู้อนุมัติ", "is required"});
  if (!e.empty()) return e.to_error();
  db::Tx tx(conn);
  if (!find_project(conn, project_id)) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  if (store::cancellations(conn).count(project_id)) {
    return Error::conflict({"โครงการนี้ถูกยกเลิกแล้ว", "The project is already cancelled"});
  }
  store::insert_cancellation(conn, project_id,
                             {http::trim(reason_th), http::trim(approved_by), to_iso_utc(at)});
  audit::Changes c;
  c.set("status", "active", "cancelled")
      .added("reason_th", boost::json::string(http::trim(reason_th)))
      .added("approved_by", boost::json::string(http::trim(approved_by)));
  audit::record(conn, at, by,
                {"plan.project.cancel", "plan_project", std::to_string(project_id), c});
  tx.commit();
  return ok_status();
}

Status set_delay_margin(db::Connection& conn, TimePoint at, const audit::Actor& by,
                        const auth::Principal& who, double margin) {
  if (!is_planner(who)) return not_planner();
  if (margin < 0 || margin > 100) {
    return Error::invalid({"เกณฑ์ไม่ถูกต้อง", "The margin is not valid"})
        .field("delay_margin", {"ต้องอยู่ระหว่าง 0 ถึง 100", "must be from 0 to 100"});
  }
  db::Tx tx(conn);
  const double before = store::delay_margin(conn);
  store::set_delay_margin(conn, margin);
  audit::Changes c;
  c.set("delay_margin", before, margin);
  audit::record(conn, at, by, {"plan.setting.margin", "plan_setting", "1", c});
  tx.commit();
  return ok_status();
}

}  // namespace pao::plan
