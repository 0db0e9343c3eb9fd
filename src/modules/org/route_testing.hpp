// Test support: the org module's routes behind a real http::Dispatcher (routing, permission,
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

#include "modules/org/module.hpp"
#include "modules/org/testing.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/ops/metrics.hpp"
#include "platform/registry/registry.hpp"
#include "platform/time/clock.hpp"

namespace pao::org::testing {

using Fields = std::vector<std::pair<std::string, std::string>>;

class OrgRouteTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  // Templates are parsed once per process into ctemplate's global cache, as in the server.
  static void SetUpTestSuite() {
    if (sodium_init() < 0) FAIL() << "libsodium";
    if (renderer_) return;
    static const i18n::Catalog catalog = i18n::Catalog::load_embedded();
    static const http::StaticFiles statics;
    Registry r;
    register_org_module(r);
    renderer_ = new html::Renderer(catalog, statics, r.menu(), [] {
      return html::SiteInfo{{"องค์การบริหารส่วนจังหวัดทดสอบ", "Test PAO"}, {"อบจ.ทดสอบ", "TPAO"}};
    });
    renderer_->load_templates();
  }

  void SetUp() override {
    db_ = open_org_database(GetParam());
    register_org_module(registry_);
    std::vector<std::string> names;
    for (const auto& r : registry_.routes().routes()) names.push_back(r->method + " " + r->pattern);
    metrics_ = std::make_unique<ops::Metrics>(names);
    services_ = {db_.get(), &clock_, renderer_};
    dispatcher_ = std::make_unique<http::Dispatcher>(registry_.routes(), services_, *metrics_);
    dispatcher_->set_authenticator([this](http::Context& ctx) -> std::optional<Error> {
      ctx.principal = principal_;
      return std::nullopt;
    });
    sign_in_with_browser();
  }

  // An administrator signed in with a session cookie: must echo the CSRF token.
  void sign_in_with_browser() {
    principal_ = {};
    principal_.kind = auth::PrincipalKind::user;
    principal_.id = 7;
    principal_.name = "somchai";
    principal_.display_name = "สมชาย ใจดี";
    principal_.csrf_token = "csrf-7f3a9c";
    principal_.grant("org.manage");
  }
  // A machine with an API token holding org.manage: no cookie, so no CSRF token.
  void use_api_token() {
    principal_ = {};
    principal_.kind = auth::PrincipalKind::token;
    principal_.id = 3;
    principal_.name = "hr-sync";
    principal_.grant("org.manage");
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

  // A form as a browser posts it, with the session's CSRF token unless told otherwise.
  http::Response post_form(const std::string& target, Fields fields, bool with_csrf = true) {
    if (with_csrf) fields.insert(fields.begin(), {"_csrf", principal_.csrf_token});
    std::string body;
    for (const auto& [k, v] : fields) {
      body += (body.empty() ? "" : "&") + http::percent_encode(k) + "=" + http::percent_encode(v);
    }
    return call("POST", target, body, {{"Content-Type", "application/x-www-form-urlencoded"}});
  }

  // A JSON request, echoing the CSRF token in its header when the caller has one.
  http::Response send_json(const std::string& method, const std::string& target,
                           const boost::json::value& body, const Fields& extra = {}) {
    Fields headers{{"Content-Type", "application/json"}};
    if (!principal_.csrf_token.empty()) headers.emplace_back("X-CSRF-Token", principal_.csrf_token);
    for (const auto& h : extra) headers.push_back(h);
    return call(method, target, boost::json::serialize(body), headers);
  }

  static boost::json::value body_json(const http::Response& r) {
    return boost::json::parse(r.body);
  }
  static std::string header(const http::Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return {};
  }
  db::Lease conn() { return db_->acquire(); }

  static inline html::Renderer* renderer_ = nullptr;  // lives as long as the process
  std::unique_ptr<db::Database> db_;
  Registry registry_;
  FixedClock clock_{TimePoint(std::chrono::seconds(1795000000))};
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

}  // namespace pao::org::testing
