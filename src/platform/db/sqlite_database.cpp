// SQLite engine: raw sqlite3, one prepared-statement cache per connection.
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <unordered_map>

#include "platform/db/engines.hpp"

namespace pao::db {
namespace {

[[noreturn]] void throw_sqlite(sqlite3* db, int rc, std::string_view what) {
  const std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  const int extended = db ? sqlite3_extended_errcode(db) : rc;
  if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
    throw UniqueViolation(msg);
  }
  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) throw ForeignKeyViolation(msg);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_CANTOPEN) throw DbUnavailable(msg);
  throw DbError(msg);
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, std::chrono::milliseconds busy) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
      const std::string msg = "cannot open SQLite database " + path + ": " +
                              (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
      sqlite3_close(db_);
      db_ = nullptr;
      throw DbUnavailable(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, static_cast<int>(busy.count()));
    exec_script("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Dialect dialect() const override { return Dialect::sqlite; }

  Rows run(std::string_view sql, std::span<const Param> params) override {
    sqlite3_stmt* st = prepare(sql, params);
    Rows rows;
    const int ncol = sqlite3_column_count(st);
    for (int i = 0; i < ncol; ++i) rows.columns.emplace_back(sqlite3_column_name(st, i));
    while (true) {
      const int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        throw_sqlite(db_, rc, "query failed");
      }
      std::vector<std::optional<std::string>> cells;
      cells.reserve(ncol);
      for (int i = 0; i < ncol; ++i) {
        if (sqlite3_column_type(st, i) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          const auto* text = sqlite3_column_blob(st, i);
          const int n = sqlite3_column_bytes(st, i);
          cells.emplace_back(std::string(static_cast<const char*>(text), n));
        }
      }
      rows.rows.emplace_back(std::move(cells));
    }
    sqlite3_reset(st);
    return rows;
  }

  std::int64_t run_count(std::string_view sql, std::span<const Param> params) override {
    run(sql, params);
    return sqlite3_changes64(db_);
  }

  void exec_script(std::string_view sql) override {
    const std::string text = expand_dialect_tokens(sql, Dialect::sqlite);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      const std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      throw DbError("script failed: " + msg);
    }
  }

  void begin(TxMode mode) override {
    exec_script(mode == TxMode::write ? "BEGIN IMMEDIATE" : "BEGIN");
  }
  void commit() override { exec_script("COMMIT"); }
  void rollback() override {
    if (!sqlite3_get_autocommit(db_)) exec_script("ROLLBACK");
  }
  bool in_transaction() const override { return sqlite3_get_autocommit(db_) == 0; }
  bool healthy() const override { return db_ != nullptr; }

  sqlite3* handle() { return db_; }

 private:
  sqlite3_stmt* prepare(std::string_view sql, std::span<const Param> params) {
    auto it = cache_.find(std::string(sql));
    sqlite3_stmt* st = nullptr;
    if (it == cache_.end()) {
      const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &st, nullptr);
      if (rc != SQLITE_OK) throw_sqlite(db_, rc, "cannot prepare `" + std::string(sql) + "`");
      cache_.emplace(std::string(sql), st);
    } else {
      st = it->second;
    }
    sqlite3_clear_bindings(st);
    if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(st)) {
      throw DbError("statement wants " + std::to_string(sqlite3_bind_parameter_count(st)) +
                    " parameters, got " + std::to_string(params.size()) + ": " + std::string(sql));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i) + 1;
      int rc = SQLITE_OK;
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              rc = sqlite3_bind_null(st, idx);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              rc = sqlite3_bind_int64(st, idx, v);
            } else if constexpr (std::is_same_v<T, double>) {
              rc = sqlite3_bind_double(st, idx, v);
            } else if constexpr (std::is_same_v<T, bool>) {
              rc = sqlite3_bind_int(st, idx, v ? 1 : 0);
            } else {
              rc = sqlite3_bind_text(st, idx, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
            }
          },
          params[i]);
      if (rc != SQLITE_OK) throw_sqlite(db_, rc, "cannot bind parameter");
    }
    return st;
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, PoolOptions options)
      : Database(options), path_(std::move(path)), busy_(options.busy_timeout) {}

  Dialect dialect() const override { return Dialect::sqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  void backup_to(const std::string& file) override {
    const std::string tmp = file + ".tmp";
    std::remove(tmp.c_str());
    sqlite3* dest = nullptr;
    if (sqlite3_open(tmp.c_str(), &dest) != SQLITE_OK) {
      const std::string msg = dest ? sqlite3_errmsg(dest) : "out of memory";
      sqlite3_close(dest);
      throw DbError("cannot create backup file " + tmp + ": " + msg);
    }
    auto lease = acquire();
    auto* src = static_cast<SqliteConnection&>(lease.conn()).handle();
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", src, "main");
    int rc = b ? SQLITE_OK : sqlite3_errcode(dest);
    if (b) {
      // Copy in steps so writers are not blocked for long; restarts if the source changes.
      do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
      } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish(b);
    }
    const std::string msg = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
      std::remove(tmp.c_str());
      throw DbError("backup failed: " + msg);
    }
    std::filesystem::rename(tmp, file);
  }

 protected:
  std::unique_ptr<Connection> connect() override {
    return std::make_unique<SqliteConnection>(path_, busy_);
  }

 private:
  std::string path_;
  std::chrono::milliseconds busy_;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, PoolOptions options) {
  if (path.empty()) throw DbError("sqlite: URI needs a file name, e.g. sqlite:var/pao.db");
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace pao::db
