#include "platform/db/migrations.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pao::db {
namespace {

constexpr std::int64_t kMigrationLockKey = 7262011;  // any constant shared by all pao servers

void ensure_table(Connection& c) {
  c.exec_script(
      "CREATE TABLE IF NOT EXISTS platform_schema_migration ("
      " module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
      " applied_at TEXT NOT NULL, PRIMARY KEY (module, version))");
}

std::string label(const Migration& m) {
  return m.module + " " + std::to_string(m.version) + " " + m.name;
}

// Migrations grouped by module (in first-appearance order), each group in version order,
// checked for 1..n without gaps or repeats.
std::vector<const Migration*> ordered(const std::vector<Migration>& all) {
  std::vector<std::string> modules;
  std::map<std::string, std::vector<const Migration*>> by_module;
  for (const auto& m : all) {
    if (!by_module.count(m.module)) modules.push_back(m.module);
    by_module[m.module].push_back(&m);
  }
  std::vector<const Migration*> out;
  for (const auto& name : modules) {
    auto& list = by_module[name];
    std::sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->version < b->version; });
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i]->version != static_cast<int>(i) + 1) {
        throw DbError("migrations of module " + name + " must be numbered 1, 2, 3 … without gaps; found " +
                      std::to_string(list[i]->version) + " at position " + std::to_string(i + 1));
      }
      out.push_back(list[i]);
    }
  }
  return out;
}

std::set<std::pair<std::string, int>> applied_set(Connection& c) {
  std::set<std::pair<std::string, int>> done;
  for (const auto& r : c.query("SELECT module, version FROM platform_schema_migration")) {
    done.emplace(r.str(0), static_cast<int>(r.i64(1)));
  }
  return done;
}

void refuse_newer(const std::set<std::pair<std::string, int>>& done,
                  const std::vector<const Migration*>& known) {
  std::map<std::string, int> latest;
  for (const auto* m : known) latest[m->module] = std::max(latest[m->module], m->version);
  for (const auto& [module, version] : done) {
    const auto it = latest.find(module);
    const int knows = it == latest.end() ? 0 : it->second;
    if (version > knows) {
      throw SchemaTooNew("database schema is newer than this pao binary (module " + module +
                         " at version " + std::to_string(version) + ", binary knows " +
                         std::to_string(knows) + "): upgrade pao");
    }
  }
}

}  // namespace

MigrationOutcome apply_migrations(Database& db, const std::vector<Migration>& migrations,
                                  const std::string& now_utc) {
  const auto list = ordered(migrations);
  auto lease = db.acquire();
  Connection& c = lease.conn();
  ensure_table(c);
  refuse_newer(applied_set(c), list);
  MigrationOutcome out;
  for (const auto* m : list) {
    Tx tx(c);
    if (c.dialect() == Dialect::postgresql) {
      c.query("SELECT pg_advisory_xact_lock(?)", kMigrationLockKey);
    }
    // Re-check inside the lock: another `pao migrate` may have applied it meanwhile.
    if (c.query_one("SELECT 1 FROM platform_schema_migration WHERE module = ? AND version = ?",
                    m->module, m->version)) {
      ++out.already_applied;
      continue;  // Tx rolls back (nothing written)
    }
    try {
      if (!m->sql.empty()) c.exec_script(m->sql);
      if (m->code) m->code(c);
    } catch (const std::exception& e) {
      throw DbError("migration " + label(*m) + " failed: " + e.what());
    }
    c.execute(
        "INSERT INTO platform_schema_migration (module, version, name, applied_at) VALUES (?, ?, ?, ?)",
        m->module, m->version, m->name, now_utc);
    tx.commit();
    out.applied.push_back(label(*m));
  }
  return out;
}

std::vector<std::string> pending_migrations(Database& db, const std::vector<Migration>& migrations) {
  const auto list = ordered(migrations);
  auto lease = db.acquire();
  Connection& c = lease.conn();
  ensure_table(c);
  const auto done = applied_set(c);
  refuse_newer(done, list);
  std::vector<std::string> pending;
  for (const auto* m : list) {
    if (!done.count({m->module, m->version})) pending.push_back(label(*m));
  }
  return pending;
}

}  // namespace pao::db
