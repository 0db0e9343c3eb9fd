#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao {
class Registry;
}

namespace pao::plan {

// Someone working in a division, as the plan's notices need them. The app answers from the
// identity module (the plan module cannot include it: org uses plan, identity uses org; ADR 0008).
struct DivisionMember {
  std::int64_t user_id = 0;
  bool head = false;  // the division's head (ผู้อำนวยการกอง): told when a report is overdue
};
using DivisionMembers =
    std::function<std::vector<DivisionMember>(db::Connection&, const std::string& division)>;

// Adds the plan module's migrations, seed, routes and jobs. Without `members` the round notices
// job is not registered.
void register_plan_module(Registry& registry, DivisionMembers members = {});

}  // namespace pao::plan
