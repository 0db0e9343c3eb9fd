// Demo data for `pao demo-data`: budgets for the plan's projects and two quarterly rounds (the
// last quarter, closed, and the current one, open) with some reports, so the dashboard, the
// rounds and the exports have something to show. Idempotent: does nothing once a round exists.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

std::vector<std::string> load_demo_progress(db::Connection& conn, const Clock& clock);

}  // namespace pao::plan
