// Demo data for `pao demo-data`: ~30 Thai knowledge-base articles about common PAO IT problems
// (printers, e-Saraban sign-in, Wi-Fi, e-GP/e-LAAS access) and a few hundred tickets across the
// demo accounts' divisions over the last three months, each taken through its life with the
// real use cases (so deadlines, pauses, breaches, ratings and the audit trail are all real).
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/time/clock.hpp"

namespace pao::helpdesk {

// Idempotent: loads articles only when there are none, tickets only when there are none (and
// only when the identity module's demo accounts exist). Returns a line for the operator.
std::vector<std::string> load_demo_data(db::Connection& conn, const Clock& clock);

}  // namespace pao::helpdesk
