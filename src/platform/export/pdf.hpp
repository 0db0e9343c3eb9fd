// PDF documents in Thai, laid out with pango and drawn with cairo (see ADR 0004).
//
// A document flows top to bottom over A4 pages: paragraphs, blocks side by side, tables whose
// header repeats on every page. Thai is shaped by HarfBuzz (vowels and tone marks stacked and
// placed, น้ำ ที่ ปู่ กุ้ง ญี่ปุ่น) and broken into lines at word boundaries found by libthai,
// never inside a word; no hyphen is ever added. The text stays searchable and copyable (each
// glyph cluster maps back to its characters).
//
//   exports::PdfDocument pdf({.title = "รายงาน"});
//   pdf.paragraph("รายงานผลการดำเนินงาน", {.size_pt = 20, .bold = true, .align = Align::center});
//   pdf.paragraph(body, {.first_line_indent_mm = 25});
//   pdf.table({{"โครงการ", 3}, {"วงเงิน (บาท)", 1, Align::right}}, rows);
//   std::string file = pdf.bytes();  // serve with http::download(…, kPdfContentType)
//
// The font is Laksaman from Debian's fonts-thai-tlwg, metric-compatible with TH Sarabun PSK (the
// government's standard font), so a page breaks where it would in the office's templates; bold
// is Laksaman Bold. The constructor throws std::runtime_error when fontconfig cannot find it.
//
// Sizes are in points (1/72 inch) for type and millimetres for the page. Text must be UTF-8;
// invalid sequences are shown as U+FFFD. The whole file is built in memory (no temporary files):
// a few hundred kilobytes for a report, fonts embedded as subsets.
//
// Thread safety: a PdfDocument is used by one thread at a time. Documents on different threads
// are independent: pango keeps one font map per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::exports {

// The family every PDF is set in.
inline constexpr std::string_view kPdfFontFamily = "Laksaman";

enum class Align { left, center, right, justify };

// A stretch of text in its own weight or size (e.g. a bold label before its value). A size of 0
// takes the paragraph's.
struct TextRun {
  std::string text;
  bool bold = false;
  double size_pt = 0;
};

struct ParagraphStyle {
  double size_pt = 16;
  bool bold = false;
  // justify stretches the spaces of full lines; Thai has few of them, so prefer left for Thai
  // prose (Word's "Thai distributed" spacing between letters is not available in pango).
  Align align = Align::left;
  double first_line_indent_mm = 0;  // negative: a hanging indent
  double indent_mm = 0;             // the block's left edge, from the left margin
  double width_mm = 0;              // the block's width; 0 = up to the right margin
  double space_before_pt = 0;
  double space_after_pt = 0;
  // Moves the whole paragraph to the next page rather than splitting it across two.
  bool keep_together = false;
  // A dotted line under each line of the block, as on a printed form: on the first line it starts
  // after the first run (the label), on the others at the block's left edge; it runs to the
  // block's right edge.
  bool dotted_underline = false;
};

// A paragraph laid out beside others (see side_by_side).
struct TextBlock {
  std::vector<TextRun> runs;
  ParagraphStyle style;
};

// A table column: its header, its share of the table's width (weights are relative), alignment.
struct PdfColumn {
  std::string header;
  double weight = 1;
  Align align = Align::left;
};

struct PageNumbers {
  enum class Where { none, top_center, bottom_center };
  Where where = Where::none;
  // Thai official documents number pages from the second one, at the top: "- ๒ -".
  bool from_second_page = false;
  Digits digits = Digits::arabic;
  double size_pt = 16;
};

struct PdfSetup {
  double width_mm = 210;  // A4 portrait
  double height_mm = 297;
  double top_mm = 25;
  double bottom_mm = 20;
  double left_mm = 30;
  double right_mm = 20;
  // The first page's top margin when it differs (a letterhead or emblem set higher); 0 = top_mm.
  double first_page_top_mm = 0;
  // Drawn in the middle of the top (or bottom) margin, "- 2 -".
  PageNumbers page_numbers;
  // Document properties shown by PDF readers.
  std::string title;
  std::string author;
  // The creation date stamped in the file (from the Clock, so the same input gives the same
  // file); without it cairo stamps the system time.
  std::optional<TimePoint> created;
};

// The pixel size of a PNG image read from its header, or nullopt when `png` is not a PNG file
// (signature, IHDR first, sensible dimensions): for checking an image when it is configured,
// before any document needs it.
struct PngSize {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
};
std::optional<PngSize> png_size(std::string_view png);

class PdfDocument {
 public:
  explicit PdfDocument(PdfSetup setup = {});
  ~PdfDocument();
  PdfDocument(PdfDocument&&) noexcept;
  PdfDocument& operator=(PdfDocument&&) noexcept;

  // A paragraph of one style; "\n" starts a new line within it. Lines that do not fit on the page
  // go to the next one (unless keep_together moves the whole paragraph).
  void paragraph(std::string_view text, const ParagraphStyle& style = {});
  // A paragraph of runs in their own weights and sizes, sharing one baseline per line.
  void paragraph(const std::vector<TextRun>& runs, const ParagraphStyle& style = {});
  // Blocks laid out at the same height, each at its own indent_mm/width_mm (e.g. "ที่ …" on the
  // left half and "วันที่ …" on the right); the flow continues below the tallest. They move
  // together to the next page when they do not fit.
  void side_by_side(const std::vector<TextBlock>& blocks);
  // A table over the full width between the margins: a shaded bold header row, thin borders,
  // cells wrapped to their column. A row never splits; when it does not fit, the table continues
  // on the next page under a repeated header. A row taller than a whole page is drawn anyway and
  // runs off the page. Rows may have fewer cells than columns.
  void table(const std::vector<PdfColumn>& columns,
             const std::vector<std::vector<std::string>>& rows, double size_pt = 14);
  // Empty space; at the bottom of a page it ends the page.
  void vertical_space(double mm);
  // Draws a PNG image on the current page, its top-left corner `left_mm`/`top_mm` from the
  // page's left and top edges, `height_mm` high (the width in proportion); the flow does not
  // move, so callers keep its room with vertical_space. For an emblem or a letterhead. Throws
  // std::invalid_argument when `png` is not a PNG image (see png_size).
  void place_png(std::string_view png, double left_mm, double top_mm, double height_mm);
  void page_break();

  // Height left on the current page, in millimetres.
  double remaining_mm() const;
  // Pages so far (at least 1).
  int page_count() const;

  // The PDF file. Ends the document: further calls to anything but bytes() throw
  // std::logic_error, and bytes() returns the same file again. Throws std::runtime_error when
  // cairo fails (out of memory).
  std::string bytes();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pao::exports
