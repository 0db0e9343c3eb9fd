// Loading the published plan (seed/*.csv, built into the binary) into an empty database.
#pragma once

#include <map>
#include <string>

#include "platform/db/database.hpp"

namespace pao::plan {

// Inserts the 4 strategies and 25 projects with their fiscal years. Runs once, as migration
// plan 2 (inside its transaction); throws std::runtime_error on a malformed seed file.
void load_digital_plan_seed(db::Connection& conn);

// Links each project to the org division codes of the units the plan names (seed/unit_divisions
// .csv; ทุกส่วนราชการ is every division). Migration plan 3; throws std::runtime_error for a unit
// the mapping does not know.
void map_responsible_divisions(db::Connection& conn);

// The Thai name the plan uses for each division code (from seed/unit_divisions.csv), for labels
// on the plan's own pages.
const std::map<std::string, std::string>& division_names_th();

}  // namespace pao::plan
