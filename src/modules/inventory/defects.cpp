#include "modules/inventory/defects.hpp"

#include <boost/json.hpp>

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/field_checks.hpp"
#include "modules/inventory/store.hpp"
#include "modules/saraban/api.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace {

Error invalid(const char* field, Message why) {
  return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"}).field(field, std::move(why));
}

Message not_a_date() {
  return {"ไม่ใช่วันที่", "is not a date"};
}

}  // namespace

std::vector<Inspection> inspections_of(db::Connection& conn, std::int64_t contract_id) {
  return store::inspections_of(conn, contract_id);
}

std::vector<DefectNotice> notices_of(db::Connection& conn, std::int64_t contract_id) {
  return store::notices_of(conn, contract_id);
}

Result<Inspection> record_inspection(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                     std::int64_t contract_id, const Inspection& in) {
  if (!parse_iso_date(in.inspected_on)) return invalid("inspected_on", not_a_date());
  if (in.findings.size() > 8000) return invalid("findings", {"ยาวเกินไป", "is too long"});
  if (in.committee.size() > 4000) return invalid("committee", {"ยาวเกินไป", "is too long"});
  db::Tx tx(conn);
  if (!store::lock_contract(conn, contract_id)) return no_such_contract(contract_id);
  const Contract c = *store::contract_by_id(conn, contract_id);
  if (!c.security_closed_on.empty()) {
    return Error::conflict(
        {"สัญญานี้คืนหรือริบหลักประกันแล้ว", "This contract's security is already closed"});
  }
  Inspection stored = in;
  const std::string now = to_iso_utc(at);
  stored.id = store::insert_inspection(conn, contract_id, in, now);
  store::set_inspected_on(conn, contract_id, in.inspected_on, now);
  audit::Changes changes;
  changes.added("inspected_on", json_text(in.inspected_on))
      .added("committee", json_text(in.committee))
      .added("findings", json_text(in.findings))
      .added("has_defect", in.has_defect)
      .added("reinspection", in.reinspection);
  if (in.reinspection && !in.has_defect) {
    const int fixed = store::fix_open_notices(conn, contract_id, in.inspected_on);
    if (fixed > 0) changes.note("notices_fixed", fixed);
  }
  audit::record(conn, at, by,
                {"inventory.contract.inspect", "contract", std::to_string(contract_id), changes});
  tx.commit();
  return stored;
}

Result<DefectNotice> send_defect_notice(db::Connection& conn, const files::FileStore& files,
                                        TimePoint at, const audit::Actor& by,
                                        std::int64_t contract_id, const DefectNotice& in,
                                        const NoticeLetter& letter) {
  const auto sent = parse_iso_date(in.sent_on);
  if (!sent) return invalid("sent_on", not_a_date());
  const auto fix_by = parse_iso_date(in.fix_by);
  if (!fix_by) return invalid("fix_by", not_a_date());
  if (*fix_by < *sent) {
    return invalid("fix_by", {"ต้องไม่ก่อนวันที่แจ้ง", "must not be before the notice date"});
  }
  if (in.details.empty()) return invalid("details", {"ต้องระบุ", "is required"});
  if (in.details.size() > 8000) return invalid("details", {"ยาวเกินไป", "is too long"});
  db::Tx tx(conn);
  if (!store::lock_contract(conn, contract_id)) return no_such_contract(contract_id);
  const auto inspections = store::inspections_of(conn, contract_id);
  if (inspections.empty() || !inspections.back().has_defect) {
    return Error::conflict({"ต้องบันทึกผลตรวจสภาพที่พบความชำรุดบกพร่องก่อนแจ้งผู้รับจ้าง",
                            "Record an inspection that found a defect before notifying the "
                            "contractor"});
  }
  const Contract c = *store::contract_by_id(conn, contract_id);
  const auto inspected = parse_iso_date(inspections.back().inspected_on);
  saraban::ModuleLetter l;
  l.module = "inventory";
  l.to = letter.to.empty() ? c.f.contractor_name : letter.to;
  l.subject = "แจ้งให้แก้ไขความชำรุดบกพร่องตามสัญญาเลขที่ " + c.f.contract_no;
  l.body = "ตามที่ " + c.f.contractor_name + " ได้ทำสัญญาเลขที่ " + c.f.contract_no + " เรื่อง " +
           c.f.subject + " กับองค์การบริหารส่วนจังหวัดลำพูน นั้น\n\nคณะกรรมการได้ตรวจสภาพ" +
           (inspected ? "เมื่อวันที่ " + format_thai_date(*inspected, DateStyle::full) : "") +
           " พบความชำรุดบกพร่องภายในระยะเวลารับประกัน ดังนี้ " + in.details +
           "\n\nจึงขอให้ท่านดำเนินการแก้ไขให้แล้วเสร็จภายในวันที่ " +
           format_thai_date(*fix_by, DateStyle::full) +
           " หากพ้นกำหนด องค์การบริหารส่วนจังหวัดลำพูนจะดำเนินการตามเงื่อนไขแห่งสัญญาต่อไป";
  l.urgency = letter.urgency.empty() ? "normal" : letter.urgency;
  l.dated = in.sent_on;
  l.signer_name = letter.signer_name;
  l.signer_position = letter.signer_position;
  auto sent_letter = saraban::send_letter_for_module(conn, files, at, by, l);
  if (!sent_letter.ok()) return sent_letter.error();  // the Tx rolls back: no letter, no notice
  DefectNotice stored = in;
  stored.letter_ref = sent_letter->reference;
  stored.letter_id = sent_letter->letter_id;
  stored.letter_job_id = sent_letter->job_id;
  stored.id = store::insert_notice(conn, contract_id, stored, to_iso_utc(at));
  audit::Changes changes;
  changes.added("sent_on", json_text(in.sent_on))
      .added("fix_by", json_text(in.fix_by))
      .added("details", json_text(in.details))
      .added("letter_ref", json_text(stored.letter_ref))
      .added("letter_id", stored.letter_id)
      .added("urgency", json_text(l.urgency));
  audit::record(
      conn, at, by,
      {"inventory.contract.notify_defect", "contract", std::to_string(contract_id), changes});
  tx.commit();
  return stored;
}

Status close_security(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      std::int64_t contract_id, const SecurityClosing& in) {
  if (in.outcome != "returned" && in.outcome != "claimed") {
    return invalid("outcome", {"ต้องเป็นคืนหรือริบ", "must be returned or claimed"});
  }
  if (!parse_iso_date(in.closed_on)) return invalid("closed_on", not_a_date());
  if (in.approved_by.empty()) return invalid("approved_by", {"ต้องระบุ", "is required"});
  db::Tx tx(conn);
  if (!store::lock_contract(conn, contract_id)) return no_such_contract(contract_id);
  const Contract c = *store::contract_by_id(conn, contract_id);
  if (!c.security_closed_on.empty()) {
    return Error::conflict(
        {"สัญญานี้คืนหรือริบหลักประกันแล้ว", "This contract's security is already closed"});
  }
  if (in.outcome == "returned") {
    for (const auto& n : store::notices_of(conn, contract_id)) {
      if (n.fixed_on.empty()) {
        return Error::conflict({"ยังมีความชำรุดบกพร่องที่ผู้รับจ้างยังไม่แก้ไข คืนหลักประกันไม่ได้",
                                "A defect is still unfixed: the security cannot be returned"});
      }
    }
  }
  store::close_security(conn, contract_id, in, to_iso_utc(at));
  audit::Changes changes;
  changes.set("security_outcome", json_text(""), json_text(in.outcome))
      .set("security_closed_on", json_text(""), json_text(in.closed_on))
      .set("security_approved_by", json_text(""), json_text(in.approved_by));
  audit::record(conn, at, by,
                {in.outcome == "returned" ? "inventory.contract.return_security"
                                          : "inventory.contract.claim_security",
                 "contract", std::to_string(contract_id), changes});
  tx.commit();
  return ok_status();
}

}  // namespace pao::inventory
