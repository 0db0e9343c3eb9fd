#include "modules/plan/reporting_rounds.hpp"

#include <algorithm>
#include <set>

#include "modules/plan/permissions.hpp"
#include "modules/plan/store.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {

namespace {

Error not_planner() {
  return {ErrorCode::permission_denied,
          {"เฉพาะผู้จัดทำแผน (กองยุทธศาสตร์และงบประมาณ) เปิดหรือปิดรอบรายงานได้",
           "Only the planner (Strategy and Budget Division) may open or close reporting rounds"},
          {},
          {}};
}

// The last day of `period` of the fiscal year: quarter ends, or month ends (1 = October).
Date period_end(const NewRound& in) {
  if (in.frequency == "quarterly") return fiscal_quarter_range(in.fiscal_year, in.period).last;
  const Date first = fiscal_year_range(in.fiscal_year).first;  // 1 October
  int month = 10 + in.period - 1;
  int year = first.year;
  if (month > 12) {
    month -= 12;
    ++year;
  }
  Date next{month == 12 ? year + 1 : year, static_cast<unsigned>(month == 12 ? 1 : month + 1), 1};
  return add_days(next, -1);
}

}  // namespace

Error no_such_round() {
  return Error::not_found({"ไม่พบรอบรายงานนี้", "No such reporting round"});
}

FieldErrors check_new_round(const NewRound& in) {
  FieldErrors e;
  if (in.fiscal_year < 2500 || in.fiscal_year > 2700) {
    e.add("fiscal_year",
          {"ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2567", "must be a B.E. fiscal year, e.g. 2567"});
  }
  if (in.frequency != "monthly" && in.frequency != "quarterly") {
    e.add("frequency", {"ต้องเป็นรายเดือนหรือรายไตรมาส", "must be monthly or quarterly"});
  } else {
    const int last = in.frequency == "monthly" ? 12 : 4;
    if (in.period < 1 || in.period > last) {
      e.add("period", {"ต้องอยู่ระหว่าง 1 ถึง " + std::to_string(last),
                       "must be between 1 and " + std::to_string(last)});
    }
  }
  if (!parse_thai_date(in.deadline)) {
    e.add("deadline", {"ต้องเป็นวันที่ เช่น 15/1/2567", "must be a date, e.g. 15/1/2567"});
  }
  return e;
}

Result<Round> open_reporting_round(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                   const auth::Principal& who, const NewRound& in) {
  if (!is_planner(who)) return not_planner();
  if (const auto bad = check_new_round(in); !bad.empty()) return bad.to_error();
  Round r;
  r.fiscal_year = in.fiscal_year;
  r.frequency = in.frequency;
  r.period = in.period;
  r.period_end = to_iso_date(period_end(in));
  r.deadline = to_iso_date(*parse_thai_date(in.deadline));
  r.opened_at = to_iso_utc(at);
  db::Tx tx(conn);
  try {
    r.id = store::insert_round(conn, r);
  } catch (const db::UniqueViolation&) {
    return Error::conflict({"รอบรายงานนี้เปิดไว้แล้ว", "This reporting round already exists"})
        .field("period", {"มีรอบนี้แล้ว", "already has a round"});
  }
  audit::Changes changes;
  changes.added("fiscal_year", r.fiscal_year)
      .added("frequency", boost::json::string(r.frequency))
      .added("period", r.period)
      .added("deadline", boost::json::string(r.deadline));
  audit::record(conn, at, by, {"plan.round.open", "plan_round", std::to_string(r.id), changes});
  tx.commit();
  return r;
}

Result<Round> close_reporting_round(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                    const auth::Principal& who, std::int64_t round_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  auto r = store::lock_round(conn, round_id);
  if (!r) return no_such_round();
  if (!r->open)
    return Error::conflict({"รอบรายงานนี้ปิดแล้ว", "This reporting round is already closed"});
  store::close_round(conn, round_id, to_iso_utc(at));
  audit::Changes changes;
  changes.set("state", "open", "closed");
  audit::record(conn, at, by,
                {"plan.round.close", "plan_round", std::to_string(round_id), changes});
  tx.commit();
  r->open = false;
  r->closed_at = to_iso_utc(at);
  return *r;
}

std::vector<Round> list_reporting_rounds(db::Connection& conn) {
  return store::list_rounds(conn);
}

std::optional<Round> find_reporting_round(db::Connection& conn, std::int64_t id) {
  return store::find_round(conn, id);
}

std::vector<RoundProject> round_projects(db::Connection& conn, const Round& round) {
  const auto due = store::projects_due(conn, round);
  const auto done = store::projects_reported(conn, round.id);
  const std::set<std::int64_t> reported(done.begin(), done.end());
  const std::set<std::int64_t> wanted(due.begin(), due.end());
  const auto divisions = store::project_divisions(conn);
  std::vector<RoundProject> out;
  for (auto& p : list_projects(conn)) {
    if (!wanted.count(p.id)) continue;
    RoundProject rp;
    if (const auto it = divisions.find(p.id); it != divisions.end()) rp.divisions = it->second;
    rp.reported = reported.count(p.id) > 0;
    rp.project = std::move(p);
    out.push_back(std::move(rp));
  }
  return out;
}

}  // namespace pao::plan
