#include "modules/audit/bangkok_time.hpp"

#include <chrono>
#include <cstdio>

#include "platform/time/thai_date.hpp"

namespace pao::audit {

namespace {

// A stored UTC time ("2026-11-25T07:02:03Z") as an instant; nullopt for anything else.
std::optional<TimePoint> stored_time(std::string_view iso_utc) {
  TimePoint t;
  if (iso_utc.size() != 20 || !parse_iso_time(iso_utc, t)) return std::nullopt;
  return t;
}

// "14:02:03", Bangkok wall clock.
std::string clock_time(TimePoint t) {
  const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::seconds>(bangkok_time_of_day(t))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld", static_cast<long>(hms.hours().count()),
                static_cast<long>(hms.minutes().count()), static_cast<long>(hms.seconds().count()));
  return buf;
}

// Spaces inside the date become no-break spaces, so a narrow column wraps only before the time.
std::string unbreakable(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') {
      out += "\u00A0";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<TimePoint> bangkok_day_start(std::string_view typed) {
  const auto d = parse_thai_date(typed);
  if (!d || d->year < 1900) return std::nullopt;
  return bangkok_midnight(*d);
}

std::string bangkok_display(std::string_view iso_utc, std::string_view lang) {
  const auto t = stored_time(iso_utc);
  if (!t) return std::string(iso_utc);
  const Date d = bangkok_date(*t);
  const std::string date = lang == "en" ? format_english_date(d) : format_thai_date(d);
  return unbreakable(date) + " " + clock_time(*t);
}

std::string bangkok_sortable(std::string_view iso_utc) {
  const auto t = stored_time(iso_utc);
  if (!t) return std::string(iso_utc);
  return to_iso_date(bangkok_date(*t)) + " " + clock_time(*t);
}

}  // namespace pao::audit
