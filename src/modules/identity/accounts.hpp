// Managing staff accounts (the administrator's side). add_user and set_password are in api.hpp.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/identity/api.hpp"
#include "modules/identity/store.hpp"

namespace pao::identity {

// What an administrator may change; absent fields stay as they are.
struct UserChanges {
  std::optional<std::string> display_name, email, phone, division_code, position_code;
  std::optional<bool> active;
  std::optional<std::vector<RoleGrant>> roles;
};

// Updates a user. Deactivating ends their sessions but keeps the account and its history.
// Granting or removing the admin role needs `may_grant_admin` (the actor manages roles).
Result<User> update_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         std::int64_t id, const UserChanges& changes, bool may_grant_admin);

// add_user for a person acting through the API or the admin pages: granting the administrator
// role needs `may_grant_admin` (the actor manages roles), else permission_denied before anything
// else is checked.
Result<User> add_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const NewUser& user, bool may_grant_admin);

// The password an administrator chose for an account, or a random one when they left it empty
// (`generated`: show it to them once, since nobody else will ever see it).
struct ChosenPassword {
  std::string value;
  bool generated = false;
};
ChosenPassword typed_or_random_password(const std::optional<std::string>& typed);

std::vector<User> list_users(db::Connection& conn, const store::UserQuery& query);

// A person changes their own password: the current one must be right (re-authentication).
// Their other sessions end; `keep_session` (the key of the one in use) stays signed in.
Status change_own_password(db::Connection& conn, TimePoint at, const audit::Actor& by,
                           std::int64_t user_id, const std::string& current_password,
                           const std::string& new_password, const std::string& keep_session);

// Field checks shared by add and update (exposed for tests).
void check_password(const std::string& password, const std::string& username, FieldErrors& e,
                    const std::string& field = "password");

}  // namespace pao::identity
