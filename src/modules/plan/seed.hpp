// Loading the published plan (seed/*.csv, built into the binary) into an empty database.
#pragma once

#include "platform/db/database.hpp"

namespace pao::plan {

// Inserts the 4 strategies and 25 projects with their fiscal years. Runs once, as migration
// plan 2 (inside its transaction); throws std::runtime_error on a malformed seed file.
void load_digital_plan_seed(db::Connection& conn);

}  // namespace pao::plan
