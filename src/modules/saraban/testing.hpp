// Test support for the saraban module's tests (header-only: included by *_test.cpp files only).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "modules/saraban/letter.hpp"
#include "modules/saraban/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban::testing {

// A fresh database on `backend` with the platform's audit, notification and file tables and the
// saraban module's.
inline std::unique_ptr<db::Database> open_saraban_database(db::Backend backend,
                                                           db::PoolOptions options = {}) {
  auto database = db::open_fresh_database(backend, options);
  Registry registry;
  for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
  for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
  for (auto& m : files::file_migrations()) registry.add_migration(std::move(m));
  for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
  register_saraban_module(registry);
  db::apply_migrations(*database, registry.migrations(), "2026-11-25T00:00:00Z");
  return database;
}

// A person to act as: a clerk with a user id, name and position.
inline Person clerk(std::int64_t id = 11, const std::string& name = "สมศรี ใจดี") {
  Person p;
  p.actor = {audit::ActorKind::user, id, "clerk" + std::to_string(id), "req-1", "10.0.0.9"};
  p.user_id = id;
  p.name = name;
  p.position = "เจ้าพนักงานธุรการ";
  p.division = "office_of_chief";
  return p;
}

// A moment in Bangkok time: bangkok(2026, 11, 25, 9, 0) is 25 Nov 2026 09:00 +07:00.
inline TimePoint bangkok(int y, unsigned m, unsigned d, int hh = 9, int mm = 0, int ss = 0) {
  return bangkok_time(Date{y, m, d},
                      std::chrono::hours(hh) + std::chrono::minutes(mm) + std::chrono::seconds(ss));
}

// A test on a fresh saraban database, on each backend, with a connection held for the test.
class SarabanDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = open_saraban_database(GetParam(), {.size = 20});
    lease_.emplace(db_->acquire());
  }
  db::Connection& conn() { return lease_->conn(); }

  std::unique_ptr<db::Database> db_;
  std::optional<db::Lease> lease_;  // declared after db_: given back before the pool closes
  TimePoint at_ = bangkok(2026, 11, 25);
};

}  // namespace pao::saraban::testing
