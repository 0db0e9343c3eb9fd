// Calendar dates as Thai offices write and read them. Times are stored in UTC (TimePoint, see
// clock.hpp) and shown in Asia/Bangkok, which is UTC+7 all year (Thailand has no daylight saving
// time), so the conversion is a fixed offset and needs no time-zone database.
//
// A `Date` is always Gregorian inside the program; the Buddhist Era (พ.ศ. = C.E. + 543) appears
// only when a date is formatted for people or parsed from what they typed.
//
// Functions taking a `Date`, except `is_valid` and the plain conversions (`to_iso_date`,
// `to_year_month_day`), require a real one; they throw std::invalid_argument otherwise, which is a
// bug in the caller: dates typed by users go through `parse_thai_date`. Everything here is a pure
// function, safe to call from any thread.
#pragma once

#include <chrono>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "platform/time/clock.hpp"

namespace pao {

// A civil date in the Gregorian calendar (year C.E.), without a time zone.
struct Date {
  int year = 1970;
  unsigned month = 1;  // 1 = January … 12 = December
  unsigned day = 1;    // 1 … 31

  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

// Years of the Buddhist Era ahead of the Common Era: 2026 C.E. is B.E. 2569.
inline constexpr int kBuddhistEraOffset = 543;
// Asia/Bangkok is UTC+7, always.
inline constexpr std::chrono::hours kBangkokUtcOffset{7};

// "2026-11-25": how dates are stored in the database and written in logs and tests.
std::string to_iso_date(Date d);
// Writes to_iso_date(d), so test failures and log lines show the date readably.
std::ostream& operator<<(std::ostream& out, Date d);

// True when the date exists (29 February only in leap years, months 1–12, …).
bool is_valid(Date d);

// Conversions to and from the std::chrono calendar types.
std::chrono::year_month_day to_year_month_day(Date d);
Date from_year_month_day(std::chrono::year_month_day ymd);

// The calendar date in Bangkok at instant `t`: 2026-11-24T17:00:00Z is 25 November 2026.
Date bangkok_date(TimePoint t);
// The instant 00:00 of `d` in Bangkok (17:00 UTC of the day before).
TimePoint bangkok_midnight(Date d);
// The instant `time_of_day` after 00:00 of `d` in Bangkok; `time_of_day` may be 24h or more,
// which lands on a later day (no clock change ever skips or repeats an hour in Bangkok).
TimePoint bangkok_time(Date d, std::chrono::seconds time_of_day);
// Time elapsed since 00:00 Bangkok on the Bangkok date of `t`, in [0, 24h).
std::chrono::system_clock::duration bangkok_time_of_day(TimePoint t);

// `d` moved by `days` calendar days (negative goes back).
Date add_days(Date d, int days);
// Calendar days from `from` to `to`; negative when `to` is earlier.
int days_between(Date from, Date to);
// Day of the week of `d`.
std::chrono::weekday weekday_of(Date d);

// ----- Formatting --------------------------------------------------------------------------------

enum class DateStyle {
  abbreviated,  // 25 พ.ย. 2569  / 25 Nov 2026
  full,         // 25 พฤศจิกายน 2569 / 25 November 2026
};

enum class Digits {
  arabic,  // 25 พ.ย. 2569
  thai,    // ๒๕ พ.ย. ๒๕๖๙ (official letters often use these)
};

// The date in Thai with the B.E. year: "25 พ.ย. 2569", "25 พฤศจิกายน 2569", or with Thai digits
// "๒๕ พ.ย. ๒๕๖๙". The day has no leading zero.
std::string format_thai_date(Date d, DateStyle style = DateStyle::abbreviated,
                             Digits digits = Digits::arabic);
// The date in English with the C.E. year: "25 Nov 2026", "25 November 2026".
std::string format_english_date(Date d, DateStyle style = DateStyle::abbreviated);

// The Bangkok date and time of `t`, minutes truncated: "25 พ.ย. 2569 14:05 น." (Thai digits
// apply to the time too).
std::string format_thai_date_time(TimePoint t, DateStyle style = DateStyle::abbreviated,
                                  Digits digits = Digits::arabic);
// The Bangkok date and time of `t` in English: "25 Nov 2026 14:05" (24-hour clock).
std::string format_english_date_time(TimePoint t, DateStyle style = DateStyle::abbreviated);

// `text` with every ASCII digit 0–9 replaced by the Thai digit ๐–๙; all other bytes (UTF-8 Thai
// included) are copied unchanged.
std::string to_thai_digits(std::string_view text);
// `text` with every Thai digit ๐–๙ replaced by the ASCII digit 0–9; the inverse of the above.
std::string to_arabic_digits(std::string_view text);

// ----- Parsing -----------------------------------------------------------------------------------

// Reads a date typed by a user, or nullopt when it is not one. Accepted, after trimming spaces
// and with Thai or ASCII digits:
//   d/m/yyyy     day and month of one or two digits: "25/11/2569", "5/1/2570", "๒๕/๑๑/๒๕๖๙"
//   yyyy-mm-dd   month and day of one or two digits: "2569-11-25", "2026-11-25"
// The year always has four digits, the first not 0. The rule for the era: a year above 2400 is B.E.
// (so 2569 is 2026 C.E.), a year of 2400 or less is C.E. No date handled by a PAO is near 1857
// C.E., where the two ranges meet. The date must exist in the Gregorian year (B.E. − 543):
// 31/02/2569 and 29/02/2570 are refused, 29/02/2571 (2028) is accepted.
std::optional<Date> parse_thai_date(std::string_view text);

}  // namespace pao
