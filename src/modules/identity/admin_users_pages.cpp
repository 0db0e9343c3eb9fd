// The administrator's staff account pages: /admin/users, /admin/users/new, /admin/users/{id}.

#include "modules/identity/admin_page_kit.hpp"

#include <algorithm>
#include <map>

#include "modules/identity/accounts.hpp"
#include "modules/identity/submitted_form.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity::admin {

namespace {

constexpr int kUsersPerPage = 50;
constexpr int kHistoryEntries = 20;
constexpr int kMaxGrantRows = 200;

// ---- users: the form ---------------------------------------------------------------------------

const Labels kUserLabels = {{"username", "identity.username"},
                            {"display_name", "identity.display_name"},
                            {"email", "identity.email"},
                            {"phone", "identity.phone"},
                            {"division_code", "identity.division"},
                            {"position_code", "identity.position"},
                            {"roles", "identity.roles"},
                            {"password", "identity.admin.initial_password"},
                            {"active", "identity.admin.account_active"}};

// One line of the roles fieldset: a role, ticked or not, and where it applies.
struct GrantRow {
  std::string role;
  std::string scope = auth::kEverywhere;
  bool ticked = false;
  bool another = false;  // a further division for a role already held in one
};

// What the user form shows: an account's values, or what was sent.
struct UserForm {
  std::string username, display_name, email, phone, division_code, position_code;
  bool active = true;
  std::vector<GrantRow> grants;
};

// The roles fieldset for `held`: per role, the grants held (ticked), else one unticked line; a
// role held only in some divisions gets one more line, so it can be given in another too.
std::vector<GrantRow> grant_rows(const Names& names, const std::vector<RoleGrant>& held) {
  std::vector<GrantRow> rows;
  for (const auto& r : names.roles()) {
    bool holds = false, everywhere = false;
    for (const auto& g : held) {
      if (g.role != r.key) continue;
      rows.push_back({g.role, g.scope, true, false});
      holds = true;
      everywhere = everywhere || g.scope == auth::kEverywhere;
    }
    if (!holds) {
      rows.push_back({r.key, auth::kEverywhere, false, false});
    } else if (!everywhere && r.key != kAdminRole) {
      rows.push_back({r.key, auth::kEverywhere, false, true});
    }
  }
  return rows;
}

UserForm user_form_of(const User& u, const Names& names) {
  return {u.username,      u.display_name,  u.email,  u.phone,
          u.division_code, u.position_code, u.active, grant_rows(names, u.roles)};
}

// The form as sent. Grant lines come as grant_<i>_role / grant_<i>_scope, with "grant" = <i>
// for each ticked one.
UserForm read_user_form(const SubmittedForm& sent) {
  UserForm f;
  f.username = sent.value("username");
  f.display_name = sent.value("display_name");
  f.email = sent.value("email");
  f.phone = sent.value("phone");
  f.division_code = sent.value("division_code");
  f.position_code = sent.value("position_code");
  f.active = sent.has("active");
  const auto ticked = sent.values("grant");
  for (int i = 0; i < kMaxGrantRows; ++i) {
    const std::string prefix = "grant_" + std::to_string(i);
    if (!sent.has(prefix + "_role")) continue;  // lines may come in any order, or some not at all
    GrantRow row;
    row.role = sent.value(prefix + "_role");
    const std::string scope = sent.value(prefix + "_scope");
    row.scope = scope.empty() ? auth::kEverywhere : scope;
    row.ticked = std::find(ticked.begin(), ticked.end(), std::to_string(i)) != ticked.end();
    row.another = sent.value(prefix + "_another") == "1";
    f.grants.push_back(std::move(row));
  }
  return f;
}

std::vector<RoleGrant> grants_of(const UserForm& f) {
  std::vector<RoleGrant> out;
  for (const auto& row : f.grants) {
    if (row.ticked) out.push_back({row.role, row.scope});
  }
  return out;
}

// The fields an account's add and edit forms share, rendered into {{FIELDS}} (with each field's
// error beside it).
void show_user_fields(http::Context& ctx, Dict& dict, const Names& names, const UserForm& f,
                      const Error* error) {
  Dict fields("user_fields");
  fields.SetValue("VALUE_DISPLAY_NAME", f.display_name);
  fields.SetValue("VALUE_EMAIL", f.email);
  fields.SetValue("VALUE_PHONE", f.phone);
  for (const auto& d : names.divisions()) {
    if (!d.active && d.code != f.division_code) continue;
    auto* o = fields.AddSectionDictionary("DIVISION_OPTION");
    o->SetValue("CODE", d.code);
    o->SetValue("NAME", in_lang(ctx, d.name_th, d.name_en));
    if (d.code == f.division_code) o->ShowSection("SELECTED");
  }
  for (const auto& p : names.positions()) {
    if (!p.active && p.code != f.position_code) continue;
    auto* o = fields.AddSectionDictionary("POSITION_OPTION");
    o->SetValue("CODE", p.code);
    o->SetValue("NAME", in_lang(ctx, p.name_th, p.name_en));
    if (p.code == f.position_code) o->ShowSection("SELECTED");
  }
  const bool may_grant_admin = ctx.principal.can(kManageRoles);
  for (std::size_t i = 0; i < f.grants.size(); ++i) {
    const GrantRow& row = f.grants[i];
    auto* g = fields.AddSectionDictionary("GRANT");
    g->SetIntValue("INDEX", static_cast<long>(i));
    g->SetValue("ROLE", row.role);
    std::string name = names.role(row.role);
    if (row.another) {
      name += " — " + text(ctx, "identity.admin.another_division");
      g->ShowSection("ANOTHER");
    }
    g->SetValue("ROLE_NAME", name);
    if (row.ticked) g->ShowSection("TICKED");
    if (row.role == kAdminRole) {
      g->ShowSection("EVERYWHERE_ONLY");
      if (!may_grant_admin) {
        g->ShowSection("LOCKED");
        if (row.ticked) g->ShowSection("LOCKED_TICKED");
      }
      continue;
    }
    g->ShowSection("HAS_SCOPE");
    auto* everywhere = g->AddSectionDictionary("SCOPE_OPTION");
    everywhere->SetValue("CODE", auth::kEverywhere);
    everywhere->SetValue("NAME", text(ctx, "identity.admin.everywhere"));
    if (row.scope == auth::kEverywhere) everywhere->ShowSection("SELECTED");
    for (const auto& d : names.divisions()) {
      if (!d.active && d.code != row.scope) continue;
      auto* o = g->AddSectionDictionary("SCOPE_OPTION");
      o->SetValue("CODE", d.code);
      o->SetValue("NAME", in_lang(ctx, d.name_th, d.name_en));
      if (d.code == row.scope) o->ShowSection("SELECTED");
    }
  }
  if (error) show_errors(ctx, fields, *error, kUserLabels);
  dict.SetValue("FIELDS", ctx.html().render("identity/user_fields", ctx.lang, fields));
}

// ---- users: the pages --------------------------------------------------------------------------

http::Response render_new_user(http::Context& ctx, const UserForm& f, const Error* error) {
  Dict dict("user_new");
  const Names names(ctx, ctx.db());
  dict.SetValue("VALUE_USERNAME", f.username);
  show_user_fields(ctx, dict, names, f, error);
  if (error) show_errors(ctx, dict, *error, kUserLabels);
  const std::string& title = text(ctx, "identity.admin.add_user");
  return page(ctx, Tab::users, title,
              {{text(ctx, "identity.admin.users"), "/admin/users"}, {title, ""}},
              "identity/user_new", dict, error ? http_status_for(error->code) : 200, error);
}

// The fields an account's audit entries name, as people call them.
const Labels kHistoryLabels = {{"username", "identity.username"},
                               {"display_name", "identity.display_name"},
                               {"email", "identity.email"},
                               {"phone", "identity.phone"},
                               {"division_code", "identity.division"},
                               {"position_code", "identity.position"},
                               {"roles", "identity.roles"},
                               {"active", "identity.admin.account_active"},
                               {"password", "identity.password"}};

// What happened to the account, newest first: every audit entry about it.
void show_history(http::Context& ctx, Dict& dict, std::int64_t user_id) {
  audit::Filter filter;
  filter.entity_type = "user";
  filter.entity_id = std::to_string(user_id);
  filter.limit = kHistoryEntries;
  const auto entries = audit::find_entries(ctx.db(), filter);
  dict.ShowSection(entries.empty() ? "NO_HISTORY" : "HAS_HISTORY");
  for (const auto& e : entries) {
    auto* d = dict.AddSectionDictionary("ENTRY");
    set_time(d, ctx, "AT", e.at);
    d->SetValue("ACTOR", e.actor_name.empty() ? "—" : e.actor_name);
    if (e.actor_kind != "user") {
      const std::string key = "identity.admin.actor_" + e.actor_kind;
      d->SetValueAndShowSection(
          "KIND", ctx.html().catalog().find(key) ? text(ctx, key) : e.actor_kind, "HAS_KIND");
    }
    const std::string action_key = "identity.action." + e.action;
    d->SetValue("ACTION", ctx.html().catalog().find(action_key) ? text(ctx, action_key) : e.action);
    d->SetValue("ACTION_CODE", e.action);
    for (const auto& c : audit::read_field_changes(e.changes)) {
      auto* li = d->AddSectionDictionary("CHANGE");
      if (!c.field.empty()) {
        const std::string key = label_key(kHistoryLabels, c.field);
        li->SetValueAndShowSection("FIELD", key.empty() ? c.field : text(ctx, key), "HAS_FIELD");
      }
      if (c.is_note) {
        li->SetValueAndShowSection("VALUE", c.after, "NOTE");
      } else {
        li->ShowSection("DIFF");
        li->SetValue("BEFORE", c.had_before ? c.before : "—");
        li->SetValue("AFTER", c.had_after ? c.after : "—");
      }
    }
  }
  if (ctx.principal.can(kViewAudit)) {
    dict.SetValueAndShowSection(
        "HREF",
        link("/admin/audit", {{"entity_type", "user"}, {"entity_id", std::to_string(user_id)}}),
        "FULL_TRAIL");
  }
}

// A staff member's page: details, the edit form and password reset (for those who manage
// accounts) and the account's history. Showing it is a read of personal data (PDPA), logged.
http::Response render_user(http::Context& ctx, const User& u, const UserForm& f, const Error* error,
                           const std::string& notice, const std::string& shown_once_html,
                           int status) {
  auto& conn = ctx.db();
  audit::record_personal_read(conn, ctx.clock().now(), audit::actor_of(ctx), "user",
                              std::to_string(u.id), "admin page: view staff account");
  Dict dict("user");
  const Names names(ctx, conn);
  dict.SetIntValue("ID", static_cast<long>(u.id));
  dict.SetValue("USERNAME", u.username);
  dict.SetValue("DISPLAY_NAME", u.display_name);
  const auto or_dash = [](std::string s) { return s.empty() ? std::string("—") : s; };
  dict.SetValue("EMAIL", or_dash(u.email));
  dict.SetValue("PHONE", or_dash(u.phone));
  dict.SetValue("DIVISION", or_dash(names.division(u.division_code)));
  dict.SetValue("POSITION", or_dash(names.position(u.position_code)));
  dict.ShowSection(u.active ? "ACTIVE" : "INACTIVE");
  set_time(&dict, ctx, "CREATED_AT", u.created_at);
  set_time(&dict, ctx, "UPDATED_AT", u.updated_at);
  show_role_tags(dict, names, u.roles);
  dict.SetValue("SHOWN_ONCE", shown_once_html);
  show_notice(dict, notice);
  if (ctx.principal.can(kManageUsers)) {
    dict.ShowSection("CAN_MANAGE");
    show_user_fields(ctx, dict, names, f, error);
    if (f.active) dict.ShowSection("ACTIVE_CHECKED");
  }
  if (error) show_errors(ctx, dict, *error, kUserLabels);
  show_history(ctx, dict, u.id);
  return page(ctx, Tab::users, u.display_name,
              {{text(ctx, "identity.admin.users"), "/admin/users"}, {u.display_name, ""}},
              "identity/user", dict, status, error);
}

struct UserFilter {
  std::string q, division, status;  // status: "" (all), "active" or "inactive"
};

UserFilter read_user_filter(const http::Request& req) {
  UserFilter f;
  f.q = http::trim(req.query_param("q").value_or(""));
  f.division = req.query_param("division").value_or("");
  f.status = req.query_param("status").value_or("");
  if (f.status != "active" && f.status != "inactive") f.status.clear();
  return f;
}

}  // namespace

Result<http::Response> users_page(http::Context& ctx, const IdentityConfig&) {
  auto paging = http::read_page_request(ctx.request, kUsersPerPage);
  if (!paging.ok()) return paging.error();
  const UserFilter f = read_user_filter(ctx.request);
  auto& conn = ctx.db();
  const Names names(ctx, conn);
  const auto within = visible_divisions(ctx.principal);

  store::UserQuery q;
  if (!f.q.empty()) q.text = f.q;
  if (!f.division.empty()) q.division = f.division;
  if (!f.status.empty()) q.active = f.status == "active";
  q.within_divisions = within;
  q.after_id = http::after_id(*paging);
  q.limit = paging->limit + 1;  // one more, to know whether another page follows
  auto users = list_users(conn, q);
  std::optional<std::int64_t> next_after;
  if (users.size() > static_cast<std::size_t>(paging->limit)) {
    users.pop_back();
    next_after = users.back().id;
  }

  Dict dict("users");
  dict.SetValue("Q", f.q);
  for (const auto& d : names.divisions()) {
    if (within && !within->count(d.code)) continue;
    auto* o = dict.AddSectionDictionary("DIVISION_OPTION");
    o->SetValue("CODE", d.code);
    o->SetValue("NAME", in_lang(ctx, d.name_th, d.name_en));
    if (d.code == f.division) o->ShowSection("SELECTED");
  }
  for (const auto& [value, key] :
       std::vector<std::pair<std::string, std::string>>{{"", "identity.admin.status_all"},
                                                        {"active", "identity.admin.active"},
                                                        {"inactive", "identity.admin.inactive"}}) {
    auto* o = dict.AddSectionDictionary("STATUS_OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", text(ctx, key));
    if (value == f.status) o->ShowSection("SELECTED");
  }
  dict.ShowSection(within ? "SCOPED" : "EVERYONE");
  if (ctx.principal.can(kManageUsers)) dict.ShowSection("CAN_ADD");

  dict.ShowSection(users.empty() ? "NO_USERS" : "HAS_USERS");
  for (const auto& u : users) {
    auto* row = dict.AddSectionDictionary("USER");
    row->SetIntValue("ID", static_cast<long>(u.id));
    row->SetValue("USERNAME", u.username);
    row->SetValue("DISPLAY_NAME", u.display_name);
    row->SetValue("DIVISION", names.division(u.division_code));
    row->SetValue("POSITION", names.position(u.position_code));
    show_role_tags(*row, names, u.roles);
    row->ShowSection(u.active ? "ACTIVE" : "INACTIVE");
  }
  const std::vector<std::pair<std::string, std::string>> filter = {
      {"q", f.q}, {"division", f.division}, {"status", f.status}};
  if (q.after_id) {
    dict.SetValueAndShowSection("FIRST_HREF", link("/admin/users", filter), "HAS_FIRST");
  }
  if (next_after) {
    auto with_cursor = filter;
    with_cursor.emplace_back("cursor", http::encode_cursor(std::to_string(*next_after)));
    dict.SetValueAndShowSection("NEXT_HREF", link("/admin/users", with_cursor), "HAS_NEXT");
  }
  return page(ctx, Tab::users, text(ctx, "identity.admin.users"), {}, "identity/users", dict, 200,
              nullptr);
}

Result<http::Response> new_user_page(http::Context& ctx, const IdentityConfig&) {
  const Names names(ctx, ctx.db());
  UserForm f;
  f.grants = grant_rows(names, {});
  return render_new_user(ctx, f, nullptr);
}

Result<http::Response> add_user_form(http::Context& ctx, const IdentityConfig&) {
  const SubmittedForm sent(ctx.request);
  const UserForm f = read_user_form(sent);
  const auto password = typed_or_random_password(sent.value("password"));
  NewUser u{f.username,      f.display_name,  f.email,      f.phone,
            f.division_code, f.position_code, grants_of(f), password.value};
  if (auto allowed = may_manage_users_in(ctx.principal, u.division_code); !allowed.ok()) {
    if (fixable_on_form(allowed.error())) return render_new_user(ctx, f, &allowed.error());
    return allowed.error();
  }
  auto created = add_user(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), u,
                          ctx.principal.can(kManageRoles));
  if (!created.ok()) {
    if (fixable_on_form(created.error())) return render_new_user(ctx, f, &created.error());
    return created.error();
  }
  if (!password.generated) {
    return http::Response::redirect("/admin/users/" + std::to_string(created->id) + "?added=1");
  }
  // The made-up password goes to the administrator in this answer and nowhere else.
  const Names names(ctx, ctx.db());
  return render_user(
      ctx, *created, user_form_of(*created, names), nullptr, {},
      shown_once(ctx, text(ctx, "identity.admin.user_added"),
                 text(ctx, "identity.admin.initial_password_intro") + " " + created->username,
                 password.value, false),
      201);
}

Result<http::Response> user_page(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto u = visible_user(ctx, *id);
  if (!u.ok()) return u.error();
  std::string notice;
  if (ctx.request.query_param("added") == "1") {
    notice = text(ctx, "identity.admin.user_added");
  } else if (ctx.request.query_param("saved") == "1") {
    notice = text(ctx, "identity.admin.user_saved");
  }
  const Names names(ctx, ctx.db());
  return render_user(ctx, *u, user_form_of(*u, names), nullptr, notice, {}, 200);
}

Result<http::Response> save_user_form(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto current = visible_user(ctx, *id);  // the answer shows them again
  if (!current.ok()) return current.error();
  UserForm f = read_user_form(SubmittedForm(ctx.request));
  f.username = current->username;
  UserChanges c;
  c.display_name = f.display_name;
  c.email = f.email;
  c.phone = f.phone;
  c.division_code = f.division_code;
  c.position_code = f.position_code;
  c.active = f.active;  // an unticked box is not sent
  c.roles = grants_of(f);
  if (auto allowed = may_manage_user_move(ctx.principal, current->division_code, c.division_code);
      !allowed.ok()) {
    return render_user(ctx, *current, f, &allowed.error(), {}, {},
                       http_status_for(allowed.error().code));
  }
  auto saved = update_user(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, c,
                           ctx.principal.can(kManageRoles));
  if (!saved.ok()) {
    if (fixable_on_form(saved.error())) {
      return render_user(ctx, *current, f, &saved.error(), {}, {},
                         http_status_for(saved.error().code));
    }
    return saved.error();
  }
  return http::Response::redirect("/admin/users/" + std::to_string(*id) + "?saved=1");
}

Result<http::Response> reset_password_form(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  auto u = visible_user(ctx, *id);
  if (!u.ok()) return u.error();
  if (auto allowed = may_manage_users_in(ctx.principal, u->division_code); !allowed.ok())
    return allowed.error();
  const auto password = typed_or_random_password(std::nullopt);
  auto done =
      set_password(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), u->username, password.value);
  if (!done.ok()) return done.error();
  const Names names(ctx, ctx.db());
  return render_user(ctx, *u, user_form_of(*u, names), nullptr, {},
                     shown_once(ctx, text(ctx, "identity.admin.password_reset_done"),
                                text(ctx, "identity.admin.new_password_intro") + " " + u->username,
                                password.value, false),
                     200);
}

}  // namespace pao::identity::admin
