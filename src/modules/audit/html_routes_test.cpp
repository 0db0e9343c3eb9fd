// The audit pages as a browser gets them: rendered through the real templates and layout.
#include <gtest/gtest.h>

#include "modules/audit/routes_testing.hpp"
#include "platform/http/pagination.hpp"

namespace pao::audit {
namespace {

namespace json = boost::json;
using namespace test_support;

class AuditPages : public AuditRoutesTest {};

TEST_P(AuditPages, TheTrailPageShowsBangkokTimesChangesAndPagesOlderEntries) {
  write_many(60);
  const auto first = get("/admin/audit");
  ASSERT_EQ(first.status, 200) << first.body;
  const std::string& html = first.body;
  EXPECT_TRUE(contains(html, "data-seq=\"60\""));
  EXPECT_TRUE(contains(html, "data-seq=\"11\""));
  EXPECT_FALSE(contains(html, "data-seq=\"10\"")) << "fifty to a page";
  EXPECT_LT(html.find("data-seq=\"60\""), html.find("data-seq=\"59\"")) << "newest first";
  // entry 60 was written at 07:59 UTC: 14:59 in Bangkok, Buddhist year 2569
  EXPECT_TRUE(contains(html, "25\u00A0พ.ย.\u00A02569 14:59:00"));
  EXPECT_TRUE(contains(html, "<strong>name</strong>: <span class=\"muted\">เดิม</span> → ใหม่ 59"));
  const std::string older = "/admin/audit?cursor=" + http::encode_cursor("11");
  EXPECT_TRUE(contains(html, "href=\"" + older + "\"")) << "older-entries link";
  EXPECT_TRUE(contains(html, "href=\"/admin/audit/export.csv\""));

  const auto second = get(older);
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(contains(second.body, "data-seq=\"10\""));
  EXPECT_TRUE(contains(second.body, "data-seq=\"1\""));
  EXPECT_FALSE(contains(second.body, "data-seq=\"11\""));
  EXPECT_FALSE(contains(second.body, "data-test=\"audit-older\"")) << "the oldest page ends it";
  EXPECT_TRUE(contains(second.body, "href=\"/admin/audit\" data-test=\"audit-newest\""))
      << "a way back to the newest";
  EXPECT_FALSE(contains(html, "data-test=\"audit-newest\"")) << "already there";
}

TEST_P(AuditPages, TheFilterIsKeptInTheFormThePagerAndTheExportLink) {
  write_many(3, "somchai");
  const auto r = get("/admin/audit?actor=somchai&from=2026-11-25&limit=1");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "value=\"somchai\""));
  EXPECT_TRUE(contains(r.body, "value=\"2026-11-25\""));
  EXPECT_TRUE(
      contains(r.body, "href=\"/admin/audit/export.csv?actor=somchai&amp;from=2026-11-25\""));
  EXPECT_TRUE(contains(r.body, "href=\"/admin/audit?actor=somchai&amp;from=2026-11-25&amp;cursor=" +
                                   http::encode_cursor("3") + "\""));
  const auto none = get("/admin/audit?actor=nobody");
  EXPECT_TRUE(contains(none.body, "data-test=\"audit-empty\""));
}

TEST_P(AuditPages, DatesAreTypedInTheBuddhistEraLikeEverywhereElse) {
  write_many(3, "somchai");  // written on 25 Nov 2026 (B.E. 2569), Bangkok time
  const auto r = get("/admin/audit?from=25%2F11%2F2569&to=25%2F11%2F2569");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(contains(r.body, "data-seq=\"3\""));
  EXPECT_TRUE(contains(r.body, "value=\"25/11/2569\"")) << "kept as typed";
  EXPECT_TRUE(contains(r.body, "วัน/เดือน/ปี พ.ศ.")) << "the hint says how to type it";
  EXPECT_FALSE(contains(r.body, "type=\"date\"")) << "no Gregorian browser date picker";
  const auto before = get("/admin/audit?to=24%2F11%2F2569");
  EXPECT_TRUE(contains(before.body, "data-test=\"audit-empty\""));
}

TEST_P(AuditPages, ABadDateOnThePageIs400WithTheErrorBesideTheFieldAndTheInputKept) {
  const auto r = get("/admin/audit?actor=somchai&from=2026-02-30");
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(contains(r.body, "href=\"#from\"")) << "the summary links to the field";
  EXPECT_TRUE(contains(r.body, "id=\"from-error\""));
  EXPECT_TRUE(contains(r.body, "value=\"2026-02-30\""));
  EXPECT_TRUE(contains(r.body, "value=\"somchai\""));
  EXPECT_FALSE(contains(r.body, "data-test=\"audit-entries\""));
}

TEST_P(AuditPages, WhatPeopleTypedIsEscapedOnThePage) {
  Changes c;
  c.set("title", "<b>old</b>", "<script>alert(1)</script>");
  write("2026-11-25T01:00:00Z", "<img src=x onerror=alert(1)>", "x.y.z", "doc", "\"><i>", c);
  const auto r = get("/admin/audit");
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(contains(r.body, "<script>alert"));
  EXPECT_FALSE(contains(r.body, "<img src=x"));
  EXPECT_FALSE(contains(r.body, "\"><i>"));
  EXPECT_TRUE(contains(r.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_P(AuditPages, TheVerifyPageWarnsClearlyAndNamesTheBadEntry) {
  write_many(5);
  const auto ok = get("/admin/audit/verify");
  ASSERT_EQ(ok.status, 200);
  EXPECT_TRUE(contains(ok.body, "data-test=\"chain-intact\""));
  EXPECT_TRUE(contains(ok.body, "<strong>5</strong>")) << "the number of entries checked";
  EXPECT_FALSE(contains(ok.body, "data-test=\"chain-broken\""));

  db_->acquire()->execute("UPDATE platform_audit_entry SET actor_name = 'someone' WHERE seq = 2");
  const auto bad = get("/admin/audit/verify");
  ASSERT_EQ(bad.status, 200);
  EXPECT_TRUE(contains(bad.body, "data-test=\"chain-broken\" data-first-bad-seq=\"2\""));
  EXPECT_TRUE(contains(bad.body, "role=\"alert\""));
  EXPECT_TRUE(contains(bad.body, "คำเตือน"));
  EXPECT_FALSE(contains(bad.body, "data-test=\"chain-intact\""));
  EXPECT_TRUE(contains(bad.body, "href=\"/admin/audit?cursor=" + http::encode_cursor("3") + "\""));
}

TEST_P(AuditPages, PagesSpeakEnglishWhenAsked) {
  write_many(1);
  const auto r = get("/admin/audit?lang=en");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(contains(r.body, "<html lang=\"en\">"));
  EXPECT_TRUE(contains(r.body, "<h1>Audit trail</h1>"));
  EXPECT_TRUE(contains(r.body, "Export as CSV"));
  EXPECT_TRUE(contains(r.body, "25\u00A0Nov\u00A02026 14:00:00"));
  EXPECT_FALSE(contains(r.body, "audit.")) << "no message key left untranslated";
}

TEST_P(AuditPages, TheMenuShowsEachEntryOnlyToThoseWhoMayFollowIt) {
  const std::string audit_link = "class=\"site-nav__link\" href=\"/admin/audit\"";
  const std::string reads_link = "class=\"site-nav__link\" href=\"/admin/personal-reads\"";
  grants_ = {"audit.view"};
  auto r = get("/admin/audit");
  EXPECT_TRUE(contains(r.body, audit_link));
  EXPECT_FALSE(contains(r.body, reads_link));
  EXPECT_FALSE(contains(r.body, "href=\"/admin/personal-reads\""));

  grants_ = {"audit.personal_reads.view"};
  r = get("/admin/personal-reads");
  EXPECT_FALSE(contains(r.body, audit_link));
  EXPECT_TRUE(contains(r.body, reads_link));
  EXPECT_FALSE(contains(r.body, "href=\"/admin/audit")) << "nor a link among the audit pages";

  grants_ = {"audit.view", "audit.personal_reads.view"};
  r = get("/admin/audit");
  EXPECT_TRUE(contains(r.body, audit_link));
  EXPECT_TRUE(contains(r.body, reads_link));
}

INSTANTIATE_TEST_SUITE_P(AuditDb, AuditPages, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::audit
