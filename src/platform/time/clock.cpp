#include "platform/time/clock.hpp"

#include <cstdio>
#include <ctime>

namespace pao {

std::string to_iso_utc(TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool parse_iso_time(std::string_view text, TimePoint& out) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, consumed = 0;
  const std::string str(text);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 || consumed != 10) {
    return false;
  }
  std::string_view rest = text.substr(10);
  int offset_minutes = 0;
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != ' ') return false;
    int n = 0;
    const std::string tail(rest.substr(1));
    if (std::sscanf(tail.c_str(), "%2d:%2d:%2d%n", &h, &mi, &s, &n) != 3 || n != 8) return false;
    std::string_view zone = rest.substr(1 + 8);
    if (zone == "Z") {
      offset_minutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
      int oh = 0, om = 0;
      const std::string z(zone.substr(1));
      if (std::sscanf(z.c_str(), "%2d:%2d", &oh, &om) != 2) return false;
      offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
      return false;
    }
  }
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 59) return false;
  out = sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} - minutes{offset_minutes};
  return true;
}

}  // namespace pao
