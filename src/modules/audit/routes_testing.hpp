// Test support for the audit module's routes: the real dispatcher (permission checks, error
// mapping), the real templates and a fresh database on each engine holding a trail written by
// audit::record exactly as modules write it. A fake authenticator signs in "auditor1" with the
// permissions in `grants_` (none: anonymous).
//
//   class AuditPages : public AuditRoutesTest {};
//   TEST_P(AuditPages, …) { write_many(3); EXPECT_EQ(get("/admin/audit").status, 200); }
//   INSTANTIATE_TEST_SUITE_P(AuditDb, AuditPages, ::testing::ValuesIn(db::test_backends()),
//                            db::backend_name);
#pragma once

#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>
#include <memory>
#include <string>
#include <vector>

#include "modules/audit/module.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/registry/registry.hpp"

namespace pao::audit::test_support {

namespace json = boost::json;

inline TimePoint at(const std::string& iso) {
  TimePoint t;
  EXPECT_TRUE(parse_iso_time(iso, t)) << iso;
  return t;
}

inline const i18n::Catalog& catalog() {
  static const i18n::Catalog kCatalog = i18n::Catalog::load_embedded();
  return kCatalog;
}

inline const http::StaticFiles& statics() {
  static const http::StaticFiles kStatics;
  return kStatics;
}

// ctemplate's cache is process-wide: templates are parsed once per test run.
inline void load_templates_once(html::Renderer& renderer) {
  static const bool kLoaded = [&] {
    try {
      renderer.load_templates();
    } catch (const std::runtime_error&) {
      // Another suite parsed them already; rendering ours proves it.
      ctemplate::TemplateDictionary probe("probe");
      renderer.render("audit/sections", "th", probe);
    }
    return true;
  }();
  (void)kLoaded;
}

class AuditRoutesTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    db_ = db::open_fresh_database(GetParam());
    db::apply_migrations(*db_, audit_migrations(), "2026-11-25T00:00:00Z");
    register_audit_module(registry_);
    registry_.validate();
    renderer_ = std::make_unique<html::Renderer>(catalog(), statics(), registry_.menu(), [] {
      return html::SiteInfo{{"องค์การบริหารส่วนจังหวัดทดสอบ", "Test PAO"}, {"อบจ.ทดสอบ", "PAO"}};
    });
    load_templates_once(*renderer_);
    services_ = {db_.get(), &clock_, renderer_.get()};
    std::vector<std::string> names;
    for (const auto& r : registry_.routes().routes()) names.push_back(r->method + " " + r->pattern);
    metrics_ = std::make_unique<ops::Metrics>(names);
    dispatcher_ = std::make_unique<http::Dispatcher>(registry_.routes(), services_, *metrics_);
    dispatcher_->set_authenticator([this](http::Context& ctx) -> std::optional<Error> {
      if (grants_.empty()) return std::nullopt;
      ctx.principal.kind = auth::PrincipalKind::user;
      ctx.principal.id = 99;
      ctx.principal.name = "auditor1";
      ctx.principal.display_name = "นางสาวตรวจ สอบดี";
      ctx.principal.csrf_token = "csrf-test";
      for (const auto& g : grants_) ctx.principal.grant(g);
      return std::nullopt;
    });
  }

  // Appends one entry in its own write transaction, as a module's use case does.
  std::int64_t write(const std::string& when, const std::string& actor, const std::string& action,
                     const std::string& type, const std::string& id, const Changes& changes = {}) {
    auto lease = db_->acquire();
    db::Tx tx(lease.conn());
    const Actor who{ActorKind::user, 7, actor, "req-" + id, "10.0.0.5"};
    const auto seq = record(lease.conn(), at(when), who, {action, type, id, changes});
    tx.commit();
    return seq;
  }

  // `n` entries at one-minute steps from 2026-11-25 07:00 UTC, in one transaction.
  void write_many(int n, const std::string& actor = "somchai") {
    auto lease = db_->acquire();
    db::Tx tx(lease.conn());
    for (int i = 0; i < n; ++i) {
      Changes c;
      c.set("name", "เดิม", json::string("ใหม่ " + std::to_string(i)));
      record(lease.conn(), at("2026-11-25T07:00:00Z") + std::chrono::minutes(i),
             {ActorKind::user, 7, actor, "req", "10.0.0.5"},
             {"test.thing.update", "thing", std::to_string(i), c});
    }
    tx.commit();
  }

  http::Response get(const std::string& target) {
    http::Request req = http::Request::for_target("GET", target);
    req.request_id = "test-req";
    req.client_ip = "192.0.2.10";
    return dispatcher_->handle(req);
  }

  json::value get_json(const std::string& target, int status = 200) {
    const auto r = get(target);
    EXPECT_EQ(r.status, status) << target << "\n" << r.body;
    return json::parse(r.body);
  }

  // The seq of every item on one page of /api/v1/audit/entries.
  std::vector<std::int64_t> seqs(const std::string& query) {
    const auto doc = get_json("/api/v1/audit/entries" + query);
    std::vector<std::int64_t> out;
    for (const auto& item : doc.at("items").as_array()) out.push_back(item.at("seq").as_int64());
    return out;
  }

  static std::string header(const http::Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return {};
  }

  static bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
  }

  using Seqs = std::vector<std::int64_t>;

  FixedClock clock_{at("2026-11-25T08:00:00Z")};
  std::unique_ptr<db::Database> db_;
  Registry registry_;
  std::unique_ptr<html::Renderer> renderer_;
  http::Services services_;
  std::unique_ptr<ops::Metrics> metrics_;
  std::unique_ptr<http::Dispatcher> dispatcher_;
  std::vector<std::string> grants_{"audit.view"};
};

}  // namespace pao::audit::test_support
