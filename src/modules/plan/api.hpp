// What other modules may ask the plan module (แผนปฏิบัติการดิจิทัล). Everything else in this
// folder is private to it.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::plan {

// A strategy (ยุทธศาสตร์) of the digital plan with its goals (เป้าประสงค์) and how many projects
// it holds.
struct StrategySummary {
  int id = 0;  // its number in the plan, 1..4
  std::string name_th;
  std::vector<std::string> missions_th;
  std::vector<std::string> goals_th;
  int project_count = 0;
};

// All strategies in plan order. Reads only; safe on any connection.
std::vector<StrategySummary> list_strategies(db::Connection& conn);

}  // namespace pao::plan
