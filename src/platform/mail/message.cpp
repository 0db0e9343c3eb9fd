#include "platform/mail/message.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace pao::mail {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

int b64(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string base64_decode(std::string_view in) {
  std::string out;
  int bits = 0;
  unsigned value = 0;
  for (const char c : in) {
    const int v = b64(c);
    if (v < 0) continue;  // line breaks, padding
    value = (value << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((value >> bits) & 0xFF));
    }
  }
  return out;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string quoted_printable_decode(std::string_view in, bool header) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (header && c == '_') {
      out.push_back(' ');
    } else if (c == '=' && i + 2 < in.size() + 0 && hex(in[i + 1]) >= 0 && i + 2 < in.size() &&
               hex(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(in[i + 1]) * 16 + hex(in[i + 2])));
      i += 2;
    } else if (c == '=' && i + 1 < in.size() && (in[i + 1] == '\r' || in[i + 1] == '\n')) {
      i += in[i + 1] == '\r' && i + 2 < in.size() && in[i + 2] == '\n' ? 2 : 1;  // soft break
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// RFC 2047: "=?UTF-8?B?4LiB?= text" → decoded; other charsets are kept as sent.
std::string decode_words(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  bool last_was_word = false;
  while (i < s.size()) {
    const auto start = s.find("=?", i);
    if (start == std::string_view::npos) {
      out += s.substr(i);
      break;
    }
    const auto q1 = s.find('?', start + 2);
    const auto q2 = q1 == std::string_view::npos ? q1 : s.find('?', q1 + 1);
    const auto end = q2 == std::string_view::npos ? q2 : s.find("?=", q2 + 1);
    if (end == std::string_view::npos) {
      out += s.substr(i);
      break;
    }
    const std::string between(s.substr(i, start - i));
    if (!(last_was_word && trim(between).empty())) out += between;  // spaces between words go
    const std::string enc = lower(s.substr(q1 + 1, q2 - q1 - 1));
    const std::string_view text = s.substr(q2 + 1, end - q2 - 1);
    out += enc == "b" ? base64_decode(text) : quoted_printable_decode(text, true);
    last_was_word = true;
    i = end + 2;
  }
  return out;
}

struct Part {
  std::map<std::string, std::string> headers;  // lower-case names, unfolded values
  std::string_view body;
};

Part split_part(std::string_view raw) {
  Part p;
  std::size_t pos = 0;
  std::string name, value;
  auto flush = [&] {
    if (!name.empty()) p.headers.emplace(lower(name), trim(value));
    name.clear();
    value.clear();
  };
  while (pos < raw.size()) {
    auto eol = raw.find('\n', pos);
    if (eol == std::string_view::npos) eol = raw.size();
    std::string_view line = raw.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (line.empty()) {
      flush();
      p.body = pos <= raw.size() ? raw.substr(pos) : std::string_view();
      return p;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !name.empty()) {
      value += " " + trim(line);
      continue;
    }
    flush();
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    name = std::string(line.substr(0, colon));
    value = std::string(line.substr(colon + 1));
  }
  flush();
  return p;
}

std::string header(const Part& p, const char* name) {
  const auto it = p.headers.find(name);
  return it == p.headers.end() ? std::string() : it->second;
}

// The value of parameter `name` in a header such as `multipart/mixed; boundary="x"`.
std::string param(const std::string& value, const char* name) {
  const std::string v = lower(value);
  const std::string key = std::string(name) + "=";
  auto at = v.find(key);
  while (at != std::string::npos && at > 0 && v[at - 1] != ';' && v[at - 1] != ' ' &&
         v[at - 1] != '\t') {
    at = v.find(key, at + 1);
  }
  if (at == std::string::npos) return {};
  std::size_t b = at + key.size();
  if (b < value.size() && value[b] == '"') {
    const auto e = value.find('"', b + 1);
    return value.substr(b + 1, e == std::string::npos ? std::string::npos : e - b - 1);
  }
  const auto e = value.find(';', b);
  return trim(value.substr(b, e == std::string::npos ? std::string::npos : e - b));
}

std::string decoded_body(const Part& p) {
  const std::string enc = lower(header(p, "content-transfer-encoding"));
  if (enc == "base64") return base64_decode(p.body);
  if (enc == "quoted-printable") return quoted_printable_decode(p.body, false);
  return std::string(p.body);
}

void walk(const Part& part, Message& m, int depth) {
  const std::string type = header(part, "content-type");
  const std::string type_l = lower(type);
  if (depth < 8 && type_l.rfind("multipart/", 0) == 0) {
    const std::string boundary = param(type, "boundary");
    if (boundary.empty()) return;
    const std::string delim = "--" + boundary;
    std::size_t pos = part.body.find(delim);
    while (pos != std::string_view::npos) {
      std::size_t start = pos + delim.size();
      if (part.body.substr(start, 2) == "--") break;  // the closing delimiter
      start = part.body.find('\n', start);
      if (start == std::string_view::npos) break;
      ++start;
      const auto next = part.body.find(delim, start);
      std::string_view chunk = part.body.substr(
          start, next == std::string_view::npos ? std::string_view::npos : next - start);
      if (chunk.size() >= 2 && chunk.substr(chunk.size() - 2) == "\r\n") {
        chunk.remove_suffix(2);
      } else if (!chunk.empty() && chunk.back() == '\n') {
        chunk.remove_suffix(1);
      }
      walk(split_part(chunk), m, depth + 1);
      pos = next;
    }
    return;
  }
  const std::string disposition = header(part, "content-disposition");
  std::string file_name = decode_words(param(disposition, "filename"));
  if (file_name.empty()) file_name = decode_words(param(type, "name"));
  const bool attachment = !file_name.empty() || lower(disposition).rfind("attachment", 0) == 0;
  if (attachment) {
    const auto semi = type.find(';');
    m.attachments.push_back({file_name.empty() ? "attachment" : file_name,
                             trim(type.substr(0, semi)), decoded_body(part)});
  } else if ((type_l.empty() || type_l.rfind("text/plain", 0) == 0) && m.text.empty()) {
    m.text = decoded_body(part);
  }
}

}  // namespace

Result<Message> parse_message(std::string_view raw) {
  if (raw.size() > kMaxMessageBytes) {
    return Error{ErrorCode::too_large,
                 {"อีเมลใหญ่เกินไป", "The e-mail is too large"},
                 {{"message", {"ใหญ่เกินไป", "is too large"}}},
                 {}};
  }
  const Part top = split_part(raw);
  if (top.headers.empty()) {
    return Error::invalid({"ไม่ใช่อีเมล", "This is not an e-mail"})
        .field("message", {"ไม่มีส่วนหัวอีเมล", "has no e-mail headers"});
  }
  Message m;
  m.message_id = header(top, "message-id");
  m.message_id.erase(std::remove(m.message_id.begin(), m.message_id.end(), '<'),
                     m.message_id.end());
  m.message_id.erase(std::remove(m.message_id.begin(), m.message_id.end(), '>'),
                     m.message_id.end());
  m.from = decode_words(header(top, "from"));
  m.subject = decode_words(header(top, "subject"));
  m.date = header(top, "date");
  walk(top, m, 0);
  return m;
}

std::string address_of(std::string_view from) {
  std::string_view a = from;
  if (const auto open = from.rfind('<'); open != std::string_view::npos) {
    const auto close = from.find('>', open);
    if (close == std::string_view::npos) return {};
    a = from.substr(open + 1, close - open - 1);
  }
  while (!a.empty() && std::isspace(static_cast<unsigned char>(a.front()))) a.remove_prefix(1);
  while (!a.empty() && std::isspace(static_cast<unsigned char>(a.back()))) a.remove_suffix(1);
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == a.size() ||
      a.find_first_of(" \t<>,;\"") != std::string_view::npos) {
    return {};
  }
  std::string out(a);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace pao::mail
