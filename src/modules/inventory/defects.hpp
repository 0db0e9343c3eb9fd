// The defect workflow within a contract's warranty (the committee's inspection before the
// warranty ends, ตรวจสภาพ): inspection → defect notice to the contractor with a fix deadline →
// re-inspection → the performance security returned (คืนหลักประกัน) or claimed (ริบ).
//
// Rules:
//   - An inspection records its date, committee, findings and whether it found a defect; the
//     contract's inspected_on becomes its date (an ended warranty with none is overdue).
//   - A notice needs an inspection that found a defect; a re-inspection that finds none marks
//     every open notice fixed on its date.
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
  std::string letter_ref;
  std::string fixed_on;  // "" while open
};

struct SecurityClosing {
  std::string outcome;  // returned, claimed
  std::string closed_on;
  std::string approved_by;
};

Result<Inspection> record_inspection(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                     std::int64_t contract_id, const Inspection& in);
Result<DefectNotice> send_defect_notice(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                        std::int64_t contract_id, const DefectNotice& in);
Status close_security(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      std::int64_t contract_id, const SecurityClosing& in);

std::vector<Inspection> inspections_of(db::Connection& conn, std::int64_t contract_id);
std::vector<DefectNotice> notices_of(db::Connection& conn, std::int64_t contract_id);

}  // namespace pao::inventory
