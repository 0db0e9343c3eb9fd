// Who is making a request: nobody (a citizen on a public page), a signed-in staff member, or a
// machine holding an API token. Routes declare a permission; the dispatcher asks the principal.
//
// A permission may be held everywhere or only in some divisions: a division head of กองคลัง
// holds `plan.approve_report` for `finance` only. `can()` answers "anywhere" (enough to reach a
// route); a use case that acts on a division's record asks `can_in()`.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace pao::auth {

// The session cookie's name. The platform knows it only to tell a request that carries no
// credentials at all (which may be answered from the public page cache without authenticating).
inline constexpr const char* kSessionCookie = "pao_session";
// Where the sign-in page lives; HTML routes answer an unauthenticated GET with a redirect here.
inline constexpr const char* kLoginPath = "/login";
// The form field and header that carry the CSRF token of a cookie session.
inline constexpr const char* kCsrfField = "_csrf";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";
// The scope value of a permission held in every division.
inline constexpr const char* kEverywhere = "*";

enum class PrincipalKind { anonymous, user, token };

struct Principal {
  PrincipalKind kind = PrincipalKind::anonymous;
  std::int64_t id = 0;       // user id or token id
  std::string name;          // username or token name
  std::string display_name;  // the person's Thai name
  std::string division;      // the user's own division code ("" for tokens)
  // permission → divisions it is held in ({kEverywhere} when not scoped).
  std::map<std::string, std::set<std::string>> permissions;
  // Set when the credentials came from the session cookie: state-changing requests must echo
  // it (form field `_csrf` or header X-CSRF-Token). Empty for bearer tokens.
  std::string csrf_token;
  std::string session_key;  // the session's stored key (hash of the cookie), for sign-out

  bool authenticated() const { return kind != PrincipalKind::anonymous; }
  bool can(const std::string& permission) const { return permissions.count(permission) > 0; }
  // Holds `permission` for records of `division` (or everywhere).
  bool can_in(const std::string& permission, const std::string& division) const {
    const auto it = permissions.find(permission);
    return it != permissions.end() &&
           (it->second.count(kEverywhere) > 0 || it->second.count(division) > 0);
  }
  // Holds `permission` everywhere, not only in some divisions.
  bool can_everywhere(const std::string& permission) const {
    const auto it = permissions.find(permission);
    return it != permissions.end() && it->second.count(kEverywhere) > 0;
  }
  void grant(const std::string& permission, const std::string& scope = kEverywhere) {
    permissions[permission].insert(scope);
  }
};

}  // namespace pao::auth
