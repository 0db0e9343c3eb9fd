#include "platform/html/components.hpp"

#include "platform/html/ctemplate.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/multipart.hpp"
#include "platform/http/request.hpp"
#include "platform/http/router.hpp"
#include "platform/i18n/catalog.hpp"

namespace pao::html {

namespace {

using Dict = ctemplate::TemplateDictionary;
using i18n::html_escape;

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

// `s` with every "{name}" replaced by `value`.
std::string fill(std::string s, std::string_view name, std::string_view value) {
  const std::string marker = "{" + std::string(name) + "}";
  for (std::size_t at = s.find(marker); at != std::string::npos;
       at = s.find(marker, at + value.size())) {
    s.replace(at, marker.size(), value);
  }
  return s;
}

// A number for an SVG attribute: at most two decimals, no exponent, "." as the separator.
std::string svg_number(double v) {
  if (!std::isfinite(v)) v = 0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
    const bool dot = s.back() == '.';
    s.pop_back();
    if (dot) break;
  }
  return s == "-0" ? "0" : s;
}

std::string percent(double fraction) {
  return svg_number(std::clamp(fraction, 0.0, 1.0) * 100) + "%";
}

}  // namespace

// ---- status tags -----------------------------------------------------------------------------

const char* tone_name(Tone tone) {
  switch (tone) {
    case Tone::neutral:
      return "neutral";
    case Tone::success:
      return "success";
    case Tone::warning:
      return "warning";
    case Tone::danger:
      return "danger";
    case Tone::info:
      return "info";
  }
  return "neutral";
}

std::string status_tag(std::string_view text, Tone tone) {
  return std::string("<strong class=\"tag tag--") + tone_name(tone) +
         "\" data-component=\"status-tag\">" + html_escape(text) + "</strong>";
}

// ---- form fields -----------------------------------------------------------------------------

namespace {

const char* component_of(FieldKind kind) {
  switch (kind) {
    case FieldKind::text:
      return "field-text";
    case FieldKind::textarea:
      return "field-textarea";
    case FieldKind::select:
      return "field-select";
    case FieldKind::checkbox:
      return "field-checkbox";
    case FieldKind::radios:
      return "field-radios";
    case FieldKind::date:
      return "date-input";
    case FieldKind::file:
      return "file-upload";
  }
  return "field-text";
}

}  // namespace

std::string field(const http::Context& ctx, const Field& f) {
  Dict d("field");
  d.SetValue("NAME", f.name);
  d.SetValue("LABEL", f.label);
  d.SetValue("COMPONENT", component_of(f.kind));
  std::string hint = f.hint;
  if (hint.empty() && f.kind == FieldKind::date) hint = text(ctx, "ui.date_hint");
  std::string described;
  if (!hint.empty()) {
    d.SetValueAndShowSection("HINT_TEXT", hint, "HINT");
    described = f.name + "-hint";
  }
  if (!f.error.empty()) {
    d.SetValueAndShowSection("ERROR_TEXT", f.error, "ERROR");
    d.ShowSection("HAS_ERROR");
    described += (described.empty() ? "" : " ") + f.name + "-error";
  }
  if (!described.empty()) d.SetValueAndShowSection("DESCRIBEDBY", described, "DESCRIBED");
  if (!f.wide) d.ShowSection("NARROW");

  switch (f.kind) {
    case FieldKind::text:
    case FieldKind::date: {
      auto* input = d.AddSectionDictionary("TEXT_INPUT");
      d.ShowSection("LABEL_ABOVE");
      input->SetValue("VALUE", f.value);
      if (f.kind == FieldKind::date) {
        input->ShowSection("DATE");
        d.ShowSection("DATE_PREVIEW");
      } else {
        if (!f.input_mode.empty())
          input->SetValueAndShowSection("MODE", f.input_mode, "INPUT_MODE");
        if (!f.autocomplete.empty()) {
          input->SetValueAndShowSection("AC", f.autocomplete, "AUTOCOMPLETE");
        }
      }
      break;
    }
    case FieldKind::textarea:
      d.ShowSection("LABEL_ABOVE");
      d.AddSectionDictionary("TEXTAREA")->SetValue("VALUE", f.value);
      d.SetIntValue("ROWS", f.rows);
      break;
    case FieldKind::select: {
      d.ShowSection("LABEL_ABOVE");
      auto* select = d.AddSectionDictionary("SELECT");
      for (const auto& c : f.choices) {
        auto* o = select->AddSectionDictionary("OPTION");
        o->SetValue("VALUE", c.value);
        o->SetValue("TEXT", c.label);
        if (c.value == f.value) o->ShowSection("SELECTED");
      }
      break;
    }
    case FieldKind::file:
      d.ShowSection("LABEL_ABOVE");
      if (f.accept.empty()) {
        d.ShowSection("FILE");
      } else {
        d.AddSectionDictionary("FILE")->SetValueAndShowSection("ACCEPT", f.accept, "HAS_ACCEPT");
      }
      break;
    case FieldKind::checkbox: {
      auto* box = d.AddSectionDictionary("CHECKBOX");
      box->SetValue("VALUE", f.checkbox_value);
      if (!f.value.empty()) box->ShowSection("CHECKED");
      break;
    }
    case FieldKind::radios: {
      auto* group = d.AddSectionDictionary("RADIOS");
      int i = 0;
      for (const auto& c : f.choices) {
        auto* r = group->AddSectionDictionary("CHOICE");
        // The first radio has the field's own id: the error summary links to it.
        r->SetValue("ID", i == 0 ? f.name : f.name + "-" + std::to_string(i + 1));
        r->SetValue("VALUE", c.value);
        r->SetValue("TEXT", c.label);
        if (!c.hint.empty()) r->SetValueAndShowSection("CHOICE_HINT_TEXT", c.hint, "CHOICE_HINT");
        if (c.value == f.value) r->ShowSection("CHECKED");
        ++i;
      }
      break;
    }
  }
  if (f.kind != FieldKind::radios) d.ShowSection("SINGLE");
  return ctx.html().render("platform/field", ctx.lang, d);
}

std::string field_error(const http::Context& ctx, const Error* error, const std::string& field) {
  if (!error) return {};
  const auto it = error->fields.find(field);
  return it == error->fields.end() ? std::string() : it->second.in(ctx.lang);
}

// ---- dates typed by people -------------------------------------------------------------------

std::string date_field_text(Date d) {
  return std::to_string(d.day) + "/" + std::to_string(d.month) + "/" +
         std::to_string(d.year + kBuddhistEraOffset);
}

Result<std::optional<Date>> read_date_field(std::string_view typed) {
  const std::string t = http::trim(typed);
  if (t.empty()) return std::optional<Date>();
  if (const auto d = parse_thai_date(t)) return std::optional<Date>(*d);
  return Error{ErrorCode::invalid_argument,
               {"ต้องเป็นวันที่ที่มีอยู่จริง ในรูปแบบ วัน/เดือน/ปี พ.ศ. เช่น 25/11/2569",
                "must be a real date written day/month/year in the Buddhist Era, for example "
                "25/11/2569"},
               {},
               {}};
}

// ---- file uploads ----------------------------------------------------------------------------

namespace {

struct FileTypeInfo {
  const char* name;  // as people know it
  const char* accept;
};

FileTypeInfo info_of(FileType t) {
  // The name people know ("PDF", "JPG", "DOCX"), and what a file picker should offer.
  static thread_local std::string name, accept;
  name = std::string(files::canonical_extension(t));
  for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  accept = "." + std::string(files::canonical_extension(t)) + "," +
           std::string(files::mime_of(t).substr(0, files::mime_of(t).find(';')));
  if (t == FileType::jpeg) accept = ".jpg,.jpeg,image/jpeg";
  return {name.c_str(), accept.c_str()};
}

// "1 MB", "500 KB": sizes as people read them (1 MB = 1,048,576 bytes, as file managers show).
std::string size_text(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  if (bytes >= (1u << 20)) return format_number(static_cast<double>(bytes) / (1 << 20), 1) + " MB";
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

// "PDF, JPG หรือ PNG" / "PDF, JPG or PNG".
std::string type_list(const std::vector<FileType>& types, std::string_view or_word) {
  std::string out;
  for (std::size_t i = 0; i < types.size(); ++i) {
    if (i > 0) out += i + 1 == types.size() ? " " + std::string(or_word) + " " : ", ";
    out += info_of(types[i]).name;
  }
  return out;
}

}  // namespace

std::string UploadRule::accept() const {
  std::string out;
  for (const auto t : types) {
    if (!out.empty()) out += ',';
    out += info_of(t).accept;
  }
  return out;
}

std::string upload_hint(const http::Context& ctx, const UploadRule& rule) {
  std::string hint = text(ctx, "ui.upload_hint");
  hint = fill(hint, "types", type_list(rule.types, text(ctx, "ui.or")));
  return fill(hint, "size", size_text(rule.max_bytes));
}

std::optional<Message> check_upload(const http::UploadedPart& part, const UploadRule& rule) {
  if (part.bytes.empty()) return std::nullopt;
  if (part.bytes.size() > rule.max_bytes) {
    const std::string limit = size_text(rule.max_bytes);
    return Message{"ไฟล์ใหญ่เกิน " + limit, "must be " + limit + " or smaller"};
  }
  const auto type = files::detect_file_type(part.bytes);
  if (!type || std::find(rule.types.begin(), rule.types.end(), *type) == rule.types.end()) {
    return Message{"ต้องเป็นไฟล์ " + type_list(rule.types, "หรือ"),
                   "must be a " + type_list(rule.types, "or") + " file"};
  }
  return std::nullopt;
}

// ---- links -----------------------------------------------------------------------------------

std::string link_to(const http::Request& req,
                    const std::vector<std::pair<std::string, std::string>>& set,
                    const std::vector<std::string>& drop) {
  std::string href;
  for (const char c : req.path) {
    href += c == '/' ? std::string("/") : http::percent_encode(std::string_view(&c, 1));
  }
  char sep = '?';
  auto add = [&](const std::string& k, const std::string& v) {
    href.append(1, sep).append(http::percent_encode(k)).append("=").append(http::percent_encode(v));
    sep = '&';
  };
  for (const auto& [k, v] : req.query) {
    if (k == "lang" || k == "flash") continue;
    if (std::find(drop.begin(), drop.end(), k) != drop.end()) continue;
    bool replaced = false;
    for (const auto& s : set) replaced = replaced || s.first == k;
    if (!replaced) add(k, v);
  }
  for (const auto& [k, v] : set) add(k, v);
  return href;
}

// ---- sortable tables -------------------------------------------------------------------------

Sort read_sort(const http::Request& req, const std::vector<std::string>& allowed, Sort fallback) {
  const auto column = req.query_param("sort");
  if (!column || std::find(allowed.begin(), allowed.end(), *column) == allowed.end()) {
    return fallback;
  }
  Sort s{*column, false};
  if (const auto dir = req.query_param("dir")) {
    s.descending = *dir == "desc";
  } else if (*column == fallback.column) {
    s.descending = fallback.descending;
  }
  return s;
}

SortableTable::SortableTable(const http::Request& req, std::vector<SortColumn> columns,
                             Sort fallback, std::string anchor)
    : req_(req), columns_(std::move(columns)), anchor_(std::move(anchor)) {
  std::vector<std::string> allowed;
  for (const auto& c : columns_) {
    if (!c.key.empty()) allowed.push_back(c.key);
  }
  sort_ = read_sort(req_, allowed, std::move(fallback));
}

std::string SortableTable::head() const {
  // Two triangles; CSS fades the one that does not apply (see .sort-link in pao.css).
  static constexpr std::string_view kIcon =
      "<svg class=\"sort-link__icon\" viewBox=\"0 0 10 16\" width=\"10\" height=\"16\" "
      "aria-hidden=\"true\" focusable=\"false\"><path class=\"sort-link__up\" d=\"M5 1l4 5H1z\"/>"
      "<path class=\"sort-link__down\" d=\"M5 15l-4-5h8z\"/></svg>";
  std::string out = "<thead><tr>";
  for (const auto& c : columns_) {
    const bool sorted = !c.key.empty() && c.key == sort_.column;
    out += "<th scope=\"col\"";
    if (c.numeric) out += " class=\"num\"";
    if (sorted) out += sort_.descending ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"";
    out += ">";
    if (c.key.empty()) {
      out += html_escape(c.label);
    } else {
      // A click sorts by the column, numbers largest first; on the sorted column, the other way.
      const bool next_descending = sorted ? !sort_.descending : c.numeric;
      std::string href =
          link_to(req_, {{"sort", c.key}, {"dir", next_descending ? "desc" : "asc"}}, {"page"});
      if (!anchor_.empty()) href += "#" + anchor_;
      out += "<a class=\"sort-link\" href=\"" + html_escape(href) + "\">" + html_escape(c.label) +
             std::string(kIcon) + "</a>";
    }
    out += "</th>";
  }
  return out + "</tr></thead>";
}

// ---- pagination ------------------------------------------------------------------------------

PageWindow read_page(const http::Request& req, int per_page, int total) {
  PageWindow w;
  w.per_page = std::max(1, per_page);
  w.total = std::max(0, total);
  if (const auto p = req.query_param("page")) {
    int n = 1;
    const auto [end, ec] = std::from_chars(p->data(), p->data() + p->size(), n);
    if (ec == std::errc() && end == p->data() + p->size()) w.page = n;
  }
  w.page = std::clamp(w.page, 1, w.pages());
  return w;
}

std::vector<int> pager_pages(int current, int pages, int around) {
  std::vector<int> out;
  for (int p = 1; p <= pages; ++p) {
    const bool shown = p == 1 || p == pages || (p >= current - around && p <= current + around);
    if (shown) {
      out.push_back(p);
    } else if (out.empty() || out.back() != 0) {
      out.push_back(0);
    }
  }
  // A gap that hides a single page shows that page instead: 1 … 3 is 1 2 3.
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] == 0 && out[i + 1] - out[i - 1] == 2) out[i] = out[i - 1] + 1;
  }
  return out;
}

std::string pager(const http::Context& ctx, const PageWindow& w, std::string_view anchor) {
  Dict d("pager");
  std::string status = text(ctx, "ui.pager_status");
  status = fill(status, "first", format_number(w.first_row()));
  status = fill(status, "last", format_number(w.last_row()));
  status = fill(status, "total", format_number(w.total));
  d.SetValue("STATUS", status);
  const std::string fragment = anchor.empty() ? "" : "#" + std::string(anchor);
  auto href = [&](int page) {
    return link_to(ctx.request, {{"page", std::to_string(page)}}, {"page"}) + fragment;
  };
  if (w.pages() > 1) {
    auto* list = d.AddSectionDictionary("PAGES");
    if (w.page > 1) list->SetValueAndShowSection("PREV_HREF", href(w.page - 1), "PREV");
    if (w.page < w.pages()) list->SetValueAndShowSection("NEXT_HREF", href(w.page + 1), "NEXT");
    for (const int p : pager_pages(w.page, w.pages())) {
      auto* item = list->AddSectionDictionary("ITEM");
      if (p == 0) {
        item->ShowSection("GAP");
        continue;
      }
      auto* link = item->AddSectionDictionary("LINK");
      link->SetIntValue("NUMBER", p);
      link->SetValue("HREF", href(p));
      if (p == w.page) link->ShowSection("CURRENT");
    }
  }
  return ctx.html().render("platform/pager", ctx.lang, d);
}

// ---- flash messages --------------------------------------------------------------------------

http::Response redirect_with_flash(std::string_view location, std::string_view message_key) {
  const std::size_t hash = location.find('#');
  const std::string_view path = location.substr(0, hash);
  std::string out(path);
  out += path.find('?') == std::string_view::npos ? '?' : '&';
  out += "flash=" + http::percent_encode(message_key);
  if (hash != std::string_view::npos) out += location.substr(hash);
  return http::Response::redirect(std::move(out));
}

bool is_flash_key(std::string_view key) {
  const std::size_t dot = key.find('.');
  if (dot == 0 || dot == std::string_view::npos) return false;
  const std::string_view rest = key.substr(dot + 1);
  return rest.starts_with("flash.") && rest.size() > 6;
}

std::string flash(const http::Context& ctx) {
  const auto key = ctx.request.query_param("flash");
  if (!key || !is_flash_key(*key) || !ctx.html().catalog().find(*key)) return {};
  return flash_notice(ctx, text(ctx, *key));
}

std::string flash_notice(const http::Context& ctx, std::string_view message) {
  Dict d("flash");
  d.SetValue("TEXT", std::string(message));
  return ctx.html().render("platform/flash", ctx.lang, d);
}

// ---- empty states ----------------------------------------------------------------------------

std::string empty_state(const http::Context& ctx, const EmptyState& e) {
  Dict d("empty_state");
  d.SetValue("TITLE", e.title);
  if (!e.body.empty()) d.SetValueAndShowSection("BODY_TEXT", e.body, "BODY");
  if (!e.action_label.empty()) {
    auto* a = d.AddSectionDictionary("ACTION");
    a->SetValue("LABEL", e.action_label);
    a->SetValue("HREF", e.action_href);
  }
  return ctx.html().render("platform/empty_state", ctx.lang, d);
}

// ---- charts ----------------------------------------------------------------------------------

std::string format_number(double value, int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  if (!std::isfinite(value)) return "–";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (s.starts_with('-') && s.find_first_not_of("-0.") == std::string::npos) {
    s.erase(0, 1);  // no "-0"
  }
  const std::size_t start = s.front() == '-' ? 1 : 0;
  std::size_t int_end = s.find('.');
  if (int_end == std::string::npos) int_end = s.size();
  for (std::size_t i = int_end; i > start + 3; i -= 3) s.insert(i - 3, 1, ',');
  return s;
}

namespace {

// The figure around a chart: caption, the SVG, then the same numbers as a table.
std::string figure(const http::Context& ctx, std::string_view component, const std::string& id,
                   const std::string& title, const std::string& svg, const std::string& legend,
                   const std::string& table) {
  const std::string eid = html_escape(id);
  std::string out = "<figure class=\"chart\" id=\"" + eid + "\" data-component=\"" +
                    std::string(component) + "\">";
  out += "<figcaption class=\"chart__title\" id=\"" + eid + "-caption\">" + html_escape(title) +
         "</figcaption>";
  out += svg + legend;
  out += "<details class=\"chart__data\"><summary>" + html_escape(text(ctx, "ui.chart_table")) +
         "</summary><div class=\"table-wrap\"><table class=\"table\"><caption "
         "class=\"visually-hidden\">" +
         html_escape(title) + "</caption>" + table + "</table></div></details></figure>";
  return out;
}

// <svg …> opening an accessible chart: named by the caption, described as having a table.
std::string svg_open(const http::Context& ctx, const std::string& id, const std::string& title,
                     const char* css_class, double height) {
  const std::string eid = html_escape(id);
  return "<svg class=\"" + std::string(css_class) + "\" width=\"100%\" height=\"" +
         svg_number(height) + "\" role=\"img\" aria-labelledby=\"" + eid + "-title\" " +
         "aria-describedby=\"" + eid + "-desc\" focusable=\"false\"><title id=\"" + eid +
         "-title\">" + html_escape(title) + "</title><desc id=\"" + eid + "-desc\">" +
         html_escape(text(ctx, "ui.chart_desc")) + "</desc>";
}

// 1, 2, 2.5 or 5 times a power of ten, at least `v`: the top of a scale.
double nice_ceiling(double v) {
  if (v <= 0) return 1;
  const double power = std::pow(10.0, std::floor(std::log10(v)));
  for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (step * power >= v - 1e-9) return step * power;
  }
  return 10 * power;
}

}  // namespace

std::string bar_chart(const http::Context& ctx, const BarChart& chart) {
  // Each bar is one row: its label on the first line (the whole width is free for it), then the
  // bar, the largest spanning 80% of the width, with its value just after its tip (dx: a few
  // pixels whatever the width).
  constexpr double kRow = 54, kLabelBaseline = 18, kBarTop = 26, kBarHeight = 16;
  constexpr double kBarSpan = 0.80;
  double max = chart.max;
  for (const auto& b : chart.bars) max = std::max(max, b.value);
  if (max <= 0) max = 1;
  const double height = kRow * static_cast<double>(chart.bars.size()) + 4;
  std::string svg = svg_open(ctx, chart.id, chart.title, "chart__svg", height);
  std::string table = "<thead><tr><th scope=\"col\">" + html_escape(chart.label_heading) +
                      "</th><th scope=\"col\" class=\"num\">" + html_escape(chart.value_heading) +
                      "</th></tr></thead><tbody>";
  double y = 0;
  for (const auto& b : chart.bars) {
    const std::string value = format_number(b.value, chart.decimals) + chart.unit;
    const std::string width = percent(kBarSpan * std::max(0.0, b.value) / max);
    svg += "<g class=\"chart__bar-row\">";
    svg += "<text class=\"chart__label\" x=\"0\" y=\"" + svg_number(y + kLabelBaseline) + "\">" +
           html_escape(b.label) + "</text>";
    svg += "<rect class=\"chart__bar\" x=\"0\" y=\"" + svg_number(y + kBarTop) + "\" width=\"" +
           width + "\" height=\"" + svg_number(kBarHeight) + "\" rx=\"3\"/>";
    svg += "<text class=\"chart__value\" x=\"" + width + "\" dx=\"8\" y=\"" +
           svg_number(y + kBarTop + kBarHeight - 2) + "\">" + html_escape(value) + "</text>";
    svg += "</g>";
    table += "<tr><th scope=\"row\">" + html_escape(b.label) + "</th><td class=\"num\">" +
             html_escape(format_number(b.value, chart.decimals)) + "</td></tr>";
    y += kRow;
  }
  svg += "</svg>";
  table += "</tbody>";
  return figure(ctx, "bar-chart", chart.id, chart.title, svg, "", table);
}

namespace {

// The marker of series `i` at (x%, y): circle, square, or ring, so series differ by shape and
// dash as well as by colour.
std::string marker(std::size_t i, const std::string& x, double y) {
  const std::string cls = "chart__marker chart__marker--" + std::to_string(i + 1);
  if (i == 1) {
    return "<rect class=\"" + cls + "\" x=\"" + x + "\" y=\"" + svg_number(y) +
           "\" width=\"9\" height=\"9\" transform=\"translate(-4.5 -4.5)\"/>";
  }
  return "<circle class=\"" + cls + "\" cx=\"" + x + "\" cy=\"" + svg_number(y) + "\" r=\"" +
         (i == 2 ? "4" : "4.5") + "\"/>";
}

}  // namespace

std::string line_chart(const http::Context& ctx, const LineChart& chart) {
  // The plot spans the width between 12% and 98% (so the scale's labels, written above their
  // grid lines at the left edge, stay clear of the first points even on a phone) and these
  // heights:
  constexpr double kTop = 26, kPlot = 180, kHeight = kTop + kPlot + 34;
  constexpr double kLeft = 0.12, kRight = 0.98;
  constexpr int kGridLines = 4;
  const std::size_t n = chart.labels.size();
  double top = chart.max;
  if (top <= 0) {
    for (const auto& s : chart.series) {
      for (const auto& v : s.values) {
        if (v) top = std::max(top, *v);
      }
    }
    top = nice_ceiling(top);
  }
  auto x_of = [&](std::size_t i) {
    const double f = n <= 1 ? 0.5 : static_cast<double>(i) / static_cast<double>(n - 1);
    return percent(kLeft + f * (kRight - kLeft));
  };
  auto y_of = [&](double v) { return kTop + kPlot * (1 - std::clamp(v / top, 0.0, 1.0)); };

  std::string svg = svg_open(ctx, chart.id, chart.title, "chart__svg chart__svg--line", kHeight);
  for (int g = 0; g <= kGridLines; ++g) {
    const double v = top * g / kGridLines;
    const double y = y_of(v);
    svg += "<line class=\"chart__grid\" x1=\"0\" x2=\"100%\" y1=\"" + svg_number(y) + "\" y2=\"" +
           svg_number(y) + "\"/>";
    svg += "<text class=\"chart__axis\" x=\"0\" y=\"" + svg_number(y - 5) + "\">" +
           html_escape(format_number(v, chart.decimals) + chart.unit) + "</text>";
  }
  for (std::size_t i = 0; i < n; ++i) {
    svg += "<text class=\"chart__axis chart__axis--x" +
           std::string(i % 2 == 1 ? " chart__axis--minor" : "") + "\" x=\"" + x_of(i) + "\" y=\"" +
           svg_number(kTop + kPlot + 24) + "\" text-anchor=\"middle\">" +
           html_escape(chart.labels[i]) + "</text>";
  }
  for (std::size_t s = 0; s < chart.series.size() && s < 3; ++s) {
    const auto& values = chart.series[s].values;
    const std::string cls = "chart__line chart__line--" + std::to_string(s + 1);
    svg += "<g class=\"chart__series\">";
    for (std::size_t i = 0; i + 1 < values.size() && i + 1 < n; ++i) {
      if (!values[i] || !values[i + 1]) continue;
      svg += "<line class=\"" + cls + "\" x1=\"" + x_of(i) + "\" y1=\"" +
             svg_number(y_of(*values[i])) + "\" x2=\"" + x_of(i + 1) + "\" y2=\"" +
             svg_number(y_of(*values[i + 1])) + "\"/>";
    }
    for (std::size_t i = 0; i < values.size() && i < n; ++i) {
      if (values[i]) svg += marker(s, x_of(i), y_of(*values[i]));
    }
    svg += "</g>";
  }
  svg += "</svg>";

  std::string legend = "<ul class=\"chart__legend\">";
  for (std::size_t s = 0; s < chart.series.size() && s < 3; ++s) {
    legend +=
        "<li><svg class=\"chart__key\" width=\"34\" height=\"14\" aria-hidden=\"true\" "
        "focusable=\"false\"><line class=\"chart__line chart__line--" +
        std::to_string(s + 1) + "\" x1=\"1\" x2=\"33\" y1=\"7\" y2=\"7\"/>" + marker(s, "17", 7) +
        "</svg>" + html_escape(chart.series[s].name) + "</li>";
  }
  legend += "</ul>";

  std::string table = "<thead><tr><th scope=\"col\">" + html_escape(chart.label_heading) + "</th>";
  for (const auto& s : chart.series) {
    table += "<th scope=\"col\" class=\"num\">" + html_escape(s.name) +
             (chart.unit.empty() ? "" : " (" + html_escape(chart.unit) + ")") + "</th>";
  }
  table += "</tr></thead><tbody>";
  for (std::size_t i = 0; i < n; ++i) {
    table += "<tr><th scope=\"row\">" + html_escape(chart.labels[i]) + "</th>";
    for (const auto& s : chart.series) {
      const bool has = i < s.values.size() && s.values[i];
      table += "<td class=\"num\">" +
               (has ? html_escape(format_number(*s.values[i], chart.decimals)) : "–") + "</td>";
    }
    table += "</tr>";
  }
  table += "</tbody>";
  return figure(ctx, "line-chart", chart.id, chart.title, svg, legend, table);
}

std::string progress_bar(std::string_view label, double percent_done) {
  const double p = std::clamp(std::isfinite(percent_done) ? percent_done : 0.0, 0.0, 100.0);
  const std::string shown = format_number(std::round(p)) + "%";
  return "<span class=\"progress\" role=\"progressbar\" aria-label=\"" + html_escape(label) +
         "\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"" + svg_number(p) +
         "\" aria-valuetext=\"" + shown + "\" data-component=\"progress-bar\">" +
         "<svg class=\"progress__svg\" width=\"100%\" height=\"10\" aria-hidden=\"true\" "
         "focusable=\"false\"><rect class=\"progress__track\" width=\"100%\" height=\"10\" "
         "rx=\"5\"/><rect class=\"progress__value\" width=\"" +
         percent(p / 100) + "\" height=\"10\" rx=\"5\"/></svg><span class=\"progress__text\">" +
         shown + "</span></span>";
}

}  // namespace pao::html
