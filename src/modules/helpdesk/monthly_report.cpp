#include "modules/helpdesk/monthly_report.hpp"

#include "modules/helpdesk/store.hpp"
#include "modules/org/api.hpp"
#include "platform/export/xlsx.hpp"

namespace pao::helpdesk {

namespace {

std::vector<Tally> tallies(const std::vector<std::pair<std::string, std::int64_t>>& rows) {
  std::vector<Tally> out;
  for (const auto& [k, n] : rows) out.push_back({k, "", n});
  return out;
}

}  // namespace

std::string month_name(int year, unsigned month, const std::string& lang) {
  const Date first{year, month, 1};
  const std::string day = lang == "en" ? format_english_date(first, DateStyle::full)
                                       : format_thai_date(first, DateStyle::full);
  return day.substr(day.find(' ') + 1);  // "1 พฤศจิกายน 2569" → "พฤศจิกายน 2569"
}

MonthlyReport monthly_report(db::Connection& conn, int year, unsigned month) {
  MonthlyReport r;
  r.year = year;
  r.month = month;
  const Date first{year, month, 1};
  const Date next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
  const std::string from = to_iso_utc(bangkok_midnight(first));
  const std::string to = to_iso_utc(bangkok_midnight(next));
  r.opened = store::opened_between(conn, from, to);
  const auto resolved = store::resolved_between(conn, from, to);
  r.resolved = resolved.total;
  r.resolved_in_time = resolved.in_time;
  const auto owned = store::owned_between(conn, from, to);
  r.owned = owned.total;
  r.owned_in_time = owned.in_time;
  r.ratings = store::rated_between(conn, from, to, 10000);
  r.rated = static_cast<std::int64_t>(r.ratings.size());
  double sum = 0;
  for (const auto& x : r.ratings) sum += x.rating;
  if (r.rated > 0) r.average_rating = sum / static_cast<double>(r.rated);
  if (r.ratings.size() > 50) r.ratings.resize(50);
  r.by_category = tallies(store::opened_by(conn, "category", from, to, 1, 50));
  for (auto& c : r.by_category) {
    if (c.key.empty()) c.label = "ยังไม่จัดหมวด";
  }
  r.by_division = tallies(store::opened_by(conn, "division", from, to, 1, 100));
  for (auto& d : r.by_division) {
    if (const auto div = org::find_division(conn, d.key)) d.label = div->name_th;
    if (d.key.empty()) d.label = "ไม่ระบุส่วนราชการ";
  }
  r.top_assets = tallies(store::opened_by(conn, "asset_no", from, to, 2, 10));
  return r;
}

std::string monthly_report_xlsx(const MonthlyReport& r, TimePoint made_at) {
  exports::XlsxWorkbook book(made_at);
  const std::string month = month_name(r.year, r.month, "th");
  auto percent = [](std::int64_t part, std::int64_t whole) {
    return exports::Percent{whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0};
  };
  auto& summary = book.add_sheet("สรุป");
  summary.title("รายงานงานแจ้งซ่อมคอมพิวเตอร์ ประจำเดือน" + month);
  summary.header({"รายการ", "จำนวน", "ร้อยละ"});
  summary.row({std::string("เรื่องที่แจ้งในเดือน"), r.opened});
  summary.row({std::string("รับเรื่องในเดือน"), r.owned});
  summary.row({std::string("รับเรื่องทันกำหนด"), r.owned_in_time, percent(r.owned_in_time, r.owned)});
  summary.row({std::string("แก้ไขเสร็จในเดือน"), r.resolved});
  summary.row(
      {std::string("แก้ไขทันกำหนด"), r.resolved_in_time, percent(r.resolved_in_time, r.resolved)});
  summary.row({std::string("จำนวนผู้ให้คะแนน"), r.rated});
  summary.row({std::string("คะแนนความพึงพอใจเฉลี่ย (เต็ม 5)"), std::monostate{},
               exports::Percent{r.average_rating / 5.0}});
  auto table = [&](const char* name, const char* heading, const std::vector<Tally>& rows) {
    auto& s = book.add_sheet(name);
    s.header({heading, "จำนวนเรื่อง"});
    for (const auto& t : rows) s.row({t.label.empty() ? t.key : t.label, t.count});
  };
  table("ตามหมวดหมู่", "หมวดหมู่", r.by_category);
  table("ตามส่วนราชการ", "ส่วนราชการ", r.by_division);
  table("ครุภัณฑ์ที่เสียซ้ำ", "เลขครุภัณฑ์", r.top_assets);
  auto& rated = book.add_sheet("ความเห็นผู้แจ้ง");
  rated.header({"เลขที่", "เรื่อง", "ผู้แจ้ง", "คะแนน", "ความเห็น"});
  for (const auto& x : r.ratings) {
    rated.row({x.id, x.title, x.requester, std::int64_t{x.rating}, x.comment});
  }
  return book.bytes();
}

}  // namespace pao::helpdesk
