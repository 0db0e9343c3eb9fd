// Test support: the plan module's routes behind a real http::Dispatcher (routing, permission,
// CSRF check, error mapping, page rendering) over a migrated database on each engine, with a
// fake authenticator that signs the request in as `principal_`. Header-only; tests only.
#pragma once

#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "modules/plan/module.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/testing.hpp"
#include "platform/files/file_store.hpp"
#include "platform/files/testing.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/ops/metrics.hpp"
#include "platform/registry/registry.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan::testing {

using Fields = std::vector<std::pair<std::string, std::string>>;

class PlanRouteTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  // Templates are parsed once per process into ctemplate's global cache, as in the server.
  static void SetUpTestSuite() {
    if (sodium_init() < 0) FAIL() << "libsodium";
    if (renderer_) return;
    static const i18n::Catalog catalog = i18n::Catalog::load_embedded();
    static const http::StaticFiles statics;
    Registry r;
    register_plan_module(r);
    renderer_ = new html::Renderer(catalog, statics, r.menu(), [] {
      return html::SiteInfo{{"องค์การบริหารส่วนจังหวัดทดสอบ", "Test PAO"}, {"อบจ.ทดสอบ", "TPAO"}};
    });
    renderer_->load_templates();
  }

  void SetUp() override {
    db_ = open_plan_database(GetParam());
    register_plan_module(registry_);
    std::vector<std::string> names;
    for (const auto& r : registry_.routes().routes()) names.push_back(r->method + " " + r->pattern);
    metrics_ = std::make_unique<ops::Metrics>(names);
    store_ = std::make_unique<files::FileStore>(dir_.path());
    services_ = {db_.get(), &clock_, renderer_, store_.get()};
    dispatcher_ = std::make_unique<http::Dispatcher>(registry_.routes(), services_, *metrics_);
    dispatcher_->set_authenticator([this](http::Context& ctx) -> std::optional<Error> {
      ctx.principal = principal_;
      return std::nullopt;
    });
  }

  // A person signed in with a session cookie, in `division`, holding `permissions` there
  // ("*" for everywhere).
  void sign_in(const std::string& username, const std::string& division,
               const std::vector<std::pair<std::string, std::string>>& permissions) {
    principal_ = {};
    principal_.kind = auth::PrincipalKind::user;
    principal_.id = static_cast<std::int64_t>(username.size()) + 40;
    principal_.name = username;
    principal_.display_name = "คุณ " + username;
    principal_.division = division;
    principal_.csrf_token = "csrf-" + username;
    for (const auto& [p, scope] : permissions) principal_.grant(p, scope);
  }
  void sign_in_as_planner() {
    sign_in("planner", "strategy_budget",
            {{kManagePermission, "strategy_budget"},
             {kViewPermission, "*"},
             {kReportPermission, "strategy_budget"}});
  }
  void sign_in_as_owner(const std::string& division) {
    sign_in("owner_" + division, division, {{kViewPermission, "*"}, {kReportPermission, division}});
  }
  void sign_out() { principal_ = {}; }

  http::Response call(const std::string& method, const std::string& target,
                      const std::string& body = {}, const Fields& headers = {}) {
    http::Request req = http::Request::for_target(method, target);
    req.body = body;
    req.request_id = "req-test";
    req.client_ip = "10.1.1.1";
    for (const auto& [k, v] : headers) req.headers.add(k, v);
    return dispatcher_->handle(req);
  }
  http::Response get(const std::string& target) { return call("GET", target); }

  http::Response post_form(const std::string& target, Fields fields) {
    fields.insert(fields.begin(), {"_csrf", principal_.csrf_token});
    std::string body;
    for (const auto& [k, v] : fields) {
      body += (body.empty() ? "" : "&") + http::percent_encode(k) + "=" + http::percent_encode(v);
    }
    return call("POST", target, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
  }

  http::Response send_json(const std::string& method, const std::string& target,
                           const boost::json::value& body) {
    Fields headers{{"Content-Type", "application/json"}};
    if (!principal_.csrf_token.empty()) headers.emplace_back("X-CSRF-Token", principal_.csrf_token);
    return call(method, target, boost::json::serialize(body), headers);
  }

  static boost::json::value body_json(const http::Response& r) {
    return boost::json::parse(r.body);
  }
  db::Lease conn() { return db_->acquire(); }
  std::int64_t project_id(int strategy, int seq) {
    auto c = conn();
    return c
        ->query_one("SELECT id FROM plan_project WHERE strategy_id = ? AND seq = ?", strategy, seq)
        ->i64(0);
  }

  static inline html::Renderer* renderer_ = nullptr;  // lives as long as the process
  std::unique_ptr<db::Database> db_;
  Registry registry_;
  // 2 February 2567 B.E. (2024) 10:00 Bangkok: fiscal year 2567, quarter 2.
  FixedClock clock_{bangkok_time({2024, 2, 2}, std::chrono::hours(10))};
  files::testing::TempDir dir_;
  std::unique_ptr<files::FileStore> store_;
  http::Services services_;
  std::unique_ptr<ops::Metrics> metrics_;
  std::unique_ptr<http::Dispatcher> dispatcher_;
  auth::Principal principal_;
};

// Whether `haystack` contains `needle`, with the haystack's start shown when it does not.
inline ::testing::AssertionResult Contains(const std::string& haystack, const std::string& needle) {
  if (haystack.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "missing «" << needle << "» in:\n"
                                       << haystack.substr(0, 6000);
}

}  // namespace pao::plan::testing
