#include "modules/plan/round_exports.hpp"

#include <set>

#include "modules/plan/seed.hpp"
#include "modules/plan/store.hpp"
#include "platform/export/pdf.hpp"
#include "platform/export/xlsx.hpp"
#include "platform/html/components.hpp"
#include "platform/money/baht.hpp"

namespace pao::plan {

namespace {

std::string divisions_text(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    const auto it = division_names_th().find(c);
    out += (out.empty() ? "" : ", ") + (it == division_names_th().end() ? c : it->second);
  }
  return out;
}

std::string status_th(ProjectStatus s) {
  switch (s) {
    case ProjectStatus::not_started:
      return "ยังไม่เริ่ม";
    case ProjectStatus::on_track:
      return "เป็นไปตามแผน";
    case ProjectStatus::delayed:
      return "ล่าช้า";
    case ProjectStatus::completed:
      return "แล้วเสร็จ";
    case ProjectStatus::cancelled:
      return "ยกเลิก";
  }
  return "";
}

const std::vector<std::string> kHeader = {
    "ยุทธศาสตร์",    "โครงการ",    "หน่วยงานรับผิดชอบ", "งบประมาณ (บาท)", "เบิกจ่ายในรอบ (บาท)",
    "ร้อยละตามแผน", "ร้อยละผลจริง", "สถานะ",          "ปัญหาอุปสรรค"};

}  // namespace

std::vector<RoundReportRow> round_report(db::Connection& conn, Date today, const Round& round) {
  const auto due = store::projects_due(conn, round);
  const std::set<std::int64_t> wanted(due.begin(), due.end());
  const auto budgets = store::project_budgets(conn);
  const auto period_end = parse_thai_date(round.period_end);
  std::vector<RoundReportRow> out;
  ProgressFilter of_year;  // the round's year, every plan (a draft plan's projects are not due)
  of_year.fiscal_year = round.fiscal_year;
  of_year.every_plan = true;
  for (auto& p : list_project_progress(conn, today, of_year)) {
    if (!wanted.count(p.project.id)) continue;
    RoundReportRow row;
    if (const auto b = budgets.find(p.project.id); b != budgets.end()) {
      if (const auto y = b->second.find(round.fiscal_year); y != b->second.end()) {
        row.year_budget_satang = y->second;
      }
    }
    if (period_end) row.planned_percent = planned_percent(p.curve, add_days(*period_end, 1));
    const auto versions = store::report_versions(conn, round.id, p.project.id);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
      if (it->state != "accepted") continue;
      row.reported = true;
      row.actual_percent = it->percent_complete;
      row.spent_satang = it->spent_satang;
      row.problems_th = it->problems_th;
      break;
    }
    row.progress = std::move(p);
    out.push_back(std::move(row));
  }
  return out;
}

std::string round_report_xlsx(const std::vector<RoundReportRow>& rows, const std::string& title,
                              TimePoint produced_at) {
  exports::XlsxWorkbook book;
  auto& sheet = book.add_sheet("รายงานความก้าวหน้า");
  sheet.title(title);
  sheet.title("จัดทำเมื่อ " + format_thai_date_time(produced_at));
  sheet.header(kHeader);
  for (const auto& r : rows) {
    const auto& p = r.progress;
    sheet.row({std::int64_t{p.project.strategy_number},
               p.project.number() + " " + p.project.name_th, divisions_text(p.divisions),
               Satang(r.year_budget_satang), Satang(r.spent_satang),
               exports::Percent{r.planned_percent / 100.0},
               r.actual_percent ? exports::XlsxCell(exports::Percent{*r.actual_percent / 100.0})
                                : exports::XlsxCell(std::string("ยังไม่รายงาน")),
               status_th(p.status), r.problems_th});
  }
  return book.bytes();
}

std::string round_report_pdf(const std::vector<RoundReportRow>& rows, const std::string& title,
                             TimePoint produced_at) {
  exports::PdfSetup setup;
  setup.width_mm = 297;  // A4 landscape: nine columns
  setup.height_mm = 210;
  setup.left_mm = 15;
  setup.right_mm = 15;
  setup.top_mm = 15;
  setup.bottom_mm = 15;
  setup.title = title;
  setup.created = produced_at;
  setup.page_numbers.where = exports::PageNumbers::Where::bottom_center;
  exports::PdfDocument pdf(setup);
  pdf.paragraph(title, {.size_pt = 20, .bold = true, .align = exports::Align::center});
  pdf.paragraph("จัดทำเมื่อ " + format_thai_date_time(produced_at),
                {.size_pt = 14, .align = exports::Align::center, .space_after_pt = 8});
  std::vector<std::vector<std::string>> cells;
  for (const auto& r : rows) {
    const auto& p = r.progress;
    cells.push_back({std::to_string(p.project.strategy_number),
                     p.project.number() + " " + p.project.name_th, divisions_text(p.divisions),
                     format_baht(Satang(r.year_budget_satang)), format_baht(Satang(r.spent_satang)),
                     html::format_number(r.planned_percent, 1),
                     r.actual_percent ? std::to_string(*r.actual_percent) : "ยังไม่รายงาน",
                     status_th(p.status), r.problems_th});
  }
  pdf.table({{kHeader[0], 0.8, exports::Align::center},
             {kHeader[1], 4},
             {kHeader[2], 2.2},
             {kHeader[3], 1.6, exports::Align::right},
             {kHeader[4], 1.6, exports::Align::right},
             {kHeader[5], 1, exports::Align::right},
             {kHeader[6], 1, exports::Align::right},
             {kHeader[7], 1.2},
             {kHeader[8], 2.6}},
            cells, 12);
  return pdf.bytes();
}

}  // namespace pao::plan
