#include "platform/http/multipart.hpp"

#include <strings.h>

#include <utility>

namespace pao::http {

namespace {

bool same_ascii(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A header value "type; a=1; b=\"x;y\"" split into its first item and its parameters
// (names lower-cased by the caller's comparisons; quoted values unquoted, \-escapes undone).
struct HeaderValue {
  std::string first;
  std::vector<std::pair<std::string, std::string>> params;

  std::optional<std::string> param(std::string_view name) const {
    for (const auto& [k, v] : params) {
      if (same_ascii(k, name)) return v;
    }
    return std::nullopt;
  }
};

HeaderValue split_header_value(std::string_view s) {
  HeaderValue out;
  std::size_t i = s.find(';');
  out.first = std::string(trim_spaces(s.substr(0, i)));
  while (i != std::string_view::npos && i < s.size()) {
    ++i;  // past ';'
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t name_start = i;
    while (i < s.size() && s[i] != '=' && s[i] != ';') ++i;
    std::string name(trim_spaces(s.substr(name_start, i - name_start)));
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
      if (i < s.size() && s[i] == '"') {
        ++i;
        while (i < s.size() && s[i] != '"') {
          if (s[i] == '\\' && i + 1 < s.size()) ++i;
          value.push_back(s[i++]);
        }
        if (i < s.size()) ++i;  // closing quote
        while (i < s.size() && s[i] != ';') ++i;
      } else {
        const std::size_t value_start = i;
        while (i < s.size() && s[i] != ';') ++i;
        value = std::string(trim_spaces(s.substr(value_start, i - value_start)));
      }
    }
    if (!name.empty()) out.params.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

// "C:\\Users\\me\\plan.pdf" (old browsers) → "plan.pdf".
std::string base_name(std::string_view filename) {
  const std::size_t slash = filename.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? filename : filename.substr(slash + 1));
}

// Fills `part` from the part's header block; false when it is not a form-data part with a name.
bool read_part_headers(std::string_view block, FormPart& part) {
  bool disposition = false;
  while (!block.empty()) {
    const std::size_t eol = block.find("\r\n");
    const std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view() : block.substr(eol + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = trim_spaces(line.substr(0, colon));
    const std::string_view value = trim_spaces(line.substr(colon + 1));
    if (same_ascii(name, "Content-Disposition")) {
      const HeaderValue v = split_header_value(value);
      if (!same_ascii(v.first, "form-data")) return false;
      const auto field = v.param("name");
      if (!field || field->empty()) return false;
      part.name = *field;
      if (const auto filename = v.param("filename")) {
        part.file = true;
        part.filename = base_name(*filename);
      }
      disposition = true;
    } else if (same_ascii(name, "Content-Type")) {
      part.content_type = std::string(value);
    }
  }
  return disposition;
}

}  // namespace

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  const HeaderValue v = split_header_value(content_type);
  if (!same_ascii(v.first, "multipart/form-data")) return std::nullopt;
  auto boundary = v.param("boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) return std::nullopt;
  return boundary;
}

std::optional<std::vector<FormPart>> parse_multipart(std::string_view body,
                                                     std::string_view boundary,
                                                     std::size_t max_parts) {
  if (boundary.empty()) return std::nullopt;
  const std::string delimiter = "--" + std::string(boundary);
  const std::string next_delimiter = "\r\n" + delimiter;
  std::size_t pos = 0;
  if (body.starts_with(delimiter)) {
    pos = delimiter.size();
  } else {  // a preamble, which browsers never send but the RFC allows
    const std::size_t at = body.find(next_delimiter);
    if (at == std::string_view::npos) return std::nullopt;
    pos = at + next_delimiter.size();
  }
  std::vector<FormPart> parts;
  for (;;) {
    if (body.substr(pos, 2) == "--") return parts;  // the close delimiter
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
    if (body.substr(pos, 2) != "\r\n") return std::nullopt;
    pos += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return std::nullopt;
    FormPart part;
    if (!read_part_headers(body.substr(pos, headers_end - pos), part)) return std::nullopt;
    pos = headers_end + 4;
    const std::size_t data_end = body.find(next_delimiter, pos);
    if (data_end == std::string_view::npos) return std::nullopt;
    part.data = std::string(body.substr(pos, data_end - pos));
    pos = data_end + next_delimiter.size();
    if (parts.size() == max_parts) return std::nullopt;
    parts.push_back(std::move(part));
  }
}

}  // namespace pao::http
