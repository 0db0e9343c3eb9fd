// Properties of every route the product registers, whatever module it comes from.
#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>
#include <regex>

#include "app/application.hpp"
#include "platform/openapi/openapi.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

class AllRoutes : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
  SystemClock clock_;
  Application app_{Settings{}, clock_};
};

// Replaces {param} segments with a plausible value so the route matches.
std::string concrete_path(const std::string& pattern) {
  return std::regex_replace(pattern, std::regex(R"(\{[a-z_]+\*?\})"), "1");
}

TEST_F(AllRoutes, EveryRouteDeclaresItsPermission) {
  EXPECT_NO_THROW(app_.registry().validate());
}

TEST_F(AllRoutes, EveryProtectedRouteRefusesAnonymousWith401AndOthersWith403) {
  const auto& router = app_.registry().routes();
  std::vector<std::string> names;
  for (const auto& r : router.routes()) names.push_back(r->method + " " + r->pattern);
  ops::Metrics metrics(names);
  http::Services services;  // no database: a refused request must never reach one
  http::Dispatcher dispatcher(router, services, metrics);
  bool signed_in = false;
  dispatcher.set_authenticator([&signed_in](http::Context& ctx) -> std::optional<Error> {
    if (signed_in) {
      ctx.principal.kind = auth::PrincipalKind::user;
      ctx.principal.grant("some.unrelated_permission");
    }
    return std::nullopt;
  });
  int protected_routes = 0;
  for (const auto& r : router.routes()) {
    if (r->anonymous) continue;
    ++protected_routes;
    http::Request req;
    req.method = r->method;
    req.path = concrete_path(r->pattern);
    req.target = req.path;
    req.request_id = "walk";
    signed_in = false;
    const http::Response anonymous = dispatcher.handle(req);
    if (r->kind == http::RouteKind::html && r->method == "GET") {
      // A person following a link is sent to sign in, then back.
      EXPECT_EQ(anonymous.status, 303) << r->method << " " << r->pattern;
      EXPECT_TRUE(anonymous.body.empty());
    } else {
      EXPECT_EQ(anonymous.status, 401) << r->method << " " << r->pattern;
    }
    if (!r->permission) continue;  // signed_in(): any signed-in caller may use it
    signed_in = true;
    EXPECT_EQ(dispatcher.handle(req).status, 403) << r->method << " " << r->pattern;
  }
  RecordProperty("protected_routes", protected_routes);
}

TEST_F(AllRoutes, EveryApiRouteIsAJsonRouteInTheOpenApiDocument) {
  const auto& router = app_.registry().routes();
  const json::value doc = openapi::build_document(router, {"pao", "test", ""});
  const auto& paths = doc.at("paths").as_object();
  for (const auto& r : router.routes()) {
    if (!r->pattern.starts_with("/api/")) continue;
    EXPECT_EQ(r->kind, http::RouteKind::json) << r->pattern << " must answer JSON";
    const auto* item = paths.if_contains(r->pattern);
    ASSERT_NE(item, nullptr) << r->pattern << " missing from openapi.json";
    std::string method = r->method;
    for (auto& c : method) c = static_cast<char>(std::tolower(c));
    EXPECT_TRUE(item->as_object().contains(method)) << r->method << " " << r->pattern;
  }
}

TEST_F(AllRoutes, ProtectedApiRoutesDocumentTheir401And403) {
  const json::value doc = openapi::build_document(app_.registry().routes(), {"pao", "t", ""});
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      if (op.at("x-permission") == "anonymous") continue;
      EXPECT_TRUE(op.at("responses").as_object().contains("401")) << path;
      if (op.at("x-permission") == "signed_in") continue;  // no permission to lack
      EXPECT_TRUE(op.at("responses").as_object().contains("403")) << path;
    }
  }
}

}  // namespace
}  // namespace pao::app
