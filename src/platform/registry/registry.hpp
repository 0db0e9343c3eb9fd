// How a module plugs into pao: one function per module, `void register_<name>_module(Registry&)`,
// called from src/app/modules.cpp (the one place modules are listed). Through the registry a
// module contributes its routes, migrations, permissions, menu entries, demo data, jobs and who
// may read the files attached to its records.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/migrations.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_routes.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/router.hpp"
#include "platform/jobs/job.hpp"

namespace pao {

class Clock;

// A permission a module's routes and use cases check. `default_roles` are the built-in roles
// (admin, executive, division_head, clerk, staff, it_staff, auditor) that hold it unless an
// administrator changes the role; `admin` holds every permission regardless.
struct PermissionInfo {
  std::string key;  // "plan.report_progress"
  Message description;
  std::vector<std::string> default_roles;
};

// Loads a module's demo data. Must be idempotent: `pao demo-data` may run on every start.
// Returns lines for the operator (e.g. the demo accounts' sign-in details); usually none.
using DemoDataLoader = std::function<std::vector<std::string>(db::Connection&, const Clock&)>;
struct DemoDataStep {
  std::string module;
  DemoDataLoader load;
};

// A kind of searchable record a module keeps in the platform search index (search_index.hpp):
// its label for the search page's filter, and how to rebuild all its documents (after an upgrade
// of the word breaker, or `pao search reindex`). Modules also upsert a document whenever the
// record changes, in the same transaction.
struct SearchSource {
  std::string kind;  // "plan.project"
  Message label;  // "โครงการในแผนดิจิทัล" / "Digital plan projects"
  std::function<void(db::Connection&, const Clock&)> reindex;
};

class Registry {
 public:
  http::Router& routes() { return router_; }
  const http::Router& routes() const { return router_; }

  // Adds the module's migrations from its embedded migrations/NNNN_name.sql files, in order.
  // `code` steps (seed loaders) can be attached to a version with add_migration_step().
  void add_sql_migrations(const std::string& module);
  // Attaches C++ work to migration `version` of `module` (runs after its SQL, same transaction).
  // A version with no SQL file is allowed: the step is then the whole migration.
  void add_migration_step(const std::string& module, int version, const std::string& name,
                          std::function<void(db::Connection&)> step);
  const std::vector<db::Migration>& migrations() const { return migrations_; }

  // Platform-owned migrations (e.g. the audit trail's tables), in the order given.
  void add_migration(db::Migration m) { migrations_.push_back(std::move(m)); }

  void add_permission(std::string key, Message description,
                      std::vector<std::string> default_roles = {});
  const std::vector<PermissionInfo>& permissions() const { return permissions_; }

  void add_menu(html::MenuEntry entry) { menu_.push_back(std::move(entry)); }
  const std::vector<html::MenuEntry>& menu() const { return menu_; }

  void add_demo_data(std::string module, DemoDataLoader load);
  const std::vector<DemoDataStep>& demo_data() const { return demo_data_; }

  void add_search_source(SearchSource source) { search_sources_.push_back(std::move(source)); }
  const std::vector<SearchSource>& search_sources() const { return search_sources_; }

  // The site's identity for page headers (the org module provides it).
  void set_site_info(std::function<html::SiteInfo(db::Connection&)> provider);
  const std::function<html::SiteInfo(db::Connection&)>& site_info() const { return site_info_; }

  // Who is calling (the identity module provides it).
  void set_authenticator(http::Authenticator a) { authenticator_ = std::move(a); }

  // A job the scheduler runs (platform/jobs/job.hpp): on its schedule in `pao serve` and
  // `pao jobs run-due`, and whenever code enqueues it with jobs::enqueue_job(). Throws
  // std::logic_error for a duplicate name, a missing handler or a schedule that does not parse.
  void add_job(jobs::JobSpec spec);
  const std::vector<jobs::JobSpec>& jobs() const { return jobs_; }

  // Who may read the files attached to records of (module, kind): the download route
  // GET /files/{id}/{name} asks `may_read` with the owner's id (files/file_routes.hpp). Files of
  // an owner nobody registered are never served. Throws std::logic_error for a duplicate.
  void add_file_owner(std::string module, std::string kind, files::MayReadFile may_read) {
    file_owners_.add(std::move(module), std::move(kind), std::move(may_read));
  }
  const files::FileOwners& file_owners() const { return file_owners_; }

  // A user's e-mail address ("" when none), for notifications addressed to a user (the identity
  // module provides it).
  using UserEmailLookup = std::function<std::string(db::Connection&, std::int64_t user_id)>;
  void set_user_email(UserEmailLookup lookup) { user_email_ = std::move(lookup); }
  const UserEmailLookup& user_email() const { return user_email_; }

  // Checks the routes (see Router::validate) and that every permission a route needs was
  // declared with add_permission(). Throws std::logic_error naming the first problem.
  void validate() const;
  const http::Authenticator& authenticator() const { return authenticator_; }

 private:
  http::Router router_;
  std::vector<db::Migration> migrations_;
  std::vector<PermissionInfo> permissions_;
  std::vector<html::MenuEntry> menu_;
  std::vector<DemoDataStep> demo_data_;
  std::vector<SearchSource> search_sources_;
  std::function<html::SiteInfo(db::Connection&)> site_info_;
  http::Authenticator authenticator_;
  std::vector<jobs::JobSpec> jobs_;
  UserEmailLookup user_email_;
  files::FileOwners file_owners_;
};

}  // namespace pao
