// An HTTP request as handlers see it: plain standard types, no Beast, so a module's routes
// compile fast and can be exercised in tests without a socket.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pao::http {

struct UploadedPart;  // multipart.hpp

// Header names compare case-insensitively.
class Headers {
 public:
  void add(std::string name, std::string value) {
    items_.emplace_back(std::move(name), std::move(value));
  }
  // The first value of `name`, if any.
  std::optional<std::string_view> get(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Request {
  std::string method;                                      // "GET", "POST" …
  std::string target;                                      // as received: "/plan?x=1"
  std::string path;                                        // percent-decoded path: "/plan"
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> path_params;          // from "{id}" segments
  Headers headers;
  std::string body;
  std::string client_ip;   // peer address, or X-Forwarded-For's first hop behind a trusted proxy
  std::string request_id;  // echoed as X-Request-Id and written to the log and audit trail
  bool secure = false;     // came over TLS (X-Forwarded-Proto: https from a trusted proxy)

  std::optional<std::string_view> header(std::string_view name) const { return headers.get(name); }
  // The first value of query parameter `name`.
  std::optional<std::string> query_param(std::string_view name) const;
  // The value of cookie `name` from the Cookie header.
  std::optional<std::string> cookie(std::string_view name) const;
  const std::string& path_param(const std::string& name) const;
  // The fields of an HTML form's body: decoded application/x-www-form-urlencoded, or the text
  // parts of multipart/form-data (a form that uploads files; its files come from files()).
  std::vector<std::pair<std::string, std::string>> form() const;
  // The file parts of a multipart/form-data body, in order (a part whose filename is empty:
  // the field was left without a file); empty for any other body.
  std::vector<UploadedPart> files() const;

  // A request for `target` ("/search?q=%E0%B8%81"): path decoded and query parsed as the server
  // does. For tests and internal dispatch; headers, body and client are left empty.
  static Request for_target(std::string method, std::string target);
};

// Splits and percent-decodes "a=1&b=%E0%B8%81" ('+' as space). Malformed escapes are kept as-is.
std::vector<std::pair<std::string, std::string>> parse_urlencoded(std::string_view s);
std::string percent_decode(std::string_view s, bool plus_as_space);
// Percent-encodes everything but RFC 3986 unreserved characters (for query values).
std::string percent_encode(std::string_view s);

}  // namespace pao::http
