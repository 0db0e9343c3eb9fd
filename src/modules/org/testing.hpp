// Test support for the org module's tests (header-only: included by *_test.cpp files only).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modules/org/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/registry/registry.hpp"

namespace pao::org::testing {

// A fresh database on `backend` with the audit trail's tables and the org module's migrations
// (Lamphun's profile, its ten divisions and the starting positions).
inline std::unique_ptr<db::Database> open_org_database(db::Backend backend,
                                                       db::PoolOptions options = {}) {
  auto database = db::open_fresh_database(backend, options);
  Registry registry;
  for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
  register_org_module(registry);
  db::apply_migrations(*database, registry.migrations(), "2026-11-25T00:00:00Z");
  return database;
}

// The audit entries about one record, oldest first.
inline std::vector<audit::Entry> audit_entries(db::Connection& conn, const std::string& type,
                                               const std::string& id) {
  audit::Filter f;
  f.entity_type = type;
  f.entity_id = id;
  f.limit = 100;
  auto entries = audit::find_entries(conn, f);
  return {entries.rbegin(), entries.rend()};
}

// A test on a fresh org database, on each backend: a connection held for the test, a time and
// an administrator to act as.
class OrgDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = open_org_database(GetParam(), {.size = 10});
    lease_.emplace(db_->acquire());
  }
  db::Connection& conn() { return lease_->conn(); }

  std::unique_ptr<db::Database> db_;
  std::optional<db::Lease> lease_;  // declared after db_: given back before the pool closes
  TimePoint at_ = TimePoint(std::chrono::seconds(1795000000));
  audit::Actor admin_{audit::ActorKind::user, 7, "somchai", "req-9", "10.0.0.5"};
};

inline std::int64_t audit_count(db::Connection& conn) {
  return conn.query_one("SELECT COUNT(*) FROM platform_audit_entry")->i64(0);
}

}  // namespace pao::org::testing
