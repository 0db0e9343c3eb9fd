#include "platform/http/pagination.hpp"

#include <sodium.h>

#include <boost/json.hpp>
#include <charconv>

namespace pao::http {

Result<PageRequest> read_page_request(const Request& request, int default_limit, int max_limit) {
  PageRequest page;
  page.limit = default_limit;
  FieldErrors errors;
  if (const auto l = request.query_param("limit")) {
    int n = 0;
    const auto [end, ec] = std::from_chars(l->data(), l->data() + l->size(), n);
    if (ec != std::errc() || end != l->data() + l->size() || n < 1 || n > max_limit) {
      errors.add("limit", {"ต้องเป็นจำนวนเต็ม 1 ถึง " + std::to_string(max_limit),
                           "must be a whole number from 1 to " + std::to_string(max_limit)});
    } else {
      page.limit = n;
    }
  }
  if (const auto c = request.query_param("cursor"); c && !c->empty()) {
    page.after = decode_cursor(*c);
    if (!page.after) errors.add("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  if (!errors.empty()) return errors.to_error();
  return page;
}

std::optional<std::int64_t> after_id(const PageRequest& page) {
  if (!page.after) return std::nullopt;
  std::int64_t n = 0;
  const auto& s = *page.after;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

std::string encode_cursor(const std::string& key) {
  std::string out(sodium_base64_encoded_len(key.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(key.data()),
                    key.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::optional<std::string> decode_cursor(const std::string& cursor) {
  if (cursor.size() > 400) return std::nullopt;
  std::string out(cursor.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), cursor.data(),
                        cursor.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    return std::nullopt;
  }
  out.resize(len);
  return out;
}

boost::json::object page_json(boost::json::array items,
                              const std::optional<std::string>& last_key) {
  boost::json::object o;
  o["items"] = std::move(items);
  o["next_cursor"] = last_key ? boost::json::value(encode_cursor(*last_key)) : nullptr;
  return o;
}

}  // namespace pao::http
