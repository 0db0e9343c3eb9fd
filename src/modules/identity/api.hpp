// What other modules (and the `pao` CLI) may ask the identity module: staff accounts, their
// roles, and machine tokens. Signing in, sessions and the admin pages are internal.
//
// Every function that writes runs in one transaction of its own on `conn` and appends its audit
// entry in that transaction; `by` is who is acting (audit::actor_of(ctx) in a route,
// audit::system_actor("cli") from the command line).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao {
struct PermissionInfo;
}

namespace pao::identity {

// The built-in role keys (stable: acceptance checks and other modules use them).
inline constexpr const char* kAdminRole = "admin";
inline const std::vector<std::string> kBuiltinRoles = {
    "admin", "executive", "division_head", "clerk",
    "staff", "it_staff",  "auditor",       "supplies_officer"};

// A role held everywhere (scope "*") or in one division (scope = division code).
struct RoleGrant {
  std::string role;
  std::string scope = "*";
  bool operator==(const RoleGrant&) const = default;
  bool operator<(const RoleGrant& o) const {
    return role != o.role ? role < o.role : scope < o.scope;
  }
};

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;  // ชื่อ-สกุล
  std::string email;
  std::string phone;
  std::string division_code;  // "" when not in a division
  std::string position_code;  // "" when not set
  bool active = true;
  std::vector<RoleGrant> roles;
  std::string created_at;
  std::string updated_at;
};

std::optional<User> find_user(db::Connection& conn, std::int64_t id);
std::optional<User> find_user_by_username(db::Connection& conn, const std::string& username);
// The active account whose e-mail is `email` (compared without case), when exactly one has it:
// an e-mail intake's sender. nullopt for none, a deactivated account, or two sharing it.
std::optional<User> find_active_user_by_email(db::Connection& conn, const std::string& email);
// The active staff of division `code` (e.g. to notify a division), in id order.
std::vector<User> active_users_in_division(db::Connection& conn, const std::string& code);
// The active staff who hold `permission` for division `division`: through a role granted
// everywhere (scope "*") or in that division (a role scoped to another division does not count;
// "" counts only grants everywhere). The roles' permissions are today's: the modules' defaults
// in `declared` (Registry::permissions()) with the administrator's changes; admin holds all.
// In id order, at most 1000.
std::vector<User> active_users_with_permission(db::Connection& conn,
                                               const std::vector<PermissionInfo>& declared,
                                               const std::string& permission,
                                               const std::string& division);

struct NewUser {
  std::string username;  // 3–32 of a-z 0-9 . _ -, starting with a letter; stored lower-case
  std::string display_name;
  std::string email;
  std::string phone;
  std::string division_code;
  std::string position_code;
  std::vector<RoleGrant> roles;
  std::string password;  // at least kMinPasswordLength characters
};
inline constexpr std::size_t kMinPasswordLength = 10;

// Creates a staff account. invalid_argument naming each bad field; conflict when the username
// is taken (also by a deactivated account: usernames are never reused).
Result<User> add_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const NewUser& user);

// Sets a user's password (an administrator's reset, or `pao user passwd`). Ends the user's
// sessions. not_found / invalid_argument (field "password").
Status set_password(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const std::string& username, const std::string& password);

// ---- API tokens -------------------------------------------------------------------------------

struct NewToken {
  std::string name;                       // unique, e.g. "ocs-agents", "line-relay"
  std::vector<std::string> scopes;        // permission keys the token holds (everywhere)
  std::optional<std::string> expires_at;  // ISO-8601 UTC; nullopt: never
};
struct CreatedToken {
  std::int64_t id = 0;
  std::string name;
  std::string secret;  // "pao_…": shown once, never stored
};
// What an administrator types for a token's expiry, as NewToken::expires_at: a bare date
// "YYYY-MM-DD" (C.E., or B.E. as 2569-11-30) means "through that day" in Bangkok, so the token
// expires at 00:00 Asia/Bangkok of the next day; any other text is returned as typed, an ISO-8601
// time for create_token to check. Used by the admin page and `pao token create --expires`.
std::string token_expiry(const std::string& typed);

// Creates a token. `known_permissions` are the permission keys modules declared; a scope outside
// them is invalid_argument ("scopes"). conflict when the name is taken.
Result<CreatedToken> create_token(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                  const NewToken& token,
                                  const std::vector<std::string>& known_permissions);
// The token whose secret is `secret`, as a principal, when it is valid at `at` (not revoked,
// not expired); nullopt otherwise. For a module endpoint that receives the token another way
// than `Authorization: Bearer` (the inventory agents send it as an HTTP Basic password).
std::optional<auth::Principal> principal_for_api_token(db::Connection& conn, TimePoint at,
                                                       const std::string& secret);

// Revokes the token named `name` (or with id `name` when numeric). not_found when none;
// revoking twice is fine.
Status revoke_token(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const std::string& name_or_id);

}  // namespace pao::identity
