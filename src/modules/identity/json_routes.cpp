// JSON API of the identity module: sign-in for scripts and single-page clients, the caller's own
// account, and the administrator's users, roles and tokens.
#include <boost/json.hpp>

#include "modules/identity/accounts.hpp"
#include "modules/identity/routes.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::identity {

namespace json = boost::json;

namespace {

json::value schema(const char* text) {
  return json::parse(text);
}

const char* kUserSchema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"username":{"type":"string","example":"somsri"},
  "display_name":{"type":"string","example":"สมศรี ใจดี"},"email":{"type":"string"},
  "phone":{"type":"string"},"division_code":{"type":"string","example":"strategy_budget"},
  "position_code":{"type":"string"},"active":{"type":"boolean"},
  "roles":{"type":"array","items":{"type":"object","properties":{
    "role":{"type":"string","example":"division_head"},
    "scope":{"type":"string","description":"\"*\" or a division code"}}}},
  "created_at":{"type":"string","format":"date-time"},
  "updated_at":{"type":"string","format":"date-time"}}})";

std::string user_schema_list() {
  return std::string(R"({"type":"object","properties":{"items":{"type":"array","items":)") +
         kUserSchema + R"(},"next_cursor":{"type":["string","null"]}}})";
}

// "role" or "role@division" strings, as the CLI and JSON accept them.
std::vector<RoleGrant> parse_grants(const std::vector<std::string>& items) {
  std::vector<RoleGrant> out;
  for (const auto& s : items) {
    const auto at = s.find('@');
    if (at == std::string::npos) {
      out.push_back({s, "*"});
    } else {
      out.push_back({s.substr(0, at), s.substr(at + 1)});
    }
  }
  return out;
}

// ---- handlers -----------------------------------------------------------------------------------

Result<http::Response> login_json(http::Context& ctx, const IdentityConfig& cfg) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  std::string username = in->text("username", {.required = true, .max_chars = 64});
  std::string password = in->text("password", {.required = true, .max_chars = 1024});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto session = sign_in(ctx.db(), ctx.clock().now(), cfg.policy,
                         attempt_from(ctx, std::move(username), std::move(password)));
  if (!session.ok()) return session.error();
  auto res = http::Response::json(
      200, json::object{{"user", user_json(session->user)}, {"csrf_token", session->csrf_token}});
  res.header("Set-Cookie",
             session_cookie(session->cookie_value, cfg.policy.absolute, cookie_secure(ctx, cfg)));
  return res;
}

Result<http::Response> logout_json(http::Context& ctx, const IdentityConfig& cfg) {
  if (!ctx.principal.session_key.empty()) {
    sign_out(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.session_key);
  }
  auto res = http::Response::json(200, json::object{{"signed_out", true}});
  res.header("Set-Cookie", clear_session_cookie(cookie_secure(ctx, cfg)));
  return res;
}

Result<http::Response> me_json(http::Context& ctx, const IdentityConfig&) {
  json::object perms;
  for (const auto& [perm, scopes] : ctx.principal.permissions) {
    json::array a;
    for (const auto& s : scopes) a.emplace_back(s);
    perms[perm] = std::move(a);
  }
  json::object out;
  if (ctx.principal.kind == auth::PrincipalKind::token) {
    out["token"] = json::object{{"id", ctx.principal.id}, {"name", ctx.principal.name}};
  } else {
    const auto u = find_user(ctx.db(), ctx.principal.id);
    if (!u) return Error::not_found({"ไม่พบผู้ใช้นี้", "No such user"});
    out["user"] = user_json(*u);
    out["csrf_token"] = ctx.principal.csrf_token;
  }
  out["permissions"] = std::move(perms);
  return http::Response::json(200, out);
}

Result<http::Response> change_password_json(http::Context& ctx, const IdentityConfig&) {
  if (ctx.principal.kind != auth::PrincipalKind::user) {
    return Error{
        ErrorCode::permission_denied, {"ใช้ได้เฉพาะบัญชีผู้ใช้", "Only people have passwords"}, {}, ""};
  }
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string current = in->text("current_password", {.required = true, .max_chars = 1024});
  const std::string next = in->text("new_password", {.required = true, .max_chars = 1024});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto done = change_own_password(ctx.db(), ctx.clock().now(), audit::actor_of(ctx),
                                  ctx.principal.id, current, next, ctx.principal.session_key);
  if (!done.ok()) return done.error();
  return http::Response::json(200, json::object{{"changed", true}});
}

Result<http::Response> sign_out_everywhere_json(http::Context& ctx, const IdentityConfig& cfg) {
  if (ctx.principal.kind != auth::PrincipalKind::user) {
    return Error{
        ErrorCode::permission_denied, {"ใช้ได้เฉพาะบัญชีผู้ใช้", "Only people have sessions"}, {}, ""};
  }
  const auto ended =
      sign_out_everywhere(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.id);
  auto res = http::Response::json(200, json::object{{"sessions_ended", ended}});
  res.header("Set-Cookie", clear_session_cookie(cookie_secure(ctx, cfg)));
  return res;
}

Result<http::Response> list_users_json(http::Context& ctx, const IdentityConfig&) {
  auto page = http::read_page_request(ctx.request);
  if (!page.ok()) return page.error();
  store::UserQuery q;
  q.text = ctx.request.query_param("q");
  q.division = ctx.request.query_param("division");
  if (const auto a = ctx.request.query_param("active")) {
    if (*a != "true" && *a != "false") {
      return Error::invalid({"ค่าตัวกรองไม่ถูกต้อง", "A filter is not valid"})
          .field("active", {"ต้องเป็น true หรือ false", "must be true or false"});
    }
    q.active = *a == "true";
  }
  q.within_divisions = visible_divisions(ctx.principal);
  q.after_id = http::after_id(*page);
  q.limit = page->limit + 1;
  auto users = list_users(ctx.db(), q);
  std::optional<std::string> next;
  if (users.size() > static_cast<std::size_t>(page->limit)) {
    users.pop_back();
    next = std::to_string(users.back().id);
  }
  json::array items;
  for (const auto& u : users) items.push_back(user_json(u));
  return http::Response::json(200, http::page_json(std::move(items), next));
}

Result<http::Response> get_user_json(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto u = visible_user(ctx, *id);
  if (!u.ok()) return u.error();
  // Contact details are personal data (PDPA): the read is logged.
  audit::record_personal_read(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), "user",
                              std::to_string(u->id), "api: view staff account");
  return http::Response::json(200, user_json(*u));
}

Result<http::Response> add_user_json(http::Context& ctx, const IdentityConfig&) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewUser u;
  // Required fields are checked by add_user, with the others, so every problem shows at once.
  u.username = in->text("username", {.max_chars = 64});
  u.display_name = in->text("display_name", {.max_chars = 200});
  u.email = in->text("email", {.max_chars = 254});
  u.phone = in->text("phone", {.max_chars = 30});
  u.division_code = in->text("division_code", {.max_chars = 40});
  u.position_code = in->text("position_code", {.max_chars = 40});
  u.roles = parse_grants(in->text_list("roles"));
  const auto password =
      typed_or_random_password(in->optional_text("password", {.max_chars = 1024}));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  if (auto allowed = may_manage_users_in(ctx.principal, u.division_code); !allowed.ok())
    return allowed.error();
  u.password = password.value;
  auto created = add_user(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), u,
                          ctx.principal.can("identity.roles.manage"));
  if (!created.ok()) return created.error();
  json::object out = user_json(*created);
  if (password.generated) out["initial_password"] = password.value;  // shown once
  return http::Response::json(201, out);
}

Result<http::Response> update_user_json(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  UserChanges c;
  c.display_name = in->optional_text("display_name", {.max_chars = 200});
  if (c.display_name && c.display_name->empty())
    in->reject("display_name", {"ต้องระบุ", "is required"});
  c.email = in->optional_text("email", {.max_chars = 254});
  c.phone = in->optional_text("phone", {.max_chars = 30});
  c.division_code = in->optional_text("division_code", {.max_chars = 40});
  c.position_code = in->optional_text("position_code", {.max_chars = 40});
  c.active = in->boolean("active");
  if (in->has("roles")) c.roles = parse_grants(in->text_list("roles"));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto current = visible_user(ctx, *id);
  if (!current.ok()) return current.error();
  if (auto allowed = may_manage_user_move(ctx.principal, current->division_code, c.division_code);
      !allowed.ok())
    return allowed.error();
  auto updated = update_user(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, c,
                             ctx.principal.can("identity.roles.manage"));
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, user_json(*updated));
}

Result<http::Response> reset_password_json(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto password =
      typed_or_random_password(in->optional_text("password", {.max_chars = 1024}));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  const auto u = visible_user(ctx, *id);
  if (!u.ok()) return u.error();
  if (auto allowed = may_manage_users_in(ctx.principal, u->division_code); !allowed.ok())
    return allowed.error();
  auto done =
      set_password(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), u->username, password.value);
  if (!done.ok()) return done.error();
  json::object out{{"reset", true}};
  if (password.generated) out["password"] = password.value;
  return http::Response::json(200, out);
}

json::object role_json(const Role& r) {
  json::array perms;
  for (const auto& p : r.permissions) perms.emplace_back(p);
  return {{"key", r.key},
          {"name_th", r.name_th},
          {"name_en", r.name_en},
          {"builtin", r.builtin},
          {"permissions", std::move(perms)}};
}

Result<http::Response> list_roles_json(http::Context& ctx, const IdentityConfig& cfg) {
  json::array items;
  for (const auto& r : list_roles(ctx.db(), cfg.roles)) items.push_back(role_json(r));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> add_role_json(http::Context& ctx, const IdentityConfig& cfg) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto key = in->text("key", {.required = true, .max_chars = 40});
  const auto name_th = in->text("name_th", {.required = true, .max_chars = 200});
  const auto name_en = in->text("name_en", {.required = true, .max_chars = 200});
  const auto perms = in->text_list("permissions", 500);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto& conn = ctx.db();
  db::Tx tx(conn);
  auto role = add_role(conn, ctx.clock().now(), audit::actor_of(ctx), key, name_th, name_en);
  if (!role.ok()) return role.error();
  if (!perms.empty()) {
    const std::set<std::string> set(perms.begin(), perms.end());
    auto s =
        set_role_permissions(conn, ctx.clock().now(), audit::actor_of(ctx), cfg.roles, key, set);
    if (!s.ok()) return s.error();
    role->permissions = set;
  }
  tx.commit();
  return http::Response::json(201, role_json(*role));
}

Result<http::Response> set_role_permissions_json(http::Context& ctx, const IdentityConfig& cfg) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto perms = in->text_list("permissions", 500);
  if (!in->has("permissions")) in->reject("permissions", {"ต้องระบุ", "is required"});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  const std::string& key = ctx.request.path_param("key");
  auto s = set_role_permissions(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), cfg.roles, key,
                                {perms.begin(), perms.end()});
  if (!s.ok()) return s.error();
  for (const auto& r : list_roles(ctx.db(), cfg.roles)) {
    if (r.key == key) return http::Response::json(200, role_json(r));
  }
  return Error::not_found({"ไม่พบบทบาทนี้", "No such role"});
}

Result<http::Response> delete_role_json(http::Context& ctx, const IdentityConfig& cfg) {
  auto s = remove_role(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), cfg.roles,
                       ctx.request.path_param("key"));
  if (!s.ok()) return s.error();
  return http::Response::json(200, json::object{{"deleted", true}});
}

Result<http::Response> list_permissions_json(http::Context&, const IdentityConfig& cfg) {
  json::array items;
  for (const auto& p : cfg.roles.declared()) {
    json::array roles;
    for (const auto& r : p.default_roles) roles.emplace_back(r);
    items.push_back(json::object{{"key", p.key},
                                 {"description_th", p.description.th},
                                 {"description_en", p.description.en},
                                 {"default_roles", std::move(roles)}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

json::value opt(const std::optional<std::string>& s) {
  return s ? json::value(json::string(*s)) : json::value(nullptr);
}

Result<http::Response> list_tokens_json(http::Context& ctx, const IdentityConfig&) {
  json::array items;
  for (const auto& t : store::tokens(ctx.db())) {
    json::array scopes;
    for (const auto& s : t.scopes) scopes.emplace_back(s);
    items.push_back(json::object{{"id", t.id},
                                 {"name", t.name},
                                 {"scopes", std::move(scopes)},
                                 {"created_by", t.created_by},
                                 {"created_at", t.created_at},
                                 {"expires_at", opt(t.expires_at)},
                                 {"revoked_at", opt(t.revoked_at)},
                                 {"last_used_at", opt(t.last_used_at)}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> create_token_json(http::Context& ctx, const IdentityConfig& cfg) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewToken t;
  t.name = in->text("name", {.required = true, .max_chars = 64});
  t.scopes = in->text_list("scopes", 200);
  t.expires_at = in->optional_text("expires_at", {.max_chars = 40});
  if (t.expires_at && t.expires_at->empty()) t.expires_at.reset();
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto created = create_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), t,
                              cfg.roles.permission_keys());
  if (!created.ok()) return created.error();
  return http::Response::json(
      201, json::object{{"id", created->id}, {"name", created->name}, {"token", created->secret}});
}

Result<http::Response> revoke_token_json(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto s = revoke_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), std::to_string(*id));
  if (!s.ok()) return s.error();
  return http::Response::json(200, json::object{{"revoked", true}});
}

}  // namespace

Result<std::int64_t> id_param(const http::Context& ctx) {
  const std::string& s = ctx.request.path_param("id");
  try {
    std::size_t used = 0;
    const long long id = std::stoll(s, &used);
    if (used == s.size() && id > 0) return static_cast<std::int64_t>(id);
  } catch (const std::exception&) {
  }
  return Error::not_found({"ไม่พบรายการนี้", "Not found"});
}

Result<User> visible_user(http::Context& ctx, std::int64_t id) {
  auto u = find_user(ctx.db(), id);
  if (!u) return Error::not_found({"ไม่พบผู้ใช้นี้", "No such user"});
  const auto within = visible_divisions(ctx.principal);
  if (within && !within->count(u->division_code) && u->id != ctx.principal.id) {
    return Error{ErrorCode::permission_denied,
                 {"ผู้ใช้นี้อยู่นอกส่วนราชการที่คุณดูแล", "This user is outside the divisions you oversee"},
                 {},
                 "user outside scoped divisions"};
  }
  return std::move(*u);
}

json::object user_json(const User& u) {
  json::array roles;
  for (const auto& g : u.roles) roles.push_back(json::object{{"role", g.role}, {"scope", g.scope}});
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"email", u.email},
          {"phone", u.phone},
          {"division_code", u.division_code},
          {"position_code", u.position_code},
          {"active", u.active},
          {"roles", std::move(roles)},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at}};
}

void add_json_routes(http::Router& routes, const ConfigPtr& cfg) {
  auto bind = [cfg](Result<http::Response> (*f)(http::Context&, const IdentityConfig&)) {
    return [cfg, f](http::Context& ctx) { return f(ctx, *cfg); };
  };
  const json::value user = schema(kUserSchema);
  routes.post("/api/v1/auth/login")
      .allow_anonymous()
      .tag("auth")
      .summary("Sign in; sets the session cookie and returns the CSRF token for later calls")
      .body_limit(8 * 1024)
      .request_body(schema(R"({"type":"object","required":["username","password"],
        "properties":{"username":{"type":"string"},"password":{"type":"string"}}})"))
      .response(200, "Signed in",
                schema((std::string(R"({"type":"object","properties":{"user":)") + kUserSchema +
                        R"(,"csrf_token":{"type":"string"}}})")
                           .c_str()))
      .response(401, "Wrong username or password (the same answer for both)")
      .response(429, "Too many failed attempts; see Retry-After")
      .handle(bind(login_json));
  routes.post("/api/v1/auth/logout")
      .signed_in()
      .tag("auth")
      .summary("Sign out (ends this session)")
      .response(200, "Signed out")
      .handle(bind(logout_json));
  routes.get("/api/v1/me")
      .signed_in()
      .tag("auth")
      .summary("Who is calling: the user (or token), its roles and permissions by division")
      .response(200, "The caller")
      .handle(bind(me_json));
  routes.post("/api/v1/me/password")
      .signed_in()
      .tag("auth")
      .summary("Change my password (needs the current one); my other sessions end")
      .request_body(schema(R"({"type":"object","required":["current_password","new_password"],
        "properties":{"current_password":{"type":"string"},"new_password":{"type":"string"}}})"))
      .response(200, "Changed")
      .handle(bind(change_password_json));
  routes.post("/api/v1/me/sign-out-everywhere")
      .signed_in()
      .tag("auth")
      .summary("End all my sessions, on every device")
      .response(200, "Sessions ended")
      .handle(bind(sign_out_everywhere_json));

  routes.get("/api/v1/users")
      .permission("identity.users.view")
      .tag("identity")
      .summary("Staff accounts (a division head sees their divisions' staff)")
      .query_param("q", "string", "Part of the username, name or e-mail")
      .query_param("division", "string", "Division code")
      .query_param("active", "boolean", "true or false")
      .query_param("limit", "integer", "Page size, 1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "A page of users", schema(user_schema_list().c_str()))
      .handle(bind(list_users_json));
  routes.post("/api/v1/users")
      .permission("identity.users.manage")
      .tag("identity")
      .summary("Create a staff account (initial_password returned once when none is given)")
      .request_body(schema(R"({"type":"object","required":["username","display_name"],
        "properties":{"username":{"type":"string"},"display_name":{"type":"string"},
        "email":{"type":"string"},"phone":{"type":"string"},"division_code":{"type":"string"},
        "position_code":{"type":"string"},"password":{"type":"string"},
        "roles":{"type":"array","items":{"type":"string","example":"division_head@finance"}}}})"))
      .response(201, "Created", user)
      .response(409, "The username is taken")
      .handle(bind(add_user_json));
  routes.get("/api/v1/users/{id}")
      .permission("identity.users.view")
      .tag("identity")
      .summary("One staff account (the read is logged as personal data)")
      .path_param("id", "integer", "User id")
      .response(200, "The user", user)
      .response(404, "No such user")
      .handle(bind(get_user_json));
  routes.patch("/api/v1/users/{id}")
      .permission("identity.users.manage")
      .tag("identity")
      .summary("Change a staff account; active=false deactivates it (history is kept)")
      .path_param("id", "integer", "User id")
      .request_body(schema(R"({"type":"object","properties":{"display_name":{"type":"string"},
        "email":{"type":"string"},"phone":{"type":"string"},"division_code":{"type":"string"},
        "position_code":{"type":"string"},"active":{"type":"boolean"},
        "roles":{"type":"array","items":{"type":"string"}}}})"))
      .response(200, "The user as changed", user)
      .response(404, "No such user")
      .handle(bind(update_user_json));
  routes.post("/api/v1/users/{id}/password")
      .permission("identity.users.manage")
      .tag("identity")
      .summary(
          "Reset a user's password (random when none given, returned once); ends their sessions")
      .path_param("id", "integer", "User id")
      .request_body(schema(R"({"type":"object","properties":{"password":{"type":"string"}}})"))
      .response(200, "Reset")
      .handle(bind(reset_password_json));

  routes.get("/api/v1/roles")
      .permission("identity.roles.manage")
      .tag("identity")
      .summary("Roles and the permissions each holds today")
      .response(200, "All roles")
      .handle(bind(list_roles_json));
  routes.post("/api/v1/roles")
      .permission("identity.roles.manage")
      .tag("identity")
      .summary("Add a custom role")
      .request_body(schema(R"({"type":"object","required":["key","name_th","name_en"],
        "properties":{"key":{"type":"string"},"name_th":{"type":"string"},
        "name_en":{"type":"string"},"permissions":{"type":"array","items":{"type":"string"}}}})"))
      .response(201, "Created")
      .response(409, "The key is taken")
      .handle(bind(add_role_json));
  routes.put("/api/v1/roles/{key}/permissions")
      .permission("identity.roles.manage")
      .tag("identity")
      .summary("Set the permissions of a role (not admin, which holds all)")
      .path_param("key", "string", "Role key")
      .request_body(schema(R"({"type":"object","required":["permissions"],
        "properties":{"permissions":{"type":"array","items":{"type":"string"}}}})"))
      .response(200, "The role as changed")
      .handle(bind(set_role_permissions_json));
  routes.del("/api/v1/roles/{key}")
      .permission("identity.roles.manage")
      .tag("identity")
      .summary("Delete a custom role that no account holds")
      .path_param("key", "string", "Role key")
      .response(200, "Deleted")
      .response(404, "No such role")
      .response(409, "Built in, or still held by someone")
      .handle(bind(delete_role_json));
  routes.get("/api/v1/permissions")
      .permission("identity.roles.manage")
      .tag("identity")
      .summary("Every permission the modules declare, with the built-in roles that hold it")
      .response(200, "All permissions")
      .handle(bind(list_permissions_json));

  routes.get("/api/v1/tokens")
      .permission("identity.tokens.manage")
      .tag("identity")
      .summary("API tokens (never their secrets)")
      .response(200, "All tokens")
      .handle(bind(list_tokens_json));
  routes.post("/api/v1/tokens")
      .permission("identity.tokens.manage")
      .tag("identity")
      .summary("Issue an API token; the secret is in the answer once and never again")
      .request_body(schema(R"({"type":"object","required":["name","scopes"],
        "properties":{"name":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},
        "expires_at":{"type":"string","format":"date-time"}}})"))
      .response(201, "Issued", schema(R"({"type":"object","properties":{"id":{"type":"integer"},
        "name":{"type":"string"},"token":{"type":"string"}}})"))
      .response(409, "The name is taken")
      .handle(bind(create_token_json));
  routes.del("/api/v1/tokens/{id}")
      .permission("identity.tokens.manage")
      .tag("identity")
      .summary("Revoke an API token")
      .path_param("id", "integer", "Token id")
      .response(200, "Revoked")
      .response(404, "No such token")
      .handle(bind(revoke_token_json));
}

}  // namespace pao::identity
