#include "modules/identity/store.hpp"

#include <charconv>
#include <sstream>

namespace pao::identity::store {

namespace {

constexpr const char* kUserColumns =
    "id, username, display_name, email, phone, COALESCE(division_code, ''), "
    "COALESCE(position_code, ''), active, created_at, updated_at";

User user_from(const db::Row& r) {
  User u;
  u.id = r.i64(0);
  u.username = r.str(1);
  u.display_name = r.str(2);
  u.email = r.str(3);
  u.phone = r.str(4);
  u.division_code = r.str(5);
  u.position_code = r.str(6);
  u.active = r.boolean(7);
  u.created_at = r.str(8);
  u.updated_at = r.str(9);
  return u;
}

void load_roles(db::Connection& conn, User& u) {
  for (const auto& r : conn.query("SELECT role_key, scope FROM identity_user_role WHERE user_id = "
                                  "? ORDER BY role_key, scope",
                                  u.id)) {
    u.roles.push_back({r.str(0), r.str(1)});
  }
}

std::optional<std::string> empty_as_null(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::string join_scopes(const std::vector<std::string>& scopes) {
  std::string out;
  for (const auto& s : scopes) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::vector<std::string> split_scopes(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TokenRow token_from(const db::Row& r) {
  return {r.i64(0), r.str(1),     split_scopes(r.str(2)), r.str(3),
          r.str(4), r.opt_str(5), r.opt_str(6),           r.opt_str(7)};
}
constexpr const char* kTokenColumns =
    "id, name, scopes, created_by, created_at, expires_at, revoked_at, last_used_at";

}  // namespace

// ---- users --------------------------------------------------------------------------------------

std::optional<User> user_by_id(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kUserColumns + " FROM identity_user WHERE id = ?", id);
  if (!r) return std::nullopt;
  User u = user_from(*r);
  load_roles(conn, u);
  return u;
}

std::optional<User> user_by_username(db::Connection& conn, const std::string& username) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kUserColumns + " FROM identity_user WHERE username = ?", username);
  if (!r) return std::nullopt;
  User u = user_from(*r);
  load_roles(conn, u);
  return u;
}

std::string password_hash_of(db::Connection& conn, std::int64_t user_id) {
  const auto r = conn.query_one("SELECT password_hash FROM identity_user WHERE id = ?", user_id);
  return r ? r->str(0) : std::string();
}

std::vector<User> active_users_by_email(db::Connection& conn, const std::string& email_lower) {
  std::vector<User> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kUserColumns +
                                      " FROM identity_user WHERE LOWER(email) = ? AND active = ? "
                                      "ORDER BY id LIMIT 2",
                                  email_lower, std::int64_t{1})) {
    out.push_back(user_from(r));
  }
  for (auto& u : out) load_roles(conn, u);
  return out;
}

std::vector<User> users(db::Connection& conn, const UserQuery& q) {
  std::string sql = std::string("SELECT ") + kUserColumns + " FROM identity_user WHERE 1=1";
  std::vector<db::Param> params;
  if (q.text && !q.text->empty()) {
    sql += " AND (LOWER(username) LIKE ? OR display_name LIKE ? OR LOWER(email) LIKE ?)";
    std::string like = "%";
    for (char c : *q.text) {
      if (c == '%' || c == '_' || c == '\\') continue;  // typed text, not a pattern
      like += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    like += "%";
    params.insert(params.end(), {like, "%" + *q.text + "%", like});
  }
  if (q.division) {
    sql += " AND division_code = ?";
    params.emplace_back(*q.division);
  }
  if (q.active) {
    sql += " AND active = ?";
    params.emplace_back(static_cast<std::int64_t>(*q.active ? 1 : 0));
  }
  if (q.within_divisions) {
    if (q.within_divisions->empty()) return {};
    sql += " AND division_code IN (";
    bool first = true;
    for (const auto& d : *q.within_divisions) {
      sql += first ? "?" : ", ?";
      first = false;
      params.emplace_back(d);
    }
    sql += ")";
  }
  if (q.with_roles) {
    if (q.with_roles->empty()) return {};
    sql +=
        " AND EXISTS (SELECT 1 FROM identity_user_role r WHERE r.user_id = identity_user.id"
        " AND (r.scope = '*' OR r.scope = ?) AND r.role_key IN (";
    params.emplace_back(q.role_scope);
    bool first = true;
    for (const auto& role : *q.with_roles) {
      sql += first ? "?" : ", ?";
      first = false;
      params.emplace_back(role);
    }
    sql += "))";
  }
  if (q.after_id) {
    sql += " AND id > ?";
    params.emplace_back(*q.after_id);
  }
  sql += " ORDER BY id LIMIT ?";
  params.emplace_back(static_cast<std::int64_t>(q.limit));
  std::vector<User> out;
  for (const auto& r : conn.run(sql, params)) out.push_back(user_from(r));
  for (auto& u : out) load_roles(conn, u);
  return out;
}

std::int64_t insert_user(db::Connection& conn, const NewUser& u, const std::string& password_hash,
                         const std::string& now) {
  const auto r = conn.query_one(
      "INSERT INTO identity_user (username, display_name, email, phone, division_code, "
      "position_code, active, password_hash, password_changed_at, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id",
      u.username, u.display_name, u.email, u.phone, empty_as_null(u.division_code),
      empty_as_null(u.position_code), password_hash, now, now, now);
  const std::int64_t id = r->i64(0);
  replace_roles(conn, id, u.roles);
  return id;
}

void update_user_row(db::Connection& conn, const User& u, const std::string& now) {
  conn.execute(
      "UPDATE identity_user SET display_name = ?, email = ?, phone = ?, division_code = ?, "
      "position_code = ?, active = ?, updated_at = ? WHERE id = ?",
      u.display_name, u.email, u.phone, empty_as_null(u.division_code),
      empty_as_null(u.position_code), u.active ? 1 : 0, now, u.id);
}

void set_password_hash(db::Connection& conn, std::int64_t user_id, const std::string& hash,
                       const std::string& now) {
  conn.execute(
      "UPDATE identity_user SET password_hash = ?, password_changed_at = ?, updated_at = ? "
      "WHERE id = ?",
      hash, now, now, user_id);
}

void replace_roles(db::Connection& conn, std::int64_t user_id,
                   const std::vector<RoleGrant>& roles) {
  conn.execute("DELETE FROM identity_user_role WHERE user_id = ?", user_id);
  for (const auto& g : roles) {
    conn.execute(
        "INSERT INTO identity_user_role (user_id, role_key, scope) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        user_id, g.role, g.scope);
  }
}

// ---- roles --------------------------------------------------------------------------------------

std::vector<RoleRow> roles(db::Connection& conn) {
  std::vector<RoleRow> out;
  for (const auto& r : conn.query(
           "SELECT key, name_th, name_en, builtin FROM identity_role ORDER BY sort_order, key")) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.boolean(3)});
  }
  return out;
}

std::optional<RoleRow> role(db::Connection& conn, const std::string& key) {
  const auto r =
      conn.query_one("SELECT key, name_th, name_en, builtin FROM identity_role WHERE key = ?", key);
  if (!r) return std::nullopt;
  return RoleRow{r->str(0), r->str(1), r->str(2), r->boolean(3)};
}

void insert_role(db::Connection& conn, const RoleRow& r) {
  conn.execute(
      "INSERT INTO identity_role (key, name_th, name_en, builtin, sort_order) VALUES (?, ?, ?, 0, "
      "100)",
      r.key, r.name_th, r.name_en);
}

std::int64_t count_role_holders(db::Connection& conn, const std::string& role) {
  return conn
      .query_one("SELECT COUNT(DISTINCT user_id) FROM identity_user_role WHERE role_key = ?", role)
      ->i64(0);
}

void delete_role(db::Connection& conn, const std::string& role) {
  conn.execute("DELETE FROM identity_role_permission WHERE role_key = ?", role);
  conn.execute("DELETE FROM identity_role WHERE key = ? AND builtin = 0", role);
}

std::map<std::string, std::map<std::string, bool>> role_overrides(db::Connection& conn) {
  std::map<std::string, std::map<std::string, bool>> out;
  for (const auto& r :
       conn.query("SELECT role_key, permission, granted FROM identity_role_permission")) {
    out[r.str(0)][r.str(1)] = r.boolean(2);
  }
  return out;
}

void replace_role_overrides(db::Connection& conn, const std::string& role,
                            const std::map<std::string, bool>& overrides) {
  conn.execute("DELETE FROM identity_role_permission WHERE role_key = ?", role);
  for (const auto& [perm, granted] : overrides) {
    conn.execute(
        "INSERT INTO identity_role_permission (role_key, permission, granted) VALUES (?, ?, ?)",
        role, perm, granted ? 1 : 0);
  }
}

// ---- sessions -----------------------------------------------------------------------------------

void insert_session(db::Connection& conn, const SessionRow& s) {
  conn.execute(
      "INSERT INTO identity_session (key_hash, user_id, csrf_token, created_at, last_seen_at, "
      "expires_at, client_ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      s.key_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, s.client_ip,
      s.user_agent);
}

namespace {
constexpr const char* kSessionColumns =
    "key_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, client_ip, user_agent, "
    "ended_at";
SessionRow session_from(const db::Row& r) {
  return {r.str(0), r.i64(1), r.str(2), r.str(3),    r.str(4),
          r.str(5), r.str(6), r.str(7), r.opt_str(8)};
}
}  // namespace

std::optional<SessionRow> session(db::Connection& conn, const std::string& key_hash) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kSessionColumns + " FROM identity_session WHERE key_hash = ?",
      key_hash);
  if (!r) return std::nullopt;
  return session_from(*r);
}

std::vector<SessionRow> open_sessions(db::Connection& conn, std::int64_t user_id,
                                      const std::string& now) {
  std::vector<SessionRow> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kSessionColumns +
                                      " FROM identity_session WHERE user_id = ? AND ended_at IS "
                                      "NULL AND expires_at > ? ORDER BY last_seen_at DESC",
                                  user_id, now)) {
    out.push_back(session_from(r));
  }
  return out;
}

void touch_session(db::Connection& conn, const std::string& key_hash, const std::string& now) {
  conn.execute("UPDATE identity_session SET last_seen_at = ? WHERE key_hash = ?", now, key_hash);
}

void end_session(db::Connection& conn, const std::string& key_hash, const std::string& now) {
  conn.execute("UPDATE identity_session SET ended_at = ? WHERE key_hash = ? AND ended_at IS NULL",
               now, key_hash);
}

std::int64_t end_sessions_of(db::Connection& conn, std::int64_t user_id, const std::string& now,
                             const std::string& keep) {
  return conn.execute(
      "UPDATE identity_session SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL AND "
      "key_hash <> ?",
      now, user_id, keep);
}

std::int64_t delete_sessions_over_before(db::Connection& conn, const std::string& cutoff) {
  return conn.execute("DELETE FROM identity_session WHERE ended_at < ? OR expires_at < ?", cutoff,
                      cutoff);
}

// ---- sign-in attempts ---------------------------------------------------------------------------

std::int64_t delete_attempts_before(db::Connection& conn, const std::string& cutoff) {
  return conn.execute("DELETE FROM identity_login_attempt WHERE at < ?", cutoff);
}

void insert_attempt(db::Connection& conn, const std::string& username, const std::string& ip,
                    const std::string& at, bool succeeded) {
  conn.execute(
      "INSERT INTO identity_login_attempt (username, client_ip, at, succeeded) VALUES (?, ?, ?, ?)",
      username, ip, at, succeeded ? 1 : 0);
}

FailureCount account_failures(db::Connection& conn, const std::string& username,
                              const std::string& since) {
  const auto r = conn.query_one(
      "SELECT COUNT(*), MIN(at) FROM identity_login_attempt WHERE username = ? AND succeeded = 0 "
      "AND at >= ? AND at > COALESCE((SELECT MAX(at) FROM identity_login_attempt WHERE username = "
      "? AND succeeded = 1), '')",
      username, since, username);
  return {r->i64(0), r->str(1)};
}

FailureCount address_failures(db::Connection& conn, const std::string& ip,
                              const std::string& since) {
  const auto r = conn.query_one(
      "SELECT COUNT(*), MIN(at) FROM identity_login_attempt WHERE client_ip = ? AND succeeded = 0 "
      "AND at >= ?",
      ip, since);
  return {r->i64(0), r->str(1)};
}

// ---- API tokens ---------------------------------------------------------------------------------

std::int64_t insert_token(db::Connection& conn, const TokenRow& t, const std::string& hash) {
  return conn
      .query_one(
          "INSERT INTO identity_api_token (name, token_hash, scopes, created_by, created_at, "
          "expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          t.name, hash, join_scopes(t.scopes), t.created_by, t.created_at, t.expires_at)
      ->i64(0);
}

std::optional<TokenRow> token_by_hash(db::Connection& conn, const std::string& hash) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kTokenColumns + " FROM identity_api_token WHERE token_hash = ?",
      hash);
  if (!r) return std::nullopt;
  return token_from(*r);
}

std::optional<TokenRow> token_by_name_or_id(db::Connection& conn, const std::string& name_or_id) {
  std::int64_t id = -1;
  const auto [end, ec] =
      std::from_chars(name_or_id.data(), name_or_id.data() + name_or_id.size(), id);
  if (ec != std::errc() || end != name_or_id.data() + name_or_id.size()) id = -1;
  const auto r = conn.query_one(std::string("SELECT ") + kTokenColumns +
                                    " FROM identity_api_token WHERE name = ? OR id = ? "
                                    "ORDER BY (name = ?) DESC LIMIT 1",
                                name_or_id, id, name_or_id);
  if (!r) return std::nullopt;
  return token_from(*r);
}

std::vector<TokenRow> tokens(db::Connection& conn) {
  std::vector<TokenRow> out;
  for (const auto& r :
       conn.query(std::string("SELECT ") + kTokenColumns +
                  " FROM identity_api_token ORDER BY revoked_at IS NOT NULL, name")) {
    out.push_back(token_from(r));
  }
  return out;
}

void revoke_token_row(db::Connection& conn, std::int64_t id, const std::string& now) {
  conn.execute("UPDATE identity_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               now, id);
}

void touch_token(db::Connection& conn, std::int64_t id, const std::string& now) {
  conn.execute("UPDATE identity_api_token SET last_used_at = ? WHERE id = ?", now, id);
}

}  // namespace pao::identity::store
