#include "platform/db/testing.hpp"

#include <sodium.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>


namespace pao::db {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string random_hex(std::size_t bytes) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), bytes);
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), bytes);
  hex.pop_back();
  return hex;
}

}  // namespace

std::vector<Backend> test_backends() {
  std::vector<Backend> out{Backend::sqlite};
  if (!env("PAO_TEST_PG").empty() || env("PAO_REQUIRE_PG") == "1") out.push_back(Backend::postgresql);
  return out;
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "SQLite" : "PostgreSQL";
}

std::unique_ptr<Database> open_fresh_database(Backend backend, PoolOptions options) {
  if (backend == Backend::sqlite) {
    std::string templ = (std::filesystem::temp_directory_path() / "pao-test-XXXXXX").string();
    if (!mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
    const std::string dir = templ;
    auto db = Database::open("sqlite:" + dir + "/test.db", options);
    db->on_close([dir] { std::filesystem::remove_all(dir); });
    return db;
  }
  const std::string base = env("PAO_TEST_PG");
  if (base.empty()) {
    throw std::runtime_error("PAO_REQUIRE_PG=1 but PAO_TEST_PG is not set: run under scripts/with-postgres");
  }
  const std::string schema = "t_" + random_hex(6);
  {
    auto admin = Database::open(base, {});
    admin->acquire()->exec_script("CREATE SCHEMA " + schema);
  }
  const std::string uri = base + (base.find('?') == std::string::npos ? "?" : "&") +
                          "options=-csearch_path%3D" + schema;
  auto db = Database::open(uri, options);
  db->on_close([base, schema] {
    try {
      auto admin = Database::open(base, {});
      admin->acquire()->exec_script("DROP SCHEMA " + schema + " CASCADE");
    } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): best effort in tests
    }
  });
  return db;
}

}  // namespace pao::db
