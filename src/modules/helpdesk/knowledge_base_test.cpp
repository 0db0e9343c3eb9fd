// The knowledge base on both databases: versions kept, Thai search for the ticket form and the
// chatbot, staff-only articles hidden from requesters, helpful counts.
#include "modules/helpdesk/knowledge_base.hpp"

#include <gtest/gtest.h>

#include "modules/helpdesk/api.hpp"
#include "modules/helpdesk/testing.hpp"
#include "platform/search/search_index.hpp"

namespace pao::helpdesk {
namespace {

class KnowledgeBase : public testing::HelpdeskDbTest {
 protected:
  Article write(const char* category, const char* title, const char* body,
                bool staff_only = false) {
    ArticleInput in{category, staff_only, title, body, "", "", std::nullopt};
    auto a = save_article(conn(), bkk("2026-12-07T09:00:00"), tech_.actor, std::nullopt, in);
    EXPECT_TRUE(a.ok());
    return a.ok() ? *a : Article{};
  }
  const TimePoint at_ = bkk("2026-12-08T10:00:00");
  static std::string joined(const std::vector<search::TextPiece>& pieces) {
    std::string s;
    for (const auto& p : pieces) s += p.highlighted ? "[" + p.text + "]" : p.text;
    return s;
  }
};

TEST_P(KnowledgeBase, AThaiQuestionFindsTheArticleWithTheWordsMarked) {
  write("printer", "เครื่องพิมพ์กระดาษติด", "เปิดฝาหลังเครื่องพิมพ์แล้วดึงกระดาษออกช้า ๆ");
  write("network", "เชื่อมต่อ Wi-Fi ไม่ได้", "ลืมเครือข่ายแล้วเชื่อมต่อใหม่ด้วยรหัสผ่านของ อบจ.");
  const auto hits = find_articles(conn(), "กระดาษติด", false);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].title, "เครื่องพิมพ์กระดาษติด");
  EXPECT_EQ(hits[0].category, "printer");
  EXPECT_NE(joined(hits[0].title_pieces).find("[กระดาษติด]"), std::string::npos)
      << joined(hits[0].title_pieces);
  EXPECT_EQ(hits[0].url, "/helpdesk/kb/" + std::to_string(hits[0].id));
}

TEST_P(KnowledgeBase, ALongQuestionStillFindsArticlesMatchingPartOfIt) {
  write("saraban", "เข้าสู่ระบบ e-Saraban ไม่ได้", "ตรวจสอบชื่อผู้ใช้และรหัสผ่าน");
  const auto hits = find_articles(conn(), "เช้านี้ e-Saraban เปิดไม่ขึ้นเลยครับ", false);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].title, "เข้าสู่ระบบ e-Saraban ไม่ได้");
}

TEST_P(KnowledgeBase, StaffOnlyArticlesAreForITStaffOnly) {
  const auto secret = write("network", "รีเซ็ตสวิตช์ห้องเซิร์ฟเวอร์", "ขั้นตอนภายในของงานไอที", true);
  EXPECT_TRUE(find_articles(conn(), "สวิตช์", false).empty());
  EXPECT_EQ(find_articles(conn(), "สวิตช์", true).size(), 1u);
  EXPECT_FALSE(find_article(conn(), secret.id, false).has_value());
  EXPECT_EQ(count_helpful(conn(), at_, somsri_.actor, somsri_.user_id, secret.id, false, true)
                .error()
                .code,
            ErrorCode::not_found);
}

TEST_P(KnowledgeBase, EveryEditIsANewVersionAndTheOldOneIsKept) {
  const auto a = write("printer", "หมึกจาง", "เขย่าตลับหมึก");
  ArticleInput in{"printer", false, "หมึกพิมพ์จาง", "เขย่าตลับหมึก หรือเปลี่ยนตลับใหม่", "", "", {}};
  const auto b = save_article(conn(), bkk("2026-12-08T09:00:00"), tech_.actor, a.id, in);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->version, 2);
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM helpdesk_kb_version WHERE article_id = ?", a.id), 2);
  EXPECT_EQ(conn()
                .query_one("SELECT title_th FROM helpdesk_kb_version WHERE article_id = ? AND "
                           "version = 1",
                           a.id)
                ->str(0),
            "หมึกจาง");
  EXPECT_EQ(find_articles(conn(), "เปลี่ยนตลับ", false).size(), 1u) << "re-indexed";
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE entity_type = "
                     "'kb_article' AND entity_id = CAST(? AS TEXT)",
                     a.id),
            2);
}

TEST_P(KnowledgeBase, ABadArticleNamesItsFields) {
  ArticleInput in{"nonsense", false, "", "", "", "", {}};
  const auto r = save_article(conn(), bkk("2026-12-08T09:00:00"), tech_.actor, std::nullopt, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.size(), 3u);
}

TEST_P(KnowledgeBase, EachPersonCountsOnceAndMayChangeTheirAnswer) {
  const auto a = write("computer", "เครื่องช้า", "ปิดโปรแกรมที่ไม่ใช้");
  const auto answer = [&](const Caller& who, bool helpful) {
    ASSERT_TRUE(count_helpful(conn(), at_, who.actor, who.user_id, a.id, false, helpful).ok());
  };
  const auto tally = [&] {
    const auto now = find_article(conn(), a.id, false);
    return std::vector<std::int64_t>{now->helpful_yes, now->helpful_no};
  };
  answer(somsri_, true);
  answer(somsri_, true);  // pressing "yes" twice is one answer
  answer(malee_, false);
  EXPECT_EQ(tally(), (std::vector<std::int64_t>{1, 1}));
  answer(malee_, true);  // she changed her mind
  EXPECT_EQ(tally(), (std::vector<std::int64_t>{2, 0}));
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE action = "
                     "'helpdesk.article.helpful' AND entity_id = CAST(? AS TEXT)",
                     a.id),
            3);
}

INSTANTIATE_TEST_SUITE_P(Db, KnowledgeBase, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
