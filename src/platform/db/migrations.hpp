// Versioned, per-module schema migrations, applied by `pao migrate`.
//
// Each module owns a numbered list of migrations (1, 2, 3 …, no gaps). A migration is SQL (with
// the dialect tokens of database.hpp) and/or a C++ step (e.g. loading the module's seed CSV).
// Applied versions are recorded in `platform_schema_migration` (module, version, name,
// applied_at). Each migration runs in its own transaction together with its record, so a failed
// one leaves nothing behind. Running migrate twice is a no-op. Two `pao migrate` at once are
// serialised (SQLite write lock; PostgreSQL advisory lock).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::db {

struct Migration {
  std::string module;                     // e.g. "org"; also the table-name prefix
  int version = 0;                        // 1, 2, 3 … per module
  std::string name;                       // "init", "seed_divisions"
  std::string sql;                        // may be empty when `code` does the work
  std::function<void(Connection&)> code;  // runs after `sql`, inside the same transaction
};

struct MigrationOutcome {
  std::vector<std::string> applied;  // "org 1 init", in the order applied
  int already_applied = 0;
};

// Thrown when the database holds a version of some module that this binary does not know
// (the database was migrated by a newer pao). Nothing is applied in that case.
class SchemaTooNew : public DbError {
 public:
  using DbError::DbError;
};

// Applies every migration not yet applied, module by module in version order. Throws
// SchemaTooNew (nothing applied), or DbError naming the failing migration (that migration
// rolled back; earlier ones stay applied). `now_utc` is the ISO-8601 time recorded.
MigrationOutcome apply_migrations(Database& db, const std::vector<Migration>& migrations,
                                  const std::string& now_utc);

// Lists migrations not yet applied ("org 2 seed_divisions"); empty when the schema is current.
// Throws SchemaTooNew like apply_migrations. `pao serve` refuses to start unless this is empty.
std::vector<std::string> pending_migrations(Database& db, const std::vector<Migration>& migrations);

}  // namespace pao::db
