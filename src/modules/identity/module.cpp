#include "modules/identity/module.hpp"

#include <cstdlib>

#include "modules/identity/demo_data.hpp"
#include "modules/identity/routes.hpp"
#include "modules/identity/store.hpp"
#include "platform/registry/registry.hpp"

namespace pao::identity {

std::optional<Error> authenticate(http::Context& ctx, const IdentityConfig& cfg) {
  // HTTP Basic is not a way to sign in to pao: a module endpoint that takes it (the inventory
  // agents' /ocsinventory) reads it itself, and it gives no one anything anywhere else.
  if (const auto header = ctx.request.header("Authorization");
      header && !header->starts_with("Basic ")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (!header->starts_with(kBearer)) {
      return Error{ErrorCode::unauthenticated,
                   {"รองรับเฉพาะ Authorization: Bearer", "Only Authorization: Bearer is supported"},
                   {},
                   "unsupported authorization scheme"};
    }
    auto p = principal_for_token(ctx.db(), ctx.clock().now(), cfg.policy,
                                 std::string(header->substr(kBearer.size())));
    if (!p.ok()) return p.error();
    ctx.principal = std::move(p).value();
    return std::nullopt;
  }
  if (const auto cookie = ctx.request.cookie(auth::kSessionCookie)) {
    if (auto p =
            principal_for_session(ctx.db(), ctx.clock().now(), cfg.policy, cfg.roles, *cookie)) {
      ctx.principal = std::move(*p);
    }
  }
  return std::nullopt;
}

void register_identity_module(Registry& registry) {
  registry.add_sql_migrations("identity");

  registry.add_permission("identity.users.view", {"ดูรายชื่อและข้อมูลบุคลากร", "View staff accounts"},
                          {"executive", "division_head", "auditor"});
  registry.add_permission("identity.users.manage",
                          {"เพิ่มและแก้ไขบัญชีผู้ใช้", "Create and edit staff accounts"});
  registry.add_permission("identity.roles.manage",
                          {"กำหนดบทบาทและสิทธิ์", "Manage roles and their permissions"});
  registry.add_permission("identity.tokens.manage",
                          {"ออกและเพิกถอนโทเค็นสำหรับระบบอื่น", "Issue and revoke API tokens"});

  auto cfg = std::make_shared<IdentityConfig>(registry.permissions());
  const char* secure = std::getenv("PAO_SECURE_COOKIES");
  cfg->secure_cookies = secure && std::string_view(secure) == "1";
  ConfigPtr shared = cfg;
  registry.set_authenticator([shared](http::Context& ctx) { return authenticate(ctx, *shared); });
  add_json_routes(registry.routes(), shared);
  add_html_routes(registry.routes(), shared);
  add_admin_pages(registry.routes(), shared);
  registry.add_menu(
      {"identity_admin", "identity.menu_users", "/admin/users", "identity.users.view", 80});

  registry.add_demo_data("identity", load_demo_accounts);

  registry.add_job({.name = "identity.sessions.purge",
                    .schedule = "every day 03:30",
                    .handler = [](jobs::JobContext& job) -> Status {
                      job.summary = purge_old_sessions(job.conn, job.now);
                      return ok_status();
                    }});
  registry.set_user_email([](db::Connection& conn, std::int64_t user_id) {
    const auto u = store::user_by_id(conn, user_id);
    return u && u->active ? u->email : std::string();
  });
}

}  // namespace pao::identity
