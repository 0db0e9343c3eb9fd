#include "platform/http/dispatcher.hpp"

#include <sodium.h>
#include <strings.h>

#include <spdlog/spdlog.h>
#include <cctype>
#include <cstdio>

#include <boost/json.hpp>

#include "platform/auth/secrets.hpp"
#include "platform/db/database.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/gzip.hpp"
#include "platform/http/multipart.hpp"
#include "platform/i18n/catalog.hpp"

namespace pao::http {

const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'";

namespace {

constexpr std::size_t kGzipMinBytes = 1400;  // below one packet, compression does not pay

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string weak_etag(std::string_view body) {
  char tag[32];
  std::snprintf(tag, sizeof tag, "W/\"%016llx\"", static_cast<unsigned long long>(fnv1a(body)));
  return tag;
}

bool has_header(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k.size() == name.size() && strncasecmp(k.data(), name.data(), k.size()) == 0) return true;
  }
  return false;
}

Error not_found_error() {
  return Error::not_found({"ไม่พบหน้าที่ต้องการ", "Page not found"});
}

}  // namespace

std::string make_request_id(std::optional<std::string_view> incoming) {
  if (incoming && !incoming->empty() && incoming->size() <= 64) {
    bool safe = true;
    for (char c : *incoming) {
      safe = safe && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
    }
    if (safe) return std::string(*incoming);
  }
  unsigned char bytes[8];
  randombytes_buf(bytes, sizeof bytes);
  char hex[17];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

Dispatcher::Dispatcher(const Router& router, const Services& services, ops::Metrics& metrics)
    : router_(router), services_(services), metrics_(metrics) {}

const Route* Dispatcher::route_for(std::string_view method, std::string_view path) const {
  return router_.match(method, path).route;
}

namespace {
bool carries_credentials(const Request& req) {
  return req.header("Authorization").has_value() || req.cookie(auth::kSessionCookie).has_value();
}

// Whether the shared public copy may answer `req` on `route`: an anonymous-looking GET/HEAD on
// a route that opted in, not switching language (that answer sets a cookie).
bool may_use_public_cache(const Route& route, const Request& req) {
  return route.public_cache.count() > 0 && (req.method == "GET" || req.method == "HEAD") &&
         !carries_credentials(req) && !req.query_param("lang");
}

bool is_safe_method(std::string_view m) {
  return m == "GET" || m == "HEAD" || m == "OPTIONS";
}

// Refuses a state-changing request that may have been forged by another site. A cookie session
// must echo its CSRF token (header X-CSRF-Token, or form field `_csrf` of an urlencoded or
// multipart/form-data body); any other caller (an anonymous form such as sign-in, a bearer
// token) must not come from a cross-site page.
std::optional<Error> check_request_forgery(const Context& ctx) {
  const Request& req = ctx.request;
  if (is_safe_method(req.method)) return std::nullopt;
  const Error refused{ErrorCode::permission_denied,
                      {"แบบฟอร์มหมดอายุหรือไม่ได้ส่งจากระบบนี้ กรุณาเปิดหน้าเดิมแล้วลองใหม่",
                       "This form has expired or did not come from this site. Please reload the "
                       "page and try again."},
                      {},
                      "csrf check failed"};
  if (!ctx.principal.csrf_token.empty()) {
    std::string sent;
    if (const auto h = req.header(auth::kCsrfHeader)) {
      sent = std::string(*h);
    } else if (const auto ct = req.header("Content-Type");
               ct && ct->starts_with("application/x-www-form-urlencoded")) {
      for (const auto& [k, v] : req.form()) {
        if (k == auth::kCsrfField) sent = v;
      }
    } else if (ct && multipart_boundary(*ct)) {  // a form with a file input: no file copied
      sent = multipart_field(*ct, req.body, auth::kCsrfField).value_or("");
    }
    if (!auth::same_secret(sent, ctx.principal.csrf_token)) return refused;
    return std::nullopt;
  }
  if (const auto site = req.header("Sec-Fetch-Site"); site && *site == "cross-site") {
    return refused;
  }
  if (const auto origin = req.header("Origin"); origin && *origin != "null") {
    const auto host = req.header("Host");
    const auto scheme_end = origin->find("://");
    const std::string_view origin_host =
        scheme_end == std::string_view::npos ? *origin : origin->substr(scheme_end + 3);
    if (!host || origin_host != *host) return refused;
  }
  return std::nullopt;
}

// The public cache's key: the target as sent and the page's language.
std::string public_cache_key(const Request& req, std::string_view lang) {
  return req.target + "|" + std::string(lang);
}
}  // namespace

std::optional<Response> Dispatcher::try_public_cache(Request& req) {
  const auto started = std::chrono::steady_clock::now();
  const Match m = router_.match(req.method, req.path);
  if (!m.route || !may_use_public_cache(*m.route, req)) return std::nullopt;
  const std::string lang = i18n::pick_language("", req.cookie("lang").value_or(""));
  auto hit = cached(public_cache_key(req, lang), req);
  if (!hit) return std::nullopt;
  finish(*hit, req);
  metrics_.record(m.route->index, hit->status, std::chrono::steady_clock::now() - started);
  return hit;
}

Response Dispatcher::handle(Request& req) {
  const auto started = std::chrono::steady_clock::now();
  Match m = router_.match(req.method, req.path);
  std::size_t metric_row = metrics_.unmatched_index();
  Response res;
  if (m.route) {
    metric_row = m.route->index;
    req.path_params = std::move(m.params);
    res = run_route(req, m);
  } else {
    Context ctx(req, services_, nullptr);
    ctx.lang =
        i18n::pick_language(req.query_param("lang").value_or(""), req.cookie("lang").value_or(""));
    if (!m.allowed_methods.empty()) {
      Error e{ErrorCode::invalid_argument,
              {"ไม่รองรับวิธีการเรียกนี้", "This method is not allowed here"},
              {},
              {}};
      res = error_response(ctx, e);
      res.status = 405;
      std::string allow;
      for (const auto& meth : m.allowed_methods) allow += (allow.empty() ? "" : ", ") + meth;
      if (allow.find("GET") != std::string::npos) allow += ", HEAD";
      res.header("Allow", allow);
    } else {
      res = error_response(ctx, not_found_error());
    }
  }
  finish(res, req);
  metrics_.record(metric_row, res.status, std::chrono::steady_clock::now() - started);
  return res;
}

Response Dispatcher::run_route(Request& req, const Match& m) {
  const Route& route = *m.route;
  Context ctx(req, services_, &route);
  ctx.lang =
      i18n::pick_language(req.query_param("lang").value_or(""), req.cookie("lang").value_or(""));
  try {
    if (authenticator_) {
      if (auto refused = authenticator_(ctx)) return error_response(ctx, *refused);
    }
    if (!route.anonymous) {
      if (!ctx.principal.authenticated()) {
        return error_response(
            ctx,
            Error{ErrorCode::unauthenticated, {"กรุณาเข้าสู่ระบบก่อน", "Please sign in first"}, {}, {}});
      }
      if (route.permission && !ctx.principal.can(*route.permission)) {
        return error_response(ctx,
                              Error{ErrorCode::permission_denied,
                                    {"คุณไม่มีสิทธิ์เข้าถึงส่วนนี้", "You do not have permission to do this"},
                                    {},
                                    "missing permission " + *route.permission});
      }
    }
    if (auto forged = check_request_forgery(ctx)) return error_response(ctx, *forged);
    const bool cacheable = may_use_public_cache(route, req) && !ctx.principal.authenticated();
    const std::string cache_key = cacheable ? public_cache_key(req, ctx.lang) : std::string();
    if (cacheable) {
      if (auto hit = cached(cache_key, req)) return std::move(*hit);
    }
    Result<Response> out = route.handler(ctx);
    if (!out.ok()) return error_response(ctx, out.error());
    Response res = std::move(out).value();
    if (cacheable && res.status == 200) remember(cache_key, res, route.public_cache);
    if (const auto q = req.query_param("lang"); q && (*q == "th" || *q == "en")) {
      res.header("Set-Cookie", "lang=" + *q + "; Path=/; Max-Age=31536000; SameSite=Lax");
    }
    return res;
  } catch (const db::DbUnavailable& e) {
    return error_response(ctx, Error::unavailable(e.what()));
  } catch (const std::exception& e) {
    return error_response(ctx, Error::internal_error(e.what()));
  }
}

// The cache is a short-lived copy, not state: time here is the monotonic clock of this process.
std::optional<Response> Dispatcher::cached(const std::string& key, const Request& req) {
  const auto ae = req.header("Accept-Encoding");
  const bool gzip = ae && accepts_gzip(*ae);
  std::lock_guard lock(cache_mutex_);
  const auto it = cache_.find(key);
  if (it == cache_.end() || it->second.expires < std::chrono::steady_clock::now()) {
    return std::nullopt;
  }
  const CachedResponse& entry = it->second;
  if (entry.gzipped.empty()) return entry.response;
  Response r;
  r.status = entry.response.status;
  r.content_type = entry.response.content_type;
  r.headers = entry.response.headers;
  r.body = gzip ? entry.gzipped : entry.response.body;
  r.header("Vary", "Accept-Encoding");
  if (gzip) r.header("Content-Encoding", "gzip");
  return r;
}

void Dispatcher::remember(const std::string& key, const Response& r,
                          std::chrono::milliseconds ttl) {
  constexpr std::size_t kMaxEntries = 2000;  // bounded: query strings are attacker-chosen
  if (has_header(r, "Set-Cookie")) return;
  CachedResponse entry{r, {}, std::chrono::steady_clock::now() + ttl};
  entry.response.header("ETag", weak_etag(r.body));
  // Compress once here rather than on every hit: browsers all accept gzip.
  if (r.body.size() >= kGzipMinBytes && is_compressible(r.content_type)) {
    entry.gzipped = gzip_compress(r.body, 6);
  }
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() >= kMaxEntries) cache_.clear();
  cache_[key] = std::move(entry);
}

Response Dispatcher::error_response(Context& ctx, const Error& e) {
  const int status = http_status_for(e.code);
  if (status >= 500) {
    spdlog::error("request {} {} {} failed: {}", ctx.request.request_id, ctx.request.method,
                  ctx.request.path, e.internal);
  } else if (!e.internal.empty()) {
    spdlog::info("request {} {} {} refused: {}", ctx.request.request_id, ctx.request.method,
                 ctx.request.path, e.internal);
  }
  const bool json = (ctx.route && ctx.route->kind == RouteKind::json) ||
                    (!ctx.route && ctx.request.path.starts_with("/api/"));
  Response res;
  if (json || !ctx.services.html) {
    boost::json::object err;
    err["code"] = error_code_name(e.code);
    err["message"] = e.message.in(ctx.lang);
    if (!e.fields.empty()) {
      boost::json::object fields;
      for (const auto& [name, why] : e.fields) fields[name] = why.in(ctx.lang);
      err["fields"] = std::move(fields);
    }
    err["request_id"] = ctx.request.request_id;
    res = Response::json(status, boost::json::object{{"error", std::move(err)}});
  } else {
    try {
      res = ctx.services.html->error_page(ctx, e);
    } catch (const std::exception& render_failure) {
      spdlog::error("request {}: error page failed: {}", ctx.request.request_id,
                    render_failure.what());
      res = Response::text(status, e.message.in(ctx.lang) + "\n");
    }
  }
  res.status = status;
  if (e.code == ErrorCode::unauthenticated && json) {
    res.header("WWW-Authenticate", "Bearer realm=\"pao\"");
  }
  const bool page = !json && (!ctx.route || ctx.route->kind == RouteKind::html);
  if (e.code == ErrorCode::unauthenticated && page && ctx.request.method == "GET") {
    // A person who followed a link to a staff page: take them to sign in, then back here.
    res = Response::redirect(
        std::string(auth::kLoginPath) + "?next=" + percent_encode(ctx.request.target), 303);
  }
  if (e.retry_after_seconds > 0) {
    res.header("Retry-After", std::to_string(e.retry_after_seconds));
  }
  return res;
}

void Dispatcher::finish(Response& r, const Request& req) {
  r.header("X-Request-Id", req.request_id);
  if (!has_header(r, "X-Content-Type-Options")) r.header("X-Content-Type-Options", "nosniff");
  r.header("Referrer-Policy", "same-origin");
  r.header("X-Frame-Options", "DENY");
  r.header("Content-Security-Policy", kContentSecurityPolicy);
  r.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
  r.header("Cross-Origin-Opener-Policy", "same-origin");
  if (!has_header(r, "Cache-Control")) r.header("Cache-Control", "no-cache");

  const bool conditional = (req.method == "GET" || req.method == "HEAD") && r.status == 200;
  if (conditional) {
    if (!has_header(r, "ETag")) r.header("ETag", weak_etag(r.body));
    const auto inm = req.header("If-None-Match");
    for (const auto& [k, v] : r.headers) {
      if (k == "ETag" && inm && *inm == v) {
        r.status = 304;
        r.body.clear();
        return;
      }
    }
  }
  if (!has_header(r, "Content-Encoding") && r.body.size() >= kGzipMinBytes &&
      is_compressible(r.content_type)) {
    if (!has_header(r, "Vary")) r.header("Vary", "Accept-Encoding");
    if (const auto ae = req.header("Accept-Encoding"); ae && accepts_gzip(*ae)) {
      r.body = gzip_compress(r.body, 5);
      r.header("Content-Encoding", "gzip");
    }
  }
}

Response Dispatcher::plain_error(int status, std::string_view message_en, const Request& req) {
  boost::json::object err{{"code", status == 413   ? "too_large"
                                   : status == 431 ? "header_too_large"
                                                   : "invalid_argument"},
                          {"message", message_en},
                          {"request_id", req.request_id}};
  Response r = Response::json(status, boost::json::object{{"error", std::move(err)}});
  finish(r, req);
  return r;
}

}  // namespace pao::http
