// From a parsed request to the response sent: routing (404/405), language, authentication and
// the route's permission (401/403), the handler, the one mapping of errors to HTTP (JSON error
// body or HTML error page), and the headers every response carries (security headers, request
// id, ETag/304, gzip). Socket-free, so it is tested without a server.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"
#include "platform/ops/metrics.hpp"

namespace pao::http {

// Fills ctx.principal from the request's credentials (session cookie, bearer token). Returns an
// Error to refuse the request outright (e.g. a revoked token: 401). Installed by the identity
// module; without one every request is anonymous.
using Authenticator = std::function<std::optional<Error>(Context&)>;

class Dispatcher {
 public:
  Dispatcher(const Router& router, const Services& services, ops::Metrics& metrics);

  void set_authenticator(Authenticator a) { authenticator_ = std::move(a); }

  // The route a request will go to (for the body limit, before the body is read), or null.
  const Route* route_for(std::string_view method, std::string_view path) const;

  // A fresh cached copy for a request that carries no credentials, ready to send (headers
  // added, metrics recorded); nullopt otherwise. Cheap: the server calls it on the I/O thread
  // before handing the request to the worker pool.
  std::optional<Response> try_public_cache(Request& req);

  // Handles one complete request. Never throws: unexpected exceptions become 500 and are logged
  // with the request id.
  Response handle(Request& req);

  // Adds the headers every response carries. Used for responses the server itself makes
  // (431, 413, 400 on malformed requests) too.
  static void finish(Response& r, const Request& req);

  // A bare error response for failures found before routing (malformed request, limits).
  static Response plain_error(int status, std::string_view message_en, const Request& req);

  ops::Metrics& metrics() { return metrics_; }

 private:
  Response run_route(Request& req, const Match& m);
  // A copy of the cached answer for `key`, gzipped when `req` accepts it.
  std::optional<Response> cached(const std::string& key, const Request& req);
  void remember(const std::string& key, const Response& r, std::chrono::milliseconds ttl);
  Response error_response(Context& ctx, const Error& e);

  const Router& router_;
  const Services& services_;
  ops::Metrics& metrics_;
  Authenticator authenticator_;

  struct CachedResponse {
    Response response;
    std::string gzipped;  // the body compressed once, or empty when it does not pay
    std::chrono::steady_clock::time_point expires;
  };
  std::mutex cache_mutex_;
  std::unordered_map<std::string, CachedResponse> cache_;
};

// "Content-Security-Policy" value used on every page.
extern const char* const kContentSecurityPolicy;

// A random request id (16 hex chars), or the client's X-Request-Id when it is short and safe.
std::string make_request_id(std::optional<std::string_view> incoming);

}  // namespace pao::http
