#include "modules/identity/roles.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <regex>

#include "modules/identity/store.hpp"

namespace pao::identity {

namespace json = boost::json;

std::vector<std::string> RoleCatalog::permission_keys() const {
  std::vector<std::string> out;
  for (const auto& p : declared_) out.push_back(p.key);
  return out;
}

bool RoleCatalog::is_declared(const std::string& key) const {
  return std::any_of(declared_.begin(), declared_.end(),
                     [&](const auto& p) { return p.key == key; });
}

std::set<std::string> RoleCatalog::apply(
    const std::string& role,
    const std::map<std::string, std::map<std::string, bool>>& overrides) const {
  std::set<std::string> out;
  for (const auto& p : declared_) {
    if (role == kAdminRole ||
        std::find(p.default_roles.begin(), p.default_roles.end(), role) != p.default_roles.end()) {
      out.insert(p.key);
    }
  }
  if (role == kAdminRole) return out;
  if (const auto it = overrides.find(role); it != overrides.end()) {
    for (const auto& [perm, granted] : it->second) {
      if (!is_declared(perm)) continue;  // a removed module's permission
      if (granted) {
        out.insert(perm);
      } else {
        out.erase(perm);
      }
    }
  }
  return out;
}

std::set<std::string> RoleCatalog::permissions_of(db::Connection& conn,
                                                  const std::string& role) const {
  return apply(role, store::role_overrides(conn));
}

std::map<std::string, std::set<std::string>> RoleCatalog::permissions_for(
    db::Connection& conn, const std::vector<RoleGrant>& grants) const {
  std::map<std::string, std::set<std::string>> out;
  if (grants.empty()) return out;
  const auto overrides = store::role_overrides(conn);
  for (const auto& g : grants) {
    for (const auto& perm : apply(g.role, overrides)) out[perm].insert(g.scope);
  }
  return out;
}

std::vector<Role> list_roles(db::Connection& conn, const RoleCatalog& catalog) {
  std::vector<Role> out;
  for (const auto& r : store::roles(conn)) {
    out.push_back({r.key, r.name_th, r.name_en, r.builtin, catalog.permissions_of(conn, r.key)});
  }
  return out;
}

Status set_role_permissions(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const RoleCatalog& catalog, const std::string& role,
                            const std::set<std::string>& permissions) {
  if (role == kAdminRole) {
    return Error::invalid({"บทบาทผู้ดูแลระบบมีทุกสิทธิ์เสมอ แก้ไขไม่ได้",
                           "The administrator role always holds every permission"});
  }
  FieldErrors errors;
  for (const auto& p : permissions) {
    if (!catalog.is_declared(p)) {
      errors.add("permissions", {"ไม่รู้จักสิทธิ์ " + p, "unknown permission " + p});
      break;
    }
  }
  if (!errors.empty()) return errors.to_error();
  db::Tx tx(conn);
  if (!store::role(conn, role)) {
    return Error::not_found({"ไม่พบบทบาทนี้", "No such role"});
  }
  const std::set<std::string> before = catalog.permissions_of(conn, role);
  // Store only what differs from the declared defaults.
  std::set<std::string> defaults;
  for (const auto& p : catalog.declared()) {
    if (std::find(p.default_roles.begin(), p.default_roles.end(), role) != p.default_roles.end())
      defaults.insert(p.key);
  }
  std::map<std::string, bool> overrides;
  for (const auto& p : permissions) {
    if (!defaults.count(p)) overrides[p] = true;
  }
  for (const auto& p : defaults) {
    if (!permissions.count(p)) overrides[p] = false;
  }
  store::replace_role_overrides(conn, role, overrides);
  json::array added, removed;
  for (const auto& p : permissions) {
    if (!before.count(p)) added.emplace_back(p);
  }
  for (const auto& p : before) {
    if (!permissions.count(p)) removed.emplace_back(p);
  }
  audit::Changes changes;
  if (!added.empty()) changes.note("permissions_added", added);
  if (!removed.empty()) changes.note("permissions_removed", removed);
  audit::record(conn, at, by, {"identity.role.update", "role", role, changes});
  tx.commit();
  return ok_status();
}

Result<Role> add_role(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const std::string& key, const std::string& name_th,
                      const std::string& name_en) {
  static const std::regex kKey("[a-z][a-z0-9_]{1,39}");
  FieldErrors errors;
  if (!std::regex_match(key, kKey)) {
    errors.add("key", {"ใช้ a-z 0-9 และ _ ขึ้นต้นด้วยตัวอักษร 2–40 ตัว",
                       "use 2–40 of a-z, 0-9 and _, starting with a letter"});
  }
  if (name_th.empty()) errors.add("name_th", {"ต้องระบุ", "is required"});
  if (name_en.empty()) errors.add("name_en", {"ต้องระบุ", "is required"});
  if (!errors.empty()) return errors.to_error();
  db::Tx tx(conn);
  if (store::role(conn, key)) {
    return Error::conflict({"มีบทบาทรหัสนี้แล้ว", "A role with this key already exists"})
        .field("key", {"ซ้ำกับที่มีอยู่", "is already in use"});
  }
  store::insert_role(conn, {key, name_th, name_en, false});
  audit::Changes changes;
  changes.added("name_th", json::string(name_th)).added("name_en", json::string(name_en));
  audit::record(conn, at, by, {"identity.role.create", "role", key, changes});
  tx.commit();
  return Role{key, name_th, name_en, false, {}};
}

Status remove_role(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const RoleCatalog& catalog, const std::string& role) {
  db::Tx tx(conn);
  const auto row = store::role(conn, role);
  if (!row) return Error::not_found({"ไม่พบบทบาทนี้", "No such role"});
  if (row->builtin) {
    return Error::conflict({"บทบาทที่มากับระบบลบไม่ได้ ปรับสิทธิ์ของบทบาทได้แทน",
                            "A built-in role cannot be deleted; change its permissions instead"});
  }
  if (const auto holders = store::count_role_holders(conn, role); holders > 0) {
    const std::string n = std::to_string(holders);
    return Error::conflict({"ยังมีผู้ใช้ " + n + " คนถือบทบาทนี้ ถอดบทบาทออกจากผู้ใช้ก่อนจึงจะลบได้",
                            n + " account(s) still hold this role; take it from them first"});
  }
  json::array permissions;
  for (const auto& p : catalog.permissions_of(conn, role)) permissions.emplace_back(p);
  audit::Changes changes;
  changes.removed("name_th", json::string(row->name_th))
      .removed("name_en", json::string(row->name_en))
      .removed("permissions", std::move(permissions));
  store::delete_role(conn, role);
  audit::record(conn, at, by, {"identity.role.delete", "role", role, changes});
  tx.commit();
  return ok_status();
}

}  // namespace pao::identity
