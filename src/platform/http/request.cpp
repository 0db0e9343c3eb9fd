#include "platform/http/request.hpp"

#include "platform/http/multipart.hpp"

#include <strings.h>

#include <cctype>

namespace pao::http {

std::optional<std::string_view> Headers::get(std::string_view name) const {
  for (const auto& [k, v] : items_) {
    if (k.size() == name.size() && strncasecmp(k.data(), name.data(), k.size()) == 0) return v;
  }
  return std::nullopt;
}

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::string percent_decode(std::string_view s, bool plus_as_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%' && i + 2 < s.size()) {
      const int hi = hex_value(s[i + 1]);
      const int lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(plus_as_space && c == '+' ? ' ' : c);
  }
  return out;
}

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> parse_urlencoded(std::string_view s) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) amp = s.size();
    const std::string_view part = s.substr(i, amp - i);
    if (!part.empty()) {
      const std::size_t eq = part.find('=');
      if (eq == std::string_view::npos) {
        out.emplace_back(percent_decode(part, true), "");
      } else {
        out.emplace_back(percent_decode(part.substr(0, eq), true),
                         percent_decode(part.substr(eq + 1), true));
      }
    }
    i = amp + 1;
  }
  return out;
}

std::optional<std::string> Request::query_param(std::string_view name) const {
  for (const auto& [k, v] : query) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
  const auto h = header("Cookie");
  if (!h) return std::nullopt;
  std::string_view rest = *h;
  while (!rest.empty()) {
    std::size_t semi = rest.find(';');
    std::string_view item = rest.substr(0, semi);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    const std::size_t eq = item.find('=');
    if (eq != std::string_view::npos && item.substr(0, eq) == name) {
      return std::string(item.substr(eq + 1));
    }
    if (semi == std::string_view::npos) break;
    rest.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

const std::string& Request::path_param(const std::string& name) const {
  static const std::string kEmpty;
  const auto it = path_params.find(name);
  return it == path_params.end() ? kEmpty : it->second;
}

namespace {
bool is_multipart(const Request& r) {
  const auto type = r.header("Content-Type");
  return type && type->size() >= 19 && strncasecmp(type->data(), "multipart/form-data", 19) == 0;
}
}  // namespace

std::vector<std::pair<std::string, std::string>> Request::form() const {
  if (!is_multipart(*this)) return parse_urlencoded(body);
  auto parsed = parse_multipart(*this);
  if (!parsed.ok()) return {};
  return std::move(parsed->fields);
}

std::vector<UploadedPart> Request::files() const {
  if (!is_multipart(*this)) return {};
  auto parsed = parse_multipart(*this);
  if (!parsed.ok()) return {};
  return std::move(parsed->files);
}

Request Request::for_target(std::string method, std::string target) {
  Request r;
  r.method = std::move(method);
  const auto q = target.find('?');
  r.path = percent_decode(std::string_view(target).substr(0, q), false);
  if (q != std::string::npos) r.query = parse_urlencoded(std::string_view(target).substr(q + 1));
  r.target = std::move(target);
  return r;
}

}  // namespace pao::http
