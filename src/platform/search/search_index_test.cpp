// Platform search behaves the same on SQLite (FTS5) and PostgreSQL (tsvector): every TEST_P runs
// on both.
#include "platform/search/search_index.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"

namespace pao::search {
namespace {

using namespace std::chrono_literals;

constexpr const char* kLetter = "saraban.letter";

class SearchIndexTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    db::apply_migrations(*db_, search_migrations(), "2026-11-25T00:00:00Z");
  }

  // A public letter unless grants are given; later `at` means more recently updated.
  void index(const std::string& ref_id, const std::string& title, const std::string& body,
             std::vector<Grant> grants = {Grant::everyone()}, int at = 0) {
    SearchDoc doc;
    doc.kind = kLetter;
    doc.ref_id = ref_id;
    doc.title = title;
    doc.body = body;
    doc.url = "/saraban/letters/" + ref_id;
    doc.visible_to = std::move(grants);
    doc.updated_at = TimePoint(std::chrono::hours(24 * 365 * 56 + at));
    upsert(db_->acquire().conn(), doc);
  }

  SearchPage find_page(const std::string& text, Viewer viewer = Viewer::anonymous(),
                       std::vector<std::string> kinds = {}, int limit = 20, int offset = 0) {
    SearchQuery q;
    q.text = text;
    q.viewer = std::move(viewer);
    q.kinds = std::move(kinds);
    q.limit = limit;
    q.offset = offset;
    return search(db_->acquire().conn(), q);
  }

  // The ref_ids found, best first.
  std::vector<std::string> find(const std::string& text, Viewer viewer = Viewer::anonymous(),
                                std::vector<std::string> kinds = {}) {
    std::vector<std::string> out;
    for (const auto& hit : find_page(text, std::move(viewer), std::move(kinds)).hits) {
      out.push_back(hit.ref_id);
    }
    return out;
  }

  std::int64_t count(const std::string& table) {
    return db_->acquire()->query_one("SELECT COUNT(*) FROM " + table)->i64(0);
  }

  static Viewer staff_with(std::set<std::string> permissions,
                           std::vector<std::string> divisions = {}, std::int64_t user_id = 7) {
    Viewer v;
    v.signed_in = true;
    v.user_id = user_id;
    v.permissions = std::move(permissions);
    v.divisions = std::move(divisions);
    return v;
  }

  std::unique_ptr<db::Database> db_;
};

using Refs = std::vector<std::string>;

// ---- Thai words and numbers ---------------------------------------------------------------------

TEST_P(SearchIndexTest, FindsThaiWordsInsideAnUnspacedSentence) {
  index("1", "หนังสือขอความอนุเคราะห์ซ่อมคอมพิวเตอร์", "");
  index("2", "ขออนุมัติจัดซื้อกระดาษ", "");
  EXPECT_EQ(find("คอมพิวเตอร์"), Refs{"1"});
  EXPECT_EQ(find("ซ่อม "), Refs{"1"});
  EXPECT_EQ(find("กระดาษ"), Refs{"2"});
  EXPECT_EQ(find("เครื่องพิมพ์"), Refs{});
}

TEST_P(SearchIndexTest, TheCouncilMeetingIsFoundByMeetingAndByCouncil) {
  index("7", "การประชุมสภาองค์การบริหารส่วนจังหวัด", "");
  EXPECT_EQ(find("ประชุม "), Refs{"7"});
  EXPECT_EQ(find("สภา "), Refs{"7"});
  EXPECT_EQ(find("ประชุม สภา"), Refs{"7"});
  EXPECT_EQ(find("สัมมนา "), Refs{});
}

TEST_P(SearchIndexTest, ToneMarksAndVowelSignsTellWordsApart) {
  // ไม้ (wood) and ไม่ (not) differ only in the tone mark, which must stay part of the word.
  index("wood", "ขอซื้อเก้าอี้ไม้สัก", "");
  index("not", "ผลการพิจารณาไม่อนุมัติ", "");
  EXPECT_EQ(find("ไม้ "), Refs{"wood"});
  EXPECT_EQ(find("ไม่ "), Refs{"not"});
}

TEST_P(SearchIndexTest, EveryWordOfTheQueryMustMatch) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "");
  index("2", "ขอซ่อมเครื่องพิมพ์", "ส่งคืนคอมพิวเตอร์");
  EXPECT_EQ(find("ซ่อม เครื่องพิมพ์ "), Refs{"2"});
  EXPECT_EQ(find("ซ่อมคอมพิวเตอร์ ").size(), 2u);  // "2" has both words, in title and body
  EXPECT_EQ(find("ซ่อม สแกนเนอร์ "), Refs{});
}

TEST_P(SearchIndexTest, ALetterNumberIsFoundWholeAndByItsParts) {
  index("1", "แจ้งผลการพิจารณา", "ที่ ลพ 51000/1234 ลงวันที่ 5 มกราคม 2569");
  index("2", "แจ้งผลการพิจารณา", "ที่ ลพ 51000/9999");
  index("3", "แจ้งผลการพิจารณา", "ที่ ลพ 1234/51000");
  EXPECT_EQ(find("51000/1234"), Refs{"1"});
  EXPECT_EQ(find("ลพ 51000/1234"), Refs{"1"});
  EXPECT_EQ(find("๕๑๐๐๐/๑๒๓๔"), Refs{"1"}) << "Thai digits are the same number";
  EXPECT_EQ(find("51000/555 "), Refs{});
  EXPECT_EQ(find("1234 ").size(), 2u);  // "1" and "3"
  EXPECT_EQ(find("51000 ").size(), 3u);
}

TEST_P(SearchIndexTest, AnAssetNumberIsFoundByAnyStretchOfIt) {
  index("1", "ยืมครุภัณฑ์", "เครื่องคอมพิวเตอร์ หมายเลข 416-66-0012");
  index("2", "ยืมครุภัณฑ์", "เครื่องคอมพิวเตอร์ หมายเลข 416-67-0012");
  EXPECT_EQ(find("416-66-0012"), Refs{"1"});
  EXPECT_EQ(find("66-0012 "), Refs{"1"});
  EXPECT_EQ(find("0012 ").size(), 2u);
}

TEST_P(SearchIndexTest, TheLastWordMatchesAsAPrefixWhileStillBeingTyped) {
  index("1", "Computer repair", "ซ่อมคอมพิวเตอร์");
  EXPECT_EQ(find("compu"), Refs{"1"});
  EXPECT_EQ(find("compu "), Refs{}) << "a finished word matches whole";
  EXPECT_EQ(find("ซ่อมคอม"), Refs{"1"});
  EXPECT_EQ(find("REPAIR"), Refs{"1"}) << "Latin letters ignore case";
}

TEST_P(SearchIndexTest, QuerySyntaxCharactersAreOrdinaryText) {
  index("1", "computer", "");
  EXPECT_EQ(find("computer OR printer"), Refs{});
  EXPECT_EQ(find("\"computer\" NOT"), Refs{});
  EXPECT_EQ(find("computer*"), Refs{"1"});
  EXPECT_EQ(find("'computer' & :*"), Refs{"1"});
  EXPECT_EQ(find("  ...  "), Refs{}) << "no words, no search";
}

// ---- ranking ------------------------------------------------------------------------------------

TEST_P(SearchIndexTest, ATitleHitRanksAboveABodyHit) {
  index("body", "บันทึกข้อความ", "ขอรายงานผลการซ่อมคอมพิวเตอร์ประจำเดือน", {Grant::everyone()}, 2);
  index("title", "ซ่อมคอมพิวเตอร์", "ขอรายงานผลประจำเดือน", {Grant::everyone()}, 1);
  EXPECT_EQ(find("คอมพิวเตอร์"), (Refs{"title", "body"}));
  const auto hits = find_page("คอมพิวเตอร์").hits;
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_P(SearchIndexTest, EqualMatchesListTheMoreRecentlyUpdatedFirst) {
  index("old", "ประชุมประจำเดือน", "", {Grant::everyone()}, 1);
  index("new", "ประชุมประจำเดือน", "", {Grant::everyone()}, 5);
  EXPECT_EQ(find("ประชุม "), (Refs{"new", "old"}));
}

// ---- visibility ---------------------------------------------------------------------------------

TEST_P(SearchIndexTest, AViewerLackingTheRequiredPermissionNeverSeesTheDocument) {
  index("secret", "ลับ ซ่อมคอมพิวเตอร์", "", {Grant::permission("saraban.read_secret")});
  EXPECT_EQ(find("คอมพิวเตอร์", Viewer::anonymous()), Refs{});
  EXPECT_EQ(find("คอมพิวเตอร์", staff_with({"saraban.read", "plan.view"})), Refs{});
  EXPECT_EQ(find("คอมพิวเตอร์", staff_with({"saraban.read_secret"})), Refs{"secret"});
}

TEST_P(SearchIndexTest, DivisionDocumentsAreSeenOnlyInThatDivision) {
  index("fin", "ขอซ่อมคอมพิวเตอร์", "", {Grant::division("finance")});
  EXPECT_EQ(find("คอมพิวเตอร์", staff_with({}, {"supplies"})), Refs{});
  EXPECT_EQ(find("คอมพิวเตอร์", staff_with({}, {"supplies", "finance"})), Refs{"fin"});
  EXPECT_EQ(find("คอมพิวเตอร์", Viewer::anonymous()), Refs{});
}

TEST_P(SearchIndexTest, PublicDocumentsAreForEveryoneAndStaffDocumentsNeedSigningIn) {
  index("pub", "ประกาศรับสมัครงาน", "", {Grant::everyone()});
  index("staff", "ประกาศภายในรับสมัครงาน", "", {Grant::staff()});
  EXPECT_EQ(find("รับสมัคร", Viewer::anonymous()), Refs{"pub"});
  auto seen = find("รับสมัคร", staff_with({}));
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (Refs{"pub", "staff"}));
}

TEST_P(SearchIndexTest, AnyOneOfTheDocumentsGrantsIsEnough) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "",
        {Grant::division("finance"), Grant::permission("saraban.read_all")});
  EXPECT_EQ(find("ซ่อม ", staff_with({"saraban.read_all"}, {"supplies"})), Refs{"1"});
  EXPECT_EQ(find("ซ่อม ", staff_with({}, {"finance"})), Refs{"1"});
  EXPECT_EQ(find("ซ่อม ", staff_with({"saraban.read"}, {"supplies"})), Refs{});
}

TEST_P(SearchIndexTest, AUserGrantIsForThatUserOnlyNotForATokenWithTheSameId) {
  index("draft", "ร่างหนังสือขอซ่อมคอมพิวเตอร์", "", {Grant::user(42)});
  EXPECT_EQ(find("ซ่อม ", staff_with({}, {}, 42)), Refs{"draft"});
  EXPECT_EQ(find("ซ่อม ", staff_with({}, {}, 43)), Refs{});

  auth::Principal token;
  token.kind = auth::PrincipalKind::token;
  token.id = 42;
  EXPECT_EQ(find("ซ่อม ", Viewer::of(token)), Refs{});
  auth::Principal user = token;
  user.kind = auth::PrincipalKind::user;
  EXPECT_EQ(find("ซ่อม ", Viewer::of(user)), Refs{"draft"});
}

TEST_P(SearchIndexTest, AViewerWithManyPermissionsIsStillFilteredExactly) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "", {Grant::permission("p.37")});
  std::set<std::string> many;
  for (int i = 0; i < 40; ++i) many.insert("p." + std::to_string(i));
  EXPECT_EQ(find("ซ่อม ", staff_with(many)), Refs{"1"});
  many.erase("p.37");
  EXPECT_EQ(find("ซ่อม ", staff_with(many)), Refs{});
}

TEST_P(SearchIndexTest, ADocumentWithoutGrantsIsRefused) {
  SearchDoc doc;
  doc.kind = kLetter;
  doc.ref_id = "1";
  doc.title = "ขอซ่อมคอมพิวเตอร์";
  EXPECT_THROW(upsert(db_->acquire().conn(), doc), std::invalid_argument);
  doc.visible_to = {Grant::everyone()};
  doc.kind = "";
  EXPECT_THROW(upsert(db_->acquire().conn(), doc), std::invalid_argument);
  EXPECT_EQ(count("platform_search_doc"), 0);
}

// ---- changes ------------------------------------------------------------------------------------

TEST_P(SearchIndexTest, UpsertReplacesTheOldTextSoOldWordsNoLongerMatch) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "ลพ 51000/1234");
  index("1", "ขอจัดซื้อกระดาษ", "ลพ 51000/5678");
  EXPECT_EQ(find("คอมพิวเตอร์"), Refs{});
  EXPECT_EQ(find("51000/1234"), Refs{});
  EXPECT_EQ(find("กระดาษ"), Refs{"1"});
  EXPECT_EQ(find("51000/5678"), Refs{"1"});
  EXPECT_EQ(count("platform_search_doc"), 1);
}

TEST_P(SearchIndexTest, UpsertReplacesTheGrants) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "", {Grant::everyone()});
  index("1", "ขอซ่อมคอมพิวเตอร์", "", {Grant::permission("saraban.read_secret")});
  EXPECT_EQ(find("ซ่อม ", Viewer::anonymous()), Refs{});
  EXPECT_EQ(find("ซ่อม ", staff_with({"saraban.read_secret"})), Refs{"1"});
  EXPECT_EQ(count("platform_search_grant"), 1);
}

TEST_P(SearchIndexTest, RemoveTakesTheDocumentAndItsGrantsOut) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "", {Grant::everyone(), Grant::staff()});
  index("2", "ขอซ่อมเครื่องพิมพ์", "");
  auto lease = db_->acquire();
  EXPECT_TRUE(remove(lease.conn(), kLetter, "1"));
  EXPECT_FALSE(remove(lease.conn(), kLetter, "1"));
  EXPECT_FALSE(remove(lease.conn(), "plan.project", "2"));
  EXPECT_EQ(find("ซ่อม "), Refs{"2"});
  EXPECT_EQ(count("platform_search_grant"), 1);
}

TEST_P(SearchIndexTest, AnUpsertInsideTheCallersTransactionRollsBackWithIt) {
  {
    auto lease = db_->acquire();
    db::Tx tx(lease.conn());
    SearchDoc doc{kLetter, "1", "ขอซ่อมคอมพิวเตอร์", "", "/x", {Grant::everyone()}, {}};
    upsert(lease.conn(), doc);
    EXPECT_TRUE(lease->in_transaction());
  }  // not committed
  EXPECT_EQ(find("ซ่อม "), Refs{});
  EXPECT_EQ(count("platform_search_doc"), 0);
}

TEST_P(SearchIndexTest, OnlyTheFirst20000WordsOfABodyAreIndexed) {
  std::string body = "เริ่มต้น ";
  for (int i = 0; i < 20'500; ++i) body += "ประชุม ";
  body += "สุดท้าย";
  index("long", "รายงานการประชุม", body);
  EXPECT_EQ(find("เริ่มต้น"), Refs{"long"});
  EXPECT_EQ(find("ประชุม "), Refs{"long"});
  EXPECT_EQ(find("สุดท้าย"), Refs{});
}

// ---- filters, pages and hits --------------------------------------------------------------------

TEST_P(SearchIndexTest, AKindsFilterLimitsWhatIsSearched) {
  index("1", "ขอซ่อมคอมพิวเตอร์", "");
  SearchDoc project{"plan.project",      "p1", "โครงการจัดซื้อคอมพิวเตอร์", "", "/plan/projects/p1",
                    {Grant::everyone()}, {}};
  upsert(db_->acquire().conn(), project);
  EXPECT_EQ(find("คอมพิวเตอร์", {}, {"plan.project"}), Refs{"p1"});
  EXPECT_EQ(find("คอมพิวเตอร์", {}, {kLetter}), Refs{"1"});
  EXPECT_EQ(find("คอมพิวเตอร์", {}, {kLetter, "plan.project"}).size(), 2u);
  EXPECT_EQ(find("คอมพิวเตอร์", {}, {"helpdesk.ticket"}), Refs{});
}

// The e-Saraban register's search box over an index that is mostly tickets: the letters come
// back, all of them and nothing else, in the order they rank among themselves, even the oldest
// ones behind thousands of newer tickets holding the same word (on SQLite, past the rank window;
// the rare letters are matched in the index there, the dominant tickets checked row by row).
TEST_P(SearchIndexTest, AKindsFilterFindsExactlyThatKindWhenAnotherKindDominates) {
  const Grant clerks = Grant::permission("saraban.view");
  const auto doc = [&](std::string kind, std::string ref, std::string title, std::string body,
                       Grant grant, int at) {
    return SearchDoc{std::move(kind),
                     ref,
                     std::move(title),
                     std::move(body),
                     "/x/" + ref,
                     {std::move(grant)},
                     TimePoint(std::chrono::hours(24 * 365 * 56 + at))};
  };
  {
    auto c = db_->acquire();
    db::Tx tx(c.conn());
    // Letters, oldest first, among kRankWindow + 50 tickets with the same word.
    upsert(c.conn(), doc(kLetter, "L1", "ประชุมประจำเดือน", "", clerks, 1));
    upsert(c.conn(), doc(kLetter, "L2", "บันทึกข้อความ", "เชิญประชุมประจำเดือน", clerks, 2));
    upsert(c.conn(), doc(kLetter, "secret", "ประชุมประจำเดือน", "", Grant::user(99), 3));
    upsert(c.conn(), doc(kLetter, "other", "ขอซ่อมคอมพิวเตอร์", "", clerks, 4));
    for (int i = 0; i < kRankWindow + 50; ++i) {
      if (i == kRankWindow / 2) {
        upsert(c.conn(), doc(kLetter, "L3", "ประชุมประจำเดือน", "", clerks, 5));
      }
      upsert(c.conn(), doc("helpdesk.ticket", "t" + std::to_string(i), "ประชุมประจำเดือน", "",
                           Grant::staff(), 0));
    }
    upsert(c.conn(), doc(kLetter, "L4", "ประชุมประจำเดือน", "", clerks, 6));
    tx.commit();
  }
  const Viewer clerk = staff_with({"saraban.view"});
  const auto letters = find_page("ประชุม ", clerk, {kLetter});
  EXPECT_EQ(
      [&] {
        Refs refs;
        for (const auto& h : letters.hits) refs.push_back(h.ref_id);
        return refs;
      }(),
      (Refs{"L4", "L3", "L1", "L2"}));
  EXPECT_FALSE(letters.has_more);
  EXPECT_FALSE(letters.newest_only);
  for (const auto& h : letters.hits) EXPECT_EQ(h.kind, kLetter);
  // Two to a page, the same order.
  const auto second = find_page("ประชุม ", clerk, {kLetter}, 2, 2);
  ASSERT_EQ(second.hits.size(), 2u);
  EXPECT_EQ(second.hits[0].ref_id, "L1");
  EXPECT_EQ(second.hits[1].ref_id, "L2");
  // The dominant kind alone: tickets only, a full page and more.
  const auto tickets = find_page("ประชุม ", clerk, {"helpdesk.ticket"});
  ASSERT_EQ(tickets.hits.size(), 20u);
  EXPECT_TRUE(tickets.has_more);
  for (const auto& h : tickets.hits) EXPECT_EQ(h.kind, "helpdesk.ticket");
  EXPECT_EQ(tickets.newest_only, GetParam() == db::Backend::sqlite);
  // A kind nobody indexed finds nothing, however common the word.
  EXPECT_TRUE(find_page("ประชุม ", clerk, {"plan.project"}).hits.empty());
}

TEST_P(SearchIndexTest, LimitAndOffsetPageThroughTheHits) {
  for (int i = 0; i < 5; ++i) {
    index(std::to_string(i), "ประชุมประจำเดือน", "", {Grant::everyone()}, i);
  }
  const auto first = find_page("ประชุม ", {}, {}, 2, 0);
  ASSERT_EQ(first.hits.size(), 2u);
  EXPECT_EQ(first.hits[0].ref_id, "4");
  EXPECT_TRUE(first.has_more);
  const auto last = find_page("ประชุม ", {}, {}, 2, 4);
  ASSERT_EQ(last.hits.size(), 1u);
  EXPECT_EQ(last.hits[0].ref_id, "0");
  EXPECT_FALSE(last.has_more);
  EXPECT_EQ(find_page("ประชุม ", {}, {}, 1000, -3).hits.size(), 5u);
}

TEST_P(SearchIndexTest, AWordInVeryManyDocumentsRanksTheNewestAndSaysSo) {
  if (GetParam() != db::Backend::sqlite) GTEST_SKIP() << "the rank window is SQLite's";
  {
    auto c = db_->acquire();
    db::Tx tx(c.conn());
    for (int i = 0; i < kRankWindow + 50; ++i) {
      // The five oldest belong to กองคลัง; the rest need the permission letters.view.
      SearchDoc doc{kLetter,
                    std::to_string(i),
                    "ประชุมประจำเดือน",
                    i < 5 ? "วาระลับเฉพาะ" : "",
                    "/l/" + std::to_string(i),
                    {i < 5 ? Grant::division("finance") : Grant::permission("letters.view")},
                    TimePoint{}};
      upsert(c.conn(), doc);
    }
    tx.commit();
  }
  Viewer clerk;
  clerk.signed_in = true;
  clerk.permissions = {"letters.view"};
  const auto common = find_page("ประชุม ", clerk);
  EXPECT_TRUE(common.newest_only);
  ASSERT_EQ(common.hits.size(), 20u);
  for (const auto& h : common.hits) EXPECT_GE(std::stoi(h.ref_id), 50) << "an old one ranked";
  // Someone who may see only old ones still finds them: all matches are ranked then.
  Viewer finance;
  finance.signed_in = true;
  finance.divisions = {"finance"};
  const auto old_ones = find_page("ประชุม ", finance);
  EXPECT_EQ(old_ones.hits.size(), 5u);
  EXPECT_FALSE(old_ones.newest_only);
  // Another word narrows the matches below the window: no longer "newest only".
  EXPECT_FALSE(find_page("ประชุม วาระ ", finance).newest_only);
}

// ---- SQLite: document counts per word (platform_search_term) and the rank built on them -------

TEST_P(SearchIndexTest, EachWordKnowsHowManyDocumentsHoldIt) {
  if (GetParam() != db::Backend::sqlite) GTEST_SKIP() << "platform_search_term is SQLite's";
  const auto docs = [&](const std::string& word) {
    const auto r =
        db_->acquire()->query_one("SELECT docs FROM platform_search_term WHERE term = ?", word);
    return r ? r->i64(0) : 0;
  };
  index("1", "ประชุมสภา", "งบประมาณ งบประมาณ");
  index("2", "ประชุมคณะกรรมการ", "");
  EXPECT_EQ(docs("ประชุม"), 2);
  EXPECT_EQ(docs("งบประมาณ"), 1) << "a document counts once however often it repeats the word";
  index("2", "ประชุมสภา", "");  // new text: loses คณะกรรมการ, gains สภา
  EXPECT_EQ(docs("คณะกรรมการ"), 0);
  EXPECT_EQ(docs("สภา"), 2);
  {
    auto c = db_->acquire();
    db::Tx tx(c.conn());
    upsert(c.conn(), {kLetter, "3", "ประชุม", "", "/l/3", {Grant::everyone()}, TimePoint{}});
    // not committed
  }
  EXPECT_EQ(docs("ประชุม"), 2) << "a rolled-back upsert counts nothing";
  remove(db_->acquire().conn(), kLetter, "1");
  EXPECT_EQ(docs("ประชุม"), 1);
  EXPECT_EQ(docs("งบประมาณ"), 0);
  remove_kind(db_->acquire().conn(), kLetter);
  EXPECT_EQ(docs("สภา"), 0);
}

TEST_P(SearchIndexTest, TheCountsOfDocumentsIndexedBeforeTheUpgradeAreFilledIn) {
  if (GetParam() != db::Backend::sqlite) GTEST_SKIP() << "platform_search_term is SQLite's";
  index("1", "ประชุมสภา", "");
  index("2", "ประชุมคณะกรรมการ", "");
  {
    auto c = db_->acquire();
    c->exec_script(
        "DROP TABLE platform_search_term;"
        "DELETE FROM platform_schema_migration WHERE module = 'platform_search' AND version = 3;");
  }
  db::apply_migrations(*db_, search_migrations(), "2026-12-07T00:00:00Z");
  const auto r = db_->acquire()->query(
      "SELECT term, docs FROM platform_search_term WHERE term IN ('ประชุม', 'สภา') ORDER BY term");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].str(0), "ประชุม");
  EXPECT_EQ(r[0].i64(1), 2);
  EXPECT_EQ(r[1].i64(1), 1);
}

TEST_P(SearchIndexTest, TheRankIsBm25WithTheDocumentCountsKept) {
  if (GetParam() != db::Backend::sqlite) GTEST_SKIP() << "pao_bm25 is SQLite's";
  index("1", "ประชุมสภา", "งบประมาณ ประชุม");
  index("2", "งบประมาณ", "ประชุมสภาสมัยสามัญ งบประมาณ งบประมาณ");
  index("3", "ประชุม", "เรื่องอื่น");
  // pao_bm25 given the true counts ranks exactly as FTS5's bm25(), which counts by itself.
  const auto rows = db_->acquire()->query(
      "SELECT bm25(platform_search_fts, 10.0, 1.0, 0.0),"
      " pao_bm25(platform_search_fts, 10.0, 1.0, 0.0,"
      "  (SELECT docs FROM platform_search_term WHERE term = 'ประชุม'),"
      "  (SELECT docs FROM platform_search_term WHERE term = 'งบประมาณ'))"
      " FROM platform_search_fts WHERE platform_search_fts MATCH '\"ประชุม\" OR \"งบประมาณ\"'");
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& r : rows) EXPECT_NEAR(r.f64(0), r.f64(1), 1e-12);
}

TEST_P(SearchIndexTest, ARareWordOfTheQueryWeighsMoreThanACommonOne) {
  if (GetParam() != db::Backend::sqlite) GTEST_SKIP() << "ts_rank does not weigh by rarity";
  for (int i = 0; i < 10; ++i) index("f" + std::to_string(i), "ประชุม", "");
  index("budget", "เรื่อง", "ประชุม งบประมาณ งบประมาณ งบประมาณ", {Grant::everyone()}, 1);
  index("meeting", "เรื่อง", "งบประมาณ ประชุม ประชุม ประชุม", {Grant::everyone()}, 2);
  // Same length, each word three times in one of them: the rarer word (งบประมาณ, in two
  // documents; ประชุม is in twelve) decides, though "meeting" is newer.
  const auto hits = find("ประชุม งบประมาณ ");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0], "budget");
}

TEST_P(SearchIndexTest, ATypedPrefixFindsTheWordsItBegins) {
  index("1", "คอมพิวเตอร์", "");
  index("2", "คอมเมนต์", "");
  index("3", "คอมพิวเตอร์ตั้งโต๊ะ", "");
  EXPECT_EQ(find("คอม").size(), 3u);
  // SQLite stands a prefix for the 64 words it begins that are in most documents (ADR 0002):
  // one more word, in one document only, is left out; PostgreSQL finds it.
  {
    auto c = db_->acquire();
    db::Tx tx(c.conn());
    for (int i = 0; i < 64; ++i) {
      for (int j = 0; j < 2; ++j) {
        upsert(c.conn(), {kLetter,
                          "w" + std::to_string(i) + "-" + std::to_string(j),
                          "zeta" + std::to_string(100 + i),
                          "",
                          "/l",
                          {Grant::everyone()},
                          TimePoint{}});
      }
    }
    upsert(c.conn(), {kLetter, "rare", "หายาก zetaz", "", "/l", {Grant::everyone()}, TimePoint{}});
    tx.commit();
  }
  EXPECT_EQ(find("หายาก zeta"), GetParam() == db::Backend::sqlite ? Refs{} : Refs{"rare"});
  EXPECT_EQ(find_page("zeta", Viewer::anonymous(), {}, 100).hits.size(), 100u);
  EXPECT_EQ(find("หายาก zetaz"), Refs{"rare"}) << "typed out, it is found";
}

TEST_P(SearchIndexTest, AHitCarriesItsLinkAndMarkedTitleAndSnippet) {
  index("42", "ขอซ่อมคอมพิวเตอร์", "กองคลังขอให้ซ่อมคอมพิวเตอร์ <ด่วน>");
  const auto hits = find_page("คอมพิวเตอร์").hits;
  ASSERT_EQ(hits.size(), 1u);
  const auto& hit = hits[0];
  EXPECT_EQ(hit.kind, kLetter);
  EXPECT_EQ(hit.url, "/saraban/letters/42");
  EXPECT_EQ(hit.title, "ขอซ่อมคอมพิวเตอร์");
  EXPECT_EQ(hit.title_pieces, (std::vector<TextPiece>{{"ขอซ่อม", false}, {"คอมพิวเตอร์", true}}));
  EXPECT_EQ(hit.snippet, (std::vector<TextPiece>{
                             {"กองคลังขอให้ซ่อม", false}, {"คอมพิวเตอร์", true}, {" <ด่วน>", false}}));
}

TEST_P(SearchIndexTest, SearchLeavesTheConnectionsPlannerSettingsAsTheyWere) {
  if (GetParam() != db::Backend::postgresql) GTEST_SKIP() << "a PostgreSQL planner setting";
  index("1", "ขอซ่อมคอมพิวเตอร์", "");
  auto lease = db_->acquire();
  const auto before = lease->query_one("SHOW plan_cache_mode")->str(0);
  SearchQuery q;
  q.text = "ซ่อม";
  EXPECT_EQ(search(lease.conn(), q).hits.size(), 1u);
  EXPECT_FALSE(lease->in_transaction());
  EXPECT_EQ(lease->query_one("SHOW plan_cache_mode")->str(0), before);
}

INSTANTIATE_TEST_SUITE_P(Db, SearchIndexTest, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::search
