#include "platform/time/thai_date.hpp"

#include <array>
#include <ostream>
#include <stdexcept>

#include <fmt/format.h>

namespace pao {
namespace {

using std::chrono::sys_days;

constexpr std::array<std::string_view, 12> kThaiMonthShort = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
};
constexpr std::array<std::string_view, 12> kThaiMonthLong = {
    "มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
    "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม",
};
constexpr std::array<std::string_view, 12> kEnglishMonthShort = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
constexpr std::array<std::string_view, 12> kEnglishMonthLong = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

// The Thai digits ๐ (U+0E50) … ๙ (U+0E59) in UTF-8 are E0 B9 90 … E0 B9 99.
constexpr char kThaiDigitLead0 = '\xE0';
constexpr char kThaiDigitLead1 = '\xB9';
constexpr unsigned char kThaiDigitZero = 0x90;

void require_valid(Date d) {
  if (!is_valid(d)) {
    throw std::invalid_argument(fmt::format("not a date: {}-{}-{}", d.year, d.month, d.day));
  }
}

sys_days to_sys_days(Date d) {
  require_valid(d);
  return sys_days{to_year_month_day(d)};
}

std::string thai_date_arabic(Date d, DateStyle style) {
  const auto& months = style == DateStyle::full ? kThaiMonthLong : kThaiMonthShort;
  return fmt::format("{} {} {}", d.day, months[d.month - 1], d.year + kBuddhistEraOffset);
}

// "14:05" from the Bangkok time of day of `t`.
std::string bangkok_clock_time(TimePoint t) {
  const auto since_midnight = std::chrono::floor<std::chrono::minutes>(bangkok_time_of_day(t));
  const auto hours = std::chrono::floor<std::chrono::hours>(since_midnight);
  return fmt::format("{:02}:{:02}", hours.count(), (since_midnight - hours).count());
}

// Reads 1 to `max_digits` ASCII digits at the front of `text`, advancing it; nullopt if none.
std::optional<int> take_number(std::string_view& text, std::size_t max_digits) {
  std::size_t n = 0;
  int value = 0;
  while (n < text.size() && n < max_digits && text[n] >= '0' && text[n] <= '9') {
    value = value * 10 + (text[n] - '0');
    ++n;
  }
  if (n == 0) return std::nullopt;
  text.remove_prefix(n);
  return value;
}

bool take_char(std::string_view& text, char c) {
  if (text.empty() || text.front() != c) return false;
  text.remove_prefix(1);
  return true;
}

// Reads exactly four digits, the first not 0.
std::optional<int> take_year(std::string_view& text) {
  std::string_view probe = text;
  const auto year = take_number(probe, 4);
  if (!year || text.size() - probe.size() != 4 || text.front() == '0') return std::nullopt;
  text = probe;
  return year;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<Date> make_date(int year, int month, int day) {
  if (month < 1 || day < 1) return std::nullopt;
  const int gregorian_year = year > 2400 ? year - kBuddhistEraOffset : year;
  const Date d{gregorian_year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
  if (!is_valid(d)) return std::nullopt;
  return d;
}

}  // namespace

std::string to_iso_date(Date d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

std::ostream& operator<<(std::ostream& out, Date d) {
  return out << to_iso_date(d);
}

bool is_valid(Date d) {
  // std::chrono keeps a month in a byte and a year in a short: range-check before converting.
  if (d.year < -32767 || d.year > 32767 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
    return false;
  }
  return to_year_month_day(d).ok();
}

std::chrono::year_month_day to_year_month_day(Date d) {
  return std::chrono::year_month_day{std::chrono::year{d.year}, std::chrono::month{d.month},
                                     std::chrono::day{d.day}};
}

Date from_year_month_day(std::chrono::year_month_day ymd) {
  return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
              static_cast<unsigned>(ymd.day())};
}

Date bangkok_date(TimePoint t) {
  return from_year_month_day(
      std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(t + kBangkokUtcOffset)});
}

TimePoint bangkok_midnight(Date d) {
  return TimePoint{to_sys_days(d) - kBangkokUtcOffset};
}

TimePoint bangkok_time(Date d, std::chrono::seconds time_of_day) {
  return bangkok_midnight(d) + time_of_day;
}

std::chrono::system_clock::duration bangkok_time_of_day(TimePoint t) {
  const auto local = t + kBangkokUtcOffset;
  return local - std::chrono::floor<std::chrono::days>(local);
}

Date add_days(Date d, int days) {
  return from_year_month_day(std::chrono::year_month_day{to_sys_days(d) + std::chrono::days{days}});
}

int days_between(Date from, Date to) {
  return static_cast<int>((to_sys_days(to) - to_sys_days(from)).count());
}

std::chrono::weekday weekday_of(Date d) {
  return std::chrono::weekday{to_sys_days(d)};
}

std::string format_thai_date(Date d, DateStyle style, Digits digits) {
  require_valid(d);
  const std::string text = thai_date_arabic(d, style);
  return digits == Digits::thai ? to_thai_digits(text) : text;
}

std::string format_english_date(Date d, DateStyle style) {
  require_valid(d);
  const auto& months = style == DateStyle::full ? kEnglishMonthLong : kEnglishMonthShort;
  return fmt::format("{} {} {}", d.day, months[d.month - 1], d.year);
}

std::string format_thai_date_time(TimePoint t, DateStyle style, Digits digits) {
  const std::string text =
      fmt::format("{} {} น.", thai_date_arabic(bangkok_date(t), style), bangkok_clock_time(t));
  return digits == Digits::thai ? to_thai_digits(text) : text;
}

std::string format_english_date_time(TimePoint t, DateStyle style) {
  return fmt::format("{} {}", format_english_date(bangkok_date(t), style), bangkok_clock_time(t));
}

std::string to_thai_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      out += kThaiDigitLead0;
      out += kThaiDigitLead1;
      out += static_cast<char>(kThaiDigitZero + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

std::string to_arabic_digits(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i + 2 < text.size() && text[i] == kThaiDigitLead0 && text[i + 1] == kThaiDigitLead1) {
      const auto last = static_cast<unsigned char>(text[i + 2]);
      if (last >= kThaiDigitZero && last <= kThaiDigitZero + 9) {
        out += static_cast<char>('0' + (last - kThaiDigitZero));
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::optional<Date> parse_thai_date(std::string_view text) {
  const std::string ascii = to_arabic_digits(trim_spaces(text));
  std::string_view rest = ascii;

  // yyyy-m-d
  {
    std::string_view s = rest;
    const auto year = take_year(s);
    if (year && take_char(s, '-')) {
      const auto month = take_number(s, 2);
      if (!month || !take_char(s, '-')) return std::nullopt;
      const auto day = take_number(s, 2);
      if (!day || !s.empty()) return std::nullopt;
      return make_date(*year, *month, *day);
    }
  }
  // d/m/yyyy
  const auto day = take_number(rest, 2);
  if (!day || !take_char(rest, '/')) return std::nullopt;
  const auto month = take_number(rest, 2);
  if (!month || !take_char(rest, '/')) return std::nullopt;
  const auto year = take_year(rest);
  if (!year || !rest.empty()) return std::nullopt;
  return make_date(*year, *month, *day);
}

}  // namespace pao
