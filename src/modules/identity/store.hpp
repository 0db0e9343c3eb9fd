// All SQL of the identity module (tables identity_*). Functions run on the caller's connection
// and transaction; they neither validate nor audit (the use cases do).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "modules/identity/api.hpp"
#include "platform/db/database.hpp"

namespace pao::identity::store {

// ---- users ----
std::optional<User> user_by_id(db::Connection& conn, std::int64_t id);
std::optional<User> user_by_username(db::Connection& conn, const std::string& username);
std::string password_hash_of(db::Connection& conn, std::int64_t user_id);

struct UserQuery {
  std::optional<std::string> text;      // matches username, name, e-mail (substring)
  std::optional<std::string> division;  // one division
  std::optional<bool> active;
  // Only users of these divisions (a division head's view); nullopt: everyone.
  std::optional<std::set<std::string>> within_divisions;
  std::optional<std::int64_t> after_id;
  // Only users granted one of these roles everywhere ("*") or in division `role_scope`.
  std::optional<std::set<std::string>> with_roles;
  std::string role_scope;
  int limit = 50;
};
std::vector<User> users(db::Connection& conn, const UserQuery& q);
// Active users whose e-mail is `email_lower` (compared lower-cased), at most two.
std::vector<User> active_users_by_email(db::Connection& conn, const std::string& email_lower);

std::int64_t insert_user(db::Connection& conn, const NewUser& u, const std::string& password_hash,
                         const std::string& now);
void update_user_row(db::Connection& conn, const User& u, const std::string& now);
void set_password_hash(db::Connection& conn, std::int64_t user_id, const std::string& hash,
                       const std::string& now);
void replace_roles(db::Connection& conn, std::int64_t user_id, const std::vector<RoleGrant>& roles);

// ---- roles ----
struct RoleRow {
  std::string key, name_th, name_en;
  bool builtin = false;
};
std::vector<RoleRow> roles(db::Connection& conn);
std::optional<RoleRow> role(db::Connection& conn, const std::string& key);
void insert_role(db::Connection& conn, const RoleRow& r);
// How many accounts hold `role` (anywhere or in any division).
std::int64_t count_role_holders(db::Connection& conn, const std::string& role);
// Deletes a role and the administrator's changes to its permissions (not its holders: the
// caller checks there are none).
void delete_role(db::Connection& conn, const std::string& role);
// role → permission → granted (the administrator's changes to the defaults)
std::map<std::string, std::map<std::string, bool>> role_overrides(db::Connection& conn);
void replace_role_overrides(db::Connection& conn, const std::string& role,
                            const std::map<std::string, bool>& overrides);

// ---- sessions ----
struct SessionRow {
  std::string key_hash;
  std::int64_t user_id = 0;
  std::string csrf_token, created_at, last_seen_at, expires_at, client_ip, user_agent;
  std::optional<std::string> ended_at;
};
void insert_session(db::Connection& conn, const SessionRow& s);
std::optional<SessionRow> session(db::Connection& conn, const std::string& key_hash);
std::vector<SessionRow> open_sessions(db::Connection& conn, std::int64_t user_id,
                                      const std::string& now);
void touch_session(db::Connection& conn, const std::string& key_hash, const std::string& now);
void end_session(db::Connection& conn, const std::string& key_hash, const std::string& now);
// Ends every open session of the user except `keep` (a key hash, or ""); returns how many.
std::int64_t end_sessions_of(db::Connection& conn, std::int64_t user_id, const std::string& now,
                             const std::string& keep = "");
// Deletes sessions that ended, or expired, before `cutoff`; returns how many.
std::int64_t delete_sessions_over_before(db::Connection& conn, const std::string& cutoff);

// ---- sign-in attempts ----
void insert_attempt(db::Connection& conn, const std::string& username, const std::string& ip,
                    const std::string& at, bool succeeded);
// Deletes attempts made before `cutoff`; returns how many.
std::int64_t delete_attempts_before(db::Connection& conn, const std::string& cutoff);
// Failures for `username` since `since` and after its last success; the oldest one's time.
struct FailureCount {
  std::int64_t count = 0;
  std::string oldest;
};
FailureCount account_failures(db::Connection& conn, const std::string& username,
                              const std::string& since);
FailureCount address_failures(db::Connection& conn, const std::string& ip,
                              const std::string& since);

// ---- API tokens ----
struct TokenRow {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> scopes;
  std::string created_by, created_at;
  std::optional<std::string> expires_at, revoked_at, last_used_at;
};
std::int64_t insert_token(db::Connection& conn, const TokenRow& t, const std::string& hash);
std::optional<TokenRow> token_by_hash(db::Connection& conn, const std::string& hash);
std::optional<TokenRow> token_by_name_or_id(db::Connection& conn, const std::string& name_or_id);
std::vector<TokenRow> tokens(db::Connection& conn);
void revoke_token_row(db::Connection& conn, std::int64_t id, const std::string& now);
void touch_token(db::Connection& conn, std::int64_t id, const std::string& now);

}  // namespace pao::identity::store
