#include "platform/http/download.hpp"

#include <algorithm>
#include <cctype>

#include "platform/text/csv.hpp"
#include "platform/text/utf8.hpp"

namespace pao::http {
namespace {

constexpr std::size_t kMaxNameBytes = 200;  // well inside header limits, even percent-encoded ×3

// The first bytes of `s`, at most `max_bytes`, never ending inside a UTF-8 character.
std::string cut_utf8(std::string_view s, std::size_t max_bytes) {
  std::size_t cut = std::min(max_bytes, s.size());
  while (cut > 0 && cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut));
}

// The name as the user will see it: valid UTF-8 without path separators, control characters,
// quotes or backslashes, without leading dots or spaces, cut to a sane length keeping the
// extension (it tells the browser and the OS what the file is).
std::string clean_name(std::string_view file_name) {
  std::string name;
  for (char c : text::to_valid_utf8(file_name)) {
    const auto u = static_cast<unsigned char>(c);
    name.push_back(u < 0x20 || u == 0x7F || c == '/' || c == '\\' || c == '"' ? '_' : c);
  }
  const auto first = name.find_first_not_of(" .");
  if (first == std::string::npos) return "download";
  name.erase(0, first);
  if (name.size() > kMaxNameBytes) {
    const auto dot = name.rfind('.');
    const std::string ext =
        dot != std::string::npos && name.size() - dot <= 10 ? name.substr(dot) : std::string();
    name = cut_utf8(std::string_view(name).substr(0, name.size() - ext.size()),
                    kMaxNameBytes - ext.size()) +
           ext;
  }
  return name;
}

bool is_ascii_safe(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ||
         c == '(' || c == ')';
}

// The ASCII stand-in: safe characters kept, every other run (Thai words, spaces) one "_",
// "_" trimmed at the ends; "download" + the extension when nothing readable is left.
std::string ascii_fallback(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (is_ascii_safe(c)) {
      out.push_back(c);
    } else if (out.empty() || out.back() != '_') {
      out.push_back('_');
    }
  }
  // An extension is a last "." followed by 1–10 letters or digits.
  auto dot = out.rfind('.');
  if (dot != std::string::npos) {
    const std::string_view after = std::string_view(out).substr(dot + 1);
    const bool ext_ok =
        !after.empty() && after.size() <= 10 && std::all_of(after.begin(), after.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) != 0;
        });
    if (!ext_ok) dot = std::string::npos;
  }
  std::string stem = dot == std::string::npos ? out : out.substr(0, dot);
  const std::string ext = dot == std::string::npos ? std::string() : out.substr(dot);
  const auto junk = [](char c) { return c == '_' || c == '.'; };
  while (!stem.empty() && junk(stem.front())) stem.erase(0, 1);
  while (!stem.empty() && junk(stem.back())) stem.pop_back();
  bool readable = false;
  for (char c : stem) readable |= std::isalnum(static_cast<unsigned char>(c)) != 0;
  return (readable ? stem : "download") + ext;
}

// RFC 5987 attr-char kept, everything else %XX.
std::string percent_encode_rfc5987(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 0xF]);
    }
  }
  return out;
}

std::string disposition(std::string_view type, std::string_view file_name) {
  const std::string name = clean_name(file_name);
  return std::string(type) + "; filename=\"" + ascii_fallback(name) + "\"; filename*=UTF-8''" +
         percent_encode_rfc5987(name);
}

}  // namespace

std::string attachment_disposition(std::string_view file_name) {
  return disposition("attachment", file_name);
}

std::string inline_disposition(std::string_view file_name) {
  return disposition("inline", file_name);
}

Response download(std::string bytes, std::string_view file_name, std::string_view content_type) {
  Response r;
  r.status = 200;
  r.content_type = std::string(content_type);
  r.body = std::move(bytes);
  r.header("Content-Disposition", attachment_disposition(file_name));
  r.header("Cache-Control", "private, no-store");
  return r;
}

Response csv_download(std::string csv, std::string_view file_name) {
  if (!std::string_view(csv).starts_with(text::kUtf8Bom)) csv.insert(0, text::kUtf8Bom);
  return download(std::move(csv), file_name, kCsvContentType);
}

}  // namespace pao::http
