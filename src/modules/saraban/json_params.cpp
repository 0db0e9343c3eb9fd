#include "modules/saraban/json_params.hpp"

#include <charconv>

#include "modules/saraban/numbering.hpp"

namespace pao::saraban {

std::optional<Date> iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto d = parse_thai_date(text);
  if (!d || d->year > 2400) return std::nullopt;  // ISO dates are C.E.
  return d;
}

std::optional<Date> date_field(http::JsonInput& in, const char* field) {
  const auto text = in.optional_text(field);
  if (!text || text->empty()) return std::nullopt;
  const auto d = iso_date(*text);
  if (!d) in.reject(field, {"ต้องเป็นวันที่แบบ 2026-11-20", "must be a date like 2026-11-20"});
  return d;
}

Error bad_query(const char* field, Message why) {
  return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The request is not valid"})
      .field(field, std::move(why));
}

std::optional<int> year_param(const http::Request& req, TimePoint now, Error& error) {
  const auto text = req.query_param("year");
  if (!text || text->empty()) return register_year(now);
  int year = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), year);
  if (ec != std::errc() || end != text->data() + text->size() || year < 1900 || year > 2400) {
    error = bad_query("year", {"ต้องเป็นปี ค.ศ. เช่น 2026", "must be a C.E. year such as 2026"});
    return std::nullopt;
  }
  return year;
}

std::optional<Date> day_param(const http::Request& req, const char* name, Error& error) {
  const auto text = req.query_param(name);
  if (!text || text->empty()) return std::nullopt;
  const auto d = iso_date(*text);
  if (!d) error = bad_query(name, {"ต้องเป็นวันที่แบบ 2026-11-20", "must be a date like 2026-11-20"});
  return d;
}

std::optional<std::pair<int, std::int64_t>> register_cursor(const std::string& after) {
  int rank = 0;
  std::int64_t no = 0;
  const auto colon = after.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const char* s = after.data();
  const char* end = s + after.size();
  const auto r = std::from_chars(s, s + colon, rank);
  const auto n = std::from_chars(s + colon + 1, end, no);
  if (r.ec != std::errc() || r.ptr != s + colon || n.ec != std::errc() || n.ptr != end) {
    return std::nullopt;
  }
  return std::pair{rank, no};
}

}  // namespace pao::saraban
