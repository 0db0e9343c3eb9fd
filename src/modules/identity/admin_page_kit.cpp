#include "modules/identity/admin_page_kit.hpp"

#include <map>

#include "platform/i18n/catalog.hpp"

namespace pao::identity::admin {

std::string label_key(const Labels& labels, const std::string& field) {
  for (const auto& [f, key] : labels) {
    if (f == field) return key;
  }
  return {};
}

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
      // The group's name: ours for the platform's groups, else the module's own title.
      std::string name = module;
      for (const auto& key : {"identity.permission_group." + module, module + ".title"}) {
        if (ctx.html().catalog().find(key)) {
          name = text(ctx, key);
          break;
        }
      }
      group->SetValue("NAME", name);
    }
    auto* box = group->AddSectionDictionary("PERMISSION");
    box->SetValue("KEY", p.key);
    box->SetValue("DESCRIPTION", p.description.in(ctx.lang));
    if (checked.count(p.key)) box->ShowSection("CHECKED");
    if (read_only) box->ShowSection("DISABLED");
  }
  dict.SetValue(target, ctx.html().render("identity/permission_boxes", ctx.lang, boxes));
}

}  // namespace pao::identity::admin
