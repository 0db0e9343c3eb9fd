#include "app/application.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <filesystem>
#include <stdexcept>

#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/files/file_routes.hpp"
#include "platform/files/files.hpp"
#include "platform/files/orphans.hpp"
#include "platform/notify/delivery.hpp"
#include "platform/notify/notification.hpp"
#include "platform/notify/routes.hpp"
#include "platform/openapi/openapi.hpp"
#include "platform/search/index_upkeep.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::app {

namespace json = boost::json;

Application::Application(Settings settings, const Clock& clock)
    : settings_(std::move(settings)),
      clock_(clock),
      file_store_(std::make_unique<files::FileStore>(
          std::filesystem::path(settings_.data_dir.empty() ? "var" : settings_.data_dir) /
          "files")),
      catalog_(i18n::Catalog::load_embedded()) {
  for (auto& m : audit::audit_migrations()) registry_.add_migration(std::move(m));
  for (auto& m : search::search_migrations()) registry_.add_migration(std::move(m));
  for (auto& m : holiday_migrations()) registry_.add_migration(std::move(m));
  for (auto& m : jobs::job_migrations()) registry_.add_migration(std::move(m));
  for (auto& m : notify::notify_migrations()) registry_.add_migration(std::move(m));
  for (auto& m : files::file_migrations()) registry_.add_migration(std::move(m));
  register_modules(registry_);
  register_platform_routes();
  register_platform_jobs();
}

Application::~Application() = default;

jobs::Scheduler& Application::scheduler() {
  if (!scheduler_) scheduler_ = std::make_unique<jobs::Scheduler>(*db_, registry_.jobs());
  return *scheduler_;
}

void Application::register_platform_jobs() {
  std::shared_ptr<notify::MailTransport> transport;
  notify::DeliveryOptions options;
  if (settings_.smtp) {
    transport = std::make_shared<notify::SmtpTransport>(*settings_.smtp);
    options.from = settings_.smtp->from;
  }
  options.base_url = settings_.public_url;
  // The identity module sets the lookup while registering; ask for it when a mail is sent.
  auto user_email = [this](db::Connection& conn, std::int64_t user_id) -> std::string {
    return registry_.user_email() ? registry_.user_email()(conn, user_id) : std::string();
  };
  registry_.add_job(notify::delivery_job(std::move(transport), user_email, options));
  registry_.add_job(files::orphan_job(*file_store_));
  registry_.add_job(search::merge_index_job());
}

void Application::open_database(int pool_size) {
  db::PoolOptions options;
  if (pool_size > 0) options.size = pool_size;
  db_ = db::Database::open(settings_.db_uri, options);
}

std::vector<std::string> Application::migrate() {
  auto applied =
      db::apply_migrations(*db_, registry_.migrations(), to_iso_utc(clock_.now())).applied;
  if (!applied.empty()) reindex_search();
  return applied;
}

std::vector<std::string> Application::reindex_search() {
  std::vector<std::string> done;
  auto lease = db_->acquire();
  for (const auto& source : registry_.search_sources()) {
    db::Tx tx(lease.conn());
    search::remove_kind(lease.conn(), source.kind);
    source.reindex(lease.conn(), clock_);
    tx.commit();
    done.push_back(source.kind);
  }
  return done;
}

std::vector<std::string> Application::pending_migrations() {
  return db::pending_migrations(*db_, registry_.migrations());
}

std::vector<std::pair<std::string, std::string>> Application::load_demo_data() {
  std::vector<std::pair<std::string, std::string>> notes;
  auto lease = db_->acquire();
  for (const auto& step : registry_.demo_data()) {
    db::Tx tx(lease.conn());
    for (auto& note : step.load(lease.conn(), clock_))
      notes.emplace_back(step.module, std::move(note));
    tx.commit();
  }
  return notes;
}

void Application::prepare_server(http::ServerOptions options) {
  prepare_dispatcher();
  server_ = std::make_unique<http::Server>(std::move(options), *dispatcher_);
  server_->listen();
}

void Application::prepare_dispatcher() {
  if (const auto pending = pending_migrations(); !pending.empty()) {
    throw std::runtime_error("the database needs " + std::to_string(pending.size()) +
                             " migration(s) first (" + pending.front() + " …): run `pao migrate`");
  }
  registry_.validate();
  openapi_json_ = json::serialize(openapi::build_document(
      registry_.routes(), {"pao API", PAO_VERSION,
                           "The PAO digital platform: one server, one login, one audit trail."}));
  std::vector<std::string> names;
  for (const auto& r : registry_.routes().routes()) names.push_back(r->method + " " + r->pattern);
  metrics_ = std::make_unique<ops::Metrics>(std::move(names));
  auto site = [this]() -> html::SiteInfo {
    if (!registry_.site_info())
      return {{"องค์การบริหารส่วนจังหวัด", "Provincial Administrative Organization"}, {"อบจ.", "PAO"}};
    auto lease = db_->acquire();
    return registry_.site_info()(lease.conn());
  };
  renderer_ = std::make_unique<html::Renderer>(catalog_, statics_, registry_.menu(), site);
  renderer_->load_templates();
  renderer_->set_unread_counter(
      [](http::Context& ctx) { return notify::unread_count(ctx.db(), ctx.principal.id); });
  services_ = {db_.get(), &clock_, renderer_.get(), file_store_.get()};
  dispatcher_ = std::make_unique<http::Dispatcher>(registry_.routes(), services_, *metrics_);
  if (registry_.authenticator()) dispatcher_->set_authenticator(registry_.authenticator());
}

void Application::register_platform_routes() {
  auto& routes = registry_.routes();

  routes.get("/healthz")
      .allow_anonymous()
      .kind(http::RouteKind::json)
      .tag("ops")
      .summary("Liveness and database health")
      .response(200, "The server and its database answer",
                json::parse(
                    R"({"type":"object","properties":{"status":{"type":"string","enum":["ok"]}}})"))
      .response(503, "The database does not answer")
      .handle([](http::Context& ctx) -> Result<http::Response> {
        try {
          ctx.db().query("SELECT 1");
          return http::Response::json(200, json::object{{"status", "ok"}});
        } catch (const std::exception& e) {
          spdlog::warn("healthz: database does not answer: {}", e.what());
          return http::Response::json(503, json::object{{"status", "unavailable"}});
        }
      });

  routes.get("/metrics")
      .allow_anonymous()
      .kind(http::RouteKind::other)
      .tag("ops")
      .summary("Prometheus metrics (loopback, or the platform.view_metrics permission)")
      .handle([this](http::Context& ctx) -> Result<http::Response> {
        const auto& ip = ctx.request.client_ip;
        const bool local = ip == "127.0.0.1" || ip == "::1" || ip.starts_with("127.");
        if (!local && !ctx.principal.can("platform.view_metrics")) {
          return Error{ErrorCode::permission_denied,
                       {"คุณไม่มีสิทธิ์ดูข้อมูลนี้", "You may not read the metrics"},
                       {},
                       {}};
        }
        return http::Response::text(
            200,
            metrics_->render(db_->stats(), started_, std::chrono::steady_clock::now(),
                             server_ ? server_->open_connections() : 0),
            "text/plain; version=0.0.4; charset=utf-8");
      });
  registry_.add_permission("platform.view_metrics",
                           {"ดูข้อมูลสถิติการทำงานของระบบ", "Read the server's metrics"});

  routes.get("/api/v1/openapi.json")
      .allow_anonymous()
      .tag("ops")
      .summary("This API's OpenAPI 3 document")
      .response(200, "The OpenAPI document", json::parse(R"({"type":"object"})"))
      .handle([this](http::Context&) -> Result<http::Response> {
        return http::Response::text(200, openapi_json_, "application/json");
      });

  notify::add_notification_routes(routes);
  files::add_file_routes(routes, registry_.file_owners());

  routes.get("/static/{path*}")
      .allow_anonymous()
      .kind(http::RouteKind::other)
      .run_inline()
      .handle([this](http::Context& ctx) -> Result<http::Response> {
        return statics_.serve(ctx.request, ctx.request.path_param("path"));
      });
}

}  // namespace pao::app
