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

// Shared by JSON and HTML routes.
boost::json::object user_json(const User& u);
bool cookie_secure(const http::Context& ctx, const IdentityConfig& cfg);
SignInAttempt attempt_from(const http::Context& ctx, std::string username, std::string password);
// The divisions whose users the principal may see (nullopt: all).
std::optional<std::set<std::string>> visible_divisions(const auth::Principal& p);

}  // namespace pao::identity
