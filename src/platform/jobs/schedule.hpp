// When a recurring job runs: a small rule language read in Asia/Bangkok time (UTC+7 all year,
// see time/thai_date.hpp), strict so that a typo is a start-up error rather than a job that
// never runs.
//
//   every minute                 at every minute
//   every N minutes              N divides 1440 (5, 10, 15, 20, 30, 60, 90, 120 …): at the
//                                multiples of N minutes after 00:00 Bangkok ("every 15 minutes"
//                                runs at :00, :15, :30 and :45)
//   every hour                   at minute 0 of every hour
//   every N hours                N divides 24: at 00:00, N:00, 2N:00 … Bangkok
//   every day HH:MM              once a day
//   weekdays HH:MM               Monday to Friday (public holidays are not skipped)
//   every monday HH:MM           once a week; likewise tuesday … sunday
//   first day of month HH:MM     the 1st of every month
//   last day of month HH:MM      28, 29, 30 or 31, whichever ends the month
//   day D of month HH:MM         D from 1 to 28 (use "last day of month" for the end)
//
// Words are lower-case and separated by spaces; HH:MM is a 24-hour time with two digits each,
// 00:00 to 23:59. Anything else is refused by parse(). Pure and thread-safe.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::jobs {

class Schedule {
 public:
  // The rule, or nullopt when `text` is not one of the forms above.
  static std::optional<Schedule> parse(std::string_view text);

  // The first occurrence strictly after `t`.
  TimePoint next_after(TimePoint t) const;
  // The last occurrence at or before `t` (used to run a job missed while no server was up once,
  // for its latest period).
  TimePoint last_at_or_before(TimePoint t) const;

  // The rule as written (normalised spacing): what parse() accepted.
  const std::string& text() const { return text_; }

 private:
  enum class Days { every_day, weekdays, one_weekday, first_of_month, last_of_month, day_of_month };
  bool runs_on(Date d) const;

  std::string text_;
  Days days_ = Days::every_day;
  unsigned weekday_ = 0;       // one_weekday: 0 = Sunday … 6 = Saturday
  unsigned day_of_month_ = 1;  // day_of_month
  std::vector<int> minutes_;   // minutes after 00:00 Bangkok, ascending
};

}  // namespace pao::jobs
