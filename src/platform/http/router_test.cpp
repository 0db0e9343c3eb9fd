#include "platform/http/router.hpp"

#include <gtest/gtest.h>

namespace pao::http {
namespace {

Handler ok_handler() {
  return [](Context&) -> Result<Response> { return Response::text(200, "ok"); };
}

TEST(Router, MatchesPathParametersByName) {
  Router r;
  r.get("/api/v1/plan/projects/{id}").allow_anonymous().handle(ok_handler());
  const Match m = r.match("GET", "/api/v1/plan/projects/42");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("id"), "42");
}

TEST(Router, ReportsAllowedMethodsWhenOnlyTheMethodIsWrong) {
  Router r;
  r.get("/things").allow_anonymous().handle(ok_handler());
  r.post("/things").permission("things.add").handle(ok_handler());
  const Match m = r.match("DELETE", "/things");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(m.allowed_methods, (std::vector<std::string>{"GET", "POST"}));
}

TEST(Router, UnknownPathHasNoAllowedMethods) {
  Router r;
  r.get("/things").allow_anonymous().handle(ok_handler());
  const Match m = r.match("GET", "/other");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_TRUE(m.allowed_methods.empty());
}

TEST(Router, HeadIsServedByTheGetRoute) {
  Router r;
  r.get("/healthz").allow_anonymous().handle(ok_handler());
  EXPECT_NE(r.match("HEAD", "/healthz").route, nullptr);
}

TEST(Router, RestParameterTakesTheRemainderOfThePath) {
  Router r;
  r.get("/static/{path*}").allow_anonymous().handle(ok_handler());
  const Match m = r.match("GET", "/static/fonts/sarabun.woff2");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("path"), "fonts/sarabun.woff2");
  EXPECT_EQ(r.match("GET", "/static").route, nullptr);
}

TEST(Router, TrailingSlashIsADifferentPath) {
  Router r;
  r.get("/plan").allow_anonymous().handle(ok_handler());
  EXPECT_EQ(r.match("GET", "/plan/").route, nullptr);
}

TEST(Router, RefusesARouteWithoutPermissionOrAnonymousDeclaration) {
  Router r;
  r.get("/secret").handle(ok_handler());
  EXPECT_THROW(r.validate(), std::logic_error);
}

TEST(Router, RefusesARouteDeclaringBothPermissionAndAnonymous) {
  Router r;
  r.get("/odd").permission("x.y").allow_anonymous().handle(ok_handler());
  EXPECT_THROW(r.validate(), std::logic_error);
}

TEST(Router, RefusesTheSameRouteTwice) {
  Router r;
  r.get("/a").allow_anonymous().handle(ok_handler());
  r.get("/a").allow_anonymous().handle(ok_handler());
  EXPECT_THROW(r.validate(), std::logic_error);
}

TEST(Router, ApiPathsAreJsonRoutes) {
  Router r;
  r.get("/api/v1/x").allow_anonymous().handle(ok_handler());
  r.get("/x").allow_anonymous().handle(ok_handler());
  EXPECT_EQ(r.routes()[0]->kind, RouteKind::json);
  EXPECT_EQ(r.routes()[1]->kind, RouteKind::html);
}

}  // namespace
}  // namespace pao::http
