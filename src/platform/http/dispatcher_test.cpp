#include "platform/http/dispatcher.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>

namespace pao::http {
namespace {

namespace json = boost::json;

class DispatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    router_.get("/api/v1/public").allow_anonymous().handle([](Context&) -> Result<Response> {
      return Response::json(200, json::object{{"ok", true}});
    });
    router_.post("/api/v1/letters")
        .permission("saraban.register")
        .handle([](Context&) -> Result<Response> { return Response::json(201, json::object{}); });
    router_.post("/api/v1/validate").allow_anonymous().handle([](Context&) -> Result<Response> {
      FieldErrors errors;
      errors.add("subject", {"กรุณากรอกเรื่อง", "Subject is required"});
      return errors.to_error();
    });
    router_.get("/api/v1/boom").allow_anonymous().handle([](Context&) -> Result<Response> {
      throw std::runtime_error("secret internal detail: table foo");
    });
    router_.get("/big").allow_anonymous().handle(
        [](Context&) -> Result<Response> { return Response::html(200, std::string(5000, 'x')); });
    router_.get("/public-page")
        .allow_anonymous()
        .public_cache(std::chrono::seconds(60))
        .handle([this](Context&) -> Result<Response> {
          ++renders_;
          return Response::html(200, "page " + std::to_string(renders_));
        });
    router_.get("/big-public")
        .allow_anonymous()
        .public_cache(std::chrono::seconds(60))
        .handle([this](Context&) -> Result<Response> {
          ++renders_;
          return Response::html(200, std::string(5000, 'y'));
        });
    std::vector<std::string> names;
    for (const auto& r : router_.routes()) names.push_back(r->method + " " + r->pattern);
    metrics_ = std::make_unique<ops::Metrics>(names);
    dispatcher_ = std::make_unique<Dispatcher>(router_, services_, *metrics_);
  }

  Response call(const std::string& method, const std::string& path,
                const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    Request req;
    req.method = method;
    req.path = path;
    req.target = path;
    req.request_id = "test-1";
    for (const auto& [k, v] : headers) req.headers.add(k, v);
    return dispatcher_->handle(req);
  }

  static std::string header(const Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return {};
  }

  int renders_ = 0;
  Router router_;
  Services services_;
  std::unique_ptr<ops::Metrics> metrics_;
  std::unique_ptr<Dispatcher> dispatcher_;
};

TEST_F(DispatcherTest, AnonymousCallerOfAProtectedRouteGets401) {
  const Response r = call("POST", "/api/v1/letters");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(json::parse(r.body).at("error").at("code"), "unauthenticated");
}

TEST_F(DispatcherTest, SignedInCallerWithoutThePermissionGets403) {
  dispatcher_->set_authenticator([](Context& ctx) -> std::optional<Error> {
    ctx.principal.kind = auth::PrincipalKind::user;
    ctx.principal.grant("plan.view");
    return std::nullopt;
  });
  EXPECT_EQ(call("POST", "/api/v1/letters").status, 403);
}

TEST_F(DispatcherTest, CallerWithThePermissionGetsThrough) {
  dispatcher_->set_authenticator([](Context& ctx) -> std::optional<Error> {
    ctx.principal.kind = auth::PrincipalKind::user;
    ctx.principal.grant("saraban.register");
    return std::nullopt;
  });
  EXPECT_EQ(call("POST", "/api/v1/letters").status, 201);
}

TEST_F(DispatcherTest, FieldErrorsNameTheFieldInTheCallersLanguage) {
  const Response th = call("POST", "/api/v1/validate");
  EXPECT_EQ(th.status, 400);
  const auto doc = json::parse(th.body);
  EXPECT_EQ(doc.at("error").at("code"), "invalid_argument");
  EXPECT_EQ(doc.at("error").at("fields").at("subject"), "กรุณากรอกเรื่อง");
  const Response en = call("POST", "/api/v1/validate", {{"Cookie", "lang=en"}});
  EXPECT_EQ(json::parse(en.body).at("error").at("fields").at("subject"), "Subject is required");
}

TEST_F(DispatcherTest, UnexpectedExceptionIs500WithoutInternals) {
  const Response r = call("GET", "/api/v1/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("secret internal detail"), std::string::npos);
  EXPECT_EQ(json::parse(r.body).at("error").at("request_id"), "test-1");
}

TEST_F(DispatcherTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  EXPECT_EQ(call("GET", "/api/v1/nothing").status, 404);
  const Response r = call("DELETE", "/api/v1/public");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(header(r, "Allow"), "GET, HEAD");
}

TEST_F(DispatcherTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const Response& r : {call("GET", "/api/v1/public"), call("GET", "/api/v1/nothing"),
                            call("GET", "/api/v1/boom")}) {
    EXPECT_NE(header(r, "Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos);
    EXPECT_EQ(header(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(header(r, "X-Request-Id"), "test-1");
  }
}

TEST_F(DispatcherTest, MatchingETagAnswers304WithoutABody) {
  const Response first = call("GET", "/api/v1/public");
  const std::string tag = header(first, "ETag");
  ASSERT_FALSE(tag.empty());
  const Response again = call("GET", "/api/v1/public", {{"If-None-Match", tag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
}

TEST_F(DispatcherTest, LargeTextIsGzippedOnlyWhenTheClientAcceptsIt) {
  const Response plain = call("GET", "/big");
  EXPECT_EQ(plain.body.size(), 5000u);
  const Response zipped = call("GET", "/big", {{"Accept-Encoding", "gzip, deflate"}});
  EXPECT_EQ(header(zipped, "Content-Encoding"), "gzip");
  EXPECT_LT(zipped.body.size(), 200u);
}

TEST_F(DispatcherTest, RequestsAreCountedByRouteAndStatus) {
  call("GET", "/api/v1/public");
  call("GET", "/api/v1/nothing");
  const std::string text = metrics_->render({}, {}, {}, 0);
  EXPECT_NE(text.find("route=\"/api/v1/public\",status=\"200\"} 1"), std::string::npos);
  EXPECT_NE(text.find("route=\"unmatched\",status=\"404\"} 1"), std::string::npos);
}

TEST_F(DispatcherTest, PublicPageIsRenderedOnceForManyAnonymousVisitors) {
  EXPECT_EQ(call("GET", "/public-page").body, "page 1");
  EXPECT_EQ(call("GET", "/public-page").body, "page 1");
  EXPECT_EQ(renders_, 1);
}

TEST_F(DispatcherTest, SignedInVisitorsNeverGetTheSharedCopy) {
  call("GET", "/public-page");
  dispatcher_->set_authenticator([](Context& ctx) -> std::optional<Error> {
    ctx.principal.kind = auth::PrincipalKind::user;
    return std::nullopt;
  });
  EXPECT_EQ(call("GET", "/public-page").body, "page 2");
}

TEST_F(DispatcherTest, TheFastPathServesOnlyCredentialFreeRequestsFromTheCache) {
  Request req;
  req.method = "GET";
  req.path = req.target = "/public-page";
  req.request_id = "fast";
  EXPECT_FALSE(dispatcher_->try_public_cache(req).has_value());  // nothing cached yet
  call("GET", "/public-page");
  const auto hit = dispatcher_->try_public_cache(req);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->body, "page 1");
  EXPECT_EQ(header(*hit, "X-Content-Type-Options"), "nosniff");
  req.headers.add("Cookie", "pao_session=abc");
  EXPECT_FALSE(dispatcher_->try_public_cache(req).has_value());
}

TEST_F(DispatcherTest, CachedLargePageIsGzippedOnceAndStillServedPlainWhenAsked) {
  call("GET", "/big-public");
  const Response zipped = call("GET", "/big-public", {{"Accept-Encoding", "gzip"}});
  const Response plain = call("GET", "/big-public");
  EXPECT_EQ(renders_, 1);
  EXPECT_EQ(header(zipped, "Content-Encoding"), "gzip");
  EXPECT_LT(zipped.body.size(), 200u);
  EXPECT_EQ(plain.body, std::string(5000, 'y'));
  EXPECT_EQ(header(plain, "Content-Encoding"), "");
  int vary = 0;
  for (const auto& [k, v] : plain.headers) vary += k == "Vary";
  EXPECT_EQ(vary, 1);
}

TEST_F(DispatcherTest, EachLanguageHasItsOwnCopy) {
  call("GET", "/public-page");
  EXPECT_EQ(call("GET", "/public-page", {{"Cookie", "lang=en"}}).body, "page 2");
}

// A download (RouteKind::other) is not a page: an anonymous GET gets 401, not a sign-in page in
// place of the file. Pages still send a person to sign in.
TEST(DispatcherRouteKinds, AnonymousGetOfADownloadIs401AndOfAPageASignInRedirect) {
  Router router;
  router.get("/files/{id}").signed_in().kind(RouteKind::other).handle([](Context&) {
    return Result<Response>(Response::text(200, "bytes"));
  });
  router.get("/page").signed_in().handle(
      [](Context&) { return Result<Response>(Response::html(200, "page")); });
  ops::Metrics metrics({"GET /files/{id}", "GET /page"});
  Services services;
  Dispatcher dispatcher(router, services, metrics);
  Request file;
  file.method = "GET";
  file.path = file.target = "/files/1";
  EXPECT_EQ(dispatcher.handle(file).status, 401);
  Request page;
  page.method = "GET";
  page.path = page.target = "/page";
  EXPECT_EQ(dispatcher.handle(page).status, 303);
}

TEST(DispatcherRouteKinds, AHandlersOwnNosniffIsNotRepeated) {
  Router router;
  router.get("/f").allow_anonymous().handle([](Context&) {
    Response r = Response::text(200, "x");
    r.header("X-Content-Type-Options", "nosniff");
    return Result<Response>(std::move(r));
  });
  ops::Metrics metrics({"GET /f"});
  Services services;
  Dispatcher dispatcher(router, services, metrics);
  Request req;
  req.method = "GET";
  req.path = req.target = "/f";
  const Response r = dispatcher.handle(req);
  int nosniff = 0;
  for (const auto& [k, v] : r.headers) nosniff += k == "X-Content-Type-Options";
  EXPECT_EQ(nosniff, 1);
}

// The CSRF token of a cookie session may come as the `_csrf` field of a multipart form (a form
// with a file input), as it may in an urlencoded one.
class MultipartCsrf : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.post("/upload").signed_in().handle(
        [](Context&) { return Result<Response>(Response::text(200, "stored")); });
    metrics_ = std::make_unique<ops::Metrics>(std::vector<std::string>{"POST /upload"});
    dispatcher_ = std::make_unique<Dispatcher>(router_, services_, *metrics_);
    dispatcher_->set_authenticator([](Context& ctx) -> std::optional<Error> {
      ctx.principal.kind = auth::PrincipalKind::user;
      ctx.principal.csrf_token = "the-token";
      return std::nullopt;
    });
  }
  int post(const std::string& content_type, const std::string& body) {
    Request req;
    req.method = "POST";
    req.path = req.target = "/upload";
    req.request_id = "t";
    req.headers.add("Content-Type", content_type);
    req.body = body;
    return dispatcher_->handle(req).status;
  }
  static std::string form(const std::string& csrf_part) {
    return "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
           "hello\r\n" +
           csrf_part + "--B--\r\n";
  }
  Router router_;
  Services services_;
  std::unique_ptr<ops::Metrics> metrics_;
  std::unique_ptr<Dispatcher> dispatcher_;
};

TEST_F(MultipartCsrf, TheTokenAsAFormFieldIsAccepted) {
  EXPECT_EQ(post("multipart/form-data; boundary=B",
                 form("--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                      "the-token\r\n")),
            200);
}

TEST_F(MultipartCsrf, AMissingOrWrongTokenIsRefused) {
  EXPECT_EQ(post("multipart/form-data; boundary=B", form("")), 403);
  EXPECT_EQ(post("multipart/form-data; boundary=B",
                 form("--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                      "another\r\n")),
            403);
}

TEST_F(MultipartCsrf, AMalformedBodyCarriesNoToken) {
  EXPECT_EQ(post("multipart/form-data; boundary=B",
                 "--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nthe-token"),
            403);
  EXPECT_EQ(post("multipart/form-data; boundary=C",
                 form("--B\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                      "the-token\r\n")),
            403);
}

TEST(RequestId, KeepsASafeIncomingIdAndReplacesAnUnsafeOne) {
  ASSERT_GE(sodium_init(), 0);
  EXPECT_EQ(make_request_id("abc-123"), "abc-123");
  EXPECT_EQ(make_request_id("bad id\r\nX: y").size(), 16u);
  EXPECT_EQ(make_request_id(std::nullopt).size(), 16u);
}

}  // namespace
}  // namespace pao::http
