#include "platform/search/index_upkeep.hpp"

#include <gtest/gtest.h>

#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/search/search_index.hpp"

namespace pao::search {
namespace {

class IndexUpkeepTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    db::apply_migrations(*db_, search_migrations(), "2026-12-07T00:00:00Z");
  }

  std::vector<std::string> find(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& h :
         search(db_->acquire().conn(), {text, Viewer::anonymous(), {}, 100, 0}).hits) {
      out.push_back(h.ref_id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  std::unique_ptr<db::Database> db_;
};

TEST_P(IndexUpkeepTest, MergingLeavesEveryDocumentFindableAndThenHasNothingLeftToDo) {
  // Each upsert in its own transaction: a new index segment each on SQLite.
  for (int i = 0; i < 40; ++i) {
    upsert(db_->acquire().conn(), {"saraban.letter",
                                   std::to_string(i),
                                   i % 2 ? "ประชุมสภา" : "งบประมาณ",
                                   "เรื่องที่ " + std::to_string(i),
                                   "/l",
                                   {Grant::everyone()},
                                   TimePoint{}});
  }
  const auto meetings = find("ประชุม");
  ASSERT_EQ(meetings.size(), 20u);
  auto c = db_->acquire();
  const auto first = merge_index(c.conn(), 1);
  EXPECT_TRUE(first.finished);
  if (GetParam() == db::Backend::sqlite) {
    EXPECT_GT(first.steps, 0) << "forty segments were there to merge";
    c->execute("INSERT INTO platform_search_fts (platform_search_fts) VALUES ('integrity-check')");
  }
  EXPECT_EQ(find("ประชุม"), meetings);
  EXPECT_EQ(find("งบประมาณ").size(), 20u);
  const auto again = merge_index(c.conn());
  EXPECT_TRUE(again.finished);
  EXPECT_EQ(again.steps, 0) << "one segment: nothing to merge";
}

TEST_P(IndexUpkeepTest, AStopRequestEndsTheMergeBetweenSteps) {
  for (int i = 0; i < 10; ++i) {
    upsert(
        db_->acquire().conn(),
        {"saraban.letter", std::to_string(i), "ประชุม", "", "/l", {Grant::everyone()}, TimePoint{}});
  }
  std::atomic<bool> stop{true};
  const auto report = merge_index(db_->acquire().conn(), 1, 100000, &stop);
  EXPECT_EQ(report.steps, 0);
  EXPECT_EQ(report.finished, GetParam() != db::Backend::sqlite);
}

INSTANTIATE_TEST_SUITE_P(Db, IndexUpkeepTest, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::search
