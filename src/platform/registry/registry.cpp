#include "platform/registry/registry.hpp"

#include <algorithm>
#include <stdexcept>

#include "platform/assets/embedded.hpp"
#include "platform/jobs/schedule.hpp"

namespace pao {

namespace {
// "modules/org/migrations/0002_seed_divisions.sql" → {2, "seed_divisions"}
bool parse_migration_name(std::string_view path, int& version, std::string& name) {
  const auto slash = path.rfind('/');
  std::string_view file = path.substr(slash + 1);
  if (!file.ends_with(".sql") || file.size() < 10 || file[4] != '_') return false;
  version = 0;
  for (char c : file.substr(0, 4)) {
    if (c < '0' || c > '9') return false;
    version = version * 10 + (c - '0');
  }
  name = std::string(file.substr(5, file.size() - 5 - 4));
  return true;
}
}  // namespace

void Registry::add_sql_migrations(const std::string& module) {
  for (const auto* f : assets::under("modules/" + module + "/migrations/")) {
    db::Migration m;
    m.module = module;
    if (!parse_migration_name(f->path, m.version, m.name)) {
      throw std::logic_error(std::string("migration file name must be NNNN_name.sql: ") + f->path);
    }
    m.sql = std::string(f->view());
    migrations_.push_back(std::move(m));
  }
}

void Registry::add_migration_step(const std::string& module, int version, const std::string& name,
                                  std::function<void(db::Connection&)> step) {
  for (auto& m : migrations_) {
    if (m.module == module && m.version == version) {
      m.code = std::move(step);
      return;
    }
  }
  migrations_.push_back({module, version, name, "", std::move(step)});
}

void Registry::add_permission(std::string key, Message description,
                              std::vector<std::string> default_roles) {
  for (const auto& p : permissions_) {
    if (p.key == key) throw std::logic_error("permission declared twice: " + key);
  }
  permissions_.push_back({std::move(key), std::move(description), std::move(default_roles)});
}

void Registry::validate() const {
  router_.validate();
  for (const auto& r : router_.routes()) {
    if (!r->permission) continue;
    const bool declared = std::any_of(permissions_.begin(), permissions_.end(),
                                      [&](const auto& p) { return p.key == *r->permission; });
    if (!declared) {
      throw std::logic_error("route " + r->method + " " + r->pattern +
                             " needs undeclared permission " + *r->permission);
    }
  }
}

void Registry::add_demo_data(std::string module, DemoDataLoader load) {
  demo_data_.push_back({std::move(module), std::move(load)});
}

void Registry::add_job(jobs::JobSpec spec) {
  if (spec.name.empty() || !spec.handler)
    throw std::logic_error("a job needs a name and a handler");
  for (const auto& j : jobs_) {
    if (j.name == spec.name) throw std::logic_error("job registered twice: " + spec.name);
  }
  if (!spec.schedule.empty() && !jobs::Schedule::parse(spec.schedule)) {
    throw std::logic_error("job " + spec.name + ": schedule not understood: \"" + spec.schedule +
                           "\" (see platform/jobs/schedule.hpp)");
  }
  if (spec.max_attempts < 1) throw std::logic_error("job " + spec.name + ": max_attempts < 1");
  jobs_.push_back(std::move(spec));
}

void Registry::set_site_info(std::function<html::SiteInfo(db::Connection&)> provider) {
  site_info_ = std::move(provider);
}

}  // namespace pao
