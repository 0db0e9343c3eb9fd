// The one source of "now". Logic takes a `const Clock&`; production passes SystemClock, tests
// and `--at` runs pass a FixedClock. Nothing else in the code base calls system_clock::now().
#pragma once

#include <atomic>
#include <chrono>
#include <string>

namespace pao {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that stands still until moved; safe to read from several threads.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint t) : t_(t.time_since_epoch().count()) {}
  TimePoint now() const override { return TimePoint(TimePoint::duration(t_.load())); }
  void set(TimePoint t) { t_ = t.time_since_epoch().count(); }
  void advance(std::chrono::system_clock::duration d) { t_ += d.count(); }

 private:
  std::atomic<TimePoint::rep> t_;
};

// "2026-11-25T01:02:03Z" (UTC, second precision): how times are stored in the database.
std::string to_iso_utc(TimePoint t);
// Parses "2026-11-25T08:02:03+07:00", "…Z" or "2026-11-25" (midnight UTC). False on bad input.
bool parse_iso_time(std::string_view text, TimePoint& out);

}  // namespace pao
