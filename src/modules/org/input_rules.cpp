#include "modules/org/input_rules.hpp"

#include <charconv>

namespace pao::org {

namespace {
std::size_t utf8_chars(std::string_view s) {
  std::size_t n = 0;
  for (const unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

Message sort_order_message() {
  return {"ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง " + std::to_string(kMaxSortOrder),
          "must be a whole number from 0 to " + std::to_string(kMaxSortOrder)};
}
}  // namespace

bool is_valid_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 40) return false;
  if (code[0] < 'a' || code[0] > 'z') return false;
  for (const char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

Message required_message() {
  return {"ต้องระบุ", "is required"};
}

Message code_format_message() {
  return {"ใช้ได้เฉพาะอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีดล่าง (_) ขึ้นต้นด้วยตัวอักษร ยาว 2–40 ตัว",
          "must be 2–40 characters: lower-case English letters, digits or _, starting with a "
          "letter"};
}

Message code_unchangeable_message() {
  return {"เปลี่ยนไม่ได้ เพราะระบบอื่นอ้างอิงรหัสนี้อยู่", "cannot be changed: other systems refer to it"};
}

void check_code(FieldErrors& errors, const std::string& field, const std::string& code) {
  if (code.empty()) {
    errors.add(field, required_message());
  } else if (!is_valid_code(code)) {
    errors.add(field, code_format_message());
  }
}

void check_text(FieldErrors& errors, const std::string& field, const std::string& text,
                std::size_t max_chars) {
  if (text.empty()) {
    errors.add(field, required_message());
  } else if (utf8_chars(text) > max_chars) {
    errors.add(field, {"ยาวเกินไป (ไม่เกิน " + std::to_string(max_chars) + " ตัวอักษร)",
                       "is too long (at most " + std::to_string(max_chars) + " characters)"});
  }
}

void check_sort_order(FieldErrors& errors, const std::string& field, int sort_order) {
  if (sort_order < 0 || sort_order > kMaxSortOrder) errors.add(field, sort_order_message());
}

SortOrderText parse_sort_order(std::string_view text) {
  const std::string t = trimmed(text);
  if (t.empty()) return {};
  int n = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (ec != std::errc() || end != t.data() + t.size() || n < 0 || n > kMaxSortOrder) {
    return {std::nullopt, sort_order_message()};
  }
  return {n, std::nullopt};
}

}  // namespace pao::org
