#include "platform/export/pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <numeric>
#include <stdexcept>
#include <utility>

#include "platform/text/utf8.hpp"

namespace pao::exports {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kTableCellPaddingXMm = 1.5;
constexpr double kTableCellPaddingYMm = 0.8;
constexpr double kTableLineWidthPt = 0.5;
constexpr double kHeaderShade = 0.88;  // grey level of the table header's background

double mm_to_pt(double mm) {
  return mm * kPointsPerMm;
}
double from_pango(int units) {
  return static_cast<double>(units) / PANGO_SCALE;
}
int to_pango(double points) {
  return static_cast<int>(std::lround(points * PANGO_SCALE));
}

struct GObjectUnref {
  void operator()(gpointer p) const {
    if (p) g_object_unref(p);
  }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

struct FontDescriptionFree {
  void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

struct IterFree {
  void operator()(PangoLayoutIter* i) const { pango_layout_iter_free(i); }
};
using IterPtr = std::unique_ptr<PangoLayoutIter, IterFree>;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  } catch (...) {
    return CAIRO_STATUS_NO_MEMORY;
  }
  return CAIRO_STATUS_SUCCESS;
}

// Valid UTF-8 without control characters other than newline and tab (pango refuses text with
// NUL and shows the others as boxes).
std::string clean_text(std::string_view text) {
  std::string valid = text::to_valid_utf8(text);
  std::erase_if(valid, [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
  });
  return valid;
}

FontDescriptionPtr font_description(double size_pt, bool bold) {
  FontDescriptionPtr d(pango_font_description_new());
  pango_font_description_set_family(d.get(), std::string(kPdfFontFamily).c_str());
  pango_font_description_set_weight(d.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  // Absolute: in the surface's units, which are points for a PDF surface.
  pango_font_description_set_absolute_size(d.get(), size_pt * PANGO_SCALE);
  return d;
}

// "2026-11-25T14:05:00+07:00", the form cairo's metadata wants.
std::string iso_bangkok(TimePoint t) {
  const auto s = std::chrono::duration_cast<std::chrono::seconds>(bangkok_time_of_day(t)).count();
  char time[32];
  std::snprintf(time, sizeof time, "T%02lld:%02lld:%02lld+07:00", static_cast<long long>(s / 3600),
                static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  return to_iso_date(bangkok_date(t)) + time;
}

}  // namespace

struct PdfDocument::Impl {
  PdfSetup setup;
  std::string out;  // cairo writes the file here as it goes
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  PangoContext* context = nullptr;
  int page = 1;
  double y = 0;  // the flow's position on the page, points from the top edge
  bool page_has_content = false;
  bool finished = false;

  explicit Impl(PdfSetup s) : setup(std::move(s)) {
    surface = cairo_pdf_surface_create_for_stream(append_to_string, &out, mm_to_pt(setup.width_mm),
                                                  mm_to_pt(setup.height_mm));
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
      const std::string why = cairo_status_to_string(cairo_surface_status(surface));
      cairo_surface_destroy(surface);
      throw std::runtime_error("PDF: cannot create the surface: " + why);
    }
    const auto meta = [this](cairo_pdf_metadata_t key, const std::string& value) {
      if (!value.empty()) cairo_pdf_surface_set_metadata(surface, key, clean_text(value).c_str());
    };
    meta(CAIRO_PDF_METADATA_TITLE, setup.title);
    meta(CAIRO_PDF_METADATA_AUTHOR, setup.author);
    meta(CAIRO_PDF_METADATA_CREATOR, "pao");
    if (setup.created) meta(CAIRO_PDF_METADATA_CREATE_DATE, iso_bangkok(*setup.created));

    cr = cairo_create(surface);
    context = pango_cairo_create_context(cr);
    // Vector output: exact advances, no hinting, no rounding of glyph positions to whole points.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_language(context, pango_language_from_string("th"));
    require_font(false);
    require_font(true);

    y = content_top();
    draw_page_number();
  }

  ~Impl() {
    if (context) g_object_unref(context);
    if (cr) cairo_destroy(cr);
    if (surface) cairo_surface_destroy(surface);
  }

  // Fails loudly when fontconfig would substitute another font: a PDF in the wrong font would
  // break its lines differently and might lack Thai glyphs altogether.
  void require_font(bool bold) const {
    const FontDescriptionPtr wanted = font_description(16, bold);
    PangoFont* font = pango_context_load_font(context, wanted.get());
    std::string family;
    if (font) {
      const FontDescriptionPtr got(pango_font_describe(font));
      if (const char* f = pango_font_description_get_family(got.get())) family = f;
      g_object_unref(font);
    }
    if (family != kPdfFontFamily) {
      throw std::runtime_error("PDF: font " + std::string(kPdfFontFamily) + " not found (got \"" +
                               family +
                               "\"): install Debian's fonts-thai-tlwg (scripts/install-deps)");
    }
  }

  void check_open() const {
    if (finished) throw std::logic_error("PdfDocument used after bytes()");
  }

  double content_top() const {
    const double top =
        page == 1 && setup.first_page_top_mm > 0 ? setup.first_page_top_mm : setup.top_mm;
    return mm_to_pt(top);
  }
  double content_bottom() const { return mm_to_pt(setup.height_mm - setup.bottom_mm); }
  double content_left() const { return mm_to_pt(setup.left_mm); }
  double content_width() const { return mm_to_pt(setup.width_mm - setup.left_mm - setup.right_mm); }
  // Whether `height` points still fit below the flow on this page.
  bool fits(double height) const { return y + height <= content_bottom() + 0.01; }

  void new_page() {
    cairo_show_page(cr);
    ++page;
    y = content_top();
    page_has_content = false;
    draw_page_number();
  }

  // A laid-out paragraph: the text with its runs' attributes, Thai language, no hyphens.
  LayoutPtr make_layout(const std::vector<TextRun>& runs, const ParagraphStyle& style,
                        double width_pt, std::size_t* first_run_end = nullptr) const {
    LayoutPtr layout(pango_layout_new(context));
    std::string text;
    PangoAttrList* attrs = pango_attr_list_new();
    for (std::size_t i = 0; i < runs.size(); ++i) {
      const auto start = static_cast<guint>(text.size());
      text += clean_text(runs[i].text);
      const auto end = static_cast<guint>(text.size());
      if (i == 0 && first_run_end) *first_run_end = end;
      if (runs[i].bold != style.bold) {
        PangoAttribute* a =
            pango_attr_weight_new(runs[i].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        a->start_index = start;
        a->end_index = end;
        pango_attr_list_insert(attrs, a);
      }
      if (runs[i].size_pt > 0) {
        PangoAttribute* a = pango_attr_size_new_absolute(to_pango(runs[i].size_pt));
        a->start_index = start;
        a->end_index = end;
        pango_attr_list_insert(attrs, a);
      }
    }
    // Thai: libthai finds the word boundaries pango breaks lines at; a word wider than the
    // line is broken between characters, never with a hyphen (Thai does not use them).
    pango_attr_list_insert(attrs, pango_attr_language_new(pango_language_from_string("th")));
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));

    const FontDescriptionPtr font = font_description(style.size_pt, style.bold);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), to_pango(width_pt));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_indent(layout.get(), to_pango(mm_to_pt(style.first_line_indent_mm)));
    switch (style.align) {
      case Align::left:
        pango_layout_set_alignment(layout.get(), PANGO_ALIGN_LEFT);
        break;
      case Align::center:
        pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
        break;
      case Align::right:
        pango_layout_set_alignment(layout.get(), PANGO_ALIGN_RIGHT);
        break;
      case Align::justify:
        pango_layout_set_alignment(layout.get(), PANGO_ALIGN_LEFT);
        pango_layout_set_justify(layout.get(), TRUE);
        break;
    }
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
    return layout;
  }

  double block_x(const ParagraphStyle& style) const {
    return content_left() + mm_to_pt(style.indent_mm);
  }
  double block_width(const ParagraphStyle& style) const {
    return style.width_mm > 0 ? mm_to_pt(style.width_mm)
                              : content_width() - mm_to_pt(style.indent_mm);
  }

  static double layout_height(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return from_pango(logical.y + logical.height);
  }

  void dotted_line(double x0, double x1, double baseline, double size_pt) const {
    if (x1 - x0 < 2) return;
    const double line_y = baseline + size_pt * 0.12;
    cairo_save(cr);
    const double dash[2] = {0.0, 2.4};  // zero-length dashes with round caps: dots
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_width(cr, 0.7);
    cairo_move_to(cr, x0, line_y);
    cairo_line_to(cr, x1, line_y);
    cairo_stroke(cr);
    cairo_restore(cr);
  }

  // Draws the lines of `layout` with its left edge at `x` and its top at the flow's position.
  // With `split`, a line that does not fit goes to the next page (the rest follows it);
  // otherwise every line is drawn on this page. Advances the flow below the last line.
  void draw_layout(PangoLayout* layout, double x, const ParagraphStyle& style, bool split,
                   std::size_t first_run_end) {
    IterPtr iter(pango_layout_get_iter(layout));
    double origin = y;  // where the layout's top edge lies on the current page
    bool first_line = true;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
      const double top = origin + from_pango(logical.y);
      const double height = from_pango(logical.height);
      if (split && page_has_content && top + height > content_bottom() + 0.01) {
        new_page();
        origin = content_top() - from_pango(logical.y);
      }
      const double baseline = origin + from_pango(pango_layout_iter_get_baseline(iter.get()));
      cairo_move_to(cr, x + from_pango(logical.x), baseline);
      pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter.get()));
      if (style.dotted_underline) {
        double start = x;
        if (first_line && first_run_end > 0) {
          PangoRectangle pos;
          pango_layout_index_to_pos(layout, static_cast<int>(first_run_end), &pos);
          start = x + from_pango(pos.x);
        }
        dotted_line(start, x + from_pango(pango_layout_get_width(layout)), baseline, style.size_pt);
      }
      page_has_content = true;
      y = origin + from_pango(logical.y + logical.height);
      first_line = false;
    } while (pango_layout_iter_next_line(iter.get()));
  }

  void space(double points) {
    y += points;
    if (y > content_bottom()) new_page();
  }

  void paragraph(const std::vector<TextRun>& runs, const ParagraphStyle& style) {
    check_open();
    if (page_has_content) space(style.space_before_pt);
    std::size_t first_run_end = 0;
    const LayoutPtr layout = make_layout(runs, style, block_width(style), &first_run_end);
    if (style.keep_together && page_has_content && !fits(layout_height(layout.get()))) {
      new_page();
    }
    draw_layout(layout.get(), block_x(style), style, /*split=*/true,
                runs.size() > 1 ? first_run_end : 0);
    space(style.space_after_pt);
  }

  void side_by_side(const std::vector<TextBlock>& blocks) {
    check_open();
    if (blocks.empty()) return;
    double before = 0;
    double after = 0;
    for (const auto& b : blocks) {
      before = std::max(before, b.style.space_before_pt);
      after = std::max(after, b.style.space_after_pt);
    }
    if (page_has_content) space(before);
    std::vector<LayoutPtr> layouts;
    std::vector<std::size_t> run_ends;
    double height = 0;
    for (const auto& b : blocks) {
      std::size_t end = 0;
      layouts.push_back(make_layout(b.runs, b.style, block_width(b.style), &end));
      run_ends.push_back(b.runs.size() > 1 ? end : 0);
      height = std::max(height, layout_height(layouts.back().get()));
    }
    if (page_has_content && !fits(height)) new_page();
    const double top = y;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      y = top;
      draw_layout(layouts[i].get(), block_x(blocks[i].style), blocks[i].style, /*split=*/false,
                  run_ends[i]);
    }
    y = top + height;
    space(after);
  }

  void table(const std::vector<PdfColumn>& columns,
             const std::vector<std::vector<std::string>>& rows, double size_pt) {
    check_open();
    if (columns.empty()) return;
    const double total_weight = std::accumulate(
        columns.begin(), columns.end(), 0.0,
        [](double sum, const PdfColumn& c) { return sum + std::max(c.weight, 0.0); });
    std::vector<double> widths;
    widths.reserve(columns.size());
    for (const auto& c : columns) {
      widths.push_back(total_weight > 0 ? content_width() * std::max(c.weight, 0.0) / total_weight
                                        : content_width() / static_cast<double>(columns.size()));
    }
    const double pad_x = mm_to_pt(kTableCellPaddingXMm);
    const double pad_y = mm_to_pt(kTableCellPaddingYMm);

    struct Row {
      std::vector<LayoutPtr> cells;
      double height = 0;
    };
    const auto lay_out = [&](const std::vector<std::string>& texts, bool header) {
      Row row;
      for (std::size_t c = 0; c < columns.size(); ++c) {
        ParagraphStyle style;
        style.size_pt = size_pt;
        style.bold = header;
        style.align = header ? Align::center : columns[c].align;
        const std::string text = c < texts.size() ? texts[c] : std::string();
        row.cells.push_back(
            make_layout({TextRun{text}}, style, std::max(widths[c] - 2 * pad_x, 1.0)));
        row.height = std::max(row.height, layout_height(row.cells.back().get()));
      }
      row.height += 2 * pad_y;
      return row;
    };
    const auto draw_row = [&](const Row& row, bool header) {
      double x = content_left();
      for (std::size_t c = 0; c < columns.size(); ++c) {
        cairo_rectangle(cr, x, y, widths[c], row.height);
        if (header) {
          cairo_set_source_rgb(cr, kHeaderShade, kHeaderShade, kHeaderShade);
          cairo_fill_preserve(cr);
          cairo_set_source_rgb(cr, 0, 0, 0);
        }
        cairo_set_line_width(cr, kTableLineWidthPt);
        cairo_stroke(cr);
        cairo_move_to(cr, x + pad_x, y + pad_y);
        pango_cairo_show_layout(cr, row.cells[c].get());
        x += widths[c];
      }
      y += row.height;
      page_has_content = true;
    };

    std::vector<std::string> header_texts;
    header_texts.reserve(columns.size());
    for (const auto& c : columns) header_texts.push_back(c.header);
    const Row header = lay_out(header_texts, true);
    if (rows.empty()) {  // an empty table still shows its header
      if (page_has_content && !fits(header.height)) new_page();
      draw_row(header, true);
      return;
    }
    // Rows are laid out one at a time, so memory stays flat however long the table.
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Row row = lay_out(rows[r], false);
      if (r == 0) {
        if (page_has_content && !fits(header.height + row.height)) new_page();  // no lone header
        draw_row(header, true);
      } else if (!fits(row.height)) {
        new_page();
        draw_row(header, true);
      }
      draw_row(row, false);
    }
  }

  void draw_page_number() const {
    const PageNumbers& n = setup.page_numbers;
    if (n.where == PageNumbers::Where::none || (n.from_second_page && page == 1)) return;
    std::string text = "- " + std::to_string(page) + " -";
    if (n.digits == Digits::thai) text = to_thai_digits(text);
    ParagraphStyle style;
    style.size_pt = n.size_pt;
    style.align = Align::center;
    const LayoutPtr layout = make_layout({TextRun{text}}, style, content_width());
    const double h = layout_height(layout.get());
    const double middle = n.where == PageNumbers::Where::top_center
                              ? content_top() / 2
                              : mm_to_pt(setup.height_mm - setup.bottom_mm / 2);
    cairo_move_to(cr, content_left(), middle - h / 2);
    pango_cairo_show_layout(cr, layout.get());
  }

  void finish() {
    if (finished) return;
    g_object_unref(context);
    context = nullptr;
    cairo_destroy(cr);
    cr = nullptr;
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    surface = nullptr;
    finished = true;
    if (status != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("PDF: ") + cairo_status_to_string(status));
    }
  }
};

PdfDocument::PdfDocument(PdfSetup setup) : impl_(std::make_unique<Impl>(std::move(setup))) {}
PdfDocument::~PdfDocument() = default;
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;

void PdfDocument::paragraph(std::string_view text, const ParagraphStyle& style) {
  impl_->paragraph({TextRun{std::string(text)}}, style);
}

void PdfDocument::paragraph(const std::vector<TextRun>& runs, const ParagraphStyle& style) {
  impl_->paragraph(runs, style);
}

void PdfDocument::side_by_side(const std::vector<TextBlock>& blocks) {
  impl_->side_by_side(blocks);
}

void PdfDocument::table(const std::vector<PdfColumn>& columns,
                        const std::vector<std::vector<std::string>>& rows, double size_pt) {
  impl_->table(columns, rows, size_pt);
}

void PdfDocument::vertical_space(double mm) {
  impl_->check_open();
  impl_->space(mm_to_pt(mm));
}

void PdfDocument::place_png(std::string_view png, double left_mm, double top_mm, double height_mm) {
  impl_->check_open();
  const auto size = png_size(png);
  if (!size) throw std::invalid_argument("PDF: the image is not a PNG file");
  struct Reader {
    std::string_view data;
    std::size_t at = 0;
  } reader{png};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(
      [](void* closure, unsigned char* out, unsigned int length) {
        auto* r = static_cast<Reader*>(closure);
        if (r->data.size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
        std::memcpy(out, r->data.data() + r->at, length);
        r->at += length;
        return CAIRO_STATUS_SUCCESS;
      },
      &reader);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(image);
    throw std::invalid_argument("PDF: the PNG image cannot be read");
  }
  const double scale = mm_to_pt(height_mm) / cairo_image_surface_get_height(image);
  cairo_t* cr = impl_->cr;
  cairo_save(cr);
  cairo_translate(cr, mm_to_pt(left_mm), mm_to_pt(top_mm));
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

std::optional<PngSize> png_size(std::string_view png) {
  static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
  // signature, then the IHDR chunk: length 13, "IHDR", width, height (big-endian)
  if (png.size() < 33 || png.substr(0, 8) != kSignature || png.substr(12, 4) != "IHDR") {
    return std::nullopt;
  }
  const auto be32 = [&png](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  const PngSize size{be32(16), be32(20)};
  if (size.width == 0 || size.height == 0 || size.width > 10000 || size.height > 10000) {
    return std::nullopt;
  }
  return size;
}

void PdfDocument::page_break() {
  impl_->check_open();
  impl_->new_page();
}

double PdfDocument::remaining_mm() const {
  impl_->check_open();
  return std::max(0.0, (impl_->content_bottom() - impl_->y) / kPointsPerMm);
}

int PdfDocument::page_count() const {
  return impl_->page;
}

std::string PdfDocument::bytes() {
  impl_->finish();
  return impl_->out;
}

}  // namespace pao::exports
