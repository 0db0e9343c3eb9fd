// The design system's example page /_components through the real dispatcher and templates:
// every component is on it, sorting, paging, the charts' tables, the B.E. date input, the example
// form (urlencoded and multipart, with a file), flash messages and the CSP-safe markup.
#include <gtest/gtest.h>

#include <regex>

#include "app/testing.hpp"
#include "platform/http/request.hpp"

namespace pao::app {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// Every match of the first group of `pattern` in `text`.
std::vector<std::string> all(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// The part of `html` from the element with `marker` to the next `end`.
std::string section(const std::string& html, const std::string& marker, const std::string& end) {
  const auto from = html.find(marker);
  if (from == std::string::npos) return {};
  const auto to = html.find(end, from);
  return html.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

std::string urlencode(const Fields& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    body += (body.empty() ? "" : "&") + http::percent_encode(k) + "=" + http::percent_encode(v);
  }
  return body;
}

constexpr const char* kBoundary = "----pao-test-boundary";

struct Upload {
  std::string name, filename, type, data;
};

std::string multipart(const Fields& fields, const std::vector<Upload>& files) {
  std::string body;
  for (const auto& [k, v] : fields) {
    body.append("--").append(kBoundary).append("\r\nContent-Disposition: form-data; name=\"");
    body.append(k).append("\"\r\n\r\n").append(v).append("\r\n");
  }
  for (const auto& f : files) {
    body.append("--").append(kBoundary).append("\r\nContent-Disposition: form-data; name=\"");
    body.append(f.name).append("\"; filename=\"").append(f.filename);
    body.append("\"\r\nContent-Type: ").append(f.type).append("\r\n\r\n").append(f.data);
    body.append("\r\n");
  }
  return body + "--" + kBoundary + "--\r\n";
}

const std::vector<std::pair<std::string, std::string>> kMultipart = {
    {"Content-Type", std::string("multipart/form-data; boundary=") + kBoundary}};

// A filled-in example form that passes every check.
Fields valid_form() {
  return {{"form", "demo"},        {"name", "สมชาย ใจดี"}, {"division", "finance"},
          {"details", "ขอซ่อมถนน"}, {"channel", "email"},  {"received_on", "25/11/2569"},
          {"confirm", "yes"}};
}

class ComponentsPage : public ::testing::Test {
 protected:
  TestApp app_{db::Backend::sqlite};

  http::Response get(const std::string& target) { return app_.send("GET", target); }
};

TEST_F(ComponentsPage, ShowsEveryComponentToAnyone) {
  const auto r = get("/_components");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "<html lang=\"th\""));
  EXPECT_TRUE(has(r.body, "ชุดส่วนประกอบหน้าเว็บ"));
  for (const char* marker :
       {"button", "field-text", "field-select", "field-textarea", "field-checkbox", "field-radios",
        "date-input", "file-upload", "error-summary", "sortable-table", "pager", "status-tag",
        "flash", "breadcrumbs", "empty-state", "bar-chart", "line-chart", "progress-bar"}) {
    EXPECT_TRUE(has(r.body, std::string("data-component=\"") + marker + "\"")) << marker;
  }
  // Five tones of status tag, each with words.
  for (const char* tone : {"neutral", "success", "warning", "danger", "info"}) {
    EXPECT_TRUE(has(r.body, std::string("class=\"tag tag--") + tone + "\"")) << tone;
  }
  // The example error summary is not live: it must not grab the focus of a page with no error.
  EXPECT_FALSE(has(r.body, "data-autofocus"));
  EXPECT_FALSE(has(r.body, "role=\"alert\""));
}

TEST_F(ComponentsPage, IsInEnglishWithLangEn) {
  const auto r = get("/_components?lang=en");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(r.body, "<h1>Page components</h1>"));
  EXPECT_TRUE(has(r.body, "Sortable table and pagination"));
  EXPECT_TRUE(has(r.body, "PDF, JPG or PNG, up to 1 MB"));
  EXPECT_TRUE(has(r.body, "Show the figures as a table"));
  EXPECT_FALSE(has(r.body, "ชุดส่วนประกอบหน้าเว็บ"));
}

TEST_F(ComponentsPage, NeedsNoInlineStyleOrScript) {
  const auto r = get("/_components");
  EXPECT_FALSE(has(r.body, " style=")) << "CSP style-src 'self' blocks style attributes";
  EXPECT_FALSE(has(r.body, "<style"));
  EXPECT_EQ(count(r.body, "<script"), 1u) << "only pao.js";
  EXPECT_FALSE(has(r.body, " onclick="));
}

TEST_F(ComponentsPage, EveryFieldHasALabelAndUniqueId) {
  const auto r = get("/_components");
  const auto ids = all(r.body, R"re(<(?:input|select|textarea)[^>]* id="([^"]+)")re");
  ASSERT_GE(ids.size(), 8u);
  for (const auto& id : ids) {
    EXPECT_EQ(count(r.body, "id=\"" + id + "\""), 1u) << id << " is not unique";
    EXPECT_TRUE(has(r.body, "for=\"" + id + "\"")) << id << " has no label";
  }
}

TEST_F(ComponentsPage, TheSortedColumnCarriesAriaSort) {
  // By default the projects are sorted by name, A to Z.
  auto r = get("/_components");
  auto head = section(r.body, "data-component=\"sortable-table\"", "</thead>");
  ASSERT_EQ(count(head, "aria-sort="), 1u);
  EXPECT_TRUE(std::regex_search(head, std::regex(R"re(aria-sort="ascending"><a[^>]*>โครงการ)re")));

  r = get("/_components?sort=budget&dir=desc");
  head = section(r.body, "data-component=\"sortable-table\"", "</thead>");
  ASSERT_EQ(count(head, "aria-sort="), 1u);
  EXPECT_TRUE(std::regex_search(
      head,
      std::regex(
          R"re(aria-sort="descending"><a class="sort-link" href="/_components\?sort=budget&amp;dir=asc#table">งบประมาณ)re")))
      << head;
  // The largest budget comes first, and the rows are in that order.
  const auto budgets = all(section(r.body, "data-test=\"projects\"", "</table>"),
                           R"re(<td class="num">([0-9,]+)</td>)re");
  ASSERT_EQ(budgets.size(), 8u);
  EXPECT_EQ(budgets.front(), "8,900,000");
  EXPECT_EQ(budgets[1], "5,600,000");

  r = get("/_components?sort=budget&dir=asc");
  head = section(r.body, "data-component=\"sortable-table\"", "</thead>");
  EXPECT_TRUE(has(head,
                  "aria-sort=\"ascending\"><a class=\"sort-link\" "
                  "href=\"/_components?sort=budget&amp;dir=desc#table\">งบประมาณ"));

  // A column that is not one of the table's falls back to the default.
  r = get("/_components?sort=password&dir=desc");
  head = section(r.body, "data-component=\"sortable-table\"", "</thead>");
  EXPECT_TRUE(std::regex_search(head, std::regex(R"re(aria-sort="ascending"><a[^>]*>โครงการ)re")));
}

TEST_F(ComponentsPage, SortLinksKeepOtherParametersButStartAtPageOne) {
  const auto r =
      get("/_components?try_date=1%2F1%2F2569&page=3&sort=status&flash=design.flash.sent");
  const auto head = section(r.body, "data-component=\"sortable-table\"", "</thead>");
  EXPECT_TRUE(
      has(head, "href=\"/_components?try_date=1%2F1%2F2569&amp;sort=budget&amp;dir=desc#table\""))
      << head;
  EXPECT_FALSE(has(head, "page=")) << "a new order starts at page 1";
  EXPECT_FALSE(has(head, "flash=")) << "a flash notice is shown once";
}

TEST_F(ComponentsPage, PagesThroughTheTable) {
  auto r = get("/_components?page=2");
  auto pager = section(r.body, "data-component=\"pager\"", "</nav>");
  EXPECT_TRUE(has(pager, "รายการที่ 9–16 จากทั้งหมด 23 รายการ")) << pager;
  EXPECT_TRUE(has(pager, "href=\"/_components?page=2#table\" aria-current=\"page\""));
  EXPECT_TRUE(has(pager, "href=\"/_components?page=1#table\" rel=\"prev\""));
  EXPECT_TRUE(has(pager, "href=\"/_components?page=3#table\" rel=\"next\""));
  EXPECT_EQ(count(section(r.body, "data-test=\"projects\"", "</table>"), "data-test=\"project\""),
            8u);

  // Past the end: the last page; junk: the first.
  r = get("/_components?page=99&sort=budget&dir=desc");
  pager = section(r.body, "data-component=\"pager\"", "</nav>");
  EXPECT_TRUE(has(pager, "รายการที่ 17–23 จากทั้งหมด 23 รายการ"));
  EXPECT_TRUE(has(pager,
                  "href=\"/_components?sort=budget&amp;dir=desc&amp;page=3#table\" "
                  "aria-current=\"page\""));
  EXPECT_FALSE(has(pager, "rel=\"next\""));
  EXPECT_EQ(count(section(r.body, "data-test=\"projects\"", "</table>"), "data-test=\"project\""),
            7u);
  r = get("/_components?page=abc");
  EXPECT_TRUE(has(r.body, "รายการที่ 1–8 จากทั้งหมด 23 รายการ"));
}

TEST_F(ComponentsPage, EachChartHasTheSameFiguresAsATable) {
  const auto r = get("/_components");
  const auto bar = section(r.body, "data-component=\"bar-chart\"", "</figure>");
  ASSERT_FALSE(bar.empty());
  EXPECT_TRUE(has(bar, "<svg class=\"chart__svg\" width=\"100%\""));
  EXPECT_TRUE(has(bar, "role=\"img\" aria-labelledby=\"budget-chart-title\""));
  const auto svg = section(bar, "<svg", "</svg>");
  const auto table = section(bar, "<table", "</table>");
  ASSERT_FALSE(table.empty()) << "the bar chart has no table";
  for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
           {"โครงสร้างพื้นฐาน", "412.5"}, {"การศึกษา", "186.2"}, {"การบริหารจัดการที่ดี", "27.8"}}) {
    EXPECT_TRUE(has(svg, ">" + label + "</text>")) << label;
    EXPECT_TRUE(has(svg, ">" + value + "</text>")) << value;
    std::string row = "<th scope=\"row\">";
    row.append(label).append("</th><td class=\"num\">").append(value).append("</td>");
    EXPECT_TRUE(has(table, row)) << label;
  }
  EXPECT_EQ(count(svg, "class=\"chart__bar\""), 6u);
  EXPECT_EQ(count(table, "<th scope=\"row\">"), 6u);
  EXPECT_TRUE(has(bar, "<details class=\"chart__data\"><summary>ดูตัวเลขเป็นตาราง</summary>"));

  const auto line = section(r.body, "data-component=\"line-chart\"", "</figure>");
  ASSERT_FALSE(line.empty());
  const auto line_table = section(line, "<table", "</table>");
  EXPECT_EQ(count(line_table, "<th scope=\"row\">"), 12u) << "one row per month";
  EXPECT_TRUE(has(line_table,
                  "<th scope=\"row\">ต.ค.</th><td class=\"num\">3</td><td class=\"num\">5</td>"));
  EXPECT_TRUE(has(line_table,
                  "<th scope=\"row\">ก.ย.</th><td class=\"num\">–</td><td class=\"num\">100</td>"))
      << "a month without figures says so";
  EXPECT_TRUE(has(line, "<ul class=\"chart__legend\">"));
  // Markers differ in shape too: circles for the first series, squares for the second.
  EXPECT_EQ(
      count(section(line, "<svg", "</svg>"), "<circle class=\"chart__marker chart__marker--1\""),
      8u);
  EXPECT_EQ(
      count(section(line, "<svg", "</svg>"), "<rect class=\"chart__marker chart__marker--2\""),
      12u);

  // Progress bars say their value to assistive technology and in words.
  EXPECT_TRUE(std::regex_search(
      r.body,
      std::regex(
          R"re(role="progressbar" aria-label="[^"]+" aria-valuemin="0" aria-valuemax="100" aria-valuenow="62" aria-valuetext="62%")re")));
}

TEST_F(ComponentsPage, ReadsABuddhistEraDate) {
  auto r = get("/_components?try_date=25%2F11%2F2569");
  ASSERT_EQ(r.status, 200);
  auto result = section(r.body, "data-test=\"date-result\"", "</dl>");
  EXPECT_TRUE(has(result, "data-test=\"date-shown\">25 พ.ย. 2569<")) << result;
  EXPECT_TRUE(has(result, "data-test=\"date-iso\">2026-11-25<"));
  EXPECT_TRUE(has(r.body, "id=\"try_date\" name=\"try_date\" value=\"25/11/2569\""))
      << "the field keeps what was typed";

  r =
      get("/_components?try_date=%E0%B9%92%E0%B9%95/%E0%B9%91%E0%B9%91/"
          "%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%99&lang=en");
  result = section(r.body, "data-test=\"date-result\"", "</dl>");
  EXPECT_TRUE(has(result, ">25 Nov 2026<")) << "Thai digits, shown in English";
  EXPECT_TRUE(has(result, ">2026-11-25<"));

  r = get("/_components?try_date=31%2F02%2F2569");
  EXPECT_FALSE(has(r.body, "data-test=\"date-result\""));
  EXPECT_TRUE(has(r.body, "id=\"try_date-error\""));
  EXPECT_TRUE(
      has(r.body, "aria-describedby=\"try_date-hint try_date-error\" aria-invalid=\"true\""));
}

TEST_F(ComponentsPage, AValidFormRedirectsWithAFlashMessage) {
  auto r = app_.send("POST", "/_components", urlencode(valid_form()));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(header_of(r, "Location"), "/_components?flash=design.flash.sent");

  r = get("/_components?flash=design.flash.sent");
  const auto main = section(r.body, "<main", "</main>");
  // The notice comes first in the page, from the layout.
  EXPECT_TRUE(std::regex_search(
      main,
      std::regex(
          R"re(^<main[^>]*>\s*<div class="notice notice--success flash" role="status" data-component="flash">)re")))
      << main.substr(0, 300);
  EXPECT_TRUE(has(main, "ได้รับแบบฟอร์มตัวอย่างแล้ว"));
  // The language switch does not carry the notice to the next page.
  EXPECT_TRUE(has(r.body, "href=\"/_components?lang=en\""));
}

TEST_F(ComponentsPage, OnlyFlashKeysBecomeNotices) {
  for (const char* key :
       {"design.title", "design.flash.nothing", "flash", "ui.flash.x", "%3Cscript%3E.flash.x"}) {
    const auto r = get(std::string("/_components?flash=") + key);
    const auto main = section(r.body, "<main", "</main>");
    EXPECT_FALSE(std::regex_search(main, std::regex(R"re(^<main[^>]*>\s*<div class="notice)re")))
        << key;
  }
  const auto r = app_.send("POST", "/_components", "form=flash");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(header_of(r, "Location"), "/_components?flash=design.flash.example");
}

TEST_F(ComponentsPage, AFormWithMistakesComesBackWithTheSummaryInFormOrder) {
  Fields sent = {{"form", "demo"},
                 {"name", "สมชาย <b>ใจดี</b>"},
                 {"received_on", "31/02/2569"},
                 {"details", std::string(501, 'x')}};
  const auto r = app_.send("POST", "/_components", urlencode(sent));
  ASSERT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "<title>ข้อผิดพลาด: ชุดส่วนประกอบหน้าเว็บ"));
  const auto summary = section(r.body, "<div class=\"error-summary\" role=\"alert\"", "</div>");
  ASSERT_FALSE(summary.empty());
  EXPECT_TRUE(has(summary, "data-autofocus"));
  const auto links = all(summary, R"re(<a href="#([a-z_]+)")re");
  EXPECT_EQ(links,
            (std::vector<std::string>{"division", "details", "channel", "received_on", "confirm"}));
  // What was typed is kept, escaped.
  EXPECT_TRUE(has(r.body, "value=\"สมชาย &lt;b&gt;ใจดี&lt;/b&gt;\""));
  EXPECT_TRUE(has(r.body, "value=\"31/02/2569\""));
  EXPECT_TRUE(has(r.body, "ต้องเป็นวันที่ที่มีอยู่จริง"));
  EXPECT_TRUE(
      has(r.body, "<fieldset class=\"field field--error\" data-component=\"field-radios\""));
}

TEST_F(ComponentsPage, TheFormKeepsChoicesAfterAMistake) {
  Fields sent = valid_form();
  sent.erase(sent.begin() + 1);  // no name
  const auto r = app_.send("POST", "/_components", urlencode(sent));
  ASSERT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "<option value=\"finance\" selected>"));
  EXPECT_TRUE(has(r.body, "id=\"channel-2\" name=\"channel\" value=\"email\" checked"));
  EXPECT_TRUE(has(r.body, "name=\"confirm\" value=\"yes\" checked"));
  EXPECT_TRUE(has(r.body, ">ขอซ่อมถนน</textarea>"));
}

TEST_F(ComponentsPage, AcceptsAMultipartFormWithAFile) {
  const std::string png = "\x89PNG\r\n\x1A\n" + std::string(100, 'p');
  auto r = app_.send("POST", "/_components",
                     multipart(valid_form(), {{"attachment", "แผนที่.png", "image/png", png}}),
                     nullptr, true, kMultipart);
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 2000);

  // A date typed in the multipart form is read like any other.
  Fields bad_date = valid_form();
  bad_date[5].second = "2569-13-01";
  r = app_.send("POST", "/_components", multipart(bad_date, {}), nullptr, true, kMultipart);
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "<a href=\"#received_on\">"));
}

TEST_F(ComponentsPage, ChecksTheFileByItsContentAndSize) {
  auto r =
      app_.send("POST", "/_components",
                multipart(valid_form(),
                          {{"attachment", "plan.pdf", "application/pdf", "MZ this is not a PDF"}}),
                nullptr, true, kMultipart);
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(
      has(r.body, "<a href=\"#attachment\">เอกสารแนบ (ถ้ามี): ต้องเป็นไฟล์ PDF, JPG หรือ PNG</a>"));
  EXPECT_TRUE(has(r.body, "กรุณาเลือกไฟล์อีกครั้ง")) << "a file is not kept after a mistake";

  const std::string big = "%PDF-1.7\n" + std::string((1 << 20) + 1, 'x');
  r = app_.send("POST", "/_components",
                multipart(valid_form(), {{"attachment", "big.pdf", "application/pdf", big}}),
                nullptr, true, kMultipart);
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(has(r.body, "ไฟล์ใหญ่เกิน 1 MB"));

  // No file chosen is fine: the attachment is optional.
  r = app_.send("POST", "/_components",
                multipart(valid_form(), {{"attachment", "", "application/octet-stream", ""}}),
                nullptr, true, kMultipart);
  EXPECT_EQ(r.status, 303);
}

TEST_F(ComponentsPage, ASignedInMultipartFormMustCarryItsCsrfToken) {
  app_.add_user("clerk", {});
  const auto clerk = app_.sign_in("clerk");
  // The token travels as a part of the body, as a browser's form sends it.
  Fields with_token = valid_form();
  with_token.insert(with_token.begin(), {"_csrf", clerk.csrf});
  auto r = app_.send("POST", "/_components", multipart(with_token, {}), &clerk, false, kMultipart);
  EXPECT_EQ(r.status, 303) << r.body.substr(0, 500);

  r = app_.send("POST", "/_components", multipart(valid_form(), {}), &clerk, false, kMultipart);
  EXPECT_EQ(r.status, 403);
  Fields wrong = valid_form();
  wrong.insert(wrong.begin(), {"_csrf", "not-the-token"});
  r = app_.send("POST", "/_components", multipart(wrong, {}), &clerk, false, kMultipart);
  EXPECT_EQ(r.status, 403);
}

}  // namespace
}  // namespace pao::app
