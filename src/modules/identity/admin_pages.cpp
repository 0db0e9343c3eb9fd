// The administrator's pages of the identity module: staff accounts (/admin/users), roles and
// their permissions (/admin/roles) and API tokens (/admin/tokens).
//
// Thin, and usable without JavaScript: each POST reads the form, calls the same use case as the
// JSON API (accounts.hpp, roles.hpp, api.hpp) and either shows the form again with the person's
// input and an error summary, or redirects (303, post/redirect/get) to a page whose notice says
// what was saved. A password or token secret the system made up is shown once, in the answer to
// the POST itself — never in a URL, a cookie or any later page. Every page here names people, so
// none may be kept by a browser or proxy (Cache-Control: no-store).
#include "platform/html/ctemplate.hpp"

#include <algorithm>
#include <map>

#include "modules/identity/accounts.hpp"
#include "modules/identity/routes.hpp"
#include "modules/identity/store.hpp"
#include "modules/identity/submitted_form.hpp"
#include "modules/org/api.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity {

namespace {

using Dict = ctemplate::TemplateDictionary;
// A form's fields top to bottom, each with the catalogue key of its label: the error summary
// names and links them in this order.
using Labels = std::vector<std::pair<std::string, std::string>>;

std::string label_key(const Labels& labels, const std::string& field) {
  for (const auto& [f, key] : labels) {
    if (f == field) return key;
  }
  return {};
}

constexpr const char* kSection = "identity_admin";
constexpr const char* kViewUsers = "identity.users.view";
constexpr const char* kManageUsers = "identity.users.manage";
constexpr const char* kManageRoles = "identity.roles.manage";
constexpr const char* kManageTokens = "identity.tokens.manage";
// The audit module's permission to read the whole trail (a link, not an include).
constexpr const char* kViewAudit = "audit.view";
constexpr int kUsersPerPage = 50;
constexpr int kHistoryEntries = 20;
constexpr int kMaxGrantRows = 200;

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

const std::string& in_lang(const http::Context& ctx, const std::string& th, const std::string& en) {
  return ctx.lang == "en" && !en.empty() ? en : th;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// ---- names of divisions, positions and roles, read once per page -------------------------------

class Names {
 public:
  Names(const http::Context& ctx, db::Connection& conn)
      : ctx_(ctx),
        divisions_(org::list_divisions(conn, true)),
        positions_(org::list_positions(conn, true)),
        roles_(store::roles(conn)) {}

  const std::vector<org::Division>& divisions() const { return divisions_; }
  const std::vector<org::Position>& positions() const { return positions_; }
  const std::vector<store::RoleRow>& roles() const { return roles_; }

  // "" for no division; the code itself when no division ever had it.
  std::string division(const std::string& code) const {
    for (const auto& d : divisions_) {
      if (d.code == code) return in_lang(ctx_, d.name_th, d.name_en);
    }
    return code;
  }
  // The short form for tags: "กองยุทธศาสตร์ฯ".
  std::string division_short(const std::string& code) const {
    for (const auto& d : divisions_) {
      if (d.code != code) continue;
      if (ctx_.lang == "en") return d.name_en.empty() ? d.name_th : d.name_en;
      return d.short_name_th.empty() ? d.name_th : d.short_name_th;
    }
    return code;
  }
  std::string position(const std::string& code) const {
    for (const auto& p : positions_) {
      if (p.code == code) return in_lang(ctx_, p.name_th, p.name_en);
    }
    return code;
  }
  std::string role(const std::string& key) const {
    for (const auto& r : roles_) {
      if (r.key == key) return in_lang(ctx_, r.name_th, r.name_en);
    }
    return key;
  }

 private:
  const http::Context& ctx_;
  std::vector<org::Division> divisions_;
  std::vector<org::Position> positions_;
  std::vector<store::RoleRow> roles_;
};

// Role tags ("ผู้อำนวยการกอง · กองคลัง") into `dict` as {{#ROLE}}{{NAME}}{{#SCOPED}}{{SCOPE}}.
void show_role_tags(Dict& dict, const Names& names, const std::vector<RoleGrant>& grants) {
  for (const auto& g : grants) {
    auto* r = dict.AddSectionDictionary("ROLE");
    r->SetValue("NAME", names.role(g.role));
    if (g.scope != auth::kEverywhere) {
      r->SetValueAndShowSection("SCOPE", names.division_short(g.scope), "SCOPED");
    }
  }
  if (grants.empty()) dict.ShowSection("NO_ROLES");
}

// ---- what every page here shares ---------------------------------------------------------------

enum class Tab { users, roles, tokens };

// Links between the three admin areas, each only for those who may follow it; none when the
// person may use only one of them (a division head sees staff, nothing else).
std::string admin_nav(const http::Context& ctx, Tab current) {
  struct Link {
    Tab tab;
    const char* href;
    const char* label_key;
    const char* permission;
  };
  static constexpr Link kLinks[] = {
      {Tab::users, "/admin/users", "identity.admin.users", kViewUsers},
      {Tab::roles, "/admin/roles", "identity.admin.roles", kManageRoles},
      {Tab::tokens, "/admin/tokens", "identity.admin.tokens", kManageTokens}};
  Dict nav("admin_nav");
  int shown = 0;
  for (const auto& l : kLinks) {
    if (!ctx.principal.can(l.permission)) continue;
    ++shown;
    auto* d = nav.AddSectionDictionary("LINK");
    d->SetValue("HREF", l.href);
    d->SetValue("LABEL", text(ctx, l.label_key));
    if (l.tab == current) d->ShowSection("CURRENT");
  }
  if (shown < 2) return {};
  return ctx.html().render("identity/admin_nav", ctx.lang, nav);
}

// The page in the site layout. After a failed post its title starts with "Error:" so screen
// reader users hear it first (GOV.UK's pattern).
http::Response page(http::Context& ctx, Tab tab, const std::string& title,
                    std::vector<html::Crumb> crumbs, std::string_view body_template, Dict& dict,
                    int status, const Error* error) {
  dict.SetValue("ADMIN_NAV", admin_nav(ctx, tab));
  html::PageInfo info;
  info.title = error ? text(ctx, "identity.admin.error_prefix") + ": " + title : title;
  info.section = kSection;
  info.crumbs = std::move(crumbs);
  auto res = ctx.html().page(ctx, info, body_template, dict, status);
  res.header("Cache-Control", "no-store");
  return res;
}

void show_errors(http::Context& ctx, Dict& dict, const Error& error, const Labels& labels) {
  std::vector<std::string> order;
  for (const auto& [field, key] : labels) order.push_back(field);
  ctx.html().form_errors(
      ctx, error, dict,
      [&](const std::string& field) -> std::string {
        const std::string key = label_key(labels, field);
        return key.empty() ? field : text(ctx, key);
      },
      order);
}

void show_notice(Dict& dict, const std::string& notice) {
  if (!notice.empty()) dict.SetValueAndShowSection("TEXT", notice, "NOTICE");
}

// A failure the person can put right on the form they sent: bad input, a name already taken,
// or a role they may not grant. Anything else (a record gone) ends on the error page.
bool fixable_on_form(const Error& e) {
  return e.code == ErrorCode::invalid_argument || e.code == ErrorCode::conflict ||
         e.code == ErrorCode::permission_denied;
}

// The box with a password or token the system made up, shown in this answer only.
std::string shown_once(const http::Context& ctx, const std::string& heading,
                       const std::string& intro, const std::string& secret, bool is_token) {
  Dict d("shown_once");
  d.SetValue("HEADING", heading);
  d.SetValue("INTRO", intro);
  d.SetValue("SECRET", secret);
  if (is_token) d.ShowSection("TOKEN_USAGE");
  return ctx.html().render("identity/shown_once", ctx.lang, d);
}

// "/admin/users?q=…&cursor=…" with only the parts that are set.
std::string link(std::string_view path,
                 const std::vector<std::pair<std::string, std::string>>& params) {
  std::string href(path);
  char sep = '?';
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    href += sep;
    href += k + "=" + http::percent_encode(v);
    sep = '&';
  }
  return href;
}

void set_time(Dict* d, const http::Context& ctx, const std::string& name,
              const std::string& iso_utc) {
  d->SetValue(name + "_UTC", iso_utc);
  d->SetValue(name, shown_time(ctx, iso_utc));
}

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

// ---- permission checkboxes (roles and tokens) --------------------------------------------------

// "identity" of "identity.users.view": the module that declared it.
std::string module_of(const std::string& permission) {
  return permission.substr(0, permission.find('.'));
}

// Every declared permission as a checkbox named `field`, grouped by module, in the order the
// modules declared them; rendered into `target` of `dict`.
void show_permission_boxes(http::Context& ctx, Dict& dict, const std::string& target,
                           const IdentityConfig& cfg, const std::string& field,
                           const std::string& legend_key, const std::string& hint_key,
                           const std::set<std::string>& checked, bool read_only,
                           const Error* error) {
  Dict boxes("permission_boxes");
  boxes.SetValue("FIELD", field);
  boxes.SetValue("LEGEND", text(ctx, legend_key));
  if (!hint_key.empty()) boxes.SetValueAndShowSection("HINT", text(ctx, hint_key), "HAS_HINT");
  if (error) {
    if (const auto it = error->fields.find(field); it != error->fields.end()) {
      boxes.SetValueAndShowSection("ERROR", it->second.in(ctx.lang), "HAS_ERROR");
    }
  }
  std::vector<std::string> order;
  std::map<std::string, Dict*> groups;
  for (const auto& p : cfg.roles.declared()) {
    const std::string module = module_of(p.key);
    auto& group = groups[module];
    if (!group) {
      group = boxes.AddSectionDictionary("GROUP");
      const std::string key = "identity.permission_group." + module;
      group->SetValue("NAME", ctx.html().catalog().find(key) ? text(ctx, key) : module);
    }
    auto* box = group->AddSectionDictionary("PERMISSION");
    box->SetValue("KEY", p.key);
    box->SetValue("DESCRIPTION", p.description.in(ctx.lang));
    if (checked.count(p.key)) box->ShowSection("CHECKED");
    if (read_only) box->ShowSection("DISABLED");
  }
  dict.SetValue(target, ctx.html().render("identity/permission_boxes", ctx.lang, boxes));
}

// ---- roles -------------------------------------------------------------------------------------

const Labels kRoleLabels = {{"key", "identity.admin.role_key"},
                            {"name_th", "identity.admin.role_name_th"},
                            {"name_en", "identity.admin.role_name_en"},
                            {"permissions", "identity.admin.permissions"}};

http::Response render_roles(http::Context& ctx, const IdentityConfig& cfg,
                            const SubmittedForm* sent, const Error* error) {
  Dict dict("roles");
  for (const auto& r : list_roles(ctx.db(), cfg.roles)) {
    auto* row = dict.AddSectionDictionary("ROLE");
    row->SetValue("KEY", r.key);
    row->SetValue("NAME", in_lang(ctx, r.name_th, r.name_en));
    row->ShowSection(r.builtin ? "BUILTIN" : "CUSTOM");
    row->SetIntValue("COUNT", static_cast<long>(r.permissions.size()));
    if (r.key == kAdminRole) row->ShowSection("ALL");
  }
  for (const char* f : {"key", "name_th", "name_en"}) {
    dict.SetValue("VALUE_" + upper(f), sent ? sent->value(f) : std::string());
  }
  if (error) show_errors(ctx, dict, *error, kRoleLabels);
  return page(ctx, Tab::roles, text(ctx, "identity.admin.roles"), {}, "identity/roles", dict,
              error ? http_status_for(error->code) : 200, error);
}

http::Response render_role(http::Context& ctx, const IdentityConfig& cfg, const Role& role,
                           const std::set<std::string>& checked, const Error* error,
                           const std::string& notice) {
  Dict dict("role");
  const std::string name = in_lang(ctx, role.name_th, role.name_en);
  dict.SetValue("KEY", role.key);
  dict.SetValue("NAME", name);
  const bool is_admin = role.key == kAdminRole;
  dict.ShowSection(is_admin ? "ADMIN" : "EDITABLE");
  show_permission_boxes(ctx, dict, "PERMISSIONS", cfg, "permissions", "identity.admin.permissions",
                        is_admin ? "" : "identity.admin.permissions_hint", checked, is_admin,
                        error);
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kRoleLabels);
  return page(ctx, Tab::roles, text(ctx, "identity.admin.role") + ": " + name,
              {{text(ctx, "identity.admin.roles"), "/admin/roles"}, {name, ""}}, "identity/role",
              dict, error ? http_status_for(error->code) : 200, error);
}

std::optional<Role> role_named(http::Context& ctx, const IdentityConfig& cfg,
                               const std::string& key) {
  for (auto& r : list_roles(ctx.db(), cfg.roles)) {
    if (r.key == key) return std::move(r);
  }
  return std::nullopt;
}

Error no_such_role() {
  return Error::not_found({"ไม่พบบทบาทนี้", "No such role"});
}

Result<http::Response> roles_page(http::Context& ctx, const IdentityConfig& cfg) {
  return render_roles(ctx, cfg, nullptr, nullptr);
}

Result<http::Response> add_role_form(http::Context& ctx, const IdentityConfig& cfg) {
  const SubmittedForm sent(ctx.request);
  auto added =
      add_role(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), http::trim(sent.value("key")),
               http::trim(sent.value("name_th")), http::trim(sent.value("name_en")));
  if (!added.ok()) {
    if (fixable_on_form(added.error())) return render_roles(ctx, cfg, &sent, &added.error());
    return added.error();
  }
  return http::Response::redirect("/admin/roles/" + added->key + "?added=1");
}

Result<http::Response> role_page(http::Context& ctx, const IdentityConfig& cfg) {
  const auto role = role_named(ctx, cfg, ctx.request.path_param("key"));
  if (!role) return no_such_role();
  std::string notice;
  if (ctx.request.query_param("added") == "1") {
    notice = text(ctx, "identity.admin.role_added");
  } else if (ctx.request.query_param("saved") == "1") {
    notice = text(ctx, "identity.admin.role_saved");
  }
  return render_role(ctx, cfg, *role, role->permissions, nullptr, notice);
}

Result<http::Response> save_role_form(http::Context& ctx, const IdentityConfig& cfg) {
  const auto role = role_named(ctx, cfg, ctx.request.path_param("key"));
  if (!role) return no_such_role();
  const auto ticked = SubmittedForm(ctx.request).values("permissions");
  const std::set<std::string> permissions(ticked.begin(), ticked.end());
  auto saved = set_role_permissions(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), cfg.roles,
                                    role->key, permissions);
  if (!saved.ok()) {
    if (fixable_on_form(saved.error())) {
      return render_role(ctx, cfg, *role, permissions, &saved.error(), {});
    }
    return saved.error();
  }
  return http::Response::redirect("/admin/roles/" + role->key + "?saved=1");
}

// ---- API tokens --------------------------------------------------------------------------------

const Labels kTokenLabels = {{"name", "identity.admin.token_name"},
                             {"scopes", "identity.admin.token_scopes"},
                             {"expires_at", "identity.admin.token_expires"}};

// A token's end as typed: "through 30 Nov 2569" when it ends at a Bangkok midnight (a date was
// given), else the time.
std::string shown_expiry(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint t{};
  if (!parse_iso_time(iso_utc, t)) return iso_utc;
  if (bangkok_time_of_day(t) != std::chrono::system_clock::duration::zero()) {
    return shown_time(ctx, iso_utc);
  }
  const Date last_day = add_days(bangkok_date(t), -1);
  return text(ctx, "identity.admin.through_day") + " " +
         (ctx.lang == "en" ? format_english_date(last_day) : format_thai_date(last_day));
}

http::Response render_tokens(http::Context& ctx, const IdentityConfig& cfg,
                             const SubmittedForm* sent, const Error* error,
                             const std::string& notice, const std::string& shown_once_html,
                             int status) {
  Dict dict("tokens");
  const auto now = ctx.clock().now();
  const auto tokens = store::tokens(ctx.db());
  dict.ShowSection(tokens.empty() ? "NO_TOKENS" : "HAS_TOKENS");
  for (const auto& t : tokens) {
    auto* row = dict.AddSectionDictionary("TOKEN");
    row->SetIntValue("ID", static_cast<long>(t.id));
    row->SetValue("NAME", t.name);
    for (const auto& s : t.scopes) row->AddSectionDictionary("SCOPE")->SetValue("KEY", s);
    row->SetValue("CREATED_BY", t.created_by);
    set_time(row, ctx, "CREATED_AT", t.created_at);
    if (t.expires_at) {
      row->SetValueAndShowSection("EXPIRES_UTC", *t.expires_at, "EXPIRES");
      row->SetValue("EXPIRES_TEXT", shown_expiry(ctx, *t.expires_at));
    } else {
      row->ShowSection("NEVER_EXPIRES");
    }
    if (t.last_used_at) {
      row->ShowSection("USED");
      set_time(row, ctx, "LAST_USED", *t.last_used_at);
    } else {
      row->ShowSection("NEVER_USED");
    }
    TimePoint expires{};
    if (t.revoked_at) {
      row->ShowSection("REVOKED");
      set_time(row, ctx, "REVOKED_AT", *t.revoked_at);
    } else if (t.expires_at && parse_iso_time(*t.expires_at, expires) && expires <= now) {
      row->ShowSection("EXPIRED");
    } else {
      row->ShowSection("IN_USE");
      row->ShowSection("CAN_REVOKE");
    }
  }
  dict.SetValue("VALUE_NAME", sent ? sent->value("name") : std::string());
  dict.SetValue("VALUE_EXPIRES_AT", sent ? sent->value("expires_at") : std::string());
  std::set<std::string> ticked;
  if (sent) {
    for (auto& s : sent->values("scopes")) ticked.insert(std::move(s));
  }
  show_permission_boxes(ctx, dict, "SCOPES", cfg, "scopes", "identity.admin.token_scopes",
                        "identity.admin.token_scopes_hint", ticked, false, error);
  dict.SetValue("SHOWN_ONCE", shown_once_html);
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kTokenLabels);
  return page(ctx, Tab::tokens, text(ctx, "identity.admin.tokens"), {}, "identity/tokens", dict,
              status, error);
}

Result<http::Response> tokens_page(http::Context& ctx, const IdentityConfig& cfg) {
  std::string notice;
  if (const auto revoked = ctx.request.query_param("revoked")) {
    notice = text(ctx, "identity.admin.token_revoked") + ": " + *revoked;
  }
  return render_tokens(ctx, cfg, nullptr, nullptr, notice, {}, 200);
}

Result<http::Response> create_token_form(http::Context& ctx, const IdentityConfig& cfg) {
  const SubmittedForm sent(ctx.request);
  NewToken t;
  t.name = http::trim(sent.value("name"));
  t.scopes = sent.values("scopes");
  if (const auto expires = http::trim(sent.value("expires_at")); !expires.empty()) {
    t.expires_at = token_expiry(expires);
  }
  auto created = create_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), t,
                              cfg.roles.permission_keys());
  if (!created.ok()) {
    if (fixable_on_form(created.error())) {
      return render_tokens(ctx, cfg, &sent, &created.error(), {}, {},
                           http_status_for(created.error().code));
    }
    return created.error();
  }
  // The secret goes to the administrator in this answer and nowhere else: only its hash is kept.
  return render_tokens(
      ctx, cfg, nullptr, nullptr, {},
      shown_once(ctx, text(ctx, "identity.admin.token_created"),
                 text(ctx, "identity.admin.token_secret_intro") + " " + created->name,
                 created->secret, true),
      201);
}

Result<http::Response> revoke_token_form(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  // By its (unique) name: revoke_token would prefer a token *named* "12" to the one with id 12.
  std::optional<store::TokenRow> token;
  for (auto& t : store::tokens(ctx.db())) {
    if (t.id == *id) token = std::move(t);
  }
  if (!token) return Error::not_found({"ไม่พบโทเค็นนี้", "No such token"});
  auto done = revoke_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), token->name);
  if (!done.ok()) return done.error();
  return http::Response::redirect(link("/admin/tokens", {{"revoked", token->name}}));
}

}  // namespace

void add_admin_pages(http::Router& routes, const ConfigPtr& cfg) {
  auto bind = [cfg](Result<http::Response> (*f)(http::Context&, const IdentityConfig&)) {
    return [cfg, f](http::Context& ctx) { return f(ctx, *cfg); };
  };
  constexpr std::size_t kFormLimit = 64 * 1024;
  routes.get("/admin/users")
      .permission(kViewUsers)
      .summary("Staff accounts")
      .handle(bind(users_page));
  // Before /admin/users/{id}, which would otherwise take "new" for an id.
  routes.get("/admin/users/new")
      .permission(kManageUsers)
      .summary("Form: add a staff account")
      .handle(bind(new_user_page));
  routes.post("/admin/users")
      .permission(kManageUsers)
      .body_limit(kFormLimit)
      .summary("Add a staff account")
      .handle(bind(add_user_form));
  routes.get("/admin/users/{id}")
      .permission(kViewUsers)
      .summary("A staff account, its edit form and history")
      .handle(bind(user_page));
  routes.post("/admin/users/{id}")
      .permission(kManageUsers)
      .body_limit(kFormLimit)
      .summary("Change a staff account")
      .handle(bind(save_user_form));
  routes.post("/admin/users/{id}/password")
      .permission(kManageUsers)
      .summary("Reset a staff account's password (shown once)")
      .handle(bind(reset_password_form));

  routes.get("/admin/roles")
      .permission(kManageRoles)
      .summary("Roles and their permission counts")
      .handle(bind(roles_page));
  routes.post("/admin/roles")
      .permission(kManageRoles)
      .body_limit(kFormLimit)
      .summary("Add a custom role")
      .handle(bind(add_role_form));
  routes.get("/admin/roles/{key}")
      .permission(kManageRoles)
      .summary("A role's permissions")
      .handle(bind(role_page));
  routes.post("/admin/roles/{key}")
      .permission(kManageRoles)
      .body_limit(kFormLimit)
      .summary("Set a role's permissions")
      .handle(bind(save_role_form));

  routes.get("/admin/tokens")
      .permission(kManageTokens)
      .summary("API tokens")
      .handle(bind(tokens_page));
  routes.post("/admin/tokens")
      .permission(kManageTokens)
      .body_limit(kFormLimit)
      .summary("Issue an API token (secret shown once)")
      .handle(bind(create_token_form));
  routes.post("/admin/tokens/{id}/revoke")
      .permission(kManageTokens)
      .summary("Revoke an API token")
      .handle(bind(revoke_token_form));
}

}  // namespace pao::identity
