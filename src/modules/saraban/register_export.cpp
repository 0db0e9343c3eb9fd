#include "modules/saraban/register_export.hpp"

#include "platform/export/pdf.hpp"
#include "platform/export/xlsx.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace {

std::string thai_date_of(const std::string& iso) {
  if (iso.empty()) return {};
  const auto d = parse_thai_date(iso);
  return d ? format_thai_date(*d) : iso;
}

std::string action_text(const store::RegisterRow& r) {
  if (r.action_kind == "forward") return "ส่ง " + r.action_to;
  if (r.action_kind == "route") return "มอบ " + r.action_to;
  return {};
}

std::string note_text(const store::RegisterRow& r) {
  std::string note;
  if (r.number.status == NumberStatus::cancelled) note = "ยกเลิกเลข";
  if (r.number.status == NumberStatus::reserved) note = "จองเลข";
  if (!r.number.note.empty() && r.number.status != NumberStatus::used) {
    note += note.empty() ? r.number.note : " (" + r.number.note + ")";
  }
  if (r.letter && r.letter->urgency != Urgency::normal) {
    note += (note.empty() ? "" : " ") + urgency_label(r.letter->urgency).th;
  }
  if (r.letter && r.letter->secrecy != Secrecy::none) {
    note += (note.empty() ? "" : " ") + secrecy_label(r.letter->secrecy).th;
  }
  return note;
}

std::string subject_text(const store::RegisterRow& r) {
  if (!r.letter) return {};
  return subject_visible(*r.letter) ? r.letter->subject : "(หนังสือลับ)";
}

std::string title_of(const RegisterExport& e) {
  return e.reg.name_th + " ปี พ.ศ. " + std::to_string(e.year + kBuddhistEraOffset);
}

}  // namespace

std::string register_pdf(const RegisterExport& e) {
  exports::PdfSetup setup;
  setup.width_mm = 297;  // the register is a wide form: A4 landscape
  setup.height_mm = 210;
  setup.left_mm = 15;
  setup.right_mm = 15;
  setup.top_mm = 15;
  setup.bottom_mm = 15;
  setup.title = title_of(e);
  setup.created = e.produced_at;
  setup.page_numbers.where = exports::PageNumbers::Where::bottom_center;
  exports::PdfDocument pdf(setup);
  pdf.paragraph(title_of(e), {.size_pt = 20, .bold = true, .align = exports::Align::center});
  if (!e.period.empty()) {
    pdf.paragraph(e.period, {.align = exports::Align::center, .space_after_pt = 6});
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(e.rows.size());
  for (const auto& r : e.rows) {
    rows.push_back({std::to_string(r.number.number), r.letter ? r.letter->reference : "",
                    r.letter ? thai_date_of(r.letter->dated) : "", r.letter ? r.letter->from : "",
                    r.letter ? r.letter->to : "", subject_text(r), action_text(r), note_text(r)});
  }
  pdf.table({{"เลขทะเบียน", 1.2, exports::Align::right},
             {"ที่", 1.7},
             {"ลงวันที่", 1.1},
             {"จาก", 1.6},
             {"ถึง", 1.6},
             {"เรื่อง", 2.9},
             {"การปฏิบัติ", 1.4},
             {"หมายเหตุ", 1.1}},
            rows, 13);
  return pdf.bytes();
}

std::string register_xlsx(const RegisterExport& e) {
  exports::XlsxWorkbook book(e.produced_at);
  auto& sheet = book.add_sheet(e.reg.name_th);
  sheet.title(title_of(e));
  if (!e.period.empty()) sheet.title(e.period);
  sheet.header({"เลขทะเบียน", "ที่", "ลงวันที่", "จาก", "ถึง", "เรื่อง", "การปฏิบัติ", "หมายเหตุ",
                "วันเวลาที่ลงทะเบียน", "ชั้นความเร็ว (รหัส)", "ชั้นความลับ (รหัส)"});
  for (const auto& r : e.rows) {
    std::vector<exports::XlsxCell> cells;
    cells.emplace_back(r.number.number);
    if (r.letter) {
      cells.emplace_back(r.letter->reference);
      const auto d = r.letter->dated.empty() ? std::nullopt : parse_thai_date(r.letter->dated);
      if (d) {
        cells.emplace_back(*d);
      } else {
        cells.emplace_back(std::monostate{});
      }
      cells.emplace_back(r.letter->from);
      cells.emplace_back(r.letter->to);
    } else {
      for (int i = 0; i < 4; ++i) cells.emplace_back(std::monostate{});
    }
    cells.emplace_back(subject_text(r));
    cells.emplace_back(action_text(r));
    cells.emplace_back(note_text(r));
    TimePoint at{};
    if (parse_iso_time(r.letter ? r.letter->registered_at : r.number.taken_at, at)) {
      cells.emplace_back(exports::BangkokDateTime{at});
    } else {
      cells.emplace_back(std::monostate{});
    }
    if (r.letter) {
      cells.emplace_back(std::string(urgency_code(r.letter->urgency)));
      cells.emplace_back(std::string(secrecy_code(r.letter->secrecy)));
    }
    sheet.row(std::move(cells));
  }
  return book.bytes();
}

}  // namespace pao::saraban
