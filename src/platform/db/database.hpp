// The database layer: one API over SQLite 3 (embedded default) and PostgreSQL 15.
//
// SQL is written once, with `?` placeholders, in the portable subset both engines accept
// (SQLite 3.40 and PostgreSQL 15 share `RETURNING`, `ON CONFLICT`, CTEs, window functions).
// The PostgreSQL connection rewrites `?` to `$1…$n` (outside quotes and comments) and keeps every
// statement prepared per connection, as SQLite does; parameters are always bound, never
// spliced into SQL text.
//
// Failures of the database itself (lost connection, syntax error, constraint) are unexpected for
// most callers and are thrown as `DbError` (or a subclass). Callers that expect a constraint to
// fire (a duplicate username) catch `UniqueViolation` and turn it into an Error::conflict.
//
// Thread safety: a `Connection` is used by one thread at a time. `Database` (the pool) is safe
// to share; `acquire()` hands a connection to one caller until the `Lease` is dropped.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace pao::db {

enum class Dialect { sqlite, postgresql };
const char* dialect_name(Dialect d);

// ---- errors -------------------------------------------------------------------------------------

class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
// The database cannot be reached, or no pooled connection became free in time.
class DbUnavailable : public DbError {
 public:
  using DbError::DbError;
};
// A UNIQUE or PRIMARY KEY constraint refused the write.
class UniqueViolation : public DbError {
 public:
  using DbError::DbError;
};
// A FOREIGN KEY constraint refused the write.
class ForeignKeyViolation : public DbError {
 public:
  using DbError::DbError;
};

// ---- values -------------------------------------------------------------------------------------

// A bound parameter. Booleans are sent as 1/0, which both engines accept for INTEGER columns
// (the portable choice for flags) and PostgreSQL also for BOOLEAN ones. Integers above 2^31
// need ${BIGINT} columns: PostgreSQL's INTEGER is 32-bit. Likewise floating-point columns want
// DOUBLE PRECISION: PostgreSQL's REAL is 32-bit. PostgreSQL infers each parameter's type from
// where it stands, so a bare `? IS NULL` fails there: write `CAST(? AS TEXT) IS NULL`.
using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string, bool>;

template <class T>
Param to_param(const T& v) {
  if constexpr (std::is_same_v<T, std::nullptr_t>) {
    return nullptr;
  } else if constexpr (std::is_same_v<T, bool>) {
    return v;
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<std::int64_t>(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    return static_cast<double>(v);
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return std::string(std::string_view(v));
  } else if constexpr (std::is_same_v<T, Param>) {
    return v;
  } else {
    // std::optional<U>
    if (!v.has_value()) return nullptr;
    return to_param(*v);
  }
}

// One result row. Columns are addressed by position, in SELECT order. Values are kept as the
// engine gave them (PostgreSQL: text) and converted on access; a conversion that cannot succeed
// (text "abc" read as an integer) throws DbError.
class Row {
 public:
  Row() = default;
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}

  std::size_t size() const { return cells_.size(); }
  bool is_null(std::size_t i) const;
  std::int64_t i64(std::size_t i) const;  // NULL → 0
  double f64(std::size_t i) const;        // NULL → 0.0
  bool boolean(std::size_t i) const;      // 1/0, t/f, true/false; NULL → false
  std::string str(std::size_t i) const;   // NULL → ""
  std::optional<std::string> opt_str(std::size_t i) const;
  std::optional<std::int64_t> opt_i64(std::size_t i) const;

 private:
  // Every engine value as text (SQLite integers/reals are formatted; blobs are raw bytes).
  std::vector<std::optional<std::string>> cells_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;

  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
  const Row& operator[](std::size_t i) const { return rows[i]; }
};

// ---- connections --------------------------------------------------------------------------------

enum class TxMode {
  read,   // SQLite: BEGIN (deferred); PostgreSQL: BEGIN READ ONLY
  write,  // SQLite: BEGIN IMMEDIATE (takes the write lock up front: no upgrade deadlock);
          // PostgreSQL: BEGIN (READ COMMITTED); lock rows explicitly where order matters
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;

  // Runs one statement with bound parameters; returns its rows (empty for writes without
  // RETURNING). Statements are prepared once per connection and cached by SQL text.
  virtual Rows run(std::string_view sql, std::span<const Param> params) = 0;
  // Runs one statement; returns the number of rows it changed.
  virtual std::int64_t run_count(std::string_view sql, std::span<const Param> params) = 0;
  // Runs a script of several statements without parameters (migrations only). Dialect tokens
  // are expanded first: see expand_dialect_tokens().
  virtual void exec_script(std::string_view sql) = 0;

  virtual void begin(TxMode mode) = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual bool in_transaction() const = 0;

  // False once the connection is known broken; the pool then discards it.
  virtual bool healthy() const = 0;

  template <class... A>
  Rows query(std::string_view sql, const A&... args) {
    const Param ps[] = {Param{}, to_param(args)...};
    return run(sql, std::span<const Param>(ps + 1, sizeof...(A)));
  }
  template <class... A>
  std::optional<Row> query_one(std::string_view sql, const A&... args) {
    Rows r = query(sql, args...);
    if (r.empty()) return std::nullopt;
    return std::move(r.rows.front());
  }
  template <class... A>
  std::int64_t execute(std::string_view sql, const A&... args) {
    const Param ps[] = {Param{}, to_param(args)...};
    return run_count(sql, std::span<const Param>(ps + 1, sizeof...(A)));
  }
};

// Replaces the dialect tokens of portable DDL:
//   ${ID}         SQLite: INTEGER PRIMARY KEY AUTOINCREMENT
//                 PostgreSQL: BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY
//   ${BIGINT}     SQLite: INTEGER; PostgreSQL: BIGINT
//   ${BLOB}       SQLite: BLOB; PostgreSQL: BYTEA
std::string expand_dialect_tokens(std::string_view sql, Dialect d);

// Rewrites `?` placeholders to `$1…$n`, leaving quoted strings, quoted identifiers and comments
// alone. Exposed for tests.
std::string number_placeholders(std::string_view sql);

// A transaction on one connection: rolled back on destruction unless commit() was called.
// Inside another transaction it is a savepoint: its rollback undoes only its own work, and its
// commit makes that work part of the outer transaction (committed only when the outer one is).
// So a use case that opens a Tx can also run inside a caller's larger transaction.
class Tx {
 public:
  explicit Tx(Connection& c, TxMode mode = TxMode::write);
  ~Tx();
  Tx(const Tx&) = delete;
  Tx& operator=(const Tx&) = delete;

  void commit();
  Connection& conn() { return c_; }
  Connection* operator->() { return &c_; }

 private:
  Connection& c_;
  bool nested_ = false;
  bool done_ = false;
};

// ---- the pool -----------------------------------------------------------------------------------

struct PoolOptions {
  int size = 8;                                     // connections kept open at most
  std::chrono::milliseconds acquire_timeout{5000};  // then DbUnavailable
  std::chrono::milliseconds busy_timeout{5000};     // SQLite: wait for the write lock
};

struct PoolStats {
  int size = 0;    // connections open
  int in_use = 0;  // leased right now
  int max_size = 0;
  std::uint64_t acquired = 0;  // leases handed out since start
  std::uint64_t waited = 0;    // leases that had to wait
  std::uint64_t timeouts = 0;  // acquire() calls that gave up
};

class Database;

// A connection borrowed from the pool; returns it on destruction (or discards it if broken or
// left inside a transaction).
class Lease {
 public:
  Lease(Database* db, std::unique_ptr<Connection> c) : db_(db), c_(std::move(c)) {}
  Lease(Lease&&) noexcept = default;
  Lease& operator=(Lease&&) noexcept = delete;
  ~Lease();
  Connection& operator*() { return *c_; }
  Connection* operator->() { return c_.get(); }
  Connection& conn() { return *c_; }

 private:
  Database* db_;
  std::unique_ptr<Connection> c_;
};

class Database {
 public:
  // Opens a pool for `uri`:
  //   sqlite:PATH              a file (created if missing; parent directory must exist)
  //   postgresql://user:pw@host:port/dbname?…   (also postgres://)
  // Connects once to prove the database answers; throws DbUnavailable with a message naming the
  // database (never the password) when it does not, and DbError for a malformed URI.
  // SQLite connections are opened with WAL, synchronous=NORMAL, foreign_keys=ON and the busy
  // timeout from options.
  static std::unique_ptr<Database> open(const std::string& uri, PoolOptions options = {});

  virtual ~Database();
  virtual Dialect dialect() const = 0;
  // The URI with any password replaced by "***", for logs and errors.
  virtual std::string describe() const = 0;

  // Borrows a connection; waits up to options.acquire_timeout, then throws DbUnavailable.
  Lease acquire();
  PoolStats stats() const;

  // Runs `cleanup` when this Database is destroyed (tests: drop the throwaway schema/file).
  void on_close(std::function<void()> cleanup) { on_close_ = std::move(cleanup); }

  // Makes a consistent copy of the live database into `file`: SQLite via the online backup API
  // (the copy opens with `sqlite:FILE`); PostgreSQL via pg_dump in custom format (restore with
  // pg_restore, see docs/deploy.md). Throws DbError on failure; never leaves a partial file.
  virtual void backup_to(const std::string& file) = 0;

 protected:
  Database(PoolOptions options);
  virtual std::unique_ptr<Connection> connect() = 0;

 private:
  friend class Lease;
  void give_back(std::unique_ptr<Connection> c);

  struct Pool;
  PoolOptions options_;
  std::shared_ptr<Pool> pool_;
  std::function<void()> on_close_;
};

}  // namespace pao::db
