#include "modules/inventory/defects.hpp"

#include <boost/json.hpp>

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/store.hpp"

namespace pao::inventory {

namespace {

boost::json::value js(const std::string& s) {
  return boost::json::string_view(s);
}

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
  changes.added("inspected_on", js(in.inspected_on))
      .added("committee", js(in.committee))
      .added("findings", js(in.findings))
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

Result<DefectNotice> send_defect_notice(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                        std::int64_t contract_id, const DefectNotice& in) {
  const auto sent = parse_iso_date(in.sent_on);
  if (!sent) return invalid("sent_on", not_a_date());
  const auto fix_by = parse_iso_date(in.fix_by);
  if (!fix_by) return invalid("fix_by", not_a_date());
  if (*fix_by < *sent) {
    return invalid("fix_by", {"ต้องไม่ก่อนวันที่แจ้ง", "must not be before the notice date"});
  }
  if (in.details.empty()) return invalid("details", {"ต้องระบุ", "is required"});
  db::Tx tx(conn);
  if (!store::lock_contract(conn, contract_id)) return no_such_contract(contract_id);
  const auto inspections = store::inspections_of(conn, contract_id);
  if (inspections.empty() || !inspections.back().has_defect) {
    return Error::conflict({"ต้องบันทึกผลตรวจสภาพที่พบความชำรุดบกพร่องก่อนแจ้งผู้รับจ้าง",
                            "Record an inspection that found a defect before notifying the "
                            "contractor"});
  }
  DefectNotice stored = in;
  stored.id = store::insert_notice(conn, contract_id, in, to_iso_utc(at));
  audit::Changes changes;
  changes.added("sent_on", js(in.sent_on))
      .added("fix_by", js(in.fix_by))
      .added("details", js(in.details))
      .added("letter_ref", js(in.letter_ref));
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
  changes.set("security_outcome", js(""), js(in.outcome))
      .set("security_closed_on", js(""), js(in.closed_on))
      .set("security_approved_by", js(""), js(in.approved_by));
  audit::record(conn, at, by,
                {in.outcome == "returned" ? "inventory.contract.return_security"
                                          : "inventory.contract.claim_security",
                 "contract", std::to_string(contract_id), changes});
  tx.commit();
  return ok_status();
}

}  // namespace pao::inventory
