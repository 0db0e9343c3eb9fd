#include "app/testing.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <strings.h>

#include <algorithm>
#include <filesystem>

#include <boost/json.hpp>

#include "modules/identity/api.hpp"
#include "platform/http/request.hpp"

namespace pao::app {

namespace {
TimePoint start_time() {
  TimePoint t{};
  parse_iso_time("2026-11-25T09:00:00+07:00", t);
  return t;
}
}  // namespace

TestApp::TestApp(db::Backend backend, const std::function<void(Registry&)>& extra)
    : clock_(start_time()) {
  std::string dir = (std::filesystem::temp_directory_path() / "pao-test-XXXXXX").string();
  if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
  data_dir_ = dir;
  Settings settings;
  settings.data_dir = data_dir_;
  app_ = std::make_unique<Application>(std::move(settings), clock_);
  if (extra) extra(app_->registry());
  app_->use_database(db::open_fresh_database(backend, {.size = 8}));
  app_->migrate();
  app_->prepare_dispatcher();
}

TestApp::~TestApp() {
  app_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(data_dir_, ignored);
}

std::int64_t TestApp::add_user(const std::string& username, const std::vector<std::string>& roles,
                               const std::string& division, const std::string& password) {
  identity::NewUser u;
  u.username = username;
  u.display_name = "ทดสอบ " + username;
  u.division_code = division;
  for (const auto& r : roles) {
    const auto at = r.find('@');
    u.roles.push_back(at == std::string::npos
                          ? identity::RoleGrant{r, "*"}
                          : identity::RoleGrant{r.substr(0, at), r.substr(at + 1)});
  }
  u.password = password;
  auto lease = database().acquire();
  auto added = identity::add_user(lease.conn(), clock_.now(), audit::system_actor("test"), u);
  if (!added.ok())
    throw std::runtime_error("add_user " + username + ": " + added.error().message.en);
  return added->id;
}

http::Response TestApp::send(const std::string& method, const std::string& target,
                             const std::string& body, const TestSession* session, bool with_csrf,
                             std::vector<std::pair<std::string, std::string>> headers) {
  http::Request req = http::Request::for_target(method, target);
  req.body = body;
  req.client_ip = "192.0.2.10";
  req.request_id = "test";
  req.headers.add("Host", "pao.test");
  const bool typed = std::any_of(headers.begin(), headers.end(), [](const auto& h) {
    return strcasecmp(h.first.c_str(), "Content-Type") == 0;
  });
  if (!body.empty() && !typed) {
    const bool is_json = body.front() == '{' || body.front() == '[';
    req.headers.add("Content-Type",
                    is_json ? "application/json" : "application/x-www-form-urlencoded");
  }
  if (session) {
    req.headers.add("Cookie", session->cookie);
    if (with_csrf && method != "GET" && method != "HEAD") {
      req.headers.add("X-CSRF-Token", session->csrf);
    }
  }
  for (auto& [k, v] : headers) req.headers.add(std::move(k), std::move(v));
  return app_->dispatcher().handle(req);
}

TestSession TestApp::sign_in(const std::string& username, const std::string& password) {
  const auto body =
      boost::json::serialize(boost::json::object{{"username", username}, {"password", password}});
  const auto res = send("POST", "/api/v1/auth/login", body);
  EXPECT_EQ(res.status, 200) << res.body;
  TestSession s;
  const std::string cookie = header_of(res, "Set-Cookie");
  s.cookie = cookie.substr(0, cookie.find(';'));
  if (res.status == 200) {
    s.csrf = std::string(boost::json::parse(res.body).at("csrf_token").as_string());
  }
  return s;
}

std::string header_of(const http::Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

}  // namespace pao::app
