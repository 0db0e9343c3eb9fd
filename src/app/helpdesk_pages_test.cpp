// The helpdesk's pages through the real dispatcher, on both databases: reporting with a
// screenshot, the QR link's prefilled asset, the ticket page's actions, the IT queue, and a walk
// of every page, JSON answer and notification a requester can reach for a private note.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/files/testing.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;
using files::testing::FormPart;

const std::string kBoundary = "----helpdesk-test-2569";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class HelpdeskPages : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("somsri", {"staff"}, "finance");
    app_.add_user("tech", {"it_staff"}, "office_of_chief");
    somsri_ = app_.sign_in("somsri");
    tech_ = app_.sign_in("tech");
  }
  http::Response report_form(const std::vector<FormPart>& parts) {
    return app_.send("POST", "/helpdesk/new", files::testing::multipart_body(kBoundary, parts),
                     &somsri_, true,
                     {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
  }
  std::string location(const http::Response& r) {
    const auto at = header_of(r, "Location");
    return at.substr(0, at.find('?'));
  }
  std::int64_t report_printer() {
    const auto r = report_form({{"title", "เครื่องพิมพ์ไม่ทำงาน", "", ""},
                                {"urgency", "high", "", ""},
                                {"asset_no", "416-66-0012", "", ""}});
    EXPECT_EQ(r.status, 303) << r.body;
    return std::atoll(location(r).substr(std::string("/helpdesk/tickets/").size()).c_str());
  }

  TestApp app_{GetParam()};
  TestSession somsri_, tech_;
};

TEST_P(HelpdeskPages, TheQrLinkPrefillsTheAssetNumber) {
  const auto r = app_.send("GET", "/helpdesk/new?asset=416-66-0012", "", &somsri_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(contains(r.body, "value=\"416-66-0012\""));
  EXPECT_TRUE(contains(r.body, "enctype=\"multipart/form-data\""));
}

TEST_P(HelpdeskPages, ReportingWithAScreenshotShowsItOnTheTicket) {
  const auto r = report_form(
      {{"title", "จอฟ้า", "", ""},
       {"urgency", "medium", "", ""},
       {"screenshot", files::testing::minimal_png(), "; filename=\"screen.png\"", "image/png"}});
  ASSERT_EQ(r.status, 303) << r.body;
  const auto page = app_.send("GET", location(r), "", &somsri_);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "จอฟ้า"));
  const auto img = page.body.find("<img src=\"/files/");
  ASSERT_NE(img, std::string::npos);
  const auto url = page.body.substr(img + 10, page.body.find('"', img + 10) - img - 10);
  EXPECT_EQ(app_.send("GET", url, "", &somsri_).status, 200);
  EXPECT_EQ(app_.send("GET", url, "", &tech_).status, 200);
  app_.add_user("chai", {"staff"}, "engineering");
  const auto chai = app_.sign_in("chai");
  EXPECT_EQ(app_.send("GET", url, "", &chai).status, 403) << "not their ticket";
}

TEST_P(HelpdeskPages, AFormWithoutATitleIsShownAgainNamingIt) {
  const auto r = report_form({{"title", "", "", ""}, {"asset_no", "416-66-0012", "", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(contains(r.body, "href=\"#title\""));
  EXPECT_TRUE(contains(r.body, "value=\"416-66-0012\"")) << "input kept";
}

TEST_P(HelpdeskPages, PrivateNotesNeverReachTheRequesterInPagesJsonOrNotifications) {
  const auto id = report_printer();
  const auto path = "/helpdesk/tickets/" + std::to_string(id);
  ASSERT_EQ(app_.send("POST", path + "/step", "step=take", &tech_).status, 303);
  ASSERT_EQ(app_.send("POST", path + "/reply", "body=SECRET-NOTE-42&private=1", &tech_).status,
            303);
  ASSERT_EQ(app_.send("POST", path + "/reply", "body=PUBLIC-REPLY-7", &tech_).status, 303);
  ASSERT_EQ(app_.send("POST", path + "/work", "minutes=30&parts=SECRET-PART", &tech_).status, 303);
  EXPECT_TRUE(contains(app_.send("GET", path, "", &tech_).body, "SECRET-NOTE-42"));
  for (const std::string& target :
       {path, std::string("/helpdesk"), std::string("/notifications"),
        "/api/v1/helpdesk/tickets/" + std::to_string(id), std::string("/api/v1/helpdesk/tickets"),
        std::string("/api/v1/notifications")}) {
    const auto r = app_.send("GET", target, "", &somsri_);
    ASSERT_EQ(r.status, 200) << target;
    EXPECT_FALSE(contains(r.body, "SECRET-NOTE-42")) << target;
    EXPECT_FALSE(contains(r.body, "SECRET-PART")) << target;
  }
  EXPECT_TRUE(contains(app_.send("GET", path, "", &somsri_).body, "PUBLIC-REPLY-7"));
  EXPECT_TRUE(contains(app_.send("GET", "/notifications", "", &somsri_).body, "PUBLIC-REPLY-7"));
  auto c = app_.database().acquire();
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM platform_notification WHERE body_text LIKE "
                         "'%SECRET%' OR subject LIKE '%SECRET%'")
                ->i64(0),
            0)
      << "nor any e-mail waiting in the outbox";
}

TEST_P(HelpdeskPages, ITResolvesAndTheRequesterRatesOnTheTicketPage) {
  const auto id = report_printer();
  const auto path = "/helpdesk/tickets/" + std::to_string(id);
  EXPECT_FALSE(contains(app_.send("GET", path, "", &somsri_).body, "data-step=\"take\""));
  const auto for_it = app_.send("GET", path, "", &tech_).body;
  EXPECT_TRUE(contains(for_it, "data-step=\"take\""));
  EXPECT_TRUE(contains(for_it, "action=\"" + path + "/work\""));
  EXPECT_TRUE(contains(for_it, "action=\"" + path + "/priority\""));
  EXPECT_FALSE(contains(for_it, "name=\"_csrf\" value=\"\"")) << "every form carries its token";
  EXPECT_FALSE(contains(app_.send("GET", path, "", &somsri_).body, "/work\""));
  for (const char* s : {"step=take", "step=start"}) {
    ASSERT_EQ(app_.send("POST", path + "/step", s, &tech_).status, 303) << s;
  }
  const auto empty = app_.send("POST", path + "/step", "step=resolve&solution=", &tech_);
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(contains(empty.body, "href=\"#solution\""));
  ASSERT_EQ(app_.send("POST", path + "/step", "step=resolve&solution=ล้างหัวพิมพ์", &tech_).status,
            303);
  const auto page = app_.send("GET", path, "", &somsri_);
  EXPECT_TRUE(contains(page.body, "ล้างหัวพิมพ์"));
  EXPECT_TRUE(contains(page.body, "data-test=\"rating-form\""));
  ASSERT_EQ(app_.send("POST", path + "/rating", "rating=5&comment=ขอบคุณ", &somsri_).status, 303);
  EXPECT_TRUE(contains(app_.send("GET", path, "", &tech_).body, "5/5"));
  EXPECT_EQ(app_.send("POST", path + "/step", "step=take", &tech_).status, 409);
}

TEST_P(HelpdeskPages, TheQueueIsForITShowsCountsAndPagesOn) {
  for (int i = 0; i < 3; ++i) report_printer();
  EXPECT_EQ(app_.send("GET", "/helpdesk/queue", "", &somsri_).status, 403);
  const auto q = app_.send("GET", "/helpdesk/queue", "", &tech_);
  ASSERT_EQ(q.status, 200) << q.body;
  EXPECT_TRUE(contains(q.body, "data-status=\"new\"><dt>แจ้งใหม่</dt><dd>3</dd>"));
  EXPECT_TRUE(contains(q.body, "เครื่องพิมพ์ไม่ทำงาน"));
  EXPECT_TRUE(
      contains(app_.send("GET", "/helpdesk", "", &somsri_).body, "data-test=\"my-tickets\""));
}

TEST_P(HelpdeskPages, ITTurnsASolutionIntoAnArticleThatTheReportFormSuggests) {
  const auto id = report_printer();
  const auto path = "/helpdesk/tickets/" + std::to_string(id);
  for (const char* s :
       {"step=take", "step=start", "step=resolve&solution=เปิดฝาหลังดึงกระดาษที่ติดออก"}) {
    ASSERT_EQ(app_.send("POST", path + "/step", s, &tech_).status, 303) << s;
  }
  EXPECT_TRUE(contains(app_.send("GET", path, "", &tech_).body, "/helpdesk/kb/new?from_ticket="));
  const auto form =
      app_.send("GET", "/helpdesk/kb/new?from_ticket=" + std::to_string(id), "", &tech_);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(contains(form.body, "เปิดฝาหลังดึงกระดาษที่ติดออก"));
  EXPECT_EQ(app_.send("GET", "/helpdesk/kb/new", "", &somsri_).status, 403);
  const auto saved = app_.send("POST", "/helpdesk/kb/new",
                               "category=printer&title_th=เครื่องพิมพ์กระดาษติด&body_th=เปิดฝาหลัง"
                               "ดึงกระดาษที่ติดออก&from_ticket=" +
                                   std::to_string(id),
                               &tech_);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto hits = app_.send("GET", "/api/v1/helpdesk/kb/search?q=กระดาษติด", "", &somsri_);
  ASSERT_EQ(hits.status, 200);
  const auto items = json::parse(hits.body).at("items").as_array();
  ASSERT_EQ(items.size(), 1u) << hits.body;
  EXPECT_EQ(items[0].at("title"), "เครื่องพิมพ์กระดาษติด");
  const auto page = app_.send("GET", "/helpdesk/kb?q=กระดาษติด", "", &somsri_);
  EXPECT_TRUE(contains(page.body, "<mark>กระดาษติด</mark>")) << page.body;
  const auto article =
      header_of(saved, "Location").substr(0, header_of(saved, "Location").find('?'));
  ASSERT_EQ(app_.send("POST", article + "/helpful", "helpful=yes", &somsri_).status, 303);
  EXPECT_TRUE(contains(app_.send("GET", article, "", &somsri_).body, "(1)"));
  const auto bad = app_.send("POST", "/helpdesk/kb/new", "category=&title_th=", &tech_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(contains(bad.body, "href=\"#title_th\""));
}

TEST_P(HelpdeskPages, TheMonthlyReportShowsTheRatedFixAndExportsToExcel) {
  const auto id = report_printer();
  const auto path = "/helpdesk/tickets/" + std::to_string(id);
  for (const char* s : {"step=take", "step=start", "step=resolve&solution=ล้างหัวพิมพ์"}) {
    ASSERT_EQ(app_.send("POST", path + "/step", s, &tech_).status, 303) << s;
  }
  ASSERT_EQ(app_.send("POST", path + "/rating", "rating=4&comment=REPORT-COMMENT", &somsri_).status,
            303);
  EXPECT_EQ(app_.send("GET", "/helpdesk/reports/monthly", "", &somsri_).status, 403);
  const auto page = app_.send("GET", "/helpdesk/reports/monthly?month=2026-11", "", &tech_);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "พฤศจิกายน 2569"));
  EXPECT_TRUE(contains(page.body, "REPORT-COMMENT"));
  EXPECT_TRUE(contains(page.body, "data-test=\"resolved-in-time\">100"))
      << page.body.substr(page.body.find("report-summary"), 1200);
  EXPECT_TRUE(contains(page.body, "กองคลัง")) << "the division by its Thai name";
  const auto xlsx = app_.send("GET", "/helpdesk/reports/monthly.xlsx?month=2026-11", "", &tech_);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(app_.send("GET", "/helpdesk/reports/monthly?month=2569-13", "", &tech_).status, 400);
  const auto before = app_.send("GET", "/helpdesk/reports/monthly?month=2026-10", "", &tech_);
  EXPECT_FALSE(contains(before.body, "REPORT-COMMENT"));
}

TEST_P(HelpdeskPages, TheITHeadSetsTargetsOnTheSettingsPage) {
  app_.add_user("boss", {"admin"});
  const auto boss = app_.sign_in("boss");
  EXPECT_EQ(app_.send("GET", "/helpdesk/settings", "", &tech_).status, 403);
  const auto page = app_.send("GET", "/helpdesk/settings", "", &boss);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "name=\"resolve_high\""));
  const std::string body =
      "own_low=480&resolve_low=2400&own_medium=240&resolve_medium=1440&own_high=60&"
      "resolve_high=240&own_critical=30&resolve_critical=120&division_sees_tickets=1";
  ASSERT_EQ(app_.send("POST", "/helpdesk/settings", body, &boss).status, 303);
  EXPECT_TRUE(contains(app_.send("GET", "/helpdesk/settings", "", &boss).body, "value=\"240\""));
  const auto bad = app_.send("POST", "/helpdesk/settings", "own_low=abc", &boss);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(contains(bad.body, "href=\"#own_low\""));
}

INSTANTIATE_TEST_SUITE_P(Db, HelpdeskPages, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
