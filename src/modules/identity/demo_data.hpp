#pragma once

#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/time/clock.hpp"

namespace pao::identity {
// Demo accounts: an administrator and one person per built-in role in real divisions, all with
// one random password made on first load. Returns the sign-in details to show the operator (only
// when the accounts were just created; the password is not kept anywhere else).
std::vector<std::string> load_demo_accounts(db::Connection& conn, const Clock& clock);
}  // namespace pao::identity
