// What other modules may ask the plan module (แผนปฏิบัติการดิจิทัล). Everything else in this
// folder is private to it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::plan {

// The plan shown when none is chosen: the Digital Action Plan B.E. 2566–2570 (แผนปฏิบัติการ
// ดิจิทัล), plan 1. A PAO keeps several plans (plans.hpp); pages and the API default to this one.
inline constexpr std::int64_t kDefaultPlanId = 1;

// A strategy (ยุทธศาสตร์) of a plan with its goals (เป้าประสงค์) and how many projects it holds.
struct StrategySummary {
  int id = 0;      // the strategy's key (the digital plan's: the same as its number)
  int number = 0;  // its number in its plan: 1, 2, …
  std::int64_t plan_id = kDefaultPlanId;
  std::string name_th;
  std::vector<std::string> missions_th;
  std::vector<std::string> goals_th;
  int project_count = 0;
};

// The strategies of a plan (default: the digital plan) by number. Reads only; safe on any
// connection.
std::vector<StrategySummary> list_strategies(db::Connection& conn,
                                             std::int64_t plan_id = kDefaultPlanId);

// A project (โครงการ) of a plan as the plan wrote it.
struct Project {
  std::int64_t id = 0;
  int strategy_id = 0;  // the strategy's key (StrategySummary::id)
  int seq = 0;          // "2.4" is strategy number 2, seq 4
  std::string name_th;
  std::string objectives_th;
  std::string responsible_th;
  std::string system_kind;
  std::vector<int> fiscal_years;  // B.E.
  std::int64_t plan_id = kDefaultPlanId;
  int strategy_number = 0;  // the strategy's number in its plan
  std::string number() const { return std::to_string(strategy_number) + "." + std::to_string(seq); }
};
// Every plan's projects, by plan, strategy number and seq.
std::vector<Project> list_projects(db::Connection& conn);
std::optional<Project> find_project(db::Connection& conn, std::int64_t id);

}  // namespace pao::plan
