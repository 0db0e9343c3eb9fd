// Business days and working hours of a PAO office, for deadlines ("reply within 15 business days")
// and service levels ("resolve within 8 working hours"). All times are Asia/Bangkok wall-clock
// hours; the instants taken and returned are UTC TimePoints like everywhere else.
//
// The holidays come from the caller (later a DB table the administrators keep): the fixed-date
// ones can be listed by `fixed_date_public_holidays` (public_holidays.hpp), but the lunar
// holidays, substitution days and extra days the cabinet declares cannot be computed and must be
// entered as data.
#pragma once

#include <array>
#include <chrono>
#include <set>

#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao {

// When the office works. Default: Monday to Friday, 08:30–16:30 Bangkok time, one span a day
// (the lunch hour is not taken out).
struct WorkingHours {
  // Since 00:00 Bangkok; 0 ≤ opens < closes ≤ 24h.
  std::chrono::seconds opens = std::chrono::hours{8} + std::chrono::minutes{30};
  std::chrono::seconds closes = std::chrono::hours{16} + std::chrono::minutes{30};
  // Indexed by std::chrono::weekday::c_encoding(): [0] is Sunday, [6] Saturday.
  std::array<bool, 7> weekdays = {false, true, true, true, true, true, false};
};

// Immutable once built, so one instance may be shared by any number of threads. The counting
// functions step one calendar day at a time (a set lookup each), fine for spans of years.
class BusinessCalendar {
 public:
  // Throws std::invalid_argument if a holiday is not a real date, if the hours are not
  // 0 ≤ opens < closes ≤ 24h, or if no weekday is a working day.
  explicit BusinessCalendar(std::set<Date> holidays = {}, WorkingHours hours = {});

  // A working weekday that is not a holiday.
  bool is_business_day(Date d) const;
  bool is_holiday(Date d) const { return holidays_.contains(d); }
  // True when `t` is on a business day within [opens, closes) Bangkok time.
  bool is_working_time(TimePoint t) const;

  // The `n`th business day after `from` (before it when `n` is negative), `from` itself not
  // counted, so a Friday + 1 is the Monday and a Saturday + 1 also the Monday; Saturday − 1 is
  // the Friday. `n` = 0 returns `from` unchanged even when it is not a business day (the same
  // rule as the spreadsheet function WORKDAY).
  Date add_business_days(Date from, int n) const;

  // The number of business days in (from, to]: `from` excluded, `to` included, so Monday to
  // the next Monday is 5 and a day to itself is 0. Negative when `to` is before `from`
  // (between(a, b) == −between(b, a)), and additive: between(a, b) + between(b, c) ==
  // between(a, c). For n ≥ 0, business_days_between(d, add_business_days(d, n)) == n.
  int business_days_between(Date from, Date to) const;

  // The working time in [a, b): the overlap of that span with the working hours of each
  // business day, rounded towards zero to whole seconds. Negative when b is before a.
  // From Friday 16:00 to Monday 09:00 is 1 hour (30 min Friday + 30 min Monday).
  std::chrono::seconds business_time_between(TimePoint a, TimePoint b) const;

  // The earliest instant t ≥ `start` with business_time_between(start, t) == `amount`: the
  // deadline of a service level. Time before opening, after closing, on weekends and holidays
  // does not count, so a ticket opened on Saturday with 1 hour is due 09:30 Monday. A deadline
  // that uses up a day's last working second is that day's closing time (16:30), not the next
  // opening. `amount` 0 returns `start`. Throws std::invalid_argument for a negative `amount`.
  TimePoint add_business_time(TimePoint start, std::chrono::seconds amount) const;

  const WorkingHours& working_hours() const { return hours_; }
  const std::set<Date>& holidays() const { return holidays_; }

 private:
  std::set<Date> holidays_;
  WorkingHours hours_;
};

}  // namespace pao
