#include "platform/http/json_input.hpp"

#include <boost/json.hpp>

namespace pao::http {

namespace json = boost::json;

namespace {
const Message kRequired{"ต้องระบุ", "is required"};
const Message kNotText{"ต้องเป็นข้อความ", "must be a string"};

Message too_long(std::size_t max) {
  return {"ยาวเกินไป (ไม่เกิน " + std::to_string(max) + " ตัวอักษร)",
          "is too long (at most " + std::to_string(max) + " characters)"};
}
}  // namespace

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

Result<JsonInput> JsonInput::parse(const Request& request) {
  boost::system::error_code ec;
  json::value v = json::parse(request.body, ec);
  if (ec) {
    return Error::invalid({"ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง", "The request body is not valid JSON"})
        .field("body", {"JSON ไม่ถูกต้อง", "is not valid JSON"});
  }
  if (!v.is_object()) {
    return Error::invalid({"ข้อมูลที่ส่งมาต้องเป็นออบเจกต์ JSON", "The request body must be a JSON object"})
        .field("body", {"ต้องเป็นออบเจกต์ JSON", "must be a JSON object"});
  }
  return JsonInput(std::move(v.as_object()));
}

bool JsonInput::has(const std::string& field) const {
  return object_.contains(field);
}

const json::value* JsonInput::get(const std::string& field) {
  read_.insert(field);
  return object_.if_contains(field);
}

std::string JsonInput::text(const std::string& field, TextRule rule) {
  auto v = optional_text(field, rule);
  if (rule.required && (!v || v->empty()) && !errors_.has(field)) errors_.add(field, kRequired);
  return v.value_or("");
}

std::optional<std::string> JsonInput::optional_text(const std::string& field, TextRule rule) {
  const json::value* v = get(field);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::string();
  if (!v->is_string()) {
    errors_.add(field, kNotText);
    return std::nullopt;
  }
  std::string s = trim(std::string_view(v->as_string()));
  if (utf8_length(s) > rule.max_chars) errors_.add(field, too_long(rule.max_chars));
  return s;
}

std::optional<bool> JsonInput::boolean(const std::string& field, bool required) {
  const json::value* v = get(field);
  if (!v || v->is_null()) {
    if (required) errors_.add(field, kRequired);
    return std::nullopt;
  }
  if (!v->is_bool()) {
    errors_.add(field, {"ต้องเป็น true หรือ false", "must be true or false"});
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::int64_t> JsonInput::integer(const std::string& field, std::int64_t min,
                                               std::int64_t max, bool required) {
  const json::value* v = get(field);
  if (!v || v->is_null()) {
    if (required) errors_.add(field, kRequired);
    return std::nullopt;
  }
  std::int64_t n = 0;
  if (v->is_int64()) {
    n = v->as_int64();
  } else if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    n = static_cast<std::int64_t>(v->as_uint64());
  } else {
    errors_.add(field, {"ต้องเป็นจำนวนเต็ม", "must be a whole number"});
    return std::nullopt;
  }
  if (n < min || n > max) {
    errors_.add(field, {"ต้องอยู่ระหว่าง " + std::to_string(min) + " ถึง " + std::to_string(max),
                        "must be between " + std::to_string(min) + " and " + std::to_string(max)});
    return std::nullopt;
  }
  return n;
}

std::vector<std::string> JsonInput::text_list(const std::string& field, std::size_t max_items,
                                              std::size_t max_chars) {
  const json::value* v = get(field);
  if (!v || v->is_null()) return {};
  if (!v->is_array()) {
    errors_.add(field, {"ต้องเป็นรายการข้อความ", "must be an array of strings"});
    return {};
  }
  const auto& a = v->as_array();
  if (a.size() > max_items) {
    errors_.add(field, {"มีได้ไม่เกิน " + std::to_string(max_items) + " รายการ",
                        "may have at most " + std::to_string(max_items) + " items"});
    return {};
  }
  std::vector<std::string> out;
  for (const auto& item : a) {
    if (!item.is_string()) {
      errors_.add(field, {"ต้องเป็นรายการข้อความ", "must be an array of strings"});
      return {};
    }
    std::string s = trim(std::string_view(item.as_string()));
    if (s.empty() || utf8_length(s) > max_chars) {
      errors_.add(field, {"มีรายการที่ว่างหรือยาวเกินไป", "has an empty or too long item"});
      return {};
    }
    out.push_back(std::move(s));
  }
  return out;
}

Status JsonInput::finish() const {
  FieldErrors all = errors_;
  for (const auto& [key, value] : object_) {
    const std::string k(key);
    if (!read_.count(k) && !all.has(k)) all.add(k, {"ไม่รู้จักช่องนี้", "is not a known field"});
  }
  if (all.empty()) return ok_status();
  return all.to_error();
}

}  // namespace pao::http
