// PostgreSQL engine: raw libpq, text-format parameters and results, statements prepared once
// per connection.
#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

#include "platform/db/engines.hpp"

namespace pao::db {
namespace {

// The URI with the password replaced, for messages.
std::string redact(const std::string& uri) {
  const auto scheme = uri.find("://");
  const auto at = uri.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return uri;
  const auto colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

[[noreturn]] void throw_result(PGresult* res, PGconn* conn, std::string_view what) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string msg = std::string(what) + ": " + (res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  const std::string code = state ? state : "";
  PQclear(res);
  if (code == "23505") throw UniqueViolation(msg);
  if (code == "23503") throw ForeignKeyViolation(msg);
  if (PQstatus(conn) != CONNECTION_OK || code.starts_with("08") || code == "57P01") {
    throw DbUnavailable(msg);
  }
  throw DbError(msg);
}

class PgConnection final : public Connection {
 public:
  PgConnection(const std::string& uri, const std::string& shown) {
    conn_ = PQconnectdb(uri.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      PQfinish(conn_);
      conn_ = nullptr;
      throw DbUnavailable("cannot connect to " + shown + ": " + msg);
    }
    PGresult* r = PQexec(conn_, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET client_min_messages = warning");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) throw_result(r, conn_, "session setup failed");
    PQclear(r);
  }
  ~PgConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::postgresql; }

  Rows run(std::string_view sql, std::span<const Param> params) override {
    PGresult* res = execute_prepared(sql, params);
    Rows rows;
    const int ncol = PQnfields(res);
    const int nrow = PQntuples(res);
    for (int c = 0; c < ncol; ++c) rows.columns.emplace_back(PQfname(res, c));
    rows.rows.reserve(nrow);
    for (int r = 0; r < nrow; ++r) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(ncol);
      for (int c = 0; c < ncol; ++c) {
        if (PQgetisnull(res, r, c)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
      }
      rows.rows.emplace_back(std::move(cells));
    }
    PQclear(res);
    return rows;
  }

  std::int64_t run_count(std::string_view sql, std::span<const Param> params) override {
    PGresult* res = execute_prepared(sql, params);
    const char* n = PQcmdTuples(res);
    const std::int64_t count = (n && *n) ? std::atoll(n) : 0;
    PQclear(res);
    return count;
  }

  void exec_script(std::string_view sql) override {
    const std::string text = expand_dialect_tokens(sql, Dialect::postgresql);
    simple(text, "script failed");
  }

  void begin(TxMode mode) override {
    simple(mode == TxMode::read ? "BEGIN READ ONLY" : "BEGIN", "BEGIN failed");
  }
  void commit() override { simple("COMMIT", "COMMIT failed"); }
  void rollback() override {
    if (in_transaction()) simple("ROLLBACK", "ROLLBACK failed");
  }
  bool in_transaction() const override {
    return PQtransactionStatus(conn_) == PQTRANS_INTRANS ||
           PQtransactionStatus(conn_) == PQTRANS_INERROR;
  }
  bool healthy() const override { return conn_ && PQstatus(conn_) == CONNECTION_OK; }

 private:
  void simple(const std::string& sql, std::string_view what) {
    PGresult* r = PQexec(conn_, sql.c_str());
    const auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw_result(r, conn_, what);
    PQclear(r);
  }

  PGresult* execute_prepared(std::string_view sql, std::span<const Param> params) {
    const std::string key(sql);
    auto it = names_.find(key);
    if (it == names_.end()) {
      std::string name = "s";
      name += std::to_string(names_.size() + 1);
      const std::string numbered = number_placeholders(sql);
      PGresult* r = PQprepare(conn_, name.c_str(), numbered.c_str(), 0, nullptr);
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        throw_result(r, conn_, "cannot prepare `" + key + "`");
      }
      PQclear(r);
      it = names_.emplace(key, name).first;
    }
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              values[i] = nullptr;
              return;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              text[i] = std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
              char buf[64];
              std::snprintf(buf, sizeof buf, "%.17g", v);
              text[i] = buf;
            } else if constexpr (std::is_same_v<T, bool>) {
              text[i] = v ? "1" : "0";  // valid for INTEGER and BOOLEAN columns alike
            } else {
              text[i] = v;
            }
            values[i] = text[i].c_str();
          },
          params[i]);
    }
    PGresult* res = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()),
                                   values.data(), nullptr, nullptr, 0);
    const auto st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw_result(res, conn_, "query failed");
    return res;
  }

  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, std::string> names_;
};

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string uri, PoolOptions options)
      : Database(options), uri_(std::move(uri)), shown_(redact(uri_)) {}

  Dialect dialect() const override { return Dialect::postgresql; }
  std::string describe() const override { return shown_; }

  void backup_to(const std::string& file) override {
    const std::string tmp = file + ".tmp";
    // The password goes to pg_dump through its environment, not its command line (`ps`).
    std::string conninfo, password;
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(uri_.c_str(), &err);
    if (!opts) {
      const std::string why = err ? err : "cannot parse";
      PQfreemem(err);
      throw DbError("backup: bad database URI: " + why);
    }
    for (auto* o = opts; o->keyword; ++o) {
      if (!o->val || !*o->val) continue;
      if (std::string_view(o->keyword) == "password") {
        password = o->val;
        continue;
      }
      std::string v;
      for (const char* c = o->val; *c; ++c) {
        if (*c == '\\' || *c == '\'') v.push_back('\\');
        v.push_back(*c);
      }
      conninfo += std::string(o->keyword) + "='" + v + "' ";
    }
    PQconninfoFree(opts);
    const pid_t pid = fork();
    if (pid < 0) throw DbError("cannot start pg_dump");
    if (pid == 0) {
      if (!password.empty()) setenv("PGPASSWORD", password.c_str(), 1);
      execlp("pg_dump", "pg_dump", "--format=custom", "--no-owner", ("--file=" + tmp).c_str(),
             ("--dbname=" + conninfo).c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::remove(tmp.c_str());
      throw DbError("pg_dump failed (exit " + std::to_string(WEXITSTATUS(status)) + ") for " + shown_);
    }
    std::filesystem::rename(tmp, file);
  }

 protected:
  std::unique_ptr<Connection> connect() override {
    return std::make_unique<PgConnection>(uri_, shown_);
  }

 private:
  std::string uri_;
  std::string shown_;
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& uri, PoolOptions options) {
  return std::make_unique<PgDatabase>(uri, options);
}

}  // namespace pao::db
