// Excel workbooks (.xlsx) for a module's reports, written with libxlsxwriter (see ADR 0004).
//
// A report is one or more sheets, each a title row, a header row and rows of typed cells:
//
//   exports::XlsxWorkbook book;
//   auto& sheet = book.add_sheet("งบประมาณ 2569");
//   sheet.title("รายงานการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569");
//   sheet.header({"โครงการ", "จำนวนสัญญา", "วงเงิน (บาท)", "วันที่อนุมัติ", "เบิกจ่ายแล้ว"});
//   sheet.row({"ซ่อมถนน อบจ.", std::int64_t{3}, Satang(125000050), Date{2026, 11, 25},
//              exports::Percent{0.425}});
//   std::string file = book.bytes();  // serve with http::download(…, kXlsxContentType)
//
// Cells are written as what they are: text as text (never a formula, so "=…" from a user is
// harmless), integers and money as numbers, dates as real Excel dates, so the office can sum,
// sort and filter. The header row is bold, frozen and carries an autofilter over the table; on
// paper it repeats on every page and the table is scaled to the paper's width.
// Column widths are estimated from the longest value in each column, counting Thai vowel and tone
// marks above and below the line as taking no width.
//
// Text must be UTF-8; invalid sequences become U+FFFD, control characters other than tab and
// newline are dropped (XML cannot carry them), and a cell longer than Excel's 32,767 characters
// is cut there. Not thread-safe: one workbook per request.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/money/baht.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::exports {

// A fraction shown as a percentage with two decimals: Percent{0.425} shows "42.50%" and holds
// 0.425, so formulas over it work.
struct Percent {
  double fraction = 0;
};

// A moment shown as its Bangkok date and time ("25 พ.ย. 2569 14:05"), stored as an Excel
// date-time.
struct BangkokDateTime {
  TimePoint at;
};

// One cell: empty, text, integer, money (#,##0.00 in baht), a Bangkok calendar date (shown
// "25 พ.ย. 2569", Thai month and B.E. year, whatever the reader's locale), a date-time, or a
// percentage.
using XlsxCell =
    std::variant<std::monostate, std::string, std::int64_t, Satang, Date, BangkokDateTime, Percent>;

// Excel's sheet limits. row() throws std::length_error beyond kXlsxMaxRows rows in a sheet
// (title and header included): a module must page or refuse such exports before building them.
inline constexpr std::size_t kXlsxMaxRows = 1'048'576;
inline constexpr std::size_t kXlsxMaxColumns = 16'384;

// One sheet of a workbook; obtained from XlsxWorkbook::add_sheet, owned by the workbook.
class XlsxSheet {
 public:
  // A bold, larger line above the table (may be called more than once: one row per call, e.g. a
  // title and the date it was produced). Must come before header() and row().
  XlsxSheet& title(std::string text);
  // The table's header row: bold, shaded, frozen, with an autofilter over the whole table.
  // Call once, before the rows.
  XlsxSheet& header(std::vector<std::string> names);
  // One row of the table; it may have fewer cells than the header (the rest stay empty).
  XlsxSheet& row(std::vector<XlsxCell> cells);
  // Sets column `index`'s width (0-based) in Excel's units (characters of "0"), instead of the
  // estimate.
  XlsxSheet& column_width(std::size_t index, double width);

  const std::string& name() const { return name_; }

 private:
  friend class XlsxWorkbook;
  explicit XlsxSheet(std::string name) : name_(std::move(name)) {}

  struct Row {
    enum class Kind { title, header, data } kind;
    std::vector<XlsxCell> cells;
  };

  std::string name_;
  std::vector<Row> rows_;
  std::vector<double> widths_;  // 0 = estimate
  bool has_header_ = false;
};

class XlsxWorkbook {
 public:
  // `created` is stamped into the file's properties (from the Clock, so the same data gives the
  // same file); without it libxlsxwriter stamps the system time.
  explicit XlsxWorkbook(std::optional<TimePoint> created = std::nullopt) : created_(created) {}
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;
  XlsxWorkbook(XlsxWorkbook&&) = default;  // sheets keep their addresses
  XlsxWorkbook& operator=(XlsxWorkbook&&) = default;

  // A new sheet named `name` after sanitize_sheet_name(), made unique within the workbook by a
  // " (2)", " (3)" … suffix. The reference stays valid as long as the workbook.
  XlsxSheet& add_sheet(std::string_view name);

  // The .xlsx file. libxlsxwriter 1.1.4 (Debian 12) writes only to a file, so this creates a
  // private directory (mode 0700) under $TMPDIR or /tmp, writes the file there with the library's
  // own temporary files beside it, reads it back and removes the directory, also on failure.
  // A workbook without sheets gets one empty "Sheet1" (Excel refuses a file with none). Throws
  // std::runtime_error when the file cannot be written (disk full, no temporary directory).
  std::string bytes() const;

 private:
  std::optional<TimePoint> created_;
  std::deque<XlsxSheet> sheets_;  // deque: add_sheet's references stay valid
};

// A name Excel accepts for a sheet: the characters [ ] : * ? / \ and control characters become
// "_", leading and trailing apostrophes and spaces are dropped, the result is cut to 31
// characters (Thai letters and marks count one each, as in Excel), "History" (reserved by Excel)
// becomes "History_", and an empty result becomes "Sheet".
std::string sanitize_sheet_name(std::string_view name);

}  // namespace pao::exports
