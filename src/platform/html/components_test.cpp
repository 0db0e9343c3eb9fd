// The design system's builders that need no page: escaping, numbers, sorting, paging, flash
// keys, dates, uploads. The page-level behaviour is in src/app/components_page_test.cpp.
#include "platform/html/components.hpp"

#include <gtest/gtest.h>

#include "platform/http/multipart.hpp"
#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace pao::html {
namespace {

http::Request request(const std::string& target) {
  http::Request r;
  r.method = "GET";
  r.target = target;
  const auto q = target.find('?');
  r.path = target.substr(0, q);
  if (q != std::string::npos) r.query = http::parse_urlencoded(target.substr(q + 1));
  return r;
}

TEST(Components, StatusTagsEscapeTheirWords) {
  EXPECT_EQ(status_tag("อนุมัติแล้ว", Tone::success),
            "<strong class=\"tag tag--success\" data-component=\"status-tag\">อนุมัติแล้ว</strong>");
  EXPECT_EQ(
      status_tag("<script>", Tone::danger),
      "<strong class=\"tag tag--danger\" data-component=\"status-tag\">&lt;script&gt;</strong>");
}

TEST(Components, FormatsNumbersWithThousandsSeparators) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(999), "999");
  EXPECT_EQ(format_number(1000), "1,000");
  EXPECT_EQ(format_number(8'900'000), "8,900,000");
  EXPECT_EQ(format_number(1234567.26, 1), "1,234,567.3");
  EXPECT_EQ(format_number(412.5, 1), "412.5");
  EXPECT_EQ(format_number(-1234.5, 2), "-1,234.50");
  EXPECT_EQ(format_number(-0.001, 1), "0.0");
}

TEST(Components, ReadsOnlyAllowedSortColumns) {
  const std::vector<std::string> allowed = {"name", "budget"};
  const Sort fallback{"name", false};
  auto s = read_sort(request("/x?sort=budget&dir=desc"), allowed, fallback);
  EXPECT_EQ(s.column, "budget");
  EXPECT_TRUE(s.descending);
  s = read_sort(request("/x?sort=budget"), allowed, fallback);
  EXPECT_FALSE(s.descending);
  s = read_sort(request("/x?sort=budget;DROP TABLE x&dir=desc"), allowed, fallback);
  EXPECT_EQ(s.column, "name");
  EXPECT_FALSE(s.descending);
  s = read_sort(request("/x"), allowed, {"budget", true});
  EXPECT_EQ(s.column, "budget");
  EXPECT_TRUE(s.descending);
}

TEST(Components, SortableHeadsLinkToTheOtherOrder) {
  const auto req =
      request("/projects?q=%E0%B8%96%E0%B8%99%E0%B8%99&sort=budget&dir=desc&page=2&lang=en");
  const SortableTable table(req,
                            {{"name", "ชื่อ <โครงการ>"}, {"budget", "งบ", true}, {"", "หมายเหตุ"}},
                            {"name", false}, "list");
  EXPECT_EQ(table.sort().column, "budget");
  const std::string head = table.head();
  EXPECT_NE(
      head.find("<th scope=\"col\"><a class=\"sort-link\" "
                "href=\"/projects?q=%E0%B8%96%E0%B8%99%E0%B8%99&amp;sort=name&amp;dir=asc#list\">"
                "ชื่อ &lt;โครงการ&gt;<svg"),
      std::string::npos)
      << head;
  EXPECT_NE(
      head.find(
          "<th scope=\"col\" class=\"num\" aria-sort=\"descending\"><a class=\"sort-link\" "
          "href=\"/projects?q=%E0%B8%96%E0%B8%99%E0%B8%99&amp;sort=budget&amp;dir=asc#list\">"),
      std::string::npos)
      << head;
  EXPECT_NE(head.find("<th scope=\"col\">หมายเหตุ</th>"), std::string::npos);
}

TEST(Components, ReadsAndClampsThePage) {
  EXPECT_EQ(read_page(request("/x?page=2"), 10, 95).page, 2);
  EXPECT_EQ(read_page(request("/x?page=2"), 10, 95).offset(), 10);
  EXPECT_EQ(read_page(request("/x?page=11"), 10, 95).page, 10);
  EXPECT_EQ(read_page(request("/x?page=0"), 10, 95).page, 1);
  EXPECT_EQ(read_page(request("/x?page=-3"), 10, 95).page, 1);
  EXPECT_EQ(read_page(request("/x?page=2x"), 10, 95).page, 1);
  const PageWindow last = read_page(request("/x?page=10"), 10, 95);
  EXPECT_EQ(last.first_row(), 91);
  EXPECT_EQ(last.last_row(), 95);
  const PageWindow none = read_page(request("/x"), 10, 0);
  EXPECT_EQ(none.pages(), 1);
  EXPECT_EQ(none.first_row(), 0);
  EXPECT_EQ(none.last_row(), 0);
}

TEST(Components, PagerShowsTheEndsAndTheNeighbours) {
  EXPECT_EQ(pager_pages(1, 1), (std::vector<int>{1}));
  EXPECT_EQ(pager_pages(2, 3), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(pager_pages(1, 10), (std::vector<int>{1, 2, 0, 10}));
  EXPECT_EQ(pager_pages(6, 20), (std::vector<int>{1, 0, 5, 6, 7, 0, 20}));
  EXPECT_EQ(pager_pages(3, 20), (std::vector<int>{1, 2, 3, 4, 0, 20})) << "no gap for one page";
  EXPECT_EQ(pager_pages(20, 20), (std::vector<int>{1, 0, 19, 20}));
}

TEST(Components, LinksKeepTheQueryButNotTheLanguageOrFlash) {
  const auto req = request("/admin/users?q=a+b&flash=x.flash.y&page=3&lang=en&division=finance");
  EXPECT_EQ(link_to(req, {{"page", "4"}}), "/admin/users?q=a%20b&division=finance&page=4");
  EXPECT_EQ(link_to(req, {}, {"page", "q"}), "/admin/users?division=finance");
}

TEST(Components, FlashTravelsInTheRedirect) {
  auto r = redirect_with_flash("/admin/org", "org.flash.saved");
  EXPECT_EQ(r.status, 303);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].second, "/admin/org?flash=org.flash.saved");
  r = redirect_with_flash("/admin/divisions?sort=name#add", "org.flash.added");
  EXPECT_EQ(r.headers[0].second, "/admin/divisions?sort=name&flash=org.flash.added#add");

  EXPECT_TRUE(is_flash_key("org.flash.saved"));
  EXPECT_TRUE(is_flash_key("design.flash.sent"));
  EXPECT_FALSE(is_flash_key("org.saved"));
  EXPECT_FALSE(is_flash_key("org.flash."));
  EXPECT_FALSE(is_flash_key(".flash.x"));
  EXPECT_FALSE(is_flash_key("flash.x"));
  EXPECT_FALSE(is_flash_key("org.notflash.x"));
}

TEST(Components, DateFieldsRoundTripBuddhistEraDates) {
  EXPECT_EQ(date_field_text({2026, 11, 25}), "25/11/2569");
  EXPECT_EQ(date_field_text({2027, 1, 5}), "5/1/2570");
  auto d = read_date_field(" 25/11/2569 ");
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(d->has_value());
  EXPECT_EQ(**d, (Date{2026, 11, 25}));
  EXPECT_EQ(date_field_text(**read_date_field(date_field_text({2028, 2, 29}))), "29/2/2571");
  d = read_date_field("   ");
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->has_value()) << "blank is no date, not an error";
  d = read_date_field("31/02/2569");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(d.error().message.th.find("25/11/2569"), std::string::npos) << "the error shows how";
}

TEST(Components, UploadsAreJudgedByTheirBytes) {
  const UploadRule rule{{FileType::pdf, FileType::png}, 1000};
  EXPECT_EQ(rule.accept(), ".pdf,application/pdf,.png,image/png");
  http::UploadedPart part;
  EXPECT_FALSE(check_upload(part, rule)) << "no file chosen";
  part.bytes = "%PDF-1.4 …";
  EXPECT_FALSE(check_upload(part, rule));
  part.bytes = "\xFF\xD8\xFF\xE0 a jpeg";
  ASSERT_TRUE(check_upload(part, rule));
  EXPECT_EQ(check_upload(part, rule)->en, "must be a PDF or PNG file");
  part.bytes = "%PDF-" + std::string(1000, 'x');
  ASSERT_TRUE(check_upload(part, rule));
  EXPECT_EQ(check_upload(part, rule)->th, "ไฟล์ใหญ่เกิน 1 KB");
}

TEST(Components, ProgressBarsClampAndSayTheirValue) {
  const std::string bar = progress_bar("ถนน <สาย 1>", 62.5);
  EXPECT_NE(bar.find("aria-label=\"ถนน &lt;สาย 1&gt;\""), std::string::npos);
  EXPECT_NE(bar.find("aria-valuenow=\"62.5\""), std::string::npos);
  EXPECT_NE(bar.find("class=\"progress__value\" width=\"62.5%\""), std::string::npos);
  EXPECT_NE(bar.find(">63%</span>"), std::string::npos) << bar;
  EXPECT_NE(progress_bar("x", 140).find("width=\"100%\" height=\"10\" rx=\"5\"/></svg>"),
            std::string::npos);
  EXPECT_NE(progress_bar("x", -5).find("aria-valuenow=\"0\""), std::string::npos);
}

}  // namespace
}  // namespace pao::html
