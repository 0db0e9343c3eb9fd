// The defect workflow within a contract's warranty (the committee's inspection before the
// warranty ends, ตรวจสภาพ): inspection → defect notice to the contractor with a fix deadline →
// re-inspection → the performance security returned (คืนหลักประกัน) or claimed (ริบ).
//
// Rules:
//   - An inspection records its date, committee, findings and whether it found a defect; the
//     contract's inspected_on becomes its date (an ended warranty with none is overdue).
//   - A notice needs an inspection that found a defect; it is sent as an official outgoing
//     letter registered in e-Saraban (saraban/api.hpp) in the same transaction: the notice and
//     its letter are both stored or neither, and the notice keeps the letter's ที่ and id; a
//     re-inspection that finds none marks every open notice fixed on its date.
//   - The security is returned only when no notice is open; it may be claimed at any time. Either
//     closes the contract for the reminder job. Both record the date and who approved.
//   - A notice past its fix deadline and still open is escalated by the warranty job (once).
//   - Every step is audited on the contract (inventory.contract.inspect / .notify_defect /
//     .return_security / .claim_security).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_store.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

struct Inspection {
  std::int64_t id = 0;
  std::string inspected_on;  // YYYY-MM-DD
  std::string committee;
  std::string findings;
  bool has_defect = false;
  bool reinspection = false;
};

struct DefectNotice {
  std::int64_t id = 0;
  std::string sent_on;
  std::string fix_by;
  std::string details;
  std::string letter_ref;          // the letter's ที่ in e-Saraban: "ลพ 51000/123"
  std::string fixed_on;            // "" while open
  std::int64_t letter_id = 0;      // the e-Saraban letter (0: recorded before the link existed)
  std::int64_t letter_job_id = 0;  // its job, whose page shows it
};

// The letter that carries a notice (หนังสือแจ้งให้แก้ไขความชำรุดบกพร่อง), sent through e-Saraban.
struct NoticeLetter {
  std::string to;                  // เรียน; "" → the contractor's name
  std::string urgency = "normal";  // normal, urgent, very_urgent, most_urgent
  std::string signer_name;         // "" → the acting user
  std::string signer_position;
};

struct SecurityClosing {
  std::string outcome;  // returned, claimed
  std::string closed_on;
  std::string approved_by;
};

Result<Inspection> record_inspection(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                     std::int64_t contract_id, const Inspection& in);
// `in.letter_ref` is ignored: the letter's reference is the number e-Saraban gives. Field errors
// of the letter name its fields (to, urgency, signer_name, signer_position).
Result<DefectNotice> send_defect_notice(db::Connection& conn, const files::FileStore& files,
                                        TimePoint at, const audit::Actor& by,
                                        std::int64_t contract_id, const DefectNotice& in,
                                        const NoticeLetter& letter);
Status close_security(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      std::int64_t contract_id, const SecurityClosing& in);

std::vector<Inspection> inspections_of(db::Connection& conn, std::int64_t contract_id);
std::vector<DefectNotice> notices_of(db::Connection& conn, std::int64_t contract_id);

}  // namespace pao::inventory
