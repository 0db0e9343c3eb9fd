// What other modules may ask the plan module (แผนปฏิบัติการดิจิทัล). Everything else in this
// folder is private to it.
#pragma once

#include <cstdint>
#include <optional>
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

// A project (โครงการ) of the plan as the plan wrote it.
struct Project {
  std::int64_t id = 0;
  int strategy_id = 0;
  int seq = 0;  // "2.4" is strategy 2, seq 4
  std::string name_th;
  std::string objectives_th;
  std::string responsible_th;
  std::string system_kind;
  std::vector<int> fiscal_years;  // B.E.
  std::string number() const { return std::to_string(strategy_id) + "." + std::to_string(seq); }
};
std::vector<Project> list_projects(db::Connection& conn);
std::optional<Project> find_project(db::Connection& conn, std::int64_t id);

}  // namespace pao::plan
