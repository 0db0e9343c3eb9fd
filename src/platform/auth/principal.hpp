// Who is making a request: nobody (a citizen on a public page), a signed-in staff member, or a
// machine holding an API token. Routes declare a permission; the router asks the principal.
#pragma once

#include <cstdint>
#include <set>
#include <string>

namespace pao::auth {

// The session cookie's name. The platform knows it only to tell a request that carries no
// credentials at all (which may be answered from the public page cache without authenticating).
inline constexpr const char* kSessionCookie = "pao_session";

enum class PrincipalKind { anonymous, user, token };

struct Principal {
  PrincipalKind kind = PrincipalKind::anonymous;
  std::int64_t id = 0;       // user id or token id
  std::string name;          // username or token name
  std::string display_name;  // the person's Thai name
  std::set<std::string> permissions;

  bool authenticated() const { return kind != PrincipalKind::anonymous; }
  bool can(const std::string& permission) const { return permissions.count(permission) > 0; }
};

}  // namespace pao::auth
