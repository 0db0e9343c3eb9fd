// The administrator's pages of the identity module: staff accounts (/admin/users), roles and
// their permissions (/admin/roles) and API tokens (/admin/tokens).
//
// Thin, and usable without JavaScript: each POST reads the form, calls the same use case as the
// JSON API (accounts.hpp, roles.hpp, api.hpp) and either shows the form again with the person's
// input and an error summary, or redirects (303, post/redirect/get) to a page whose notice says
// what was saved. A password or token secret the system made up is shown once, in the answer to
// the POST itself — never in a URL, a cookie or any later page. Every page here names people, so
// none may be kept by a browser or proxy (Cache-Control: no-store).
#include "modules/identity/admin_page_kit.hpp"

namespace pao::identity {

using namespace admin;

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
  routes.post("/admin/roles/{key}/delete")
      .permission(kManageRoles)
      .body_limit(kFormLimit)
      .summary("Delete a custom role nobody holds")
      .handle(bind(delete_role_form));

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
