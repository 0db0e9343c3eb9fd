// What the IT head sets (การตั้งค่างานบริการ): the SLA targets per priority (each change a new
// version: opened tickets keep theirs) and whether requesters see their division's tickets.
#pragma once

#include <vector>

#include "modules/helpdesk/sla_clock.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"

namespace pao::helpdesk {

struct DeskSettings {
  int sla_version = 1;
  std::vector<SlaTarget> targets;  // low, medium, high, critical
  bool division_sees_tickets = true;
};

DeskSettings desk_settings(db::Connection& conn);

// Saves new settings; targets that differ from the current ones become the next SLA version.
// Each target: 1 minute ≤ to_own ≤ to_resolve ≤ 30 working days (14,400 minutes); invalid_argument
// names "own_<priority>" / "resolve_<priority>". Audited as helpdesk.settings.update.
Result<DeskSettings> change_desk_settings(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const DeskSettings& wanted);

}  // namespace pao::helpdesk
