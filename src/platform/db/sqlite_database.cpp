// SQLite engine: raw sqlite3 C API, one connection per pool slot, each with its own cache of
// prepared statements keyed by SQL text.
//
// Every connection runs in WAL mode (readers never block the writer), synchronous=NORMAL (durable
// at each checkpoint, safe against corruption; a power cut may lose the last commits) and
// foreign_keys=ON (SQLite's default is OFF, which would make the two engines disagree).
// Concurrent writers queue on SQLite's single write lock through the busy timeout.
#include <sqlite3.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <unordered_map>

#include "platform/db/engines.hpp"

namespace pao::db {
namespace {

// Turns an SQLite failure into the DbError subclass callers can act on. `db` must be the
// connection the failure happened on (its extended code and message are read here).
[[noreturn]] void throw_sqlite(sqlite3* db, int rc, std::string_view context) {
  const int extended = db ? sqlite3_extended_errcode(db) : rc;
  const std::string msg =
      std::string(context) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      throw UniqueViolation(msg);
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      throw ForeignKeyViolation(msg);
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_BUSY:  // the busy timeout ran out: the database is overloaded, retrying may work
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      throw DbUnavailable(msg);
    default:
      throw DbError(msg);
  }
}

// Statement text for error messages: enough to find it in the code, never parameter values.
std::string shorten(std::string_view sql) {
  constexpr std::size_t kMax = 200;
  return sql.size() <= kMax ? std::string(sql) : std::string(sql.substr(0, kMax)) + "…";
}

std::string format_cell(sqlite3_stmt* st, int i) {
  switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: {
      // Formatted here rather than by sqlite3_column_text, which rounds reals to 15 digits;
      // to_chars gives the shortest text that reads back to the same double.
      char buf[32];
      const auto [end, ec] =
          sqlite3_column_type(st, i) == SQLITE_INTEGER
              ? std::to_chars(buf, buf + sizeof buf, sqlite3_column_int64(st, i))
              : std::to_chars(buf, buf + sizeof buf, sqlite3_column_double(st, i));
      return std::string(buf, ec == std::errc() ? end : buf);
    }
    default: {  // TEXT as its UTF-8 bytes, BLOB raw
      const void* p = sqlite3_column_blob(st, i);
      const int n = sqlite3_column_bytes(st, i);
      return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n))
               : std::string();
    }
  }
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, std::chrono::milliseconds busy_timeout) {
    // NOMUTEX: the pool gives a connection to one thread at a time, so SQLite's own per-call
    // mutex would only cost time.
    const int rc =
        sqlite3_open_v2(path.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      const std::string msg = "cannot open SQLite database " + path + ": " +
                              (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
      sqlite3_close(db_);
      throw DbUnavailable(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, static_cast<int>(busy_timeout.count()));
    // cache_size: each connection keeps up to 32 MB of pages (SQLite's default is 2 MB). Reads
    // that miss it cost a pread() system call each; a search over a million letters made ~1,260
    // of them with the default and ~500 with this (p50 8.2 → 6.3 ms, bench/README.md). Memory
    // grows only as pages are read: a small database never fills it.
    try {
      exec(
          "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
          " PRAGMA cache_size = -32768;",
          "cannot configure SQLite database " + path);
    } catch (...) {
      sqlite3_close(db_);
      throw;
    }
  }

  ~SqliteConnection() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }

  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Dialect dialect() const override { return Dialect::sqlite; }

  Rows run(std::string_view sql, std::span<const Param> params) override {
    sqlite3_stmt* st = prepare(sql);
    // Reset on every exit, so a statement never stays mid-step (holding its read snapshot).
    struct Reset {
      sqlite3_stmt* st;
      ~Reset() {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
      }
    } reset{st};
    bind(st, sql, params);
    Rows rows;
    const int ncol = sqlite3_column_count(st);
    rows.columns.reserve(static_cast<std::size_t>(ncol));
    for (int i = 0; i < ncol; ++i) rows.columns.emplace_back(sqlite3_column_name(st, i));
    while (true) {
      const int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail(rc, "statement failed: " + shorten(sql));
      std::vector<std::optional<std::string>> cells;
      cells.reserve(static_cast<std::size_t>(ncol));
      for (int i = 0; i < ncol; ++i) {
        if (sqlite3_column_type(st, i) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(format_cell(st, i));
        }
      }
      rows.rows.emplace_back(std::move(cells));
    }
    return rows;
  }

  std::int64_t run_count(std::string_view sql, std::span<const Param> params) override {
    run(sql, params);
    return sqlite3_changes64(db_);
  }

  void exec_script(std::string_view sql) override {
    exec(expand_dialect_tokens(sql, Dialect::sqlite), "script failed");
  }

  void begin(TxMode mode) override {
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout); a deferred
    // transaction that reads and then writes could instead fail at once with SQLITE_BUSY.
    exec(mode == TxMode::write ? "BEGIN IMMEDIATE" : "BEGIN", "cannot begin transaction");
  }
  void commit() override { exec("COMMIT", "cannot commit"); }
  void rollback() override {
    // SQLite may already have rolled back by itself (after SQLITE_FULL, IOERR, …).
    if (in_transaction()) exec("ROLLBACK", "cannot roll back");
  }
  bool in_transaction() const override { return sqlite3_get_autocommit(db_) == 0; }
  bool healthy() const override { return !broken_; }

  sqlite3* handle() { return db_; }

 private:
  [[noreturn]] void fail(int rc, std::string_view context) {
    const int primary = sqlite3_extended_errcode(db_) & 0xff;
    // After these the file or its handle is suspect; a fresh connection is the cheap remedy.
    if (primary == SQLITE_IOERR || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
      broken_ = true;
    }
    throw_sqlite(db_, rc, context);
  }

  void exec(const std::string& sql, std::string_view context) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);  // the same text is available from sqlite3_errmsg
    if (rc != SQLITE_OK) fail(rc, context);
  }

  sqlite3_stmt* prepare(std::string_view sql) {
    const std::string key(sql);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    sqlite3_stmt* st = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &st, &tail);
    if (rc != SQLITE_OK) fail(rc, "cannot prepare: " + shorten(sql));
    if (!st || !only_comments(tail)) {
      // SQLite would silently ignore everything after the first statement; PostgreSQL refuses.
      sqlite3_finalize(st);
      throw DbError("run() takes exactly one statement (use exec_script for scripts): " +
                    shorten(sql));
    }
    cache_.emplace(key, st);
    return st;
  }

  // True when `rest` (what follows the first statement) holds no further statement.
  bool only_comments(const char* rest) {
    if (!rest || !*rest) return true;
    sqlite3_stmt* next = nullptr;
    const int rc = sqlite3_prepare_v2(db_, rest, -1, &next, nullptr);
    sqlite3_finalize(next);
    return rc == SQLITE_OK && next == nullptr;
  }

  void bind(sqlite3_stmt* st, std::string_view sql, std::span<const Param> params) {
    const int want = sqlite3_bind_parameter_count(st);
    if (static_cast<int>(params.size()) != want) {
      throw DbError("statement takes " + std::to_string(want) + " parameters, got " +
                    std::to_string(params.size()) + ": " + shorten(sql));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i) + 1;
      const int rc = std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return sqlite3_bind_null(st, idx);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              return sqlite3_bind_int64(st, idx, v);
            } else if constexpr (std::is_same_v<T, double>) {
              return sqlite3_bind_double(st, idx, v);
            } else if constexpr (std::is_same_v<T, bool>) {
              return sqlite3_bind_int(st, idx, v ? 1 : 0);
            } else {
              return sqlite3_bind_text64(st, idx, v.data(), v.size(), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
            }
          },
          params[i]);
      if (rc != SQLITE_OK) fail(rc, "cannot bind parameter " + std::to_string(idx));
    }
  }

  sqlite3* db_ = nullptr;
  bool broken_ = false;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, PoolOptions options)
      : Database(options), path_(std::move(path)), busy_timeout_(options.busy_timeout) {}

  Dialect dialect() const override { return Dialect::sqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  void backup_to(const std::string& file) override {
    // Copy into FILE.tmp and rename it into place: a crash or error never leaves a file that
    // looks like a backup but is not one.
    const std::string tmp = file + ".tmp";
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(tmp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      const std::string msg = dest ? sqlite3_errmsg(dest) : "out of memory";
      sqlite3_close(dest);
      throw DbError("cannot create backup file " + tmp + ": " + msg);
    }
    int rc = SQLITE_OK;
    {
      auto lease = acquire();
      sqlite3* src = static_cast<SqliteConnection&>(lease.conn()).handle();
      sqlite3_backup* b = sqlite3_backup_init(dest, "main", src, "main");
      if (b) {
        // All pages in one step: one read transaction, so one consistent snapshot. In WAL mode
        // that does not block writers; copying in small steps instead would restart whenever
        // another connection writes, possibly forever on a busy server.
        do {
          rc = sqlite3_backup_step(b, -1);
          if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(b);
      }
    }
    const std::string msg = sqlite3_errmsg(dest);
    const int closed = sqlite3_close(dest);
    if (rc != SQLITE_DONE || closed != SQLITE_OK) {
      std::filesystem::remove(tmp, ignored);
      throw DbError("backup of " + describe() + " to " + file + " failed: " + msg);
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
      std::filesystem::remove(tmp, ignored);
      throw DbError("backup: cannot move " + tmp + " to " + file + ": " + ec.message());
    }
  }

 protected:
  std::unique_ptr<Connection> connect() override {
    return std::make_unique<SqliteConnection>(path_, busy_timeout_);
  }

 private:
  std::string path_;
  std::chrono::milliseconds busy_timeout_;
};

}  // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, PoolOptions options) {
  if (path.empty()) throw DbError("sqlite: URI needs a file name, e.g. sqlite:var/pao.db");
  if (path == ":memory:" || path.starts_with("file:")) {
    // Each pooled connection would get its own private in-memory database.
    throw DbError("sqlite: URI must name a plain file, not " + path);
  }
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace pao::db
