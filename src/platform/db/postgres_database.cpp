// PostgreSQL engine: raw libpq. Parameters and results travel as text (parameter types are left
// for the server to infer), and every statement is prepared once per connection under a name
// cached by its SQL text, like SQLite's statement cache.
//
// The password in the URI must never reach a log: messages show describe() (password replaced)
// and anything libpq or pg_dump says is scrubbed of it before it is thrown.
#include <fcntl.h>
#include <libpq-fe.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <unordered_map>

#include "platform/db/engines.hpp"

namespace pao::db {
namespace {

constexpr std::string_view kRedacted = "***";

void replace_all(std::string& s, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  for (std::size_t pos = 0; (pos = s.find(what, pos)) != std::string::npos; pos += with.size()) {
    s.replace(pos, what.size(), with);
  }
}

// Where the URI spells a password: in the user-info part (user:PASSWORD@host) and in any
// `password=` query parameter. Found by hand rather than by libpq so that it also works on URIs
// libpq rejects. In ascending order.
std::vector<std::pair<std::size_t, std::size_t>> password_spans(const std::string& uri) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  const auto scheme = uri.find("://");
  if (scheme == std::string::npos) return spans;
  const auto begin = scheme + 3;
  const auto end = std::min(uri.find_first_of("/?#", begin), uri.size());
  const auto at = end > begin ? uri.rfind('@', end - 1) : std::string::npos;
  if (at != std::string::npos && at >= begin) {
    const auto colon = uri.find(':', begin);
    if (colon < at) spans.emplace_back(colon + 1, at - colon - 1);
  }
  for (auto pos = uri.find('?', end); pos != std::string::npos; pos = uri.find('&', pos + 1)) {
    if (uri.compare(pos + 1, 9, "password=") == 0) {
      const auto value = pos + 10;
      spans.emplace_back(value, std::min(uri.find_first_of("&#", value), uri.size()) - value);
    }
  }
  return spans;
}

// The URI with every password replaced: what describe() and messages show.
std::string redact(const std::string& uri) {
  std::string out = uri;
  const auto spans = password_spans(uri);
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    out.replace(it->first, it->second, kRedacted);
  }
  return out;
}

// Every spelling of the password that could appear in a message: as written in the URI
// (possibly percent-encoded) and as libpq decodes it.
std::vector<std::string> secrets_of(const std::string& uri) {
  std::vector<std::string> out;
  for (const auto& [pos, len] : password_spans(uri)) {
    if (len > 0) out.push_back(uri.substr(pos, len));
  }
  char* err = nullptr;
  if (PQconninfoOption* opts = PQconninfoParse(uri.c_str(), &err)) {
    for (auto* o = opts; o->keyword; ++o) {
      if (o->val && *o->val && std::strcmp(o->keyword, "password") == 0) out.emplace_back(o->val);
    }
    PQconninfoFree(opts);
  }
  PQfreemem(err);
  return out;
}

// libpq messages end in newlines and may span several lines; logs want one.
std::string one_line(std::string s, const std::vector<std::string>& secrets) {
  for (const auto& secret : secrets) replace_all(s, secret, kRedacted);
  for (char& c : s) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// Shown in messages instead of the statement's parameters, which may be personal data.
std::string shorten(std::string_view sql) {
  constexpr std::size_t kMax = 200;
  return sql.size() <= kMax ? std::string(sql) : std::string(sql.substr(0, kMax)) + "…";
}

struct PgConnDeleter {
  void operator()(PGconn* c) const { PQfinish(c); }
};
struct PgResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

// Everything a connection needs to know about its database; shared by the pool's connections.
struct Target {
  std::string uri;
  std::string shown;                 // redacted URI
  std::vector<std::string> secrets;  // scrubbed from every message
};

// Turns a failed result into the DbError subclass callers can act on.
[[noreturn]] void throw_result(const PGresult* res, PGconn* conn, const Target& target,
                               std::string_view context) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const std::string code = state ? state : "";
  const std::string msg =
      std::string(context) + ": " +
      one_line(res ? PQresultErrorMessage(res) : PQerrorMessage(conn), target.secrets);
  if (code == "23505") throw UniqueViolation(msg);
  if (code == "23503") throw ForeignKeyViolation(msg);
  // Class 08 (connection exception), 57P0x (server shutting down), 53xxx (out of resources).
  if (PQstatus(conn) != CONNECTION_OK || code.starts_with("08") || code.starts_with("57P") ||
      code.starts_with("53")) {
    throw DbUnavailable(msg + " (" + target.shown + ")");
  }
  throw DbError(msg);
}

class PgConnection final : public Connection {
 public:
  explicit PgConnection(const Target& target) : target_(target) {
    // Defaults listed before `dbname`, so a setting in the URI itself overrides them: without a
    // connect_timeout libpq would wait forever on an unreachable host.
    const char* keys[] = {"connect_timeout", "application_name", "client_encoding", "dbname",
                          nullptr};
    const char* values[] = {"10", "pao", "UTF8", target_.uri.c_str(), nullptr};
    conn_.reset(PQconnectdbParams(keys, values, /*expand_dbname=*/1));
    if (!conn_) throw DbUnavailable("cannot connect to " + target_.shown + ": out of memory");
    if (PQstatus(conn_.get()) != CONNECTION_OK) {
      throw DbUnavailable("cannot connect to " + target_.shown + ": " +
                          one_line(PQerrorMessage(conn_.get()), target_.secrets));
    }
    // UTC keeps now() and timestamp text the same as on SQLite; notices ("table exists,
    // skipping") are noise on stderr.
    simple("SET TIME ZONE 'UTC'; SET client_min_messages = warning", "session setup failed");
  }

  Dialect dialect() const override { return Dialect::postgresql; }

  Rows run(std::string_view sql, std::span<const Param> params) override {
    const ResultPtr res = execute_prepared(sql, params);
    const PGresult* r = res.get();
    Rows rows;
    const int ncol = PQnfields(r);
    const int nrow = PQntuples(r);
    rows.columns.reserve(static_cast<std::size_t>(ncol));
    for (int c = 0; c < ncol; ++c) rows.columns.emplace_back(PQfname(r, c));
    rows.rows.reserve(static_cast<std::size_t>(nrow));
    for (int i = 0; i < nrow; ++i) {
      std::vector<std::optional<std::string>> cells;
      cells.reserve(static_cast<std::size_t>(ncol));
      for (int c = 0; c < ncol; ++c) {
        if (PQgetisnull(r, i, c)) {
          cells.emplace_back(std::nullopt);
        } else {
          cells.emplace_back(
              std::string(PQgetvalue(r, i, c), static_cast<std::size_t>(PQgetlength(r, i, c))));
        }
      }
      rows.rows.emplace_back(std::move(cells));
    }
    return rows;
  }

  std::int64_t run_count(std::string_view sql, std::span<const Param> params) override {
    const ResultPtr res = execute_prepared(sql, params);
    const std::string_view n = PQcmdTuples(res.get());  // "" for statements that count nothing
    std::int64_t count = 0;
    std::from_chars(n.data(), n.data() + n.size(), count);
    return count;
  }

  void exec_script(std::string_view sql) override {
    // One PQexec: the statements run as one implicit transaction unless inside begin().
    simple(expand_dialect_tokens(sql, Dialect::postgresql), "script failed");
  }

  void begin(TxMode mode) override {
    simple(mode == TxMode::read ? "BEGIN READ ONLY" : "BEGIN", "cannot begin transaction");
  }
  void commit() override { simple("COMMIT", "cannot commit"); }
  void rollback() override {
    if (in_transaction()) simple("ROLLBACK", "cannot roll back");
  }
  bool in_transaction() const override {
    const auto s = PQtransactionStatus(conn_.get());
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR;
  }
  bool healthy() const override {
    return PQstatus(conn_.get()) == CONNECTION_OK &&
           PQtransactionStatus(conn_.get()) != PQTRANS_UNKNOWN;
  }

 private:
  void simple(const std::string& sql, std::string_view context) {
    const ResultPtr res(PQexec(conn_.get(), sql.c_str()));
    const auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      throw_result(res.get(), conn_.get(), target_, context);
    }
  }

  const std::string& statement_name(std::string_view sql) {
    const std::string key(sql);
    if (const auto it = names_.find(key); it != names_.end()) return it->second;
    const std::string name = "pao_" + std::to_string(++prepared_);
    const std::string numbered = number_placeholders(sql);
    const ResultPtr res(PQprepare(conn_.get(), name.c_str(), numbered.c_str(), 0, nullptr));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
      throw_result(res.get(), conn_.get(), target_, "cannot prepare: " + shorten(sql));
    }
    return names_.emplace(key, name).first->second;
  }

  ResultPtr execute_prepared(std::string_view sql, std::span<const Param> params) {
    const std::string& name = statement_name(sql);
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return;  // values[i] stays nullptr: SQL NULL
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              text[i] = std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
              // Shortest text that reads back to the same double; independent of the C locale.
              char buf[32];
              const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
              text[i].assign(buf, ec == std::errc() ? end : buf);
            } else if constexpr (std::is_same_v<T, bool>) {
              // "1"/"0" rather than "true"/"false": boolean and integer columns both accept
              // them, and portable schemas keep flags in INTEGER columns.
              text[i].assign(1, v ? '1' : '0');
            } else {
              text[i] = v;
            }
            values[i] = text[i].c_str();
          },
          params[i]);
    }
    ResultPtr res(PQexecPrepared(conn_.get(), name.c_str(), static_cast<int>(params.size()),
                                 values.data(), nullptr, nullptr, /*resultFormat=text*/ 0));
    const auto st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      const char* state = PQresultErrorField(res.get(), PG_DIAG_SQLSTATE);
      if (state && std::strcmp(state, "0A000") == 0) {
        // "cached plan must not change result type": a table changed under a prepared
        // `SELECT *`. Forget the statement so the next call prepares it afresh.
        names_.erase(std::string(sql));
      }
      throw_result(res.get(), conn_.get(), target_, "statement failed: " + shorten(sql));
    }
    return res;
  }

  const Target& target_;  // owned by the PgDatabase, which outlives its connections
  std::unique_ptr<PGconn, PgConnDeleter> conn_;
  std::unordered_map<std::string, std::string> names_;  // SQL text → prepared statement name
  std::uint64_t prepared_ = 0;
};

// Runs pg_dump with `password` in its environment (not its argv, which `ps` shows); returns its
// exit status and what it printed on stderr.
std::pair<int, std::string> run_pg_dump(const std::vector<std::string>& args,
                                        const std::string& password) {
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "PGPASSWORD=", 11) != 0) env_strings.emplace_back(*e);
  }
  if (!password.empty()) env_strings.push_back("PGPASSWORD=" + password);
  // Everything the child needs is built before spawning: after fork, in a threaded program,
  // only async-signal-safe calls are allowed (posix_spawn takes care of that).
  std::vector<char*> envp, argv;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> arg_strings = args;
  for (auto& s : arg_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw DbError("backup: cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (rc != 0) {
    close(pipe_fds[0]);
    throw DbError(std::string("backup: cannot run pg_dump: ") + std::strerror(rc));
  }
  std::string err;
  char buf[4096];
  for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    if (err.size() < 16384) err.append(buf, static_cast<std::size_t>(n));
  }
  close(pipe_fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return {code, err};
}

class PgDatabase final : public Database {
 public:
  PgDatabase(const std::string& uri, PoolOptions options)
      : Database(options), target_{uri, redact(uri), secrets_of(uri)} {}

  Dialect dialect() const override { return Dialect::postgresql; }
  std::string describe() const override { return target_.shown; }

  void backup_to(const std::string& file) override {
    // pg_dump gets the connection as keyword=value pairs without the password, which travels in
    // PGPASSWORD instead.
    std::string conninfo, password;
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(target_.uri.c_str(), &err);
    PQfreemem(err);
    if (!opts) throw DbError("backup: malformed database URI " + target_.shown);
    for (auto* o = opts; o->keyword; ++o) {
      if (!o->val || !*o->val) continue;
      if (std::strcmp(o->keyword, "password") == 0) {
        password = o->val;
        continue;
      }
      std::string quoted;
      for (const char* c = o->val; *c; ++c) {
        if (*c == '\\' || *c == '\'') quoted.push_back('\\');
        quoted.push_back(*c);
      }
      conninfo += std::string(o->keyword) + "='" + quoted + "' ";
    }
    PQconninfoFree(opts);

    // Dump into FILE.tmp and rename it into place: a failed dump never looks like a backup.
    const std::string tmp = file + ".tmp";
    const auto [status, output] = run_pg_dump(
        {"pg_dump", "--format=custom", "--file=" + tmp, "--dbname=" + conninfo}, password);
    std::error_code ec;
    if (status != 0) {
      std::filesystem::remove(tmp, ec);
      throw DbError("backup: pg_dump of " + target_.shown + " failed (exit " +
                    std::to_string(status) + "): " + one_line(output, target_.secrets));
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec) {
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      throw DbError("backup: cannot move " + tmp + " to " + file + ": " + ec.message());
    }
  }

 protected:
  std::unique_ptr<Connection> connect() override { return std::make_unique<PgConnection>(target_); }

 private:
  Target target_;
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& uri, PoolOptions options) {
  // A URI libpq cannot parse is a configuration mistake (DbError), not an outage.
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(uri.c_str(), &err);
  if (!opts) {
    const std::string why = err ? err : "cannot parse";
    PQfreemem(err);
    throw DbError("malformed PostgreSQL URI " + redact(uri) + ": " +
                  one_line(why, secrets_of(uri)));
  }
  PQconninfoFree(opts);
  return std::make_unique<PgDatabase>(uri, options);
}

}  // namespace pao::db
