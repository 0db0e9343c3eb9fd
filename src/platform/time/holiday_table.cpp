#include "platform/time/holiday_table.hpp"

#include <boost/json.hpp>

#include "platform/time/public_holidays.hpp"

namespace pao {

namespace json = boost::json;

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE platform_holiday (
  day TEXT PRIMARY KEY,        -- YYYY-MM-DD (Gregorian, Bangkok)
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL
);
)sql";

// Lunar holidays of B.E. 2569 (2026) as announced; later years are entered by the administrator.
struct Announced {
  Date date;
  const char* th;
  const char* en;
};
const Announced kAnnounced2569[] = {
    {{2026, 3, 3}, "วันมาฆบูชา", "Makha Bucha Day"},
    {{2026, 5, 31}, "วันวิสาขบูชา", "Visakha Bucha Day"},
    {{2026, 6, 1}, "ชดเชยวันวิสาขบูชา", "Substitution for Visakha Bucha Day"},
    {{2026, 7, 29}, "วันอาสาฬหบูชา", "Asalha Bucha Day"},
    {{2026, 7, 30}, "วันเข้าพรรษา", "Buddhist Lent Day"},
};

void seed(db::Connection& conn) {
  for (int year = 2025; year <= 2030; ++year) {
    for (const auto& h : fixed_date_public_holidays(year)) {
      conn.execute(
          "INSERT INTO platform_holiday (day, name_th, name_en) VALUES (?, ?, ?) "
          "ON CONFLICT (day) DO NOTHING",
          to_iso_date(h.date), std::string(h.name_th), std::string(h.name_en));
    }
  }
  for (const auto& h : kAnnounced2569) {
    conn.execute(
        "INSERT INTO platform_holiday (day, name_th, name_en) VALUES (?, ?, ?) "
        "ON CONFLICT (day) DO NOTHING",
        to_iso_date(h.date), h.th, h.en);
  }
}

std::optional<Date> parse_day(const std::string& s) {
  TimePoint t;
  if (s.size() != 10 || !parse_iso_time(s, t)) return std::nullopt;
  const Date d{std::stoi(s.substr(0, 4)), static_cast<unsigned>(std::stoi(s.substr(5, 2))),
               static_cast<unsigned>(std::stoi(s.substr(8, 2)))};
  if (!is_valid(d)) return std::nullopt;
  return d;
}

}  // namespace

std::vector<db::Migration> holiday_migrations() {
  return {db::Migration{"platform_calendar", 1, "holidays", kSchema, seed}};
}

std::vector<Holiday> list_holidays(db::Connection& conn, std::optional<int> year) {
  const std::string from = year ? std::to_string(*year) + "-01-01" : "0000-01-01";
  const std::string to = year ? std::to_string(*year) + "-12-31" : "9999-12-31";
  std::vector<Holiday> out;
  for (const auto& r :
       conn.query("SELECT day, name_th, name_en FROM platform_holiday WHERE day >= ? AND day <= ? "
                  "ORDER BY day",
                  from, to)) {
    if (const auto d = parse_day(r.str(0))) out.push_back({*d, r.str(1), r.str(2)});
  }
  return out;
}

BusinessCalendar business_calendar(db::Connection& conn, WorkingHours hours) {
  std::set<Date> days;
  for (const auto& h : list_holidays(conn)) days.insert(h.date);
  return BusinessCalendar(std::move(days), hours);
}

Status save_holiday(db::Connection& conn, TimePoint at, const audit::Actor& by, const Holiday& h) {
  FieldErrors e;
  if (!is_valid(h.date) || h.date.year < 2000 || h.date.year > 2100) {
    e.add("date", {"ไม่ใช่วันที่ที่ถูกต้อง", "is not a valid date"});
  }
  if (h.name_th.empty()) e.add("name_th", {"ต้องระบุ", "is required"});
  if (!e.empty()) return e.to_error();
  const std::string day = to_iso_date(h.date);
  const std::string name_en = h.name_en.empty() ? h.name_th : h.name_en;
  db::Tx tx(conn);
  const auto before =
      conn.query_one("SELECT name_th, name_en FROM platform_holiday WHERE day = ?", day);
  conn.execute(
      "INSERT INTO platform_holiday (day, name_th, name_en) VALUES (?, ?, ?) "
      "ON CONFLICT (day) DO UPDATE SET name_th = excluded.name_th, name_en = excluded.name_en",
      day, h.name_th, name_en);
  audit::Changes ch;
  ch.set("name_th", before ? json::value(json::string(before->str(0))) : json::value(nullptr),
         json::string(h.name_th))
      .set("name_en", before ? json::value(json::string(before->str(1))) : json::value(nullptr),
           json::string(name_en));
  audit::record(
      conn, at, by,
      {before ? "calendar.holiday.update" : "calendar.holiday.create", "holiday", day, ch});
  tx.commit();
  return ok_status();
}

Status remove_holiday(db::Connection& conn, TimePoint at, const audit::Actor& by, Date date) {
  const std::string day = to_iso_date(date);
  db::Tx tx(conn);
  const auto before =
      conn.query_one("SELECT name_th, name_en FROM platform_holiday WHERE day = ?", day);
  if (!before) return Error::not_found({"ไม่มีวันหยุดในวันนั้น", "There is no holiday on that day"});
  conn.execute("DELETE FROM platform_holiday WHERE day = ?", day);
  audit::Changes ch;
  ch.removed("name_th", json::string(before->str(0)));
  audit::record(conn, at, by, {"calendar.holiday.remove", "holiday", day, ch});
  tx.commit();
  return ok_status();
}

}  // namespace pao
