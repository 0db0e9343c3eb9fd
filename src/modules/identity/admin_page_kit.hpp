// What the identity module's admin pages share (private to the module): the layout with the
// links between the three admin areas, form error display, one-time secrets, names of
// divisions, positions and roles, permission checkboxes — and the page handlers, which
// admin_pages.cpp registers. One file per area: admin_users_pages.cpp, admin_roles_pages.cpp,
// admin_tokens_pages.cpp.
#pragma once

#include "platform/html/ctemplate.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "modules/identity/routes.hpp"
#include "modules/identity/store.hpp"
#include "modules/org/api.hpp"
#include "platform/html/renderer.hpp"

namespace pao::identity::admin {

using Dict = ctemplate::TemplateDictionary;
// A form's fields top to bottom, each with the catalogue key of its label: the error summary
// names and links them in this order.
using Labels = std::vector<std::pair<std::string, std::string>>;

inline constexpr const char* kSection = "identity_admin";
inline constexpr const char* kViewUsers = "identity.users.view";
inline constexpr const char* kManageUsers = "identity.users.manage";
inline constexpr const char* kManageRoles = "identity.roles.manage";
inline constexpr const char* kManageTokens = "identity.tokens.manage";
// The audit module's permission to read the whole trail (a link, not an include).
inline constexpr const char* kViewAudit = "audit.view";

std::string label_key(const Labels& labels, const std::string& field);
const std::string& text(const http::Context& ctx, std::string_view key);
const std::string& in_lang(const http::Context& ctx, const std::string& th, const std::string& en);
std::string upper(std::string s);

// ---- names of divisions, positions and roles, read once per page -------------------------------

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
void show_role_tags(Dict& dict, const Names& names, const std::vector<RoleGrant>& grants);

enum class Tab { users, roles, tokens };

// The page in the site layout, with the admin areas' links. After a failed post its title
// starts with "Error:" so screen reader users hear it first (GOV.UK's pattern).
http::Response page(http::Context& ctx, Tab tab, const std::string& title,
                    std::vector<html::Crumb> crumbs, std::string_view body_template, Dict& dict,
                    int status, const Error* error);
void show_errors(http::Context& ctx, Dict& dict, const Error& error, const Labels& labels);
void show_notice(Dict& dict, const std::string& notice);
// A failure the person can put right on the form they sent: bad input, a name already taken,
// or a role they may not grant. Anything else (a record gone) ends on the error page.
bool fixable_on_form(const Error& e);
// The box with a password or token the system made up, shown in this answer only.
std::string shown_once(const http::Context& ctx, const std::string& heading,
                       const std::string& intro, const std::string& secret, bool is_token);
// "/admin/users?q=…&cursor=…" with only the parts that are set.
std::string link(std::string_view path,
                 const std::vector<std::pair<std::string, std::string>>& params);
void set_time(Dict* d, const http::Context& ctx, const std::string& name,
              const std::string& iso_utc);
// Every declared permission as a checkbox named `field`, grouped by module, in the order the
// modules declared them; rendered into `target` of `dict`.
void show_permission_boxes(http::Context& ctx, Dict& dict, const std::string& target,
                           const IdentityConfig& cfg, const std::string& field,
                           const std::string& legend_key, const std::string& hint_key,
                           const std::set<std::string>& checked, bool read_only,
                           const Error* error);

// ---- the handlers ------------------------------------------------------------------------------

using PageHandler = Result<http::Response> (*)(http::Context&, const IdentityConfig&);

Result<http::Response> users_page(http::Context& ctx, const IdentityConfig&);
Result<http::Response> new_user_page(http::Context& ctx, const IdentityConfig&);
Result<http::Response> add_user_form(http::Context& ctx, const IdentityConfig&);
Result<http::Response> user_page(http::Context& ctx, const IdentityConfig&);
Result<http::Response> save_user_form(http::Context& ctx, const IdentityConfig&);
Result<http::Response> reset_password_form(http::Context& ctx, const IdentityConfig&);
Result<http::Response> roles_page(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> add_role_form(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> role_page(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> save_role_form(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> delete_role_form(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> tokens_page(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> create_token_form(http::Context& ctx, const IdentityConfig& cfg);
Result<http::Response> revoke_token_form(http::Context& ctx, const IdentityConfig&);

}  // namespace pao::identity::admin
