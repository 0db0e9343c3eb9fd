#include "modules/plan/manage_kpis.hpp"

#include <algorithm>
#include <optional>

#include "modules/plan/api.hpp"
#include "modules/plan/kpi_store.hpp"
#include "modules/plan/permissions.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

Error not_planner() {
  return {ErrorCode::permission_denied,
          {"เฉพาะผู้จัดทำแผนแก้ไขตัวชี้วัดได้", "Only the planner may change a project's KPIs"},
          {},
          {}};
}

Error no_such_kpi() {
  return Error::not_found({"ไม่พบตัวชี้วัดนี้ในโครงการ", "The project has no such KPI"});
}

// The KPI as typed, trimmed and checked against the project; the project's id stays in.
Result<Kpi> checked(db::Connection& conn, const NewKpi& in) {
  FieldErrors e;
  if (http::trim(in.name_th).empty()) e.add("name_th", {"กรุณากรอก", "is required"});
  if (http::trim(in.unit_th).empty()) e.add("unit_th", {"กรุณากรอก", "is required"});
  if (in.direction != "higher" && in.direction != "lower") {
    e.add("direction", {"ต้องเป็น higher หรือ lower", "must be higher or lower"});
  }
  if (!e.empty()) return e.to_error();
  const auto p = find_project(conn, in.project_id);
  if (!p) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  auto targets = in.targets;
  std::sort(targets.begin(), targets.end());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const int year = targets[i].first;
    const bool runs =
        std::find(p->fiscal_years.begin(), p->fiscal_years.end(), year) != p->fiscal_years.end();
    if (!runs || (i > 0 && targets[i - 1].first == year)) {
      return Error::invalid(
                 {"ปีงบประมาณไม่ตรงกับปีของโครงการ", "Not one of the project's fiscal years"})
          .field("targets",
                 {"ต้องเป็นปีที่โครงการดำเนินการ", "must be one of the project's fiscal years"});
    }
  }
  Kpi k;
  k.project_id = in.project_id;
  k.name_th = http::trim(in.name_th);
  k.unit_th = http::trim(in.unit_th);
  k.baseline = in.baseline;
  k.direction = in.direction;
  k.targets = std::move(targets);
  return k;
}

json::value targets_json(const Kpi& k) {
  json::object out;
  for (const auto& [year, target] : k.targets) out[std::to_string(year)] = target;
  return out;
}

// The project's KPI `kpi_id`; not_found when it belongs to another project or does not exist.
Result<Kpi> kpi_of(db::Connection& conn, std::int64_t project_id, std::int64_t kpi_id) {
  auto k = store::find_kpi(conn, kpi_id);
  if (!k || k->project_id != project_id) return no_such_kpi();
  return std::move(*k);
}

}  // namespace

Error kpi_in_reports(std::int64_t reports) {
  const auto n = std::to_string(reports);
  return Error::conflict(
      {"ลบตัวชี้วัดนี้ไม่ได้ เพราะมีรายงาน " + n +
           " ฉบับบันทึกผลของตัวชี้วัดนี้ไว้แล้ว ให้เลือก \"เลิกติดตาม\" แทน "
           "ตัวชี้วัดจะไม่อยู่ในแบบรายงานใหม่ แต่ผลที่รายงานแล้วยังแสดงอยู่",
       "This KPI cannot be deleted: " + n + (reports == 1 ? " report carries" : " reports carry") +
           " its actuals. Retire it instead: it leaves new report forms while what was "
           "reported stays visible."});
}

Result<Kpi> add_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const auth::Principal& who, const NewKpi& in) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  auto k = checked(conn, in);
  if (!k.ok()) return k.error();
  k->id = store::insert_kpi(conn, *k);
  audit::Changes c;
  c.added("project_id", k->project_id)
      .added("name_th", json::string(k->name_th))
      .added("unit_th", json::string(k->unit_th))
      .added("baseline", k->baseline)
      .added("direction", json::string(k->direction))
      .added("targets", targets_json(*k));
  audit::record(conn, at, by, {"plan.kpi.add", "plan_kpi", std::to_string(k->id), c});
  tx.commit();
  return std::move(*k);
}

Result<Kpi> edit_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                     const auth::Principal& who, std::int64_t kpi_id, const NewKpi& in) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto before = kpi_of(conn, in.project_id, kpi_id);
  if (!before.ok()) return before.error();
  auto after = checked(conn, in);
  if (!after.ok()) return after.error();
  after->id = kpi_id;
  after->retired_at = before->retired_at;
  audit::Changes c;
  c.note("project_id", after->project_id);
  bool changed = false;
  auto compare = [&](const char* field, json::value was, json::value now) {
    if (was == now) return;
    c.set(field, std::move(was), std::move(now));
    changed = true;
  };
  compare("name_th", json::string(before->name_th), json::string(after->name_th));
  compare("unit_th", json::string(before->unit_th), json::string(after->unit_th));
  compare("baseline", before->baseline, after->baseline);
  compare("direction", json::string(before->direction), json::string(after->direction));
  compare("targets", targets_json(*before), targets_json(*after));
  if (!changed) return std::move(*after);  // the transaction rolls back: nothing was written
  store::update_kpi(conn, *after);
  audit::record(conn, at, by, {"plan.kpi.edit", "plan_kpi", std::to_string(kpi_id), c});
  tx.commit();
  return std::move(*after);
}

Status delete_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                  const auth::Principal& who, std::int64_t project_id, std::int64_t kpi_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto k = kpi_of(conn, project_id, kpi_id);
  if (!k.ok()) return k.error();
  if (const auto reports = store::reports_carrying(conn, kpi_id); reports > 0) {
    return kpi_in_reports(reports);
  }
  store::delete_kpi(conn, kpi_id);
  audit::Changes c;
  c.removed("project_id", k->project_id)
      .removed("name_th", json::string(k->name_th))
      .removed("unit_th", json::string(k->unit_th))
      .removed("baseline", k->baseline)
      .removed("direction", json::string(k->direction))
      .removed("targets", targets_json(*k));
  audit::record(conn, at, by, {"plan.kpi.delete", "plan_kpi", std::to_string(kpi_id), c});
  tx.commit();
  return ok_status();
}

Result<Kpi> retire_kpi(db::Connection& conn, TimePoint at, const audit::Actor& by,
                       const auth::Principal& who, std::int64_t project_id, std::int64_t kpi_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  auto k = kpi_of(conn, project_id, kpi_id);
  if (!k.ok()) return k.error();
  if (!k->tracked()) {
    return Error::conflict({"เลิกติดตามตัวชี้วัดนี้แล้ว", "This KPI is already retired"});
  }
  k->retired_at = to_iso_utc(at);
  store::retire_kpi(conn, kpi_id, *k->retired_at);
  audit::Changes c;
  c.note("project_id", project_id)
      .note("reports", store::reports_carrying(conn, kpi_id))
      .set("tracked", true, false);
  audit::record(conn, at, by, {"plan.kpi.retire", "plan_kpi", std::to_string(kpi_id), c});
  tx.commit();
  return std::move(*k);
}

}  // namespace pao::plan
