#include "platform/time/business_calendar.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace pao {

BusinessCalendar::BusinessCalendar(std::set<Date> holidays, WorkingHours hours)
    : holidays_(std::move(holidays)), hours_(hours) {
  for (const Date& d : holidays_) {
    if (!is_valid(d)) throw std::invalid_argument("a holiday is not a real date");
  }
  if (hours_.opens < std::chrono::seconds{0} || hours_.opens >= hours_.closes ||
      hours_.closes > std::chrono::hours{24}) {
    throw std::invalid_argument("working hours must satisfy 0 <= opens < closes <= 24h");
  }
  if (std::none_of(hours_.weekdays.begin(), hours_.weekdays.end(), [](bool w) { return w; })) {
    throw std::invalid_argument("working hours name no working weekday");
  }
}

bool BusinessCalendar::is_business_day(Date d) const {
  return hours_.weekdays[weekday_of(d).c_encoding()] && !is_holiday(d);
}

bool BusinessCalendar::is_working_time(TimePoint t) const {
  const auto since_midnight = bangkok_time_of_day(t);
  return is_business_day(bangkok_date(t)) && since_midnight >= hours_.opens &&
         since_midnight < hours_.closes;
}

Date BusinessCalendar::add_business_days(Date from, int n) const {
  const int step = n >= 0 ? 1 : -1;
  long long left = n >= 0 ? static_cast<long long>(n) : -static_cast<long long>(n);
  Date d = from;
  while (left > 0) {
    d = add_days(d, step);
    if (is_business_day(d)) --left;
  }
  return d;
}

int BusinessCalendar::business_days_between(Date from, Date to) const {
  if (to < from) return -business_days_between(to, from);
  int count = 0;
  for (Date d = from; d < to;) {
    d = add_days(d, 1);
    if (is_business_day(d)) ++count;
  }
  return count;
}

std::chrono::seconds BusinessCalendar::business_time_between(TimePoint a, TimePoint b) const {
  if (b < a) return -business_time_between(b, a);
  std::chrono::system_clock::duration total{0};
  for (Date d = bangkok_date(a); bangkok_midnight(d) < b; d = add_days(d, 1)) {
    if (!is_business_day(d)) continue;
    const TimePoint from = std::max(bangkok_time(d, hours_.opens), a);
    const TimePoint until = std::min(bangkok_time(d, hours_.closes), b);
    if (from < until) total += until - from;
  }
  return std::chrono::duration_cast<std::chrono::seconds>(total);
}

TimePoint BusinessCalendar::add_business_time(TimePoint start, std::chrono::seconds amount) const {
  if (amount < std::chrono::seconds{0}) {
    throw std::invalid_argument("add_business_time needs a duration of zero or more");
  }
  std::chrono::system_clock::duration left = amount;
  if (left == left.zero()) return start;
  // Ends: the constructor guarantees a working weekday, and the holidays are finitely many.
  for (Date d = bangkok_date(start);; d = add_days(d, 1)) {
    if (!is_business_day(d)) continue;
    const TimePoint from = std::max(bangkok_time(d, hours_.opens), start);
    const TimePoint closes = bangkok_time(d, hours_.closes);
    if (from >= closes) continue;
    if (closes - from >= left) return from + left;
    left -= closes - from;
  }
}

}  // namespace pao
