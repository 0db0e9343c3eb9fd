#include "platform/db/testing.hpp"

#include <stdlib.h>  // mkdtemp

#include <cstdlib>
#include <filesystem>
#include <random>
#include <system_error>

namespace pao::db {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string random_hex(int bytes) {
  std::random_device rd;  // /dev/urandom: distinct across test processes started together
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < bytes; ++i) {
    const unsigned b = rd() & 0xffu;
    out += kDigits[b >> 4];
    out += kDigits[b & 0xfu];
  }
  return out;
}

// RFC 3986 percent-encoding of a URI query value: everything but the unreserved characters.
std::string percent_encode(std::string_view s) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 0xfu];
    }
  }
  return out;
}

std::unique_ptr<Database> fresh_sqlite(PoolOptions options) {
  std::string dir = (std::filesystem::temp_directory_path() / "pao-db-test-XXXXXX").string();
  if (!mkdtemp(dir.data())) throw DbError("mkdtemp failed for " + dir);
  std::unique_ptr<Database> db;
  try {
    db = Database::open("sqlite:" + dir + "/test.db", options);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    throw;
  }
  db->on_close([dir] {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);  // the file and its -wal and -shm
  });
  return db;
}

// A new schema on the PAO_TEST_PG server; the pool's connections see only it through their
// search_path, so tests neither see each other's tables nor need a database each.
std::unique_ptr<Database> fresh_postgres(const std::string& server, PoolOptions options) {
  const std::string schema = "t_" + random_hex(8);
  const auto run_admin = [server](const std::string& sql) {  // a copy: on_close keeps it
    PoolOptions one;
    one.size = 1;
    auto admin = Database::open(server, one);
    admin->acquire()->exec_script(sql);
  };
  run_admin("CREATE SCHEMA " + schema);
  // `options=-csearch_path=…` is sent to the server at connect time. A server URI that already
  // has an `options` parameter has it overridden (libpq keeps the last one).
  const std::string uri = server + (server.find('?') == std::string::npos ? "?" : "&") +
                          "options=" + percent_encode("-csearch_path=" + schema);
  std::unique_ptr<Database> db;
  try {
    db = Database::open(uri, options);
  } catch (...) {
    run_admin("DROP SCHEMA " + schema + " CASCADE");
    throw;
  }
  db->on_close([run_admin, schema] {
    try {
      run_admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (const std::exception& e) {
      // Not fatal for the test that just ran; the throwaway cluster goes away anyway.
      ADD_FAILURE() << "cannot drop test schema " << schema << ": " << e.what();
    }
  });
  return db;
}

}  // namespace

std::vector<Backend> test_backends() {
  std::vector<Backend> out{Backend::sqlite};
  // With PAO_REQUIRE_PG=1 but no server, the PostgreSQL cases stay in so that they fail.
  if (!env("PAO_TEST_PG").empty() || env("PAO_REQUIRE_PG") == "1") {
    out.push_back(Backend::postgresql);
  }
  return out;
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "SQLite" : "PostgreSQL";
}

std::unique_ptr<Database> open_fresh_database(Backend backend, PoolOptions options) {
  if (backend == Backend::sqlite) return fresh_sqlite(options);
  const std::string server = env("PAO_TEST_PG");
  if (server.empty()) {
    // Only reached with PAO_REQUIRE_PG=1 (test_backends() leaves PostgreSQL out otherwise). A
    // helper cannot GTEST_SKIP its caller; the exception also ends the test, as it should.
    ADD_FAILURE() << "PAO_REQUIRE_PG=1 but PAO_TEST_PG is not set: run under scripts/with-postgres";
    throw DbUnavailable("PAO_TEST_PG is not set");
  }
  return fresh_postgres(server, options);
}

}  // namespace pao::db
