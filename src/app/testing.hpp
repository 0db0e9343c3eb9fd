// Test support: the whole product on a fresh database (SQLite or PostgreSQL), requests sent
// through the real dispatcher (routing, authentication, CSRF, permissions, handlers) without a
// socket. For tests of behaviour that crosses modules and the platform.
//
//   TestApp app(GetParam());
//   auto admin = app.sign_in("admin", "a-long-password");
//   auto res = app.send("POST", "/api/v1/users", body, &admin);
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "platform/db/testing.hpp"

namespace pao::app {

// A signed-in browser: its session cookie and CSRF token.
struct TestSession {
  std::string cookie;  // "pao_session=…"
  std::string csrf;
};

class TestApp {
 public:
  // Migrated, without demo data; the clock stands at 2026-11-25 09:00 Asia/Bangkok. Uploaded
  // files go to a fresh temporary data directory, removed with the TestApp. `extra` registers
  // test-only things (a route, a file owner) before the routes are validated.
  explicit TestApp(db::Backend backend, const std::function<void(Registry&)>& extra = {});
  ~TestApp();
  TestApp(const TestApp&) = delete;
  TestApp& operator=(const TestApp&) = delete;

  Application& app() { return *app_; }
  FixedClock& clock() { return clock_; }
  db::Database& database() { return app_->database(); }

  // Adds a staff account straight through the identity module (audited as the CLI).
  std::int64_t add_user(const std::string& username, const std::vector<std::string>& roles,
                        const std::string& division = "office_of_chief",
                        const std::string& password = "correct horse battery");

  // Sends one request. JSON bodies get Content-Type: application/json, other bodies
  // application/x-www-form-urlencoded unless `headers` has a Content-Type; `session` adds the
  // cookie and, for state-changing methods, the X-CSRF-Token header (unless with_csrf is false).
  http::Response send(const std::string& method, const std::string& target,
                      const std::string& body = "", const TestSession* session = nullptr,
                      bool with_csrf = true,
                      std::vector<std::pair<std::string, std::string>> headers = {});

  // Signs in through POST /api/v1/auth/login; fails the test unless it answers 200.
  TestSession sign_in(const std::string& username,
                      const std::string& password = "correct horse battery");

 private:
  FixedClock clock_;
  std::string data_dir_;
  std::unique_ptr<Application> app_;
};

// The value of response header `name`, or "".
std::string header_of(const http::Response& r, std::string_view name);

}  // namespace pao::app
