// The administrator's role pages: /admin/roles and /admin/roles/{key}.

#include "modules/identity/admin_page_kit.hpp"

#include <algorithm>
#include <map>

#include "modules/identity/accounts.hpp"
#include "modules/identity/submitted_form.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/html/components.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity::admin {

namespace {

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
  if (!role.builtin) dict.ShowSection("DELETABLE");
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

}  // namespace

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

Result<http::Response> delete_role_form(http::Context& ctx, const IdentityConfig& cfg) {
  const auto role = role_named(ctx, cfg, ctx.request.path_param("key"));
  if (!role) return no_such_role();
  auto removed =
      remove_role(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), cfg.roles, role->key);
  if (!removed.ok()) {
    if (removed.error().code == ErrorCode::conflict) {
      return render_role(ctx, cfg, *role, role->permissions, &removed.error(), {});
    }
    return removed.error();
  }
  return html::redirect_with_flash("/admin/roles", "identity.flash.role_deleted");
}

}  // namespace pao::identity::admin
