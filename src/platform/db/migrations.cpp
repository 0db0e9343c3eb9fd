#include "platform/db/migrations.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pao::db {
namespace {

// Serialises `pao migrate` runs on one PostgreSQL database. Any constant works as long as every
// pao binary uses the same one; this is "paom" in ASCII.
constexpr std::int64_t kMigrationLockKey = 0x7061'6f6d;

using Applied = std::set<std::pair<std::string, int>>;

std::string label(const Migration& m) {
  return m.module + " " + std::to_string(m.version) + " " + m.name;
}

// The migrations module by module (in order of first appearance, which is the registration
// order), each module in version order. A list that is not 1..n per module is a build defect:
// refuse it before touching the database.
std::vector<const Migration*> ordered(const std::vector<Migration>& all) {
  std::vector<std::string> modules;
  std::map<std::string, std::vector<const Migration*>> by_module;
  for (const auto& m : all) {
    if (m.module.empty() || m.name.empty()) {
      throw DbError("migration " + std::to_string(m.version) + " of module \"" + m.module +
                    "\" needs a module and a name");
    }
    if (!by_module.contains(m.module)) modules.push_back(m.module);
    by_module[m.module].push_back(&m);
  }
  std::vector<const Migration*> out;
  for (const auto& module : modules) {
    auto& list = by_module[module];
    std::stable_sort(list.begin(), list.end(), [](const Migration* a, const Migration* b) {
      return a->version < b->version;
    });
    for (std::size_t i = 0; i < list.size(); ++i) {
      const int want = static_cast<int>(i) + 1;
      if (list[i]->version != want) {
        const bool repeated = i > 0 && list[i]->version == list[i - 1]->version;
        throw DbError(
            "migrations of module " + module + " must be numbered 1, 2, 3 … " +
            (repeated ? "without repeats: version " + std::to_string(want - 1) + " appears twice"
                      : "without gaps: version " + std::to_string(want) + " is missing"));
      }
      out.push_back(list[i]);
    }
  }
  return out;
}

bool table_exists(Connection& c) {
  if (c.dialect() == Dialect::postgresql) {
    // to_regclass follows search_path, as unqualified table names in queries do.
    return !c.query_one("SELECT to_regclass('platform_schema_migration')")->is_null(0);
  }
  return c
      .query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                 "platform_schema_migration")
      .has_value();
}

Applied applied_in(Connection& c) {
  Applied done;
  for (const auto& r : c.query("SELECT module, version FROM platform_schema_migration")) {
    done.emplace(r.str(0), static_cast<int>(r.i64(1)));
  }
  return done;
}

// Throws SchemaTooNew when the database holds a (module, version) this binary does not know.
void refuse_newer(const Applied& done, const std::vector<const Migration*>& known) {
  std::map<std::string, int> latest;
  for (const auto* m : known) latest[m->module] = std::max(latest[m->module], m->version);
  for (const auto& [module, version] : done) {
    const auto it = latest.find(module);
    if (it == latest.end()) {
      throw SchemaTooNew("database schema is newer than this pao binary (module " + module +
                         " at version " + std::to_string(version) +
                         ", a module this binary does not have): upgrade pao");
    }
    if (version > it->second) {
      throw SchemaTooNew("database schema is newer than this pao binary (module " + module +
                         " at version " + std::to_string(version) + ", binary knows " +
                         std::to_string(it->second) + "): upgrade pao");
    }
  }
}

// Called first in each write transaction of a migrator. On SQLite, BEGIN IMMEDIATE already holds
// the database's one write lock; on PostgreSQL an advisory lock, released at commit or rollback,
// keeps a second `pao migrate` waiting here.
void lock_out_other_migrators(Connection& c) {
  if (c.dialect() == Dialect::postgresql) {
    c.query("SELECT pg_advisory_xact_lock(?)", kMigrationLockKey);
  }
}

}  // namespace

MigrationOutcome apply_migrations(Database& db, const std::vector<Migration>& migrations,
                                  const std::string& now_utc) {
  const auto list = ordered(migrations);
  auto lease = db.acquire();
  Connection& c = lease.conn();
  {
    // Created under the lock: two first-time migrators racing on CREATE TABLE IF NOT EXISTS can
    // otherwise collide in PostgreSQL's catalog.
    Tx tx(c, TxMode::write);
    lock_out_other_migrators(c);
    c.exec_script(
        "CREATE TABLE IF NOT EXISTS platform_schema_migration ("
        " module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL, PRIMARY KEY (module, version))");
    // Refuse before applying anything: a newer binary's schema is not ours to extend.
    refuse_newer(applied_in(c), list);
    tx.commit();
  }
  MigrationOutcome out;
  for (const auto* m : list) {
    Tx tx(c, TxMode::write);
    lock_out_other_migrators(c);
    // Checked again under the lock: another `pao migrate` may have got here first.
    const Applied done = applied_in(c);
    refuse_newer(done, list);
    if (done.contains({m->module, m->version})) {
      ++out.already_applied;
      continue;  // the Tx rolls back; it wrote nothing
    }
    try {
      if (!m->sql.empty()) c.exec_script(expand_dialect_tokens(m->sql, c.dialect()));
      if (m->code) m->code(c);
      c.execute(
          "INSERT INTO platform_schema_migration (module, version, name, applied_at)"
          " VALUES (?, ?, ?, ?)",
          m->module, m->version, m->name, now_utc);
      tx.commit();
    } catch (const DbUnavailable& e) {
      throw DbUnavailable("migration " + label(*m) + " failed: " + e.what());
    } catch (const std::exception& e) {
      // The Tx rolls this migration back as the exception leaves; earlier ones stay applied.
      throw DbError("migration " + label(*m) + " failed: " + e.what());
    }
    out.applied.push_back(label(*m));
  }
  return out;
}

std::vector<std::string> pending_migrations(Database& db,
                                            const std::vector<Migration>& migrations) {
  const auto list = ordered(migrations);
  auto lease = db.acquire();
  Connection& c = lease.conn();
  // Read-only: a database never migrated has everything pending (no table is created here).
  const Applied done = table_exists(c) ? applied_in(c) : Applied{};
  refuse_newer(done, list);
  std::vector<std::string> pending;
  for (const auto* m : list) {
    if (!done.contains({m->module, m->version})) pending.push_back(label(*m));
  }
  return pending;
}

}  // namespace pao::db
