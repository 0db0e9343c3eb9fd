#include "platform/export/xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <system_error>

#include "platform/text/utf8.hpp"

namespace pao::exports {
namespace {

namespace fs = std::filesystem;

// Excel's limit on the text of one cell, in UTF-16 code units.
constexpr std::size_t kMaxCellUnits = 32'767;
constexpr std::size_t kMaxSheetNameChars = 31;

// Thai in Excel: the month abbreviation and B.E. year of the Thai Buddhist calendar whatever the
// reader's locale. [$-107041E]: 01 Western digits, 07 Thai Buddhist calendar, 041E Thai.
constexpr const char* kDateFormat = "[$-107041E]d mmm yyyy";
constexpr const char* kDateTimeFormat = "[$-107041E]d mmm yyyy hh:mm";
constexpr const char* kMoneyFormat = "#,##0.00";
constexpr const char* kPercentFormat = "0.00%";

constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 60;

// Decodes the code point at s[i] of valid UTF-8 and advances i.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += n;
  return cp;
}

// Thai vowels and tone marks written above or below a consonant: no width of their own.
bool is_thai_combining(char32_t cp) {
  return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

// East Asian wide characters: about two "0"s wide.
bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
}

// Width of the widest line of `text`, in characters of "0".
double display_width(std::string_view text) {
  double widest = 0;
  double line = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp == '\n') {
      widest = std::max(widest, line);
      line = 0;
    } else if (!is_thai_combining(cp)) {
      line += is_wide(cp) ? 2 : 1;
    }
  }
  return std::max(widest, line);
}

// Valid UTF-8 without the control characters XML 1.0 cannot carry, cut to Excel's cell limit.
std::string clean_text(std::string_view text) {
  const std::string valid = text::to_valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  std::size_t units = 0;
  for (std::size_t i = 0; i < valid.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(valid, i);
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF) continue;
    units += cp > 0xFFFF ? 2 : 1;
    if (units > kMaxCellUnits) break;
    out.append(valid, start, i - start);
  }
  return out;
}

lxw_datetime to_lxw(Date d) {
  return {d.year, static_cast<int>(d.month), static_cast<int>(d.day), 0, 0, 0.0};
}

lxw_datetime to_lxw(BangkokDateTime t) {
  lxw_datetime dt = to_lxw(bangkok_date(t.at));
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(bangkok_time_of_day(t.at));
  dt.hour = static_cast<int>(seconds.count() / 3600);
  dt.min = static_cast<int>(seconds.count() / 60 % 60);
  dt.sec = static_cast<double>(seconds.count() % 60);
  return dt;
}

// The estimated width of a cell as Excel will show it.
double cell_width(const XlsxCell& cell) {
  struct Visitor {
    double operator()(std::monostate) const { return 0; }
    double operator()(const std::string& s) const { return display_width(s); }
    double operator()(std::int64_t n) const {
      return static_cast<double>(std::to_string(n).size());
    }
    double operator()(Satang s) const { return static_cast<double>(format_baht(s).size()); }
    double operator()(Date d) const { return display_width(format_thai_date(d)); }
    double operator()(BangkokDateTime t) const {
      return display_width(format_thai_date(bangkok_date(t.at))) + 6;
    }
    double operator()(Percent) const { return 8; }
  };
  return std::visit(Visitor{}, cell);
}

// A directory only this process can read, removed with everything in it at scope exit.
class PrivateDirectory {
 public:
  PrivateDirectory() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/pao-xlsx-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::system_error(errno, std::generic_category(),
                              "cannot create a temporary directory for an XLSX file");
    }
    path_ = pattern;  // mkdtemp creates it with mode 0700
  }
  ~PrivateDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  PrivateDirectory(const PrivateDirectory&) = delete;
  PrivateDirectory& operator=(const PrivateDirectory&) = delete;

  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { lxw_workbook_free(wb); }
};

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("XLSX: ") + what + ": " + lxw_strerror(error));
  }
}

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* money;
  lxw_format* date;
  lxw_format* date_time;
  lxw_format* percent;
};

Formats add_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xD9E1F2);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  f.money = workbook_add_format(wb);
  format_set_num_format(f.money, kMoneyFormat);
  f.date = workbook_add_format(wb);
  format_set_num_format(f.date, kDateFormat);
  f.date_time = workbook_add_format(wb);
  format_set_num_format(f.date_time, kDateTimeFormat);
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, kPercentFormat);
  return f;
}

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const XlsxCell& cell, const Formats& f,
                lxw_format* text_format) {
  struct Visitor {
    lxw_worksheet* ws;
    lxw_row_t r;
    lxw_col_t c;
    const Formats& f;
    lxw_format* text_format;

    lxw_error operator()(std::monostate) const { return LXW_NO_ERROR; }
    lxw_error operator()(const std::string& s) const {
      return worksheet_write_string(ws, r, c, clean_text(s).c_str(), text_format);
    }
    lxw_error operator()(std::int64_t n) const {
      // Exact up to 2^53 (Excel itself keeps 15 significant digits).
      return worksheet_write_number(ws, r, c, static_cast<double>(n), nullptr);
    }
    lxw_error operator()(Satang s) const {
      return worksheet_write_number(ws, r, c, static_cast<double>(s.satang()) / 100.0, f.money);
    }
    lxw_error operator()(Date d) const {
      lxw_datetime dt = to_lxw(d);
      return worksheet_write_datetime(ws, r, c, &dt, f.date);
    }
    lxw_error operator()(BangkokDateTime t) const {
      lxw_datetime dt = to_lxw(t);
      return worksheet_write_datetime(ws, r, c, &dt, f.date_time);
    }
    lxw_error operator()(Percent p) const {
      return worksheet_write_number(ws, r, c, p.fraction, f.percent);
    }
  };
  check(std::visit(Visitor{ws, r, c, f, text_format}, cell), "writing a cell");
}

bool same_name(std::string_view a, std::string_view b) {  // Excel compares names caselessly
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

// `name` cut to at most `max_chars` code points.
std::string cut_to_chars(std::string_view name, std::size_t max_chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; n < max_chars && i < name.size(); ++n) next_code_point(name, i);
  return std::string(name.substr(0, i));
}

}  // namespace

std::string sanitize_sheet_name(std::string_view name) {
  const std::string valid = text::to_valid_utf8(name);
  std::string out;
  for (std::size_t i = 0; i < valid.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(valid, i);
    if (cp < 0x20 || cp == 0x7F ||
        std::u32string_view(U"[]:*?/\\").find(cp) != std::u32string::npos) {
      out.push_back('_');
    } else {
      out.append(valid, start, i - start);
    }
  }
  const auto trim = [&out] {
    const auto first = out.find_first_not_of("' ");
    if (first == std::string::npos) return std::string();
    return out.substr(first, out.find_last_not_of("' ") - first + 1);
  };
  out = trim();
  out = cut_to_chars(out, kMaxSheetNameChars);
  out = trim();  // the cut may have left a trailing apostrophe or space
  if (out.empty()) return "Sheet";
  if (same_name(out, "History")) return out + "_";
  return out;
}

XlsxSheet& XlsxSheet::title(std::string text) {
  if (has_header_) throw std::logic_error("XlsxSheet::title after header");
  if (rows_.size() >= kXlsxMaxRows) throw std::length_error("XLSX sheet over Excel's row limit");
  rows_.push_back({Row::Kind::title, {std::move(text)}});
  return *this;
}

XlsxSheet& XlsxSheet::header(std::vector<std::string> names) {
  if (has_header_) throw std::logic_error("XlsxSheet::header called twice");
  for (const Row& r : rows_) {
    if (r.kind == Row::Kind::data) throw std::logic_error("XlsxSheet::header after rows");
  }
  if (names.size() > kXlsxMaxColumns) throw std::length_error("XLSX header over Excel's limit");
  if (rows_.size() >= kXlsxMaxRows) throw std::length_error("XLSX sheet over Excel's row limit");
  std::vector<XlsxCell> cells(std::make_move_iterator(names.begin()),
                              std::make_move_iterator(names.end()));
  rows_.push_back({Row::Kind::header, std::move(cells)});
  has_header_ = true;
  return *this;
}

XlsxSheet& XlsxSheet::row(std::vector<XlsxCell> cells) {
  if (cells.size() > kXlsxMaxColumns) throw std::length_error("XLSX row over Excel's limit");
  if (rows_.size() >= kXlsxMaxRows) throw std::length_error("XLSX sheet over Excel's row limit");
  rows_.push_back({Row::Kind::data, std::move(cells)});
  return *this;
}

XlsxSheet& XlsxSheet::column_width(std::size_t index, double width) {
  if (index >= kXlsxMaxColumns) throw std::out_of_range("XLSX column index over Excel's limit");
  if (widths_.size() <= index) widths_.resize(index + 1, 0);
  widths_[index] = width;
  return *this;
}

XlsxSheet& XlsxWorkbook::add_sheet(std::string_view name) {
  const std::string base = sanitize_sheet_name(name);
  std::string unique = base;
  for (int n = 2;; ++n) {
    const bool taken = std::any_of(sheets_.begin(), sheets_.end(),
                                   [&](const XlsxSheet& s) { return same_name(s.name(), unique); });
    if (!taken) break;
    const std::string suffix = " (" + std::to_string(n) + ")";
    unique = cut_to_chars(base, kMaxSheetNameChars - suffix.size()) + suffix;
  }
  sheets_.push_back(XlsxSheet(std::move(unique)));
  return sheets_.back();
}

std::string XlsxWorkbook::bytes() const {
  const PrivateDirectory dir;
  const fs::path file = dir.path() / "workbook.xlsx";
  std::string tmpdir = dir.path().string();
  lxw_workbook_options options{};
  // Rows go to the library's temporary files as they are written (we write in row order), so
  // memory stays flat whatever the size of the report.
  options.constant_memory = LXW_TRUE;
  options.tmpdir = tmpdir.data();
  std::unique_ptr<lxw_workbook, WorkbookCloser> wb(
      workbook_new_opt(file.string().c_str(), &options));
  if (!wb) throw std::runtime_error("XLSX: cannot create the workbook");

  lxw_doc_properties properties{};
  if (created_) {
    properties.created = std::chrono::system_clock::to_time_t(*created_);
    check(workbook_set_properties(wb.get(), &properties), "setting the properties");
  }
  const Formats formats = add_formats(wb.get());

  const XlsxSheet empty("Sheet1");  // Excel refuses a workbook without sheets
  std::vector<const XlsxSheet*> sheets;
  for (const XlsxSheet& sheet : sheets_) sheets.push_back(&sheet);
  if (sheets.empty()) sheets.push_back(&empty);
  for (const XlsxSheet* s : sheets) {
    const XlsxSheet& sheet = *s;
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), sheet.name().c_str());
    if (!ws) throw std::runtime_error("XLSX: cannot add sheet " + sheet.name());

    // Column widths: the user's, or the widest header/data cell (titles overflow to the right).
    std::vector<double> widths = sheet.widths_;
    for (const auto& row : sheet.rows_) {
      if (row.kind == XlsxSheet::Row::Kind::title) continue;
      if (widths.size() < row.cells.size()) widths.resize(row.cells.size(), 0);
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (c < sheet.widths_.size() && sheet.widths_[c] > 0) continue;
        double w = cell_width(row.cells[c]);
        if (row.kind == XlsxSheet::Row::Kind::header) w *= 1.15;  // bold
        widths[c] = std::max(widths[c], w);
      }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const bool given = c < sheet.widths_.size() && sheet.widths_[c] > 0;
      const double w =
          given ? widths[c] : std::clamp(widths[c] + 2, kMinColumnWidth, kMaxColumnWidth);
      const auto col = static_cast<lxw_col_t>(c);
      check(worksheet_set_column(ws, col, col, w, nullptr), "setting a column width");
    }

    lxw_row_t header_row = 0;
    lxw_row_t last_row = 0;
    std::size_t columns = 0;
    for (std::size_t i = 0; i < sheet.rows_.size(); ++i) {
      const auto& row = sheet.rows_[i];
      const auto r = static_cast<lxw_row_t>(i);
      lxw_format* text_format = nullptr;
      if (row.kind == XlsxSheet::Row::Kind::title) {
        check(worksheet_set_row(ws, r, 21, nullptr), "setting a title row height");
        text_format = formats.title;
      } else if (row.kind == XlsxSheet::Row::Kind::header) {
        header_row = r;
        text_format = formats.header;
      }
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        write_cell(ws, r, static_cast<lxw_col_t>(c), row.cells[c], formats, text_format);
      }
      if (row.kind != XlsxSheet::Row::Kind::title) columns = std::max(columns, row.cells.size());
      last_row = r;
    }
    if (sheet.has_header_ && columns > 0) {
      worksheet_freeze_panes(ws, header_row + 1, 0);
      check(worksheet_autofilter(ws, header_row, 0, last_row, static_cast<lxw_col_t>(columns - 1)),
            "setting the autofilter");
      // Printed, the header repeats on every page and the table fits the paper's width.
      check(worksheet_repeat_rows(ws, header_row, header_row), "repeating the header row");
      worksheet_fit_to_pages(ws, 1, 0);
    }
  }

  const lxw_error closed = workbook_close(wb.release());  // writes the file and frees the book
  check(closed, "writing the file");

  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("XLSX: cannot read back the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace pao::exports
