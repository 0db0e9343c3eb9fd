// The design system's server-side components: each is built here (or in one template under
// platform/templates/) and nowhere else, looks the same on every page, and has an example on
// /_components (src/modules/design). CSS: web/static/css/pao.css, one section per component.
//
// Every builder returns HTML that is safe to put into a template unescaped ({{X:none}}): text
// it is given is HTML-escaped, SVG is assembled from escaped text and numbers it formats itself.
// Nothing needs JavaScript; pao.js only enhances (the date preview, dropping ?flash= from the
// address bar).
//
//   component          builder                                 marker (data-component=…)
//   buttons            CSS only: .button, .button--secondary,  button
//                      .button--danger, .button--small, .link-button
//   form fields        field(ctx, Field{…})                    field-text, field-select, …
//   error summary      Renderer::form_errors (renderer.hpp)    error-summary
//   date input         Field{FieldKind::date}, read_date_field date-input
//   file upload        Field{FieldKind::file}, UploadRule      file-upload
//   sortable table     SortableTable, read_sort                sortable-table
//   pagination         read_page, pager                        pager
//   status tags        status_tag                              status-tag
//   flash messages     redirect_with_flash (+ the layout)      flash
//   breadcrumbs        PageInfo::crumbs (the layout)           breadcrumbs
//   empty states       empty_state                             empty-state
//   charts             bar_chart, line_chart, progress_bar     bar-chart, line-chart, progress-bar
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"
#include "platform/files/file_type.hpp"
#include "platform/http/response.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::http {
class Context;
struct UploadedPart;
struct Request;
}  // namespace pao::http

namespace pao::html {

// ---- status tags -----------------------------------------------------------------------------

// What a status means. The colour follows the tone, but the words always say it too (a tag is
// never colour alone): status_tag("อนุมัติแล้ว", Tone::success).
enum class Tone { neutral, success, warning, danger, info };

// "neutral", "success" … (the CSS modifier).
const char* tone_name(Tone tone);

// <strong class="tag tag--success" data-component="status-tag">อนุมัติแล้ว</strong>
std::string status_tag(std::string_view text, Tone tone);

// ---- form fields -----------------------------------------------------------------------------

enum class FieldKind {
  text,      // <input type="text">
  textarea,  // <textarea>
  select,    // <select> of `choices`
  checkbox,  // one box, ticked when `value` is not empty; sends `checkbox_value`
  radios,    // a <fieldset> of radio buttons, one per choice
  date,      // a text input for a B.E. date ("25/11/2569"), read with read_date_field
  file,      // <input type="file">; its form needs enctype="multipart/form-data"
};

struct Choice {
  std::string value;
  std::string label;
  std::string hint;  // radios only: a line under the label
};

// One labelled field with its hint and error. Its element id is its name, so the error
// summary's links (#name) land on it; the hint and error are tied to it by aria-describedby.
struct Field {
  FieldKind kind = FieldKind::text;
  std::string name;
  std::string label;
  std::string hint;   // for date and file fields, empty means the standard hint
  std::string error;  // beside the field; empty when the field is fine
  std::string value;  // the text shown, or the choice made; checkbox: non-empty when ticked
  std::vector<Choice> choices;
  std::string checkbox_value = "1";
  std::string input_mode;    // text: "numeric", "email" …
  std::string autocomplete;  // text: "name", "off" …
  std::string accept;        // file: ".pdf,.jpg" (see UploadRule::accept())
  int rows = 5;              // textarea
  bool wide = true;          // false: a short input (codes, numbers)
};

// The field's HTML, in the page's language (uses the platform/field template).
std::string field(const http::Context& ctx, const Field& f);

// The message `error` gives for `field`, in the page's language; "" when none. For
// Field::error after Renderer::form_errors has filled the summary.
std::string field_error(const http::Context& ctx, const Error* error, const std::string& field);

// ---- dates typed by people -------------------------------------------------------------------

// What a date field shows for `d`: "25/11/2569", the day/month/B.E. year people type.
std::string date_field_text(Date d);

// A date field as sent: nullopt for a blank field, the date, or an Error (invalid_argument, with
// a message for the field) when the text is not a date parse_thai_date accepts.
Result<std::optional<Date>> read_date_field(std::string_view text);

// ---- file uploads ----------------------------------------------------------------------------

// The file types the platform recognises by their bytes (platform/files/file_type.hpp).
using FileType = files::FileType;

// What a file field accepts. The hint, the accept attribute and the check come from one rule.
struct UploadRule {
  std::vector<FileType> types;
  std::size_t max_bytes = 1 << 20;

  // ".pdf,application/pdf,.jpg,.jpeg,image/jpeg": for Field::accept (a hint to the browser's
  // file picker, not a check).
  std::string accept() const;
};

// "PDF, JPG หรือ PNG ขนาดไม่เกิน 1 MB" / "PDF, JPG or PNG, up to 1 MB".
std::string upload_hint(const http::Context& ctx, const UploadRule& rule);

// Why `part` breaks `rule` (too large, or not one of its types, judged by the file's first bytes
// rather than its name or the browser's claim), or nullopt when it is fine. An empty part (no
// file chosen) is fine here: the caller decides whether a file is required.
std::optional<Message> check_upload(const http::UploadedPart& part, const UploadRule& rule);

// ---- sortable tables -------------------------------------------------------------------------

struct Sort {
  std::string column;
  bool descending = false;
};

// ?sort=<column>&dir=asc|desc; `fallback` when sort is missing or not one of `allowed` (the
// value reaches SQL only as one of the caller's own column names).
Sort read_sort(const http::Request& req, const std::vector<std::string>& allowed, Sort fallback);

struct SortColumn {
  std::string key;       // the ?sort= value; empty: this column does not sort
  std::string label;     // the header's text
  bool numeric = false;  // right-aligned; sorts descending first
};

// The head of a table sorted on the server. Each sortable column's header is a link to this page
// sorted by it (the sorted one: the other way), other query parameters kept but ?page= reset;
// the sorted column carries aria-sort.
//
//   html::SortableTable table(ctx.request, {{"name", "ชื่อ"}, {"budget", "งบประมาณ", true}},
//                             {"name", false}, "projects");
//   … ORDER BY <table.sort().column> …
//   dict.SetValue("HEAD", table.head());  // <thead>…</thead>, in <table class="table"
//                                         //  data-component="sortable-table">
class SortableTable {
 public:
  // `anchor`: the id the links jump back to (the table's, or its heading's); may be empty.
  SortableTable(const http::Request& req, std::vector<SortColumn> columns, Sort fallback,
                std::string anchor = {});

  const Sort& sort() const { return sort_; }
  std::string head() const;

 private:
  const http::Request& req_;
  std::vector<SortColumn> columns_;
  Sort sort_;
  std::string anchor_;
};

// ---- pagination ------------------------------------------------------------------------------

struct PageWindow {
  int page = 1;  // 1-based, within 1 … pages()
  int per_page = 20;
  int total = 0;  // rows in all pages

  int pages() const { return total <= 0 ? 1 : (total + per_page - 1) / per_page; }
  int offset() const { return (page - 1) * per_page; }
  int first_row() const { return total == 0 ? 0 : offset() + 1; }  // 1-based, for "21–40 of 93"
  int last_row() const { return std::min(total, offset() + per_page); }
};

// ?page=N, clamped to the pages there are (junk → 1).
PageWindow read_page(const http::Request& req, int per_page, int total);

// The page numbers a pager shows: first, last, and the current one with `around` on each side;
// 0 marks a gap ("…"). 1 … 4 5 [6] 7 8 … 20.
std::vector<int> pager_pages(int current, int pages, int around = 1);

// <nav class="pager" data-component="pager"> with previous/next and numbered links to this page
// (other query parameters kept), the current page marked aria-current; "" when one page.
std::string pager(const http::Context& ctx, const PageWindow& window, std::string_view anchor = {});

// The current page's path and query with `set` replacing (or adding) parameters and `drop`
// removed; ?lang= and ?flash= are always dropped. For links that change one thing on a list.
std::string link_to(const http::Request& req,
                    const std::vector<std::pair<std::string, std::string>>& set,
                    const std::vector<std::string>& drop = {});

// ---- flash messages --------------------------------------------------------------------------
//
// A one-time notice after post/redirect/get ("บันทึกแล้ว") travels in the redirect's URL as
// ?flash=<catalogue key>, and the layout shows it above the page (platform/flash.tpl). Only keys
// of the form "<module>.flash.<name>" that the catalogue holds are shown, so a crafted link can
// show one of our own short notices and nothing else. No cookie, no secret, no server memory:
// every server can show it, and the public page cache keys on it like on any query. pao.js then
// removes ?flash= from the address bar (history.replaceState) so reloading or bookmarking does
// not show it again; without JavaScript a reload shows it again, which is harmless.
//
// Not a signed cookie: signing needs a secret every server shares (there is none, and adding one
// for this is not worth its key management), a cookie is missed when the public page cache
// answers the next GET and races between two tabs, and since the notice can only be one of our
// own fixed messages a signature would stop nothing a crafted link cannot already do. A notice
// that must name a record ("Division added: กองคลัง") carries the record's code in its own
// query parameter and looks the name up, as the org admin pages do with ?added=<code>.

// 303 to `location` with ?flash=<message_key> added (before any #fragment).
http::Response redirect_with_flash(std::string_view location, std::string_view message_key);

// Whether `key` is a flash message key ("<module>.flash.<name>").
bool is_flash_key(std::string_view key);

// The flash notice for this request's ?flash=, rendered; "" when none or not a flash key.
// Renderer::page puts it above every page; handlers need not call it.
std::string flash(const http::Context& ctx);

// The notice box itself with `text` (for the example on /_components).
std::string flash_notice(const http::Context& ctx, std::string_view text);

// ---- empty states ----------------------------------------------------------------------------

struct EmptyState {
  std::string title;  // "ยังไม่มีเรื่องร้องเรียน"
  std::string body;   // what it means, or what to do
  std::string action_label;  // optional: a button
  std::string action_href;
};

std::string empty_state(const http::Context& ctx, const EmptyState& e);

// ---- charts ----------------------------------------------------------------------------------
//
// SVG drawn on the server, sized in percentages of the page's width so its text keeps the page's
// font size on any screen, coloured by CSS classes (CSP allows no style= attributes). Each chart
// also renders its numbers as a <table> in a <details> below it: the same data for screen
// readers, keyboard users and anyone who wants the figures.

// Numbers as Thai offices print them: "1,234,567.5" with `decimals` places.
std::string format_number(double value, int decimals = 0);

struct ChartBar {
  std::string label;
  double value = 0;
};

struct BarChart {
  std::string id;             // unique on the page (the SVG's title, desc and table ids)
  std::string title;          // the figure's caption
  std::string label_heading;  // the table's first column: "ยุทธศาสตร์"
  std::string value_heading;  // its second: "งบประมาณ (ล้านบาท)"
  std::string unit;           // after each value on the chart: "ล้านบาท", "%"
  int decimals = 0;
  double max = 0;  // the value of a full-width bar; 0: the largest value
  std::vector<ChartBar> bars;
};

// A horizontal bar chart: one row per bar, its label above the bar, its value at the right.
std::string bar_chart(const http::Context& ctx, const BarChart& chart);

struct LineSeries {
  std::string name;                           // the legend's and the table's column heading
  std::vector<std::optional<double>> values;  // one per label; nullopt: no value (yet)
};

struct LineChart {
  std::string id;
  std::string title;
  std::string label_heading;  // the table's first column: "เดือน"
  std::string unit;           // "%"
  int decimals = 0;
  double max = 0;                   // the top of the scale; 0: the largest value rounded up
  std::vector<std::string> labels;  // along the bottom: "ต.ค. 68", …
  std::vector<LineSeries> series;   // at most 3; each has its own colour, dash and marker shape
};

std::string line_chart(const http::Context& ctx, const LineChart& chart);

// A bar showing how far along something is, with the percentage as text beside it:
// role="progressbar" with aria-valuenow; `label` names it for screen readers.
std::string progress_bar(std::string_view label, double percent);

}  // namespace pao::html
