// Signing in and out, sessions, and who a request's credentials belong to.
//
// A session is a random 256-bit value in an HttpOnly, SameSite=Lax cookie; the database keeps
// only its SHA-256, the user, a CSRF token, and when it was last used. It ends after
// `idle` without use, `absolute` after sign-in, at sign-out, or when the password changes.
// Sign-in attempts are limited per account and per address (see SessionPolicy); the answer to
// an unknown user and to a wrong password is the same, and takes the same time.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "modules/identity/api.hpp"
#include "modules/identity/roles.hpp"
#include "platform/auth/principal.hpp"

namespace pao::identity {

struct SessionPolicy {
  std::chrono::seconds idle{std::chrono::hours(2)};
  std::chrono::seconds absolute{std::chrono::hours(12)};
  int max_account_failures = 5;
  int max_address_failures = 20;
  std::chrono::seconds failure_window{std::chrono::minutes(15)};
  // last_seen_at is written at most this often (not on every request).
  std::chrono::seconds touch_every{std::chrono::seconds(60)};
};

struct SignInAttempt {
  std::string username;
  std::string password;
  std::string client_ip;
  std::string user_agent;
  std::string request_id;
};

struct Session {
  std::string cookie_value;  // goes to the browser only
  std::string key_hash;      // what the database keeps
  std::string csrf_token;
  TimePoint expires_at;
  User user;
};

// Signs a person in. unauthenticated ("wrong username or password", whichever it was) or
// rate_limited with retry_after_seconds. Audited as auth.sign_in / auth.sign_in_failed /
// auth.sign_in_throttled.
Result<Session> sign_in(db::Connection& conn, TimePoint at, const SessionPolicy& policy,
                        const SignInAttempt& attempt);

// The principal of a session cookie, or nullopt when the session is unknown, ended, expired
// (idle or absolute) or its user deactivated.
std::optional<auth::Principal> principal_for_session(db::Connection& conn, TimePoint at,
                                                     const SessionPolicy& policy,
                                                     const RoleCatalog& roles,
                                                     const std::string& cookie_value);

// The principal of a bearer token, or unauthenticated when the token is unknown, revoked or
// expired.
Result<auth::Principal> principal_for_token(db::Connection& conn, TimePoint at,
                                            const SessionPolicy& policy, const std::string& secret);

// Ends one session (sign-out). Audited as auth.sign_out.
void sign_out(db::Connection& conn, TimePoint at, const audit::Actor& by,
              const std::string& key_hash);
// Ends every session of the user ("sign out everywhere"); returns how many ended.
std::int64_t sign_out_everywhere(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 std::int64_t user_id);

struct SessionSummary {
  std::string created_at, last_seen_at, client_ip, user_agent;
  bool current = false;
};
std::vector<SessionSummary> list_sessions(db::Connection& conn, TimePoint at, std::int64_t user_id,
                                          const std::string& current_key);

// Housekeeping, run daily by the job identity.sessions.purge: deletes sessions that ended or
// expired more than 30 days before `at`, and sign-in attempts older than 30 days (the rate limit
// looks back 15 minutes). Returns a line for the run history.
std::string purge_old_sessions(db::Connection& conn, TimePoint at);

// The Set-Cookie values for a new session and for clearing it.
std::string session_cookie(const std::string& value, std::chrono::seconds max_age, bool secure);
std::string clear_session_cookie(bool secure);

}  // namespace pao::identity
