#include "platform/jobs/schedule.hpp"

#include <array>
#include <charconv>
#include <stdexcept>

namespace pao::jobs {

namespace {

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

// A whole decimal number of at most four digits, no sign or leading "+".
std::optional<int> number(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// "HH:MM" → minutes after midnight.
std::optional<int> time_of_day(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (const std::size_t i : {0, 1, 3, 4}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  const int h = (s[0] - '0') * 10 + (s[1] - '0');
  const int m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

constexpr std::array<std::string_view, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};

constexpr int kMinutesPerDay = 24 * 60;
// A rule matches at least once in any 31 consecutive days; a year is a generous bound.
constexpr int kSearchDays = 400;

}  // namespace

std::optional<Schedule> Schedule::parse(std::string_view text) {
  const auto w = words_of(text);
  Schedule s;
  std::string normalised;
  for (const auto& word : w) {
    if (!normalised.empty()) normalised += ' ';
    normalised += word;
  }
  s.text_ = normalised;

  const auto every_n_minutes = [&](int n) -> std::optional<Schedule> {
    if (n < 1 || n > kMinutesPerDay || kMinutesPerDay % n != 0) return std::nullopt;
    for (int m = 0; m < kMinutesPerDay; m += n) s.minutes_.push_back(m);
    return s;
  };
  const auto at_time = [&](std::string_view hhmm) -> std::optional<Schedule> {
    const auto m = time_of_day(hhmm);
    if (!m) return std::nullopt;
    s.minutes_.push_back(*m);
    return s;
  };

  if (w.size() == 2 && w[0] == "every" && w[1] == "minute") return every_n_minutes(1);
  if (w.size() == 2 && w[0] == "every" && w[1] == "hour") return every_n_minutes(60);
  if (w.size() == 3 && w[0] == "every" && (w[2] == "minutes" || w[2] == "hours")) {
    const auto n = number(w[1]);
    if (!n || *n < 1 || w[1][0] == '0') return std::nullopt;
    return every_n_minutes(w[2] == "minutes" ? *n : *n * 60);
  }
  if (w.size() == 3 && w[0] == "every" && w[1] == "day") return at_time(w[2]);
  if (w.size() == 2 && w[0] == "weekdays") {
    s.days_ = Days::weekdays;
    return at_time(w[1]);
  }
  if (w.size() == 3 && w[0] == "every") {
    for (unsigned i = 0; i < kWeekdays.size(); ++i) {
      if (w[1] == kWeekdays[i]) {
        s.days_ = Days::one_weekday;
        s.weekday_ = i;
        return at_time(w[2]);
      }
    }
    return std::nullopt;
  }
  if (w.size() == 5 && w[1] == "day" && w[2] == "of" && w[3] == "month") {
    if (w[0] == "first") {
      s.days_ = Days::first_of_month;
    } else if (w[0] == "last") {
      s.days_ = Days::last_of_month;
    } else {
      return std::nullopt;
    }
    return at_time(w[4]);
  }
  if (w.size() == 5 && w[0] == "day" && w[2] == "of" && w[3] == "month") {
    const auto d = number(w[1]);
    if (!d || *d < 1 || *d > 28 || w[1][0] == '0') return std::nullopt;
    s.days_ = Days::day_of_month;
    s.day_of_month_ = static_cast<unsigned>(*d);
    return at_time(w[4]);
  }
  return std::nullopt;
}

bool Schedule::runs_on(Date d) const {
  switch (days_) {
    case Days::every_day:
      return true;
    case Days::weekdays: {
      const auto wd = weekday_of(d);
      return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
    }
    case Days::one_weekday:
      return weekday_of(d).c_encoding() == weekday_;
    case Days::first_of_month:
      return d.day == 1;
    case Days::last_of_month:
      return add_days(d, 1).day == 1;
    case Days::day_of_month:
      return d.day == day_of_month_;
  }
  return false;
}

TimePoint Schedule::next_after(TimePoint t) const {
  const Date today = bangkok_date(t);
  for (int i = 0; i < kSearchDays; ++i) {
    const Date d = add_days(today, i);
    if (!runs_on(d)) continue;
    for (const int m : minutes_) {
      const TimePoint at = bangkok_time(d, std::chrono::minutes(m));
      if (at > t) return at;
    }
  }
  throw std::logic_error("schedule has no occurrence within a year: " + text_);
}

TimePoint Schedule::last_at_or_before(TimePoint t) const {
  const Date today = bangkok_date(t);
  for (int i = 0; i < kSearchDays; ++i) {
    const Date d = add_days(today, -i);
    if (!runs_on(d)) continue;
    for (auto m = minutes_.rbegin(); m != minutes_.rend(); ++m) {
      const TimePoint at = bangkok_time(d, std::chrono::minutes(*m));
      if (at <= t) return at;
    }
  }
  throw std::logic_error("schedule has no occurrence within a year: " + text_);
}

}  // namespace pao::jobs
