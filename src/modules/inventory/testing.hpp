// Test support for the inventory module's tests (header-only: included by *_test.cpp only).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modules/inventory/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/files/files.hpp"
#include "platform/files/testing.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"

// The modules inventory USES, registered as src/app/modules.cpp does (their module.hpp is not
// part of their api.hpp, which is all a module may include).
namespace pao::org {
void register_org_module(Registry& registry);
}
namespace pao::identity {
void register_identity_module(Registry& registry);
}
namespace pao::saraban {
void register_saraban_module(Registry& registry);
}

namespace pao::inventory::testing {

// A fresh database on `backend` with the audit trail, the outbox, org (Lamphun's divisions),
// identity, e-Saraban (with the file store and search tables) and inventory migrations.
inline std::unique_ptr<db::Database> open_inventory_database(db::Backend backend) {
  auto database = db::open_fresh_database(backend, {.size = 4});
  Registry registry;
  for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
  for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
  for (auto& m : files::file_migrations()) registry.add_migration(std::move(m));
  for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
  org::register_org_module(registry);
  identity::register_identity_module(registry);
  saraban::register_saraban_module(registry);
  register_inventory_module(registry);
  db::apply_migrations(*database, registry.migrations(), "2026-11-25T00:00:00Z");
  return database;
}

// The permissions inventory and identity declare, as the server's registry holds them.
inline const std::vector<PermissionInfo>& declared_permissions() {
  static const Registry registry = [] {
    Registry r;
    identity::register_identity_module(r);
    register_inventory_module(r);
    return r;
  }();
  return registry.permissions();
}

class InventoryDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = open_inventory_database(GetParam());
    lease_.emplace(db_->acquire());
  }
  db::Connection& conn() { return lease_->conn(); }
  std::int64_t count(const std::string& table) {
    return conn().query_one("SELECT COUNT(*) FROM " + table)->i64(0);
  }

  std::unique_ptr<db::Database> db_;
  std::optional<db::Lease> lease_;
  files::testing::TempDir files_dir_;
  files::FileStore files_{files_dir_.path() / "files"};
  TimePoint at_ = TimePoint(std::chrono::seconds(1795000000));  // 2026-11-18
  audit::Actor clerk_{audit::ActorKind::user, 7, "somsri", "req-1", "10.0.0.5"};
  audit::Actor agent_{audit::ActorKind::token, 3, "office-pcs", "req-2", "10.0.0.9"};
};

}  // namespace pao::inventory::testing
