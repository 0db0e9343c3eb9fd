// Test support for the plan module's tests (header-only: included by *_test.cpp files only).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "modules/plan/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::plan::testing {

// A fresh database on `backend` with the audit trail, files, notifications, search and the plan
// module's migrations (the 4 strategies and 25 projects of the digital plan, linked to their
// divisions).
inline std::unique_ptr<db::Database> open_plan_database(db::Backend backend) {
  auto database = db::open_fresh_database(backend, {.size = 4});
  Registry registry;
  for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
  for (auto& m : files::file_migrations()) registry.add_migration(std::move(m));
  for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
  for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
  register_plan_module(registry);
  db::apply_migrations(*database, registry.migrations(), "2026-11-25T00:00:00Z");
  return database;
}

// A test on a fresh plan database, on each backend.
class PlanDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = open_plan_database(GetParam());
    lease_.emplace(db_->acquire());
  }
  db::Connection& conn() { return lease_->conn(); }
  // The id of project `strategy`.`seq` of the seeded plan.
  std::int64_t project_id(int strategy, int seq) {
    return conn()
        .query_one("SELECT id FROM plan_project WHERE strategy_id = ? AND seq = ?", strategy, seq)
        ->i64(0);
  }

  std::unique_ptr<db::Database> db_;
  std::optional<db::Lease> lease_;  // declared after db_: given back before the pool closes
  // 2 February 2567 B.E. (2024) 10:00 Bangkok: fiscal year 2567, quarter 2.
  TimePoint at_ = bangkok_time({2024, 2, 2}, std::chrono::hours(10));
  audit::Actor planner_{audit::ActorKind::user, 3, "planner", "req-1", "10.0.0.3"};
};

inline std::int64_t audit_count(db::Connection& conn, const std::string& action) {
  return conn.query_one("SELECT COUNT(*) FROM platform_audit_entry WHERE action = ?", action)
      ->i64(0);
}

}  // namespace pao::plan::testing
