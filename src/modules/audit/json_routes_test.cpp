// GET /api/v1/audit/…: filters, keyset paging, the chain check and the personal-read log, on
// both engines.
#include <gtest/gtest.h>

#include <set>

#include "modules/audit/routes_testing.hpp"
#include "platform/http/pagination.hpp"

namespace pao::audit {
namespace {

namespace json = boost::json;
using namespace test_support;

class AuditJsonApi : public AuditRoutesTest {};

TEST_P(AuditJsonApi, FiltersNarrowTheEntriesToWhatWasAskedFor) {
  write("2026-11-25T01:00:00Z", "somchai", "identity.user.update", "user", "42");    // 1
  write("2026-11-25T01:01:00Z", "somchai", "identity.user.create", "user", "43");    // 2
  write("2026-11-25T01:02:00Z", "malee", "saraban.letter.register", "letter", "7");  // 3
  write("2026-11-25T01:03:00Z", "malee", "identity.user.update", "user", "42");      // 4
  write("2026-11-25T01:04:00Z", "somchai", "identityx.thing.touch", "user", "42");   // 5

  EXPECT_EQ(seqs(""), (Seqs{5, 4, 3, 2, 1}));
  EXPECT_EQ(seqs("?actor=somchai"), (Seqs{5, 2, 1}));
  EXPECT_EQ(seqs("?action=identity."), (Seqs{4, 2, 1}));
  EXPECT_EQ(seqs("?action=identity.user.update"), (Seqs{4, 1}));
  EXPECT_EQ(seqs("?action=identity.user"), Seqs{}) << "without a final '.' it is exact";
  EXPECT_EQ(seqs("?entity_type=user&entity_id=42"), (Seqs{5, 4, 1}));
  EXPECT_EQ(seqs("?entity_type=letter"), (Seqs{3}));
  EXPECT_EQ(seqs("?actor=malee&action=identity.&entity_id=42"), (Seqs{4}));
  EXPECT_EQ(seqs("?actor=nobody"), Seqs{});
}

TEST_P(AuditJsonApi, FromAndToAreWholeDaysInBangkokTime) {
  write("2026-11-24T16:59:59Z", "a", "t.x.y", "t", "1");  // 24 Nov 23:59:59 in Bangkok
  write("2026-11-24T17:00:00Z", "a", "t.x.y", "t", "2");  // 25 Nov 00:00:00
  write("2026-11-25T16:59:59Z", "a", "t.x.y", "t", "3");  // 25 Nov 23:59:59
  write("2026-11-25T17:00:00Z", "a", "t.x.y", "t", "4");  // 26 Nov 00:00:00

  EXPECT_EQ(seqs("?from=2026-11-25&to=2026-11-25"), (Seqs{3, 2}));
  EXPECT_EQ(seqs("?from=2026-11-25"), (Seqs{4, 3, 2}));
  EXPECT_EQ(seqs("?to=2026-11-24"), (Seqs{1}));
  EXPECT_EQ(seqs("?from=2026-11-26&to=2026-11-26"), (Seqs{4}));
}

TEST_P(AuditJsonApi, ABadDateIs400NamingTheField) {
  auto fields = get_json("/api/v1/audit/entries?from=2026-02-30", 400).at("error").at("fields");
  EXPECT_TRUE(fields.as_object().contains("from"));
  EXPECT_FALSE(fields.as_object().contains("to"));

  fields = get_json("/api/v1/audit/entries?to=31%2F02%2F2569", 400).at("error").at("fields");
  EXPECT_TRUE(fields.as_object().contains("to"));

  fields =
      get_json("/api/v1/audit/entries?from=2026-11-26&to=2026-11-25", 400).at("error").at("fields");
  EXPECT_TRUE(fields.as_object().contains("to"));
}

TEST_P(AuditJsonApi, PagingReturnsEveryEntryExactlyOnceEvenWhileEntriesAreAdded) {
  write_many(23);
  std::vector<std::int64_t> seen;
  std::string cursor;
  int pages = 0;
  for (;;) {
    const auto doc =
        get_json("/api/v1/audit/entries?limit=5" + (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const auto& item : doc.at("items").as_array()) seen.push_back(item.at("seq").as_int64());
    if (++pages == 1) write_many(2);  // newer entries arrive mid-walk: they are not in it
    ASSERT_LE(pages, 10) << "paging does not end";
    if (doc.at("next_cursor").is_null()) break;
    cursor = std::string(doc.at("next_cursor").as_string());
  }
  EXPECT_EQ(pages, 5);
  ASSERT_EQ(seen.size(), 23u);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], static_cast<std::int64_t>(23 - i)) << "newest first, no gap, no repeat";
  }
}

TEST_P(AuditJsonApi, PagingAFilteredTrailStaysWithinTheFilter) {
  write_many(7, "somchai");
  write_many(6, "malee");
  write_many(7, "somchai");
  std::set<std::int64_t> seen;
  std::string cursor;
  for (int pages = 0;; ++pages) {
    ASSERT_LT(pages, 10);
    const auto doc = get_json("/api/v1/audit/entries?actor=somchai&limit=4" +
                              (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const auto& item : doc.at("items").as_array()) {
      EXPECT_EQ(item.at("actor_name"), "somchai");
      EXPECT_TRUE(seen.insert(item.at("seq").as_int64()).second) << "repeated";
    }
    if (doc.at("next_cursor").is_null()) break;
    cursor = std::string(doc.at("next_cursor").as_string());
  }
  EXPECT_EQ(seen.size(), 14u);
}

TEST_P(AuditJsonApi, ABadLimitOrCursorIs400NamingIt) {
  write_many(3);
  for (const char* q : {"?limit=0", "?limit=201", "?limit=ten"}) {
    const auto doc = get_json(std::string("/api/v1/audit/entries") + q, 400);
    EXPECT_TRUE(doc.at("error").at("fields").as_object().contains("limit")) << q;
  }
  for (const std::string& c : {std::string("%%%"), http::encode_cursor("abc"),
                               http::encode_cursor("0"), http::encode_cursor("-4")}) {
    const auto doc = get_json("/api/v1/audit/entries?cursor=" + http::percent_encode(c), 400);
    EXPECT_TRUE(doc.at("error").at("fields").as_object().contains("cursor")) << c;
  }
}

TEST_P(AuditJsonApi, EntriesCarryTheirChangesAsAJsonObject) {
  Changes c;
  c.set("name", "สมชาย", "สมชาย ใจดี").added("phone", "053");
  write("2026-11-25T01:00:00Z", "somchai", "identity.user.update", "user", "42", c);
  const auto doc = get_json("/api/v1/audit/entries");
  const auto& item = doc.at("items").at(0);
  EXPECT_EQ(item.at("actor_name"), "somchai");
  EXPECT_EQ(item.at("at"), "2026-11-25T01:00:00Z");
  ASSERT_TRUE(item.at("changes").is_object()) << "an object, not a string";
  EXPECT_EQ(item.at("changes").at("name").at("before"), "สมชาย");
  EXPECT_EQ(item.at("changes").at("name").at("after"), "สมชาย ใจดี");
  EXPECT_TRUE(item.at("changes").at("phone").at("before").is_null());
  EXPECT_EQ(item.at("hash").as_string().size(), 64u);
  EXPECT_TRUE(doc.at("next_cursor").is_null());
}

TEST_P(AuditJsonApi, ADamagedChangesColumnStillListsWithItsText) {
  write_many(2);
  db_->acquire()->execute("UPDATE platform_audit_entry SET changes = 'oops' WHERE seq = 1");
  const auto doc = get_json("/api/v1/audit/entries");
  const auto& damaged = doc.at("items").at(1);
  EXPECT_TRUE(damaged.at("changes").is_null());
  EXPECT_EQ(damaged.at("changes_text"), "oops");
}

TEST_P(AuditJsonApi, VerifyReportsAnIntactChainWithItsCount) {
  write_many(4);
  const auto doc = get_json("/api/v1/audit/verify");
  EXPECT_EQ(doc.at("intact"), true);
  EXPECT_EQ(doc.at("count"), 4);
  EXPECT_TRUE(doc.at("first_bad_seq").is_null());
  EXPECT_TRUE(doc.at("reason").is_null());
}

TEST_P(AuditJsonApi, VerifyNamesTheEntrySomeoneAlteredInSql) {
  write_many(6);
  db_->acquire()->execute("UPDATE platform_audit_entry SET entity_id = '999' WHERE seq = 4");
  const auto doc = get_json("/api/v1/audit/verify");
  EXPECT_EQ(doc.at("intact"), false);
  EXPECT_EQ(doc.at("first_bad_seq"), 4);
  EXPECT_EQ(doc.at("count"), 3);
  EXPECT_FALSE(doc.at("reason").as_string().empty());
}

TEST_P(AuditJsonApi, EveryAnswerIsKeptOutOfCaches) {
  write_many(1);
  for (const char* path : {"/api/v1/audit/entries", "/api/v1/audit/verify", "/admin/audit",
                           "/admin/audit/verify", "/admin/audit/export.csv"}) {
    const auto r = get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(header(r, "Cache-Control"), "no-store") << path;
  }
}

// ---- personal-data reads ------------------------------------------------------------------------

TEST_P(AuditJsonApi, PersonalReadsNeedTheirOwnPermission) {
  {
    auto lease = db_->acquire();
    record_personal_read(lease.conn(), at("2026-11-25T02:00:00Z"),
                         {ActorKind::user, 5, "malee", "r1", "10.0.0.9"}, "citizen", "3-1234",
                         "ตรวจสิทธิ์เบี้ยยังชีพ");
  }
  grants_ = {"audit.view"};
  EXPECT_EQ(get("/api/v1/audit/personal-reads").status, 403);
  EXPECT_EQ(get("/admin/personal-reads").status, 403);

  grants_ = {"audit.personal_reads.view"};
  const auto doc = get_json("/api/v1/audit/personal-reads");
  ASSERT_EQ(doc.at("items").as_array().size(), 1u);
  EXPECT_EQ(doc.at("items").at(0).at("purpose"), "ตรวจสิทธิ์เบี้ยยังชีพ");
  EXPECT_EQ(get("/admin/personal-reads").status, 200);
  EXPECT_EQ(get("/api/v1/audit/entries").status, 403) << "the DPO's permission is not audit.view";
}

TEST_P(AuditJsonApi, PersonalReadsFilterByActorAndPageWithoutRepeats) {
  {
    auto lease = db_->acquire();
    for (int i = 0; i < 8; ++i) {
      const std::string who = i % 3 == 0 ? "somchai" : "malee";
      record_personal_read(lease.conn(), at("2026-11-25T02:00:00Z") + std::chrono::minutes(i),
                           {ActorKind::user, 5, who, "r", "10.0.0.9"}, "citizen", std::to_string(i),
                           "purpose");
    }
  }
  grants_ = {"audit.personal_reads.view"};
  std::set<std::int64_t> ids;
  std::string cursor;
  for (int pages = 0;; ++pages) {
    ASSERT_LT(pages, 10);
    const auto doc = get_json("/api/v1/audit/personal-reads?actor=malee&limit=2" +
                              (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const auto& item : doc.at("items").as_array()) {
      EXPECT_EQ(item.at("actor_name"), "malee");
      EXPECT_TRUE(ids.insert(item.at("id").as_int64()).second);
    }
    if (doc.at("next_cursor").is_null()) break;
    cursor = std::string(doc.at("next_cursor").as_string());
  }
  EXPECT_EQ(ids.size(), 5u);
  EXPECT_EQ(get("/api/v1/audit/personal-reads?cursor=xyz").status, 400);
}

TEST_P(AuditJsonApi, CallersWithoutThePermissionAreRefused) {
  grants_ = {"plan.view"};
  for (const char* path : {"/api/v1/audit/entries", "/api/v1/audit/verify", "/admin/audit",
                           "/admin/audit/export.csv", "/admin/audit/verify"}) {
    EXPECT_EQ(get(path).status, 403) << path;
  }
  grants_.clear();
  EXPECT_EQ(get("/api/v1/audit/entries").status, 401);
  EXPECT_EQ(get("/admin/audit").status, 303) << "sent to sign in";
}

INSTANTIATE_TEST_SUITE_P(AuditDb, AuditJsonApi, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::audit
