// The wiring: modules registered, database opened, templates parsed, routes validated. What the
// CLI commands (and the HTTP tests) start from.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "app/settings.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/server.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/jobs/scheduler.hpp"
#include "platform/ops/metrics.hpp"
#include "platform/registry/registry.hpp"
#include "platform/time/clock.hpp"

namespace pao::app {

class Application {
 public:
  // Registers every module and the platform's own routes. Opens nothing yet.
  explicit Application(Settings settings, const Clock& clock);
  ~Application();

  // Opens the database pool (throws db::DbUnavailable / db::DbError with a clear message).
  void open_database(int pool_size = 0);
  // Uses an already open database instead (tests: a fresh SQLite file or PostgreSQL schema).
  void use_database(std::unique_ptr<db::Database> db) { db_ = std::move(db); }

  // `pao migrate`: applies pending migrations; returns the names applied. When any was applied,
  // the search index is rebuilt too (an upgrade may change how text is broken into words).
  std::vector<std::string> migrate();
  // `pao search reindex`: rebuilds every module's search documents; returns the kinds done.
  std::vector<std::string> reindex_search();
  // `pao demo-data`: loads every module's demo data (idempotent), each module in one transaction.
  // Returns the modules' notes for the operator (demo sign-in details), as (module, line).
  std::vector<std::pair<std::string, std::string>> load_demo_data();
  // Migrations not yet applied (empty when current).
  std::vector<std::string> pending_migrations();

  // Prepares serving: parses templates, validates routes, binds the port. Throws
  // std::runtime_error with a clear message on failure (port in use, schema not migrated).
  void prepare_server(http::ServerOptions options);
  // Everything prepare_server does but the socket: for tests that send requests through the
  // dispatcher directly.
  void prepare_dispatcher();
  http::Dispatcher& dispatcher() { return *dispatcher_; }
  http::Server& server() { return *server_; }

  // The job scheduler over the registered jobs (made on first use; needs the database open).
  jobs::Scheduler& scheduler();

  // Uploaded files, under settings.data_dir/files (files/file_store.hpp).
  const files::FileStore& file_store() const { return *file_store_; }

  Registry& registry() { return registry_; }
  db::Database& database() { return *db_; }
  const Settings& settings() const { return settings_; }
  const Clock& clock() const { return clock_; }

 private:
  void register_platform_routes();
  void register_platform_jobs();

  Settings settings_;
  const Clock& clock_;
  std::unique_ptr<files::FileStore> file_store_;
  Registry registry_;
  i18n::Catalog catalog_;
  http::StaticFiles statics_;
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<html::Renderer> renderer_;
  std::unique_ptr<ops::Metrics> metrics_;
  http::Services services_;
  std::unique_ptr<http::Dispatcher> dispatcher_;
  std::unique_ptr<http::Server> server_;
  std::unique_ptr<jobs::Scheduler> scheduler_;
  std::string openapi_json_;  // built once the routes are final
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

// Every module, registered in one place (modules.cpp).
void register_modules(Registry& registry);

}  // namespace pao::app
