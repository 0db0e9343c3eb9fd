// The official layouts of outgoing documents (see register_outgoing.hpp).
#include "modules/saraban/register_outgoing.hpp"
#include "platform/export/memo.hpp"
#include "platform/export/pdf.hpp"

namespace pao::saraban {

namespace {

using exports::Align;
using exports::ParagraphStyle;
using exports::TextRun;

std::vector<std::string> paragraphs(const std::string& body) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t start = 0;
  while (start <= body.size()) {
    const auto end = body.find('\n', start);
    std::string line =
        body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += cur.empty() ? line : "\n" + line;
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

exports::PdfSetup official_page(const std::string& title, double first_top_mm) {
  exports::PdfSetup setup;
  setup.top_mm = 25;
  setup.first_page_top_mm = first_top_mm;
  setup.left_mm = 30;
  setup.right_mm = 20;
  setup.bottom_mm = 20;
  setup.title = title;
  setup.page_numbers.where = exports::PageNumbers::Where::top_center;
  setup.page_numbers.from_second_page = true;
  return setup;
}

// Urgency (printed large and bold at the top; red on the office's printer is the stamp's job)
// and secrecy (centred top, as the regulation's stamp).
void marks(exports::PdfDocument& pdf, const OutgoingLetter& in) {
  if (in.secrecy != Secrecy::none) {
    pdf.paragraph(secrecy_label(in.secrecy).th,
                  {.size_pt = 20, .bold = true, .align = Align::center});
  }
  if (in.urgency != Urgency::normal) {
    pdf.paragraph(urgency_label(in.urgency).th, {.size_pt = 24, .bold = true});
  }
}

void signature(exports::PdfDocument& pdf, const OutgoingLetter& in) {
  pdf.vertical_space(18);
  const ParagraphStyle centred{.align = Align::center, .indent_mm = 55, .width_mm = 100};
  pdf.paragraph("(" + in.signer_name + ")", centred);
  pdf.paragraph(in.signer_position, centred);
}

// The Garuda, 3 cm high and centred at the top of the first page, when there is one (the space is
// kept either way).
void emblem(exports::PdfDocument& pdf, const OutgoingLetter& in) {
  if (in.emblem_png.empty()) return;
  const auto size = exports::png_size(in.emblem_png);
  if (!size) return;
  constexpr double kHeightMm = 30;
  const double width_mm = kHeightMm * size->width / size->height;
  pdf.place_png(in.emblem_png, (210 - width_mm) / 2, 15, kHeightMm);
}

void body(exports::PdfDocument& pdf, const OutgoingLetter& in) {
  for (const auto& p : paragraphs(in.body)) {
    pdf.paragraph(p, {.first_line_indent_mm = 25, .space_before_pt = 6});
  }
}

}  // namespace

std::string outgoing_pdf(const OutgoingLetter& in, const std::string& reference, Date dated) {
  const std::string date_text = format_thai_date(dated, DateStyle::full);
  if (in.kind == LetterKind::memo) {
    exports::Memo memo;
    memo.agency = in.agency;
    memo.reference = reference;
    memo.date = dated;
    memo.subject = in.subject;
    memo.to = in.to;
    memo.body = paragraphs(in.body);
    memo.signer_name = in.signer_name;
    memo.signer_position = in.signer_position;
    memo.emblem_png = in.emblem_png;
    return exports::render_memo_pdf(memo);
  }
  if (in.kind == LetterKind::external) {
    exports::PdfDocument pdf(official_page(in.subject, 15));
    marks(pdf, in);
    emblem(pdf, in);
    pdf.vertical_space(30);  // the Garuda emblem's place, 3 cm, centred above ที่ and the address
    pdf.side_by_side({{{{"ที่ ", true}, {reference}}, {.width_mm = 75}},
                      {{{in.agency}}, {.indent_mm = 95, .width_mm = 65}}});
    pdf.paragraph(date_text, {.indent_mm = 75, .space_before_pt = 8, .space_after_pt = 8});
    pdf.paragraph(std::vector<TextRun>{{"เรื่อง", true}, {"  " + in.subject}});
    pdf.paragraph(std::vector<TextRun>{{"เรียน", true}, {"  " + in.to}}, {.space_before_pt = 6});
    body(pdf, in);
    pdf.paragraph("ขอแสดงความนับถือ", {.indent_mm = 75, .space_before_pt = 12});
    signature(pdf, in);
    return pdf.bytes();
  }
  // Orders (คำสั่ง) and announcements (ประกาศ).
  const std::string word = in.kind == LetterKind::order ? "คำสั่ง" : "ประกาศ";
  exports::PdfDocument pdf(official_page(in.subject, 15));
  marks(pdf, in);
  emblem(pdf, in);
  pdf.vertical_space(30);
  pdf.paragraph(word + in.agency, {.size_pt = 18, .bold = true, .align = Align::center});
  if (in.kind == LetterKind::order) {
    pdf.paragraph("ที่ " + reference, {.align = Align::center});
  }
  pdf.paragraph("เรื่อง  " + in.subject, {.bold = true, .align = Align::center});
  pdf.paragraph("-------------------------------", {.align = Align::center});
  body(pdf, in);
  pdf.paragraph((in.kind == LetterKind::order ? "สั่ง ณ วันที่ " : "ประกาศ ณ วันที่ ") + date_text,
                {.indent_mm = 55, .space_before_pt = 12});
  signature(pdf, in);
  return pdf.bytes();
}

}  // namespace pao::saraban
