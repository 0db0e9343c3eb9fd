// Loading the PAO's divisions (seed/divisions.csv, built into the binary) into an empty database.
#pragma once

#include "platform/db/database.hpp"

namespace pao::org {

// Inserts the divisions in file order. Runs once, as migration org 3.
void load_division_seed(db::Connection& conn);

}  // namespace pao::org
