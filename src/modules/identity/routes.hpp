// The identity module's route handlers and what they share (private to the module).
#pragma once

#include <memory>

#include <boost/json/value.hpp>

#include "modules/identity/roles.hpp"
#include "modules/identity/sessions.hpp"
#include "platform/http/router.hpp"

namespace pao::identity {

// Set once at registration, read by every handler.
struct IdentityConfig {
  explicit IdentityConfig(const std::vector<PermissionInfo>& declared) : roles(declared) {}
  RoleCatalog roles;
  SessionPolicy policy;
  bool secure_cookies = false;  // PAO_SECURE_COOKIES=1: always mark the cookie Secure
};
using ConfigPtr = std::shared_ptr<const IdentityConfig>;

// Fills ctx.principal from a bearer token or the session cookie (see http::Authenticator).
std::optional<Error> authenticate(http::Context& ctx, const IdentityConfig& cfg);

void add_json_routes(http::Router& routes, const ConfigPtr& cfg);
void add_html_routes(http::Router& routes, const ConfigPtr& cfg);

void add_admin_pages(http::Router& routes, const ConfigPtr& cfg);

// Shared by JSON and HTML routes.
boost::json::object user_json(const User& u);
// The route's {id} as a positive integer; not_found otherwise.
Result<std::int64_t> id_param(const http::Context& ctx);
// User `id` when the principal may see them (everyone's, or only their divisions' staff and
// themselves): not_found, or permission_denied for someone outside their divisions.
Result<User> visible_user(http::Context& ctx, std::int64_t id);
bool cookie_secure(const http::Context& ctx, const IdentityConfig& cfg);
SignInAttempt attempt_from(const http::Context& ctx, std::string username, std::string password);
// An ISO-8601 UTC time as a page shows it: Bangkok time, in Thai with the Buddhist-era year
// ("25 พ.ย. 2569 14:05 น.") or in English ("25 Nov 2026 14:05"); other text unchanged.
std::string shown_time(const http::Context& ctx, const std::string& iso_utc);
// The divisions whose users the principal may see (nullopt: all).
std::optional<std::set<std::string>> visible_divisions(const auth::Principal& p);
// Whether the principal may add, change or reset the password of a user in `division_code`
// (identity.users.manage everywhere, or in that division). A manager scoped to some divisions
// may not touch anyone outside them, nor move a user out of them: permission_denied, naming the
// field "division_code".
Status may_manage_users_in(const auth::Principal& p, const std::string& division_code);
// The same for changing a user now in `from`, possibly moving them to `to`.
Status may_manage_user_move(const auth::Principal& p, const std::string& from,
                            const std::optional<std::string>& to);

}  // namespace pao::identity
