// Routes are declared once, with the permission they need and what they accept and return; the
// same declaration drives dispatch, the permission check, body limits and /api/v1/openapi.json.
//
//   routes.get("/api/v1/plan/projects/{id}")
//       .permission("plan.view")
//       .summary("One project with its progress")
//       .path_param("id", "integer", "Project id")
//       .response(200, "The project", project_schema)
//       .handle(get_project_json);
//
// A route without exactly one of `permission(…)`, `signed_in()` or `allow_anonymous()` is a
// startup error, so no route is ever
// reachable by accident.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "platform/auth/principal.hpp"
#include "platform/error/error.hpp"
#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace pao {
class Clock;
namespace db {
class Database;
class Connection;
class Lease;
}  // namespace db
namespace html {
class Renderer;
}
namespace files {
class FileStore;
}
}  // namespace pao

namespace pao::http {

struct Route;

// What the platform lends every request.
struct Services {
  db::Database* db = nullptr;
  const Clock* clock = nullptr;
  html::Renderer* html = nullptr;
  const files::FileStore* files = nullptr;  // uploaded files on disk (files/file_store.hpp)
};

// One request in flight: the request, who sent it, in which language to answer, and lazily a
// pooled database connection held until the response is sent.
class Context {
 public:
  Context(const Request& request, const Services& services, const Route* route);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  const Request& request;
  const Services& services;
  const Route* route;  // null for unmatched requests
  auth::Principal principal;
  std::string lang = "th";  // "th" or "en"

  // A pooled connection for this request (acquired on first use; throws db::DbUnavailable).
  db::Connection& db();
  const Clock& clock() const;
  html::Renderer& html() const;
  // Where uploaded files are kept. Throws std::logic_error when the server was set up without.
  const files::FileStore& files() const;

 private:
  std::unique_ptr<db::Lease> lease_;
};

using Handler = std::function<Result<Response>(Context&)>;

// html: pages (errors as pages; an anonymous GET is sent to sign in and back). json: the API
// (errors as JSON). other: anything else a browser fetches — static files, downloads (errors as
// pages, but an anonymous GET gets 401, not a sign-in page in place of a file).
enum class RouteKind { html, json, other };

struct ParamDoc {
  std::string name;
  std::string in;    // "path" or "query"
  std::string type;  // "string", "integer", "boolean"
  std::string description;
  bool required = false;
};

struct ResponseDoc {
  int status = 200;
  std::string description;
  boost::json::value schema;  // JSON Schema of the body, or null
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/plan/projects/{id}"
  RouteKind kind = RouteKind::html;
  std::optional<std::string> permission;      // the permission needed, or:
  bool anonymous = false;                     // public: anyone may call it
  bool signed_in = false;                     // anyone signed in (their own account, sign-out)
  std::size_t body_limit = 1 << 20;           // bytes; larger bodies get 413
  bool run_inline = false;                    // cheap, non-blocking: run on the I/O thread
  std::chrono::milliseconds public_cache{0};  // >0: anonymous GETs may be answered from a
                                              // copy this young (see Dispatcher)
  std::string summary;
  std::string tag;
  std::vector<ParamDoc> params;
  boost::json::value request_schema;  // null when the route takes no body
  std::vector<ResponseDoc> responses;
  Handler handler;
  std::size_t index = 0;  // position in the router, for metrics
};

class RouteBuilder {
 public:
  explicit RouteBuilder(Route& r) : r_(r) {}
  RouteBuilder& permission(std::string key);
  RouteBuilder& allow_anonymous();
  // Any signed-in user or token, whatever their permissions: for a person's own things (my
  // account, sign-out, /api/v1/me). Use a permission for anything that touches others' data.
  RouteBuilder& signed_in();
  RouteBuilder& summary(std::string text);
  RouteBuilder& tag(std::string name);
  RouteBuilder& body_limit(std::size_t bytes);
  RouteBuilder& run_inline();
  // Lets anonymous GET/HEAD answers (status 200, no cookie set) be reused for `ttl` per path,
  // query and language: public pages under a flood. Servers may disagree for at most `ttl`.
  RouteBuilder& public_cache(std::chrono::milliseconds ttl);
  RouteBuilder& path_param(std::string name, std::string type, std::string description);
  RouteBuilder& query_param(std::string name, std::string type, std::string description,
                            bool required = false);
  RouteBuilder& request_body(boost::json::value schema);
  RouteBuilder& response(int status, std::string description, boost::json::value schema = nullptr);
  RouteBuilder& kind(RouteKind k);
  void handle(Handler h);

 private:
  Route& r_;
};

struct Match {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::vector<std::string> allowed_methods;  // filled when the path exists but not the method
};

class Router {
 public:
  RouteBuilder get(std::string pattern) { return add("GET", std::move(pattern)); }
  RouteBuilder post(std::string pattern) { return add("POST", std::move(pattern)); }
  RouteBuilder put(std::string pattern) { return add("PUT", std::move(pattern)); }
  RouteBuilder patch(std::string pattern) { return add("PATCH", std::move(pattern)); }
  RouteBuilder del(std::string pattern) { return add("DELETE", std::move(pattern)); }
  RouteBuilder add(std::string method, std::string pattern);

  // Checks every route is complete (handler, permission or anonymous, no duplicate); throws
  // std::logic_error naming the first bad route. Called once before serving.
  void validate() const;

  // HEAD matches GET routes. A final "{rest*}" segment matches the remainder of the path.
  Match match(std::string_view method, std::string_view path) const;

  const std::vector<std::unique_ptr<Route>>& routes() const { return routes_; }

 private:
  std::vector<std::unique_ptr<Route>> routes_;
};

}  // namespace pao::http
