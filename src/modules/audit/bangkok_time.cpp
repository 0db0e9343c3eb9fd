#include "modules/audit/bangkok_time.hpp"

#include <chrono>
#include <cstdio>

namespace pao::audit {

namespace {

constexpr std::chrono::hours kBangkokOffset{7};

struct CivilTime {
  int year = 0;
  unsigned month = 0, day = 0;
  long hour = 0, minute = 0, second = 0;
};

// The Bangkok wall-clock time of a stored UTC time; nullopt when `iso_utc` is not one.
std::optional<CivilTime> bangkok_civil(std::string_view iso_utc) {
  TimePoint t;
  if (iso_utc.size() != 20 || !parse_iso_time(iso_utc, t)) return std::nullopt;
  using namespace std::chrono;
  const auto local = floor<seconds>(t + kBangkokOffset);
  const auto day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss hms{local - day};
  return CivilTime{static_cast<int>(ymd.year()),
                   static_cast<unsigned>(ymd.month()),
                   static_cast<unsigned>(ymd.day()),
                   static_cast<long>(hms.hours().count()),
                   static_cast<long>(hms.minutes().count()),
                   static_cast<long>(hms.seconds().count())};
}

}  // namespace

std::optional<TimePoint> bangkok_day_start(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return std::nullopt;
  }
  auto number = [&](std::size_t from, std::size_t len) {
    int n = 0;
    for (std::size_t i = from; i < from + len; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  using namespace std::chrono;
  const year_month_day ymd{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                           day{static_cast<unsigned>(number(8, 2))}};
  if (!ymd.ok() || ymd.year() < year{1900}) return std::nullopt;
  return TimePoint{sys_days{ymd}} - kBangkokOffset;
}

std::string bangkok_display(std::string_view iso_utc, std::string_view lang) {
  static constexpr const char* kThaiMonths[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                                "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
  static constexpr const char* kEnglishMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto c = bangkok_civil(iso_utc);
  if (!c) return std::string(iso_utc);
  const bool thai = lang != "en";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%u\u00A0%s\u00A0%d %02ld:%02ld:%02ld", c->day,
                thai ? kThaiMonths[c->month - 1] : kEnglishMonths[c->month - 1],
                thai ? c->year + 543 : c->year, c->hour, c->minute, c->second);
  return buf;
}

std::string bangkok_sortable(std::string_view iso_utc) {
  const auto c = bangkok_civil(iso_utc);
  if (!c) return std::string(iso_utc);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld:%02ld", c->year, c->month, c->day,
                c->hour, c->minute, c->second);
  return buf;
}

}  // namespace pao::audit
