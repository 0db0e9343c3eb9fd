#include "platform/export/memo.hpp"

#include "platform/export/pdf.hpp"

namespace pao::exports {
namespace {

constexpr double kPageHeightMm = 297;
constexpr double kBottomMm = 20;
constexpr double kFirstPageTopMm = 15;
constexpr double kEmblemHeightMm = 15;  // the Garuda's place: 1.5 cm high, top left
constexpr double kHeadingPt = 29;
constexpr double kLabelPt = 20;
constexpr double kTextPt = 16;
constexpr double kBodyIndentMm = 25;
constexpr double kDateColumnMm = 80;  // "วันที่" starts here, from the left margin
constexpr double kSignatureIndentMm = 70;

TextBlock field(std::string label, std::string value, double indent_mm = 0, double width_mm = 0) {
  TextBlock b;
  b.runs = {TextRun{std::move(label), true, kLabelPt}, TextRun{"  " + std::move(value)}};
  b.style.size_pt = kTextPt;
  b.style.indent_mm = indent_mm;
  b.style.width_mm = width_mm;
  b.style.dotted_underline = true;
  return b;
}

}  // namespace

std::string render_memo_pdf(const Memo& memo) {
  const auto digits = [&memo](const std::string& s) {
    return memo.digits == Digits::thai ? to_thai_digits(s) : s;
  };

  PdfSetup setup;
  setup.left_mm = 30;
  setup.right_mm = 20;
  setup.top_mm = 25;
  setup.bottom_mm = kBottomMm;
  setup.first_page_top_mm = kFirstPageTopMm;
  setup.page_numbers = {PageNumbers::Where::top_center, true, memo.digits, kTextPt};
  setup.title = "บันทึกข้อความ เรื่อง " + memo.subject;
  PdfDocument pdf(setup);

  // The emblem's area: left margin, first_page_top, 1.5 cm high (blank without an image); the
  // heading is centred beside it and the fields start below it.
  if (!memo.emblem_png.empty()) {
    pdf.place_png(memo.emblem_png, setup.left_mm, kFirstPageTopMm, kEmblemHeightMm);
  }
  pdf.paragraph({TextRun{"บันทึกข้อความ", true, kHeadingPt}},
                {.size_pt = kTextPt, .bold = true, .align = Align::center});
  const double used_mm = kPageHeightMm - kBottomMm - pdf.remaining_mm();
  if (const double emblem_bottom = kFirstPageTopMm + kEmblemHeightMm; used_mm < emblem_bottom) {
    pdf.vertical_space(emblem_bottom - used_mm);
  }

  pdf.side_by_side({field("ส่วนราชการ", digits(memo.agency))});
  pdf.side_by_side(
      {field("ที่", digits(memo.reference), 0, kDateColumnMm),
       field("วันที่", format_thai_date(memo.date, DateStyle::full, memo.digits), kDateColumnMm)});
  TextBlock subject = field("เรื่อง", digits(memo.subject));
  pdf.paragraph(subject.runs, subject.style);

  pdf.paragraph({TextRun{"เรียน", true}, TextRun{"  " + digits(memo.to)}},
                {.size_pt = kTextPt, .space_before_pt = 8});
  for (const std::string& p : memo.body) {
    pdf.paragraph(
        digits(p),
        {.size_pt = kTextPt, .first_line_indent_mm = kBodyIndentMm, .space_before_pt = 6});
  }

  // Three blank lines to sign in, then the name in parentheses and the position, kept together.
  std::string signature = "\n\n\n(";
  signature += digits(memo.signer_name);
  signature += ')';
  if (!memo.signer_position.empty()) signature += "\n" + digits(memo.signer_position);
  pdf.paragraph(signature, {.size_pt = kTextPt,
                            .align = Align::center,
                            .indent_mm = kSignatureIndentMm,
                            .space_before_pt = 6,
                            .keep_together = true});
  return pdf.bytes();
}

}  // namespace pao::exports
