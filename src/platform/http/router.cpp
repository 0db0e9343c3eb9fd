#include "platform/http/router.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "platform/db/database.hpp"

namespace pao::http {

// ---- Context ------------------------------------------------------------------------------------

Context::Context(const Request& r, const Services& s, const Route* rt)
    : request(r), services(s), route(rt) {}

Context::~Context() = default;

db::Connection& Context::db() {
  if (!lease_) lease_ = std::make_unique<db::Lease>(services.db->acquire());
  return lease_->conn();
}

const Clock& Context::clock() const {
  return *services.clock;
}
html::Renderer& Context::html() const {
  return *services.html;
}
const files::FileStore& Context::files() const {
  if (!services.files) throw std::logic_error("no file store configured");
  return *services.files;
}

// ---- RouteBuilder -------------------------------------------------------------------------------

RouteBuilder& RouteBuilder::permission(std::string key) {
  r_.permission = std::move(key);
  return *this;
}
RouteBuilder& RouteBuilder::allow_anonymous() {
  r_.anonymous = true;
  return *this;
}
RouteBuilder& RouteBuilder::signed_in() {
  r_.signed_in = true;
  return *this;
}
RouteBuilder& RouteBuilder::summary(std::string text) {
  r_.summary = std::move(text);
  return *this;
}
RouteBuilder& RouteBuilder::tag(std::string name) {
  r_.tag = std::move(name);
  return *this;
}
RouteBuilder& RouteBuilder::body_limit(std::size_t bytes) {
  r_.body_limit = bytes;
  return *this;
}
RouteBuilder& RouteBuilder::run_inline() {
  r_.run_inline = true;
  return *this;
}
RouteBuilder& RouteBuilder::public_cache(std::chrono::milliseconds ttl) {
  r_.public_cache = ttl;
  return *this;
}
RouteBuilder& RouteBuilder::path_param(std::string name, std::string type,
                                       std::string description) {
  r_.params.push_back({std::move(name), "path", std::move(type), std::move(description), true});
  return *this;
}
RouteBuilder& RouteBuilder::query_param(std::string name, std::string type, std::string description,
                                        bool required) {
  r_.params.push_back(
      {std::move(name), "query", std::move(type), std::move(description), required});
  return *this;
}
RouteBuilder& RouteBuilder::request_body(boost::json::value schema) {
  r_.request_schema = std::move(schema);
  return *this;
}
RouteBuilder& RouteBuilder::response(int status, std::string description,
                                     boost::json::value schema) {
  r_.responses.push_back({status, std::move(description), std::move(schema)});
  return *this;
}
RouteBuilder& RouteBuilder::kind(RouteKind k) {
  r_.kind = k;
  return *this;
}
void RouteBuilder::handle(Handler h) {
  r_.handler = std::move(h);
}

// ---- Router -------------------------------------------------------------------------------------

namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    const std::size_t j = std::min(path.find('/', i), path.size());
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool is_param(std::string_view seg) {
  return seg.size() > 2 && seg.front() == '{' && seg.back() == '}';
}
bool is_rest(std::string_view seg) {
  return is_param(seg) && seg[seg.size() - 2] == '*';
}

// Fills `params` and returns true when `path` fits `pattern`.
bool fits(std::string_view pattern, std::string_view path,
          std::map<std::string, std::string>& params) {
  const auto ps = split_path(pattern);
  const auto xs = split_path(path);
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (is_rest(ps[i])) {
      if (i >= xs.size()) return false;
      const auto start = xs[i].data() - path.data();
      params[std::string(ps[i].substr(1, ps[i].size() - 3))] = std::string(path.substr(start));
      return true;
    }
    if (i >= xs.size()) return false;
    if (is_param(ps[i])) {
      params[std::string(ps[i].substr(1, ps[i].size() - 2))] = std::string(xs[i]);
    } else if (ps[i] != xs[i]) {
      return false;
    }
  }
  return ps.size() == xs.size() && (path.size() <= 1 || path.back() != '/');
}

}  // namespace

RouteBuilder Router::add(std::string method, std::string pattern) {
  auto r = std::make_unique<Route>();
  r->method = std::move(method);
  r->kind = pattern.starts_with("/api/") ? RouteKind::json : RouteKind::html;
  r->pattern = std::move(pattern);
  r->index = routes_.size();
  routes_.push_back(std::move(r));
  return RouteBuilder(*routes_.back());
}

void Router::validate() const {
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : routes_) {
    const std::string name = r->method + " " + r->pattern;
    if (!r->handler) throw std::logic_error("route has no handler: " + name);
    if (int(r->anonymous) + int(r->signed_in) + int(r->permission.has_value()) != 1) {
      throw std::logic_error(
          "route must declare exactly one of permission(), signed_in() or allow_anonymous(): " +
          name);
    }
    if (!seen.emplace(r->method, r->pattern).second) {
      throw std::logic_error("route registered twice: " + name);
    }
  }
}

Match Router::match(std::string_view method, std::string_view path) const {
  Match m;
  const std::string_view want = method == "HEAD" ? std::string_view("GET") : method;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    if (!fits(r->pattern, path, params)) continue;
    if (r->method == want) {
      m.route = r.get();
      m.params = std::move(params);
      m.allowed_methods.clear();
      return m;
    }
    m.allowed_methods.push_back(r->method);
  }
  return m;
}

}  // namespace pao::http
