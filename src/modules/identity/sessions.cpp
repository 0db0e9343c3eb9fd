#include "modules/identity/sessions.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <mutex>

#include "modules/identity/store.hpp"
#include "platform/auth/secrets.hpp"

namespace pao::identity {

namespace json = boost::json;

namespace {

const Error kWrongCredentials{ErrorCode::unauthenticated,
                              {"ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "The username or password is incorrect"},
                              {},
                              "sign-in refused"};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TimePoint parse_or_epoch(const std::string& iso) {
  TimePoint t{};
  parse_iso_time(iso, t);
  return t;
}

// A hash to verify against when the user does not exist, so that case costs the same time.
const std::string& dummy_hash() {
  static std::once_flag once;
  static std::string hash;
  std::call_once(once, [] { hash = auth::hash_password(auth::random_token(16)); });
  return hash;
}

audit::Actor attempt_actor(const SignInAttempt& a, const std::optional<User>& user) {
  audit::Actor actor;
  actor.kind = user ? audit::ActorKind::user : audit::ActorKind::anonymous;
  actor.id = user ? user->id : 0;
  actor.name = user ? user->username : "";
  actor.request_id = a.request_id;
  actor.client_ip = a.client_ip;
  return actor;
}

}  // namespace

Result<Session> sign_in(db::Connection& conn, TimePoint at, const SessionPolicy& policy,
                        const SignInAttempt& attempt) {
  const std::string username = lower(attempt.username);
  const std::string now = to_iso_utc(at);
  const std::string since = to_iso_utc(at - policy.failure_window);
  std::optional<User> user =
      username.empty() ? std::nullopt : store::user_by_username(conn, username);

  // 1. The rate limit comes first: a locked account is not even checked.
  const auto by_account = store::account_failures(conn, username, since);
  const auto by_address = store::address_failures(conn, attempt.client_ip, since);
  const bool account_locked = by_account.count >= policy.max_account_failures;
  if (account_locked || by_address.count >= policy.max_address_failures) {
    const std::string& oldest = account_locked ? by_account.oldest : by_address.oldest;
    const auto free_at = parse_or_epoch(oldest) + policy.failure_window;
    const auto wait = std::max<std::int64_t>(
        1, std::chrono::duration_cast<std::chrono::seconds>(free_at - at).count());
    audit::Changes ch;
    ch.note("username", json::string(username))
        .note("reason", account_locked ? "account" : "address");
    audit::record_alone(
        conn, at, attempt_actor(attempt, user),
        {"auth.sign_in_throttled", "user", user ? std::to_string(user->id) : "", ch});
    const std::int64_t minutes = (wait + 59) / 60;
    Error e{
        ErrorCode::rate_limited,
        {"ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป กรุณารอประมาณ " + std::to_string(minutes) + " นาทีแล้วลองใหม่",
         "Too many failed sign-in attempts. Please wait about " + std::to_string(minutes) +
             " minute(s) and try again."},
        {},
        "sign-in throttled"};
    e.retry_after_seconds = static_cast<int>(wait);
    return e;
  }

  // 2. The password, checked the same way whether or not the user exists.
  const std::string stored = user ? store::password_hash_of(conn, user->id) : std::string();
  const bool password_ok =
      auth::verify_password(attempt.password, stored.empty() ? dummy_hash() : stored) &&
      !stored.empty();
  if (!user || !user->active || !password_ok) {
    db::Tx tx(conn);
    store::insert_attempt(conn, username, attempt.client_ip, now, false);
    audit::Changes ch;
    ch.note("username", json::string(username))
        .note("reason", !user           ? "unknown user"
                        : !user->active ? "inactive"
                                        : "wrong password");
    audit::record(conn, at, attempt_actor(attempt, user),
                  {"auth.sign_in_failed", "user", user ? std::to_string(user->id) : "", ch});
    tx.commit();
    return kWrongCredentials;
  }

  // 3. A new session.
  Session s;
  s.cookie_value = auth::random_token(32);
  s.key_hash = auth::sha256_hex(s.cookie_value);
  s.csrf_token = auth::random_token(32);
  s.expires_at = at + policy.absolute;
  s.user = *user;
  db::Tx tx(conn);
  store::insert_session(conn,
                        {s.key_hash, user->id, s.csrf_token, now, now, to_iso_utc(s.expires_at),
                         attempt.client_ip, attempt.user_agent.substr(0, 300), std::nullopt});
  store::insert_attempt(conn, username, attempt.client_ip, now, true);
  audit::Changes ch;
  ch.note("session", json::string(s.key_hash.substr(0, 12)));
  audit::record(conn, at, attempt_actor(attempt, user),
                {"auth.sign_in", "user", std::to_string(user->id), ch});
  tx.commit();
  if (auth::password_needs_rehash(stored)) {
    store::set_password_hash(conn, user->id, auth::hash_password(attempt.password), now);
  }
  return s;
}

std::optional<auth::Principal> principal_for_session(db::Connection& conn, TimePoint at,
                                                     const SessionPolicy& policy,
                                                     const RoleCatalog& roles,
                                                     const std::string& cookie_value) {
  if (cookie_value.empty() || cookie_value.size() > 100) return std::nullopt;
  const std::string key = auth::sha256_hex(cookie_value);
  const auto s = store::session(conn, key);
  if (!s || s->ended_at) return std::nullopt;
  const TimePoint last_seen = parse_or_epoch(s->last_seen_at);
  if (at >= parse_or_epoch(s->expires_at) || at - last_seen >= policy.idle) return std::nullopt;
  const auto user = store::user_by_id(conn, s->user_id);
  if (!user || !user->active) return std::nullopt;
  if (at - last_seen >= policy.touch_every) store::touch_session(conn, key, to_iso_utc(at));
  auth::Principal p;
  p.kind = auth::PrincipalKind::user;
  p.id = user->id;
  p.name = user->username;
  p.display_name = user->display_name;
  p.division = user->division_code;
  p.permissions = roles.permissions_for(conn, user->roles);
  p.csrf_token = s->csrf_token;
  p.session_key = key;
  return p;
}

Result<auth::Principal> principal_for_token(db::Connection& conn, TimePoint at,
                                            const SessionPolicy& policy,
                                            const std::string& secret) {
  const Error refused{
      ErrorCode::unauthenticated,
      {"โทเค็นไม่ถูกต้อง ถูกเพิกถอน หรือหมดอายุ", "The token is invalid, revoked or expired"},
      {},
      "bearer token refused"};
  if (secret.empty() || secret.size() > 200) return refused;
  const auto t = store::token_by_hash(conn, auth::sha256_hex(secret));
  if (!t || t->revoked_at) return refused;
  if (t->expires_at && at >= parse_or_epoch(*t->expires_at)) return refused;
  if (!t->last_used_at || at - parse_or_epoch(*t->last_used_at) >= policy.touch_every) {
    store::touch_token(conn, t->id, to_iso_utc(at));
  }
  auth::Principal p;
  p.kind = auth::PrincipalKind::token;
  p.id = t->id;
  p.name = t->name;
  p.display_name = t->name;
  for (const auto& scope : t->scopes) p.grant(scope);
  return p;
}

std::optional<auth::Principal> principal_for_api_token(db::Connection& conn, TimePoint at,
                                                       const std::string& secret) {
  auto p = principal_for_token(conn, at, SessionPolicy{}, secret);
  if (!p.ok()) return std::nullopt;
  return std::move(p).value();
}

void sign_out(db::Connection& conn, TimePoint at, const audit::Actor& by,
              const std::string& key_hash) {
  db::Tx tx(conn);
  store::end_session(conn, key_hash, to_iso_utc(at));
  audit::Changes ch;
  ch.note("session", json::string(key_hash.substr(0, 12)));
  audit::record(conn, at, by, {"auth.sign_out", "user", std::to_string(by.id), ch});
  tx.commit();
}

std::int64_t sign_out_everywhere(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 std::int64_t user_id) {
  db::Tx tx(conn);
  const auto ended = store::end_sessions_of(conn, user_id, to_iso_utc(at));
  audit::Changes ch;
  ch.note("sessions_ended", ended);
  audit::record(conn, at, by, {"auth.sign_out_everywhere", "user", std::to_string(user_id), ch});
  tx.commit();
  return ended;
}

std::vector<SessionSummary> list_sessions(db::Connection& conn, TimePoint at, std::int64_t user_id,
                                          const std::string& current_key) {
  std::vector<SessionSummary> out;
  for (const auto& s : store::open_sessions(conn, user_id, to_iso_utc(at))) {
    out.push_back(
        {s.created_at, s.last_seen_at, s.client_ip, s.user_agent, s.key_hash == current_key});
  }
  return out;
}

std::string purge_old_sessions(db::Connection& conn, TimePoint at) {
  // Housekeeping of dead rows, not a business write: no audit entry (the sign-ins and sign-outs
  // themselves were audited when they happened).
  const std::string cutoff = to_iso_utc(at - std::chrono::days(30));
  db::Tx tx(conn);
  const auto sessions = store::delete_sessions_over_before(conn, cutoff);
  const auto attempts = store::delete_attempts_before(conn, cutoff);
  tx.commit();
  return "deleted " + std::to_string(sessions) + " sessions and " + std::to_string(attempts) +
         " sign-in attempts from before " + cutoff;
}

std::string session_cookie(const std::string& value, std::chrono::seconds max_age, bool secure) {
  return std::string(auth::kSessionCookie) + "=" + value +
         "; Path=/; Max-Age=" + std::to_string(max_age.count()) + "; HttpOnly; SameSite=Lax" +
         (secure ? "; Secure" : "");
}

std::string clear_session_cookie(bool secure) {
  return std::string(auth::kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" +
         (secure ? "; Secure" : "");
}

}  // namespace pao::identity
