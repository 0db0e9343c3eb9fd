#include "modules/plan/acceleration.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace {

Error denied(Message m) {
  return {ErrorCode::permission_denied, std::move(m), {}, {}};
}

void require_text(FieldErrors& e, const char* field, const std::string& value) {
  if (http::trim(value).empty()) {
    e.add(field, {"กรุณากรอก", "is required"});
  } else if (http::utf8_length(value) > kMaxNoteChars) {
    e.add(field, {"ยาวเกิน " + std::to_string(kMaxNoteChars) + " ตัวอักษร",
                  "is longer than " + std::to_string(kMaxNoteChars) + " characters"});
  }
}

std::string name_of(const auth::Principal& who) {
  return who.display_name.empty() ? who.name : who.display_name;
}

}  // namespace

Result<AccelerationMeasure> add_acceleration_measure(db::Connection& conn, TimePoint at,
                                                     const audit::Actor& by,
                                                     const auth::Principal& who,
                                                     const NewMeasure& in) {
  if (!is_planner(who)) {
    return denied(
        {"เฉพาะผู้จัดทำแผนเพิ่มมาตรการเร่งรัดได้", "Only the planner may add to the acceleration list"});
  }
  FieldErrors e;
  require_text(e, "owner_th", in.owner_th);
  require_text(e, "reason_th", in.reason_th);
  require_text(e, "measure_th", in.measure_th);
  if (!e.empty()) return e.to_error();
  db::Tx tx(conn);
  if (!find_project(conn, in.project_id)) {
    return Error::invalid({"ไม่พบโครงการนี้", "No such project"})
        .field("project_id", {"ไม่พบโครงการ", "is not a project"});
  }
  AccelerationMeasure m{0,
                        in.project_id,
                        http::trim(in.owner_th),
                        http::trim(in.reason_th),
                        http::trim(in.measure_th),
                        name_of(who),
                        to_iso_utc(at),
                        {}};
  m.id = store::insert_measure(conn, m);
  audit::Changes c;
  c.added("project_id", m.project_id)
      .added("owner_th", boost::json::string(m.owner_th))
      .added("reason_th", boost::json::string(m.reason_th))
      .added("measure_th", boost::json::string(m.measure_th));
  audit::record(conn, at, by,
                {"plan.acceleration.add", "plan_acceleration", std::to_string(m.id), c});
  tx.commit();
  return m;
}

Result<PdcaNote> add_pdca_note(db::Connection& conn, TimePoint at, const audit::Actor& by,
                               const auth::Principal& who, const NewPdcaNote& in) {
  FieldErrors e;
  require_text(e, "plan_th", in.plan_th);
  require_text(e, "do_th", in.do_th);
  require_text(e, "check_th", in.check_th);
  require_text(e, "act_th", in.act_th);
  db::Tx tx(conn);
  if (!find_project(conn, in.project_id)) {
    return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  }
  if (!may_report_for(who, store::divisions_of(conn, in.project_id))) {
    return denied({"บันทึก PDCA ได้เฉพาะผู้จัดทำแผนและเจ้าของโครงการ",
                   "Only the planner and the project's owners may write PDCA notes"});
  }
  if (!e.empty()) return e.to_error();
  PdcaNote n{0,
             in.project_id,
             http::trim(in.plan_th),
             http::trim(in.do_th),
             http::trim(in.check_th),
             http::trim(in.act_th),
             name_of(who),
             to_iso_utc(at),
             {}};
  n.id = store::insert_pdca_note(conn, n);
  audit::Changes c;
  c.added("project_id", n.project_id)
      .added("plan_th", boost::json::string(n.plan_th))
      .added("do_th", boost::json::string(n.do_th))
      .added("check_th", boost::json::string(n.check_th))
      .added("act_th", boost::json::string(n.act_th));
  audit::record(conn, at, by, {"plan.pdca.add", "plan_pdca_note", std::to_string(n.id), c});
  tx.commit();
  return n;
}

Result<Decision> record_decision(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const auth::Principal& who, const NewDecision& in) {
  if (!who.can(kDecidePermission)) {
    return denied({"เฉพาะผู้บริหารบันทึกข้อสั่งการได้", "Only the executive may record decisions"});
  }
  FieldErrors e;
  if (in.subject != "acceleration" && in.subject != "pdca") {
    e.add("subject", {"ต้องเป็น acceleration หรือ pdca", "must be acceleration or pdca"});
  }
  require_text(e, "decision_th", in.decision_th);
  if (!e.empty()) return e.to_error();
  db::Tx tx(conn);
  const auto project = store::project_of(conn, in.subject, in.ref_id);
  if (!project) {
    return Error::invalid({"ไม่พบเรื่องที่สั่งการ", "Nothing to decide on"})
        .field("ref_id", {"ไม่พบ", "is not a measure or note"});
  }
  Decision d{
      0, in.subject, in.ref_id, *project, http::trim(in.decision_th), name_of(who), to_iso_utc(at)};
  d.id = store::insert_decision(conn, d);
  audit::Changes c;
  c.added("subject", boost::json::string(d.subject))
      .added("ref_id", d.ref_id)
      .added("decision_th", boost::json::string(d.decision_th));
  audit::record(conn, at, by, {"plan.decision.record", "plan_decision", std::to_string(d.id), c});
  tx.commit();
  return d;
}

std::vector<AccelerationMeasure> acceleration_list(db::Connection& conn) {
  return store::list_measures(conn);
}

std::vector<PdcaNote> pdca_notes(db::Connection& conn, std::int64_t project_id) {
  return store::list_pdca_notes(conn, project_id);
}

}  // namespace pao::plan
