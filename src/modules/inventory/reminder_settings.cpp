#include "modules/inventory/reminder_settings.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <cstdlib>
#include <set>
#include <stdexcept>

#include "modules/inventory/store.hpp"
#include "modules/inventory/warranty_reminders.hpp"

namespace pao::inventory {

namespace {

constexpr const char* kDaysKey = "reminder_days";

Error bad_days(Message why) {
  return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"}).field("days", std::move(why));
}

boost::json::value as_json(const std::vector<int>& days) {
  boost::json::array a;
  for (const int d : days) a.emplace_back(d);
  return a;
}

std::vector<int> parse_stored(const std::string& text) {
  auto days = read_reminder_days(text);
  return days.ok() ? *days : std::vector<int>{};
}

}  // namespace

std::vector<int> default_reminder_days() {
  const char* env = std::getenv("PAO_WARRANTY_REMINDER_DAYS");
  if (!env || !*env) return kDefaultReminderDays;
  auto days = parse_reminder_days(env);
  if (!days) throw std::runtime_error("PAO_WARRANTY_REMINDER_DAYS: expected e.g. 90,60,30,7");
  return *days;
}

std::string days_text(const std::vector<int>& days) {
  std::string out;
  for (const int d : days) out += (out.empty() ? "" : ", ") + std::to_string(d);
  return out;
}

Result<std::vector<int>> read_reminder_days(const std::string& text) {
  std::vector<int> days;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto start = text.find_first_not_of(", \t\r\n", pos);
    if (start == std::string::npos) break;
    auto end = text.find_first_of(", \t\r\n", start);
    if (end == std::string::npos) end = text.size();
    const std::string part = text.substr(start, end - start);
    long n = 0;
    const auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (ec != std::errc() || p != part.data() + part.size()) {
      return bad_days({"\"" + part + "\" ไม่ใช่จำนวนวัน", "\"" + part + "\" is not a number of days"});
    }
    if (n < 1) return bad_days({"จำนวนวันต้องมากกว่า 0", "each stage must be positive"});
    if (n > 365) return bad_days({"จำนวนวันต้องไม่เกิน 365", "each stage must be at most 365 days"});
    days.push_back(static_cast<int>(n));
    pos = end;
  }
  if (days.empty()) return bad_days({"ต้องระบุอย่างน้อย 1 ระยะ", "name at least one stage"});
  return days;
}

ReminderStages reminder_stages(db::Connection& conn, const std::vector<int>& fallback) {
  if (const auto stored = store::setting(conn, kDaysKey)) {
    auto days = parse_stored(*stored);
    if (!days.empty()) return {days, false};
  }
  return {fallback, true};
}

Result<ReminderStages> set_reminder_stages(db::Connection& conn, TimePoint at,
                                           const audit::Actor& by, const std::vector<int>& days,
                                           const std::vector<int>& fallback) {
  if (days.empty()) return bad_days({"ต้องระบุอย่างน้อย 1 ระยะ", "name at least one stage"});
  if (days.size() > kMaxReminderStages) {
    return bad_days({"ได้ไม่เกิน " + std::to_string(kMaxReminderStages) + " ระยะ",
                     "at most " + std::to_string(kMaxReminderStages) + " stages"});
  }
  std::set<int> seen;
  for (const int d : days) {
    if (d < 1) return bad_days({"จำนวนวันต้องมากกว่า 0", "each stage must be positive"});
    if (d > 365) return bad_days({"จำนวนวันต้องไม่เกิน 365", "each stage must be at most 365 days"});
    if (!seen.insert(d).second) {
      return bad_days({"ระยะ " + std::to_string(d) + " วันซ้ำกัน",
                       "the stage of " + std::to_string(d) + " days is repeated"});
    }
  }
  std::vector<int> sorted = days;
  std::sort(sorted.rbegin(), sorted.rend());
  db::Tx tx(conn);
  const ReminderStages before = reminder_stages(conn, fallback);
  std::string stored;
  for (const int d : sorted) stored += (stored.empty() ? "" : ",") + std::to_string(d);
  store::put_setting(conn, kDaysKey, stored, to_iso_utc(at));
  audit::Changes changes;
  changes.set("reminder_days", as_json(before.days), as_json(sorted));
  audit::record(conn, at, by, {"inventory.settings.reminder_days", "setting", kDaysKey, changes});
  tx.commit();
  return ReminderStages{sorted, false};
}

}  // namespace pao::inventory
