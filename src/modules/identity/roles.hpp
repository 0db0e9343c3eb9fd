// Roles bundle permissions. The seven built-in roles start from the defaults each module
// declared with its permissions (Registry::add_permission); an administrator may add or remove
// permissions of any role but `admin`, which always holds every permission, so the PAO can
// never lock itself out. New modules' permissions reach the built-in roles without a migration.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "modules/identity/api.hpp"
#include "platform/auth/principal.hpp"
#include "platform/registry/registry.hpp"

namespace pao::identity {

class RoleCatalog {
 public:
  // `declared` is the registry's permission list; it must outlive the catalog and be complete
  // before the first lookup (all modules registered).
  explicit RoleCatalog(const std::vector<PermissionInfo>& declared) : declared_(declared) {}

  const std::vector<PermissionInfo>& declared() const { return declared_; }
  std::vector<std::string> permission_keys() const;
  bool is_declared(const std::string& key) const;

  // A role's permissions today (defaults + the administrator's changes).
  std::set<std::string> permissions_of(db::Connection& conn, const std::string& role) const;

  // The principal's permission map for a user's role grants: each role's permissions, scoped
  // as the grant is ("*" or a division).
  std::map<std::string, std::set<std::string>> permissions_for(
      db::Connection& conn, const std::vector<RoleGrant>& grants) const;

 private:
  std::set<std::string> apply(
      const std::string& role,
      const std::map<std::string, std::map<std::string, bool>>& overrides) const;
  const std::vector<PermissionInfo>& declared_;
};

struct Role {
  std::string key, name_th, name_en;
  bool builtin = false;
  std::set<std::string> permissions;
};
std::vector<Role> list_roles(db::Connection& conn, const RoleCatalog& catalog);

// Sets the permissions of `role` (not admin). Unknown permissions → invalid_argument
// ("permissions"); unknown role → not_found. One audit entry with what was added and removed.
Status set_role_permissions(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const RoleCatalog& catalog, const std::string& role,
                            const std::set<std::string>& permissions);

// Adds a custom role (key as for codes: [a-z][a-z0-9_]{1,39}). conflict when it exists.
Result<Role> add_role(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const std::string& key, const std::string& name_th,
                      const std::string& name_en);

// Deletes a custom role nobody holds any more. A built-in role → conflict; a role still held →
// conflict naming how many accounts hold it (take it from them first, so nobody loses
// permissions by surprise); unknown → not_found. Audited with the role's names and permissions.
Status remove_role(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const RoleCatalog& catalog, const std::string& role);

}  // namespace pao::identity
