// Test support: fresh, empty databases on every backend this machine offers, so each DB test
// runs on SQLite and on PostgreSQL (real servers, never a mock).
//
//   class StoreTest : public ::testing::TestWithParam<pao::db::Backend> {};
//   INSTANTIATE_TEST_SUITE_P(Db, StoreTest, ::testing::ValuesIn(pao::db::test_backends()),
//                            pao::db::backend_name);
//   TEST_P(StoreTest, …) { auto db = pao::db::open_fresh_database(GetParam()); … }
//
// PostgreSQL is used when PAO_TEST_PG holds a postgresql:// URI (scripts/with-postgres sets it);
// each fresh database is then a new schema on that server, dropped when the Database is
// destroyed. Without PAO_TEST_PG the PostgreSQL cases are skipped, unless PAO_REQUIRE_PG=1
// (as in `make test`), when they fail.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "platform/db/database.hpp"

namespace pao::db {

enum class Backend { sqlite, postgresql };

std::vector<Backend> test_backends();
std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

// A new empty database on `backend`; removed again when the returned object is destroyed.
// Only PostgreSQL needs configuring, and test_backends() leaves it out unless PAO_TEST_PG is set;
// when PAO_REQUIRE_PG=1 keeps it in without a server, this records a test failure and throws
// DbUnavailable (a helper cannot GTEST_SKIP its caller).
std::unique_ptr<Database> open_fresh_database(Backend backend, PoolOptions options = {});

}  // namespace pao::db
