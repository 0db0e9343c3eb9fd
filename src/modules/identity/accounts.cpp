#include "modules/identity/accounts.hpp"

#include "modules/identity/roles.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <regex>

#include "modules/org/api.hpp"
#include "platform/auth/principal.hpp"
#include "platform/auth/secrets.hpp"
#include "platform/http/json_input.hpp"

namespace pao::identity {

namespace json = boost::json;

namespace {

const Message kRequired{"ต้องระบุ", "is required"};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void check_username(const std::string& username, FieldErrors& e) {
  static const std::regex kPattern("[a-z][a-z0-9._-]{2,31}");
  if (username.empty()) {
    e.add("username", kRequired);
  } else if (!std::regex_match(username, kPattern)) {
    e.add("username", {"ใช้ a-z 0-9 . _ - ได้ 3–32 ตัว ขึ้นต้นด้วยตัวอักษร",
                       "use 3–32 of a-z, 0-9, '.', '_' and '-', starting with a letter"});
  }
}

void check_profile(db::Connection& conn, const std::string& display_name, const std::string& email,
                   const std::string& phone, const std::string& division,
                   const std::string& position, FieldErrors& e) {
  static const std::regex kEmail(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
  static const std::regex kPhone(R"([0-9+\- ()]{3,30})");
  if (display_name.empty()) {
    e.add("display_name", kRequired);
  } else if (http::utf8_length(display_name) > 200) {
    e.add("display_name", {"ยาวเกิน 200 ตัวอักษร", "is longer than 200 characters"});
  }
  if (!email.empty() && (email.size() > 254 || !std::regex_match(email, kEmail))) {
    e.add("email", {"รูปแบบอีเมลไม่ถูกต้อง", "is not an e-mail address"});
  }
  if (!phone.empty() && !std::regex_match(phone, kPhone)) {
    e.add("phone",
          {"ใช้ตัวเลข + - ( ) และเว้นวรรคเท่านั้น", "may contain only digits, + - ( ) and spaces"});
  }
  if (!division.empty() && !org::find_division(conn, division)) {
    e.add("division_code", {"ไม่พบส่วนราชการนี้", "is not a known division"});
  }
  if (!position.empty() && !org::find_position(conn, position)) {
    e.add("position_code", {"ไม่พบตำแหน่งนี้", "is not a known position"});
  }
}

void check_roles(db::Connection& conn, const std::vector<RoleGrant>& roles, FieldErrors& e) {
  for (const auto& g : roles) {
    if (!store::role(conn, g.role)) {
      e.add("roles", {"ไม่รู้จักบทบาท " + g.role, "unknown role " + g.role});
      return;
    }
    if (g.scope != auth::kEverywhere && !org::find_division(conn, g.scope)) {
      e.add("roles", {"ไม่พบส่วนราชการ " + g.scope, "unknown division " + g.scope});
      return;
    }
    if (g.role == kAdminRole && g.scope != auth::kEverywhere) {
      e.add("roles", {"บทบาทผู้ดูแลระบบใช้ได้ทั้งองค์กรเท่านั้น",
                      "the administrator role cannot be limited to a division"});
      return;
    }
  }
}

json::value roles_json(const std::vector<RoleGrant>& roles) {
  json::array a;
  for (const auto& g : roles) a.emplace_back(g.scope == "*" ? g.role : g.role + "@" + g.scope);
  return a;
}

bool holds_admin(const std::vector<RoleGrant>& roles) {
  return std::any_of(roles.begin(), roles.end(),
                     [](const auto& g) { return g.role == kAdminRole; });
}

}  // namespace

void check_password(const std::string& password, const std::string& username, FieldErrors& e,
                    const std::string& field) {
  if (http::utf8_length(password) < kMinPasswordLength) {
    e.add(field, {"ต้องยาวอย่างน้อย " + std::to_string(kMinPasswordLength) + " ตัวอักษร",
                  "must be at least " + std::to_string(kMinPasswordLength) + " characters"});
  } else if (password.size() > 1024) {
    e.add(field, {"ยาวเกินไป", "is too long"});
  } else if (!username.empty() && lower(password).find(lower(username)) != std::string::npos) {
    e.add(field, {"ต้องไม่มีชื่อผู้ใช้อยู่ในรหัสผ่าน", "must not contain the username"});
  }
}

std::vector<User> active_users_in_division(db::Connection& conn, const std::string& code) {
  store::UserQuery q;
  q.division = code;
  q.active = true;
  q.limit = 1000;
  return store::users(conn, q);
}

std::vector<User> active_users_with_permission(db::Connection& conn,
                                               const std::vector<PermissionInfo>& declared,
                                               const std::string& permission,
                                               const std::string& division) {
  const RoleCatalog catalog(declared);
  store::UserQuery q;
  q.active = true;
  q.with_roles.emplace();
  for (const auto& r : store::roles(conn)) {
    if (catalog.permissions_of(conn, r.key).contains(permission)) q.with_roles->insert(r.key);
  }
  q.role_scope = division.empty() ? "*" : division;
  q.limit = 1000;
  return store::users(conn, q);
}

std::optional<User> find_active_user_by_email(db::Connection& conn, const std::string& email) {
  const auto wanted = lower(http::trim(email));
  if (wanted.empty()) return std::nullopt;
  auto found = store::active_users_by_email(conn, wanted);
  if (found.size() != 1) return std::nullopt;
  return std::move(found.front());
}

std::optional<User> find_user(db::Connection& conn, std::int64_t id) {
  return store::user_by_id(conn, id);
}

std::optional<User> find_user_by_username(db::Connection& conn, const std::string& username) {
  return store::user_by_username(conn, lower(username));
}

std::vector<User> list_users(db::Connection& conn, const store::UserQuery& query) {
  return store::users(conn, query);
}

Result<User> add_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const NewUser& in) {
  NewUser u = in;
  u.username = lower(http::trim(u.username));
  u.display_name = http::trim(u.display_name);
  u.email = http::trim(u.email);
  u.phone = http::trim(u.phone);
  std::sort(u.roles.begin(), u.roles.end());
  u.roles.erase(std::unique(u.roles.begin(), u.roles.end()), u.roles.end());
  FieldErrors e;
  check_username(u.username, e);
  check_profile(conn, u.display_name, u.email, u.phone, u.division_code, u.position_code, e);
  check_roles(conn, u.roles, e);
  check_password(u.password, u.username, e);
  if (!e.empty()) return e.to_error();
  const std::string hash = auth::hash_password(u.password);  // slow: outside the transaction
  const std::string now = to_iso_utc(at);
  db::Tx tx(conn);
  if (store::user_by_username(conn, u.username)) {
    return Error::conflict({"ชื่อผู้ใช้นี้มีอยู่แล้ว", "This username is already taken"})
        .field("username", {"มีผู้ใช้แล้ว", "is already taken"});
  }
  std::int64_t id = 0;
  try {
    id = store::insert_user(conn, u, hash, now);
  } catch (const db::UniqueViolation&) {  // created by someone else a moment ago
    return Error::conflict({"ชื่อผู้ใช้นี้มีอยู่แล้ว", "This username is already taken"})
        .field("username", {"มีผู้ใช้แล้ว", "is already taken"});
  }
  audit::Changes ch;
  ch.added("username", json::string(u.username))
      .added("display_name", json::string(u.display_name))
      .added("division_code", json::string(u.division_code))
      .added("position_code", json::string(u.position_code))
      .added("roles", roles_json(u.roles))
      .added("active", true);
  if (!u.email.empty()) ch.added("email", json::string(u.email));
  if (!u.phone.empty()) ch.added("phone", json::string(u.phone));
  audit::record(conn, at, by, {"identity.user.create", "user", std::to_string(id), ch});
  auto created = store::user_by_id(conn, id);
  tx.commit();
  return std::move(*created);
}

Result<User> add_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const NewUser& user, bool may_grant_admin) {
  if (holds_admin(user.roles) && !may_grant_admin) {
    return Error{ErrorCode::permission_denied,
                 {"เฉพาะผู้จัดการบทบาทเท่านั้นที่ให้สิทธิ์ผู้ดูแลระบบได้",
                  "Only someone who manages roles may grant the administrator role"},
                 {},
                 "admin grant without identity.roles.manage"};
  }
  return add_user(conn, at, by, user);
}

ChosenPassword typed_or_random_password(const std::optional<std::string>& typed) {
  if (typed && !typed->empty()) return {*typed, false};
  return {auth::random_password(), true};
}

Result<User> update_user(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         std::int64_t id, const UserChanges& c, bool may_grant_admin) {
  db::Tx tx(conn);
  auto found = store::user_by_id(conn, id);
  if (!found) return Error::not_found({"ไม่พบผู้ใช้นี้", "No such user"});
  const User before = *found;
  User after = before;
  if (c.display_name) after.display_name = http::trim(*c.display_name);
  if (c.email) after.email = http::trim(*c.email);
  if (c.phone) after.phone = http::trim(*c.phone);
  if (c.division_code) after.division_code = *c.division_code;
  if (c.position_code) after.position_code = *c.position_code;
  if (c.active) after.active = *c.active;
  if (c.roles) {
    after.roles = *c.roles;
    std::sort(after.roles.begin(), after.roles.end());
    after.roles.erase(std::unique(after.roles.begin(), after.roles.end()), after.roles.end());
  }
  FieldErrors e;
  check_profile(conn, after.display_name, after.email, after.phone,
                c.division_code ? after.division_code : std::string(),
                c.position_code ? after.position_code : std::string(), e);
  if (c.roles) check_roles(conn, after.roles, e);
  if (!e.empty()) return e.to_error();
  if (holds_admin(before.roles) != holds_admin(after.roles) && !may_grant_admin) {
    return Error{ErrorCode::permission_denied,
                 {"เฉพาะผู้จัดการบทบาทเท่านั้นที่ให้หรือถอนสิทธิ์ผู้ดูแลระบบได้",
                  "Only someone who manages roles may grant or remove the administrator role"},
                 {},
                 "admin grant without identity.roles.manage"};
  }
  const std::string now = to_iso_utc(at);
  store::update_user_row(conn, after, now);
  if (c.roles) store::replace_roles(conn, id, after.roles);
  if (before.active && !after.active) store::end_sessions_of(conn, id, now);
  audit::Changes ch;
  ch.set("display_name", json::string(before.display_name), json::string(after.display_name))
      .set("email", json::string(before.email), json::string(after.email))
      .set("phone", json::string(before.phone), json::string(after.phone))
      .set("division_code", json::string(before.division_code), json::string(after.division_code))
      .set("position_code", json::string(before.position_code), json::string(after.position_code))
      .set("active", before.active, after.active)
      .set("roles", roles_json(before.roles), roles_json(after.roles));
  if (!ch.empty()) {
    audit::record(conn, at, by, {"identity.user.update", "user", std::to_string(id), ch});
  }
  auto updated = store::user_by_id(conn, id);
  tx.commit();
  return std::move(*updated);
}

Status set_password(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    const std::string& username, const std::string& password) {
  const auto user = store::user_by_username(conn, lower(username));
  if (!user) return Error::not_found({"ไม่พบผู้ใช้นี้", "No such user"});
  FieldErrors e;
  check_password(password, user->username, e);
  if (!e.empty()) return e.to_error();
  const std::string hash = auth::hash_password(password);
  const std::string now = to_iso_utc(at);
  db::Tx tx(conn);
  store::set_password_hash(conn, user->id, hash, now);
  const auto ended = store::end_sessions_of(conn, user->id, now);
  audit::Changes ch;
  ch.note("password", "reset").note("sessions_ended", ended);
  audit::record(conn, at, by,
                {"identity.user.password_reset", "user", std::to_string(user->id), ch});
  tx.commit();
  return ok_status();
}

Status change_own_password(db::Connection& conn, TimePoint at, const audit::Actor& by,
                           std::int64_t user_id, const std::string& current_password,
                           const std::string& new_password, const std::string& keep_session) {
  const auto user = store::user_by_id(conn, user_id);
  if (!user) return Error::not_found({"ไม่พบผู้ใช้นี้", "No such user"});
  FieldErrors e;
  if (!auth::verify_password(current_password, store::password_hash_of(conn, user_id))) {
    e.add("current_password", {"รหัสผ่านปัจจุบันไม่ถูกต้อง", "is not your current password"});
  }
  check_password(new_password, user->username, e, "new_password");
  if (e.empty() && new_password == current_password) {
    e.add("new_password", {"ต้องไม่ซ้ำกับรหัสผ่านเดิม", "must differ from the current password"});
  }
  if (!e.empty()) return e.to_error();
  const std::string hash = auth::hash_password(new_password);
  const std::string now = to_iso_utc(at);
  db::Tx tx(conn);
  store::set_password_hash(conn, user_id, hash, now);
  const auto ended = store::end_sessions_of(conn, user_id, now, keep_session);
  audit::Changes ch;
  ch.note("password", "changed").note("other_sessions_ended", ended);
  audit::record(conn, at, by, {"auth.password_change", "user", std::to_string(user_id), ch});
  tx.commit();
  return ok_status();
}

}  // namespace pao::identity
