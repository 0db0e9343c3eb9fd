#include "platform/http/multipart.hpp"

#include <cstdio>
#include <limits>

#include "platform/text/utf8.hpp"

namespace pao::http {
namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 7230 tchar.
bool is_token_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7F) return false;
  return std::string_view("()<>@,;:\\\"/[]?={}").find(c) == std::string_view::npos;
}

// RFC 2046 bchars.
bool is_boundary_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
         std::string_view("'()+_,-./:=? ").find(c) != std::string_view::npos;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

Error malformed(std::string detail) {
  return {ErrorCode::invalid_argument,
          {"ข้อมูลแบบฟอร์มที่ส่งมาไม่ถูกต้อง กรุณาส่งใหม่อีกครั้ง",
           "The form data sent is malformed. Please send it again."},
          {},
          "multipart: " + std::move(detail)};
}

std::string size_text(std::size_t bytes) {
  char buf[32];
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  if (bytes % (1024 * 1024) == 0) {
    std::snprintf(buf, sizeof buf, "%zu MB", bytes / (1024 * 1024));
  } else if (mb >= 0.1) {
    std::snprintf(buf, sizeof buf, "%.1f MB", mb);
  } else {
    std::snprintf(buf, sizeof buf, "%zu KB", (bytes + 1023) / 1024);
  }
  return buf;
}

Error too_large(const std::string& field, std::size_t limit) {
  const std::string size = size_text(limit);
  return Error{ErrorCode::too_large,
               {"ข้อมูลที่ส่งมาใหญ่เกินกำหนด", "What was sent is too large"},
               {},
               "multipart: part " + field + " over " + std::to_string(limit) + " bytes"}
      .field(field, {"ใหญ่เกิน " + size, "is larger than " + size});
}

// One `;`-separated parameter list (after the first value of a header): name → value. Quoted
// values end at the next '"'; `unescape` applies a backslash escape inside them (RFC 7230; the
// Content-Type header) or not (form-data, where browsers do not escape backslashes).
struct Param {
  std::string name;  // lower case
  std::string value;
  bool quoted = false;
};

std::optional<std::vector<Param>> parse_params(std::string_view s, bool unescape) {
  std::vector<Param> out;
  std::size_t i = 0;
  while (true) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i == s.size()) return out;
    if (s[i] != ';') return std::nullopt;
    ++i;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i == s.size()) return out;  // a trailing ';'
    Param p;
    while (i < s.size() && is_token_char(s[i]) && s[i] != '=') p.name.push_back(lower(s[i++]));
    if (p.name.empty() || i == s.size() || s[i] != '=') return std::nullopt;
    ++i;
    if (i < s.size() && s[i] == '"') {
      p.quoted = true;
      ++i;
      while (true) {
        if (i == s.size()) return std::nullopt;  // unterminated
        const char c = s[i++];
        if (c == '"') break;
        if (c == '\\' && unescape) {
          if (i == s.size()) return std::nullopt;
          p.value.push_back(s[i++]);
        } else {
          p.value.push_back(c);
        }
      }
    } else {
      while (i < s.size() && s[i] != ';' && s[i] != ' ' && s[i] != '\t') {
        if (!is_token_char(s[i]) && s[i] != '%' && s[i] != '\'') return std::nullopt;
        p.value.push_back(s[i++]);
      }
      if (p.value.empty()) return std::nullopt;
    }
    for (const auto& q : out) {
      if (q.name == p.name) return std::nullopt;  // a repeated parameter is ambiguous
    }
    out.push_back(std::move(p));
  }
}

// The HTML standard's escapes in form-data names: %22 → '"', %0D → CR, %0A → LF.
std::string html_unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const auto code = s.substr(i + 1, 2);
      if (code == "22") {
        out.push_back('"');
        i += 2;
        continue;
      }
      if (iequals(code, "0D")) {
        out.push_back('\r');
        i += 2;
        continue;
      }
      if (iequals(code, "0A")) {
        out.push_back('\n');
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// RFC 5987 ext-value: charset'language'percent-encoded; only UTF-8, and valid.
std::optional<std::string> decode_ext_value(std::string_view v) {
  const auto q1 = v.find('\'');
  if (q1 == std::string_view::npos) return std::nullopt;
  const auto q2 = v.find('\'', q1 + 1);
  if (q2 == std::string_view::npos) return std::nullopt;
  if (!iequals(v.substr(0, q1), "UTF-8")) return std::nullopt;
  std::string out;
  for (std::size_t i = q2 + 1; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '%') {
      if (i + 2 >= v.size()) return std::nullopt;
      const int hi = hex_value(v[i + 1]), lo = hex_value(v[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (is_token_char(c)) {
      out.push_back(c);
    } else {
      return std::nullopt;
    }
  }
  if (!text::is_valid_utf8(out)) return std::nullopt;  // it said UTF-8
  return out;
}

struct PartView {
  std::string name;
  bool is_file = false;
  std::string file_name;
  std::string_view content_type;
  std::string_view body;
};

// Parses one part's header block (without the blank line ending it).
Result<PartView> parse_part_headers(std::string_view block) {
  PartView part;
  bool disposition_seen = false;
  std::size_t start = 0;
  while (start <= block.size()) {
    const auto end = block.find("\r\n", start);
    const std::string_view line =
        block.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? block.size() + 1 : end + 2;
    if (line.find_first_of("\r\n") != std::string_view::npos) return malformed("bare CR or LF");
    if (line.empty()) return malformed("empty header line");
    if (line.front() == ' ' || line.front() == '\t') return malformed("folded header");
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return malformed("header without ':'");
    const std::string_view name = line.substr(0, colon);
    for (const char c : name) {
      if (!is_token_char(c)) return malformed("bad header name");
    }
    const std::string_view value = trim(line.substr(colon + 1));
    if (iequals(name, "Content-Disposition")) {
      if (disposition_seen) return malformed("two Content-Disposition headers");
      disposition_seen = true;
      const auto semi = value.find(';');
      if (!iequals(trim(value.substr(0, semi)), "form-data")) {
        return malformed("Content-Disposition is not form-data");
      }
      const auto params = parse_params(
          semi == std::string_view::npos ? std::string_view() : value.substr(semi), false);
      if (!params) return malformed("bad Content-Disposition parameters");
      std::optional<std::string> file_name, file_name_ext;
      bool has_name = false;
      for (const auto& p : *params) {
        if (p.name == "name") {
          part.name = p.quoted ? html_unescape(p.value) : p.value;
          has_name = true;
        } else if (p.name == "filename") {
          file_name = p.quoted ? html_unescape(p.value) : p.value;
        } else if (p.name == "filename*") {
          if (p.quoted) return malformed("quoted filename*");
          file_name_ext = decode_ext_value(p.value);
          if (!file_name_ext) return malformed("bad filename*");
        }
      }
      if (!has_name || part.name.empty()) return malformed("part without a name");
      part.is_file = file_name.has_value() || file_name_ext.has_value();
      if (part.is_file) part.file_name = file_name_ext ? *file_name_ext : *file_name;
    } else if (iequals(name, "Content-Type")) {
      part.content_type = value;
    }
  }
  if (!disposition_seen) return malformed("part without Content-Disposition");
  return part;
}

Result<std::vector<PartView>> split_parts(std::string_view content_type, std::string_view body,
                                          const MultipartLimits& limits) {
  const auto boundary = multipart_boundary(content_type);
  if (!boundary) return malformed("not multipart/form-data with a valid boundary");
  const std::string dash = "--" + *boundary;
  const std::string delimiter = "\r\n" + dash;
  if (!body.starts_with(dash)) return malformed("body does not start with the boundary");
  std::vector<PartView> parts;
  std::size_t pos = dash.size();
  while (true) {
    const std::string_view after = body.substr(pos);
    if (after.starts_with("--")) {
      if (after.size() == 2 || after.substr(2) == "\r\n") return parts;
      return malformed("data after the closing boundary");
    }
    if (!after.starts_with("\r\n")) return malformed("boundary not followed by CRLF");
    pos += 2;
    if (parts.size() == limits.max_parts) {
      return malformed("more than " + std::to_string(limits.max_parts) + " parts");
    }
    const std::string_view rest = body.substr(pos);
    if (rest.starts_with("\r\n")) return malformed("part without headers");
    const auto header_end = rest.substr(0, limits.max_part_header_bytes + 4).find("\r\n\r\n");
    if (header_end == std::string_view::npos) {
      return rest.size() > limits.max_part_header_bytes ? malformed("part headers too long")
                                                        : malformed("unterminated part headers");
    }
    auto part = parse_part_headers(rest.substr(0, header_end));
    if (!part.ok()) return part.error();
    const std::size_t content_start = pos + header_end + 4;
    const auto next = body.find(delimiter, content_start);
    if (next == std::string_view::npos) return malformed("missing closing boundary");
    part->body = body.substr(content_start, next - content_start);
    pos = next + delimiter.size();
    if (part->is_file && part->body.size() > limits.max_file_bytes) {
      return too_large(part->name, limits.max_file_bytes);
    }
    if (!part->is_file && part->body.size() > limits.max_field_bytes) {
      return too_large(part->name, limits.max_field_bytes);
    }
    parts.push_back(std::move(part).value());
  }
}

}  // namespace

std::optional<std::string> MultipartForm::field(std::string_view name) const {
  for (const auto& [k, v] : fields) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  const auto semi = content_type.find(';');
  if (!iequals(trim(content_type.substr(0, semi)), "multipart/form-data")) return std::nullopt;
  if (semi == std::string_view::npos) return std::nullopt;
  const auto params = parse_params(content_type.substr(semi), true);
  if (!params) return std::nullopt;
  for (const auto& p : *params) {
    if (p.name != "boundary") continue;
    if (p.value.empty() || p.value.size() > 70 || p.value.back() == ' ') return std::nullopt;
    for (const char c : p.value) {
      if (!is_boundary_char(c)) return std::nullopt;
    }
    return p.value;
  }
  return std::nullopt;
}

Result<MultipartForm> parse_multipart(std::string_view content_type, std::string_view body,
                                      const MultipartLimits& limits) {
  auto parts = split_parts(content_type, body, limits);
  if (!parts.ok()) return parts.error();
  MultipartForm form;
  for (auto& p : *parts) {
    if (!p.is_file) {
      form.fields.emplace_back(std::move(p.name), std::string(p.body));
    } else if (!p.file_name.empty() || !p.body.empty()) {  // else: a file input left empty
      form.files.push_back(UploadedPart{std::move(p.name), std::move(p.file_name),
                                        std::string(p.content_type), std::string(p.body)});
    }
  }
  return form;
}

Result<MultipartForm> parse_multipart(const Request& request, const MultipartLimits& limits) {
  return parse_multipart(request.header("Content-Type").value_or(""), request.body, limits);
}

std::optional<std::string> multipart_field(std::string_view content_type, std::string_view body,
                                           std::string_view name) {
  MultipartLimits limits;
  limits.max_parts = 1000;
  limits.max_file_bytes = std::numeric_limits<std::size_t>::max();
  const auto parts = split_parts(content_type, body, limits);
  if (!parts.ok()) return std::nullopt;
  for (const auto& p : *parts) {
    if (!p.is_file && p.name == name) return std::string(p.body);
  }
  return std::nullopt;
}

}  // namespace pao::http
