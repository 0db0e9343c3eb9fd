#include "platform/db/migrations.hpp"

#include <gtest/gtest.h>

#include "platform/db/testing.hpp"

namespace pao::db {
namespace {

class MigrationsTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { db_ = open_fresh_database(GetParam()); }
  std::unique_ptr<Database> db_;
  const std::string now_ = "2026-11-25T00:00:00Z";
  std::vector<Migration> v1_{
      {"demo", 1, "init", "CREATE TABLE demo_thing (id ${ID}, name TEXT NOT NULL)", {}},
      {"demo", 2, "seed", "",
       [](Connection& c) { c.execute("INSERT INTO demo_thing (name) VALUES ('x')"); }},
  };
};

TEST_P(MigrationsTest, ApplyOnceThenNothingIsPending) {
  EXPECT_EQ(pending_migrations(*db_, v1_).size(), 2u);
  const auto first = apply_migrations(*db_, v1_, now_);
  EXPECT_EQ(first.applied, (std::vector<std::string>{"demo 1 init", "demo 2 seed"}));
  const auto second = apply_migrations(*db_, v1_, now_);
  EXPECT_TRUE(second.applied.empty());
  EXPECT_TRUE(pending_migrations(*db_, v1_).empty());
  EXPECT_EQ(db_->acquire()->query_one("SELECT COUNT(*) FROM demo_thing")->i64(0), 1);
}

TEST_P(MigrationsTest, AFailingMigrationLeavesNothingOfItself) {
  apply_migrations(*db_, v1_, now_);
  auto broken = v1_;
  broken.push_back({"demo",
                    3,
                    "broken",
                    "CREATE TABLE demo_half (id INTEGER); INSERT INTO demo_nowhere VALUES (1)",
                    {}});
  EXPECT_THROW(apply_migrations(*db_, broken, now_), DbError);
  auto c = db_->acquire();
  EXPECT_EQ(pending_migrations(*db_, broken), (std::vector<std::string>{"demo 3 broken"}));
  // The table the failed migration created first is gone with it.
  EXPECT_THROW(c->query("SELECT * FROM demo_half"), DbError);
}

TEST_P(MigrationsTest, ADatabaseNewerThanTheBinaryIsRefused) {
  apply_migrations(*db_, v1_, now_);
  const std::vector<Migration> older{v1_[0]};
  EXPECT_THROW(apply_migrations(*db_, older, now_), SchemaTooNew);
  EXPECT_THROW(pending_migrations(*db_, older), SchemaTooNew);
}

TEST_P(MigrationsTest, GapsInNumberingAreABuildDefect) {
  const std::vector<Migration> gap{v1_[0], {"demo", 3, "late", "SELECT 1", {}}};
  EXPECT_THROW(apply_migrations(*db_, gap, now_), DbError);
}

INSTANTIATE_TEST_SUITE_P(Db, MigrationsTest, ::testing::ValuesIn(test_backends()), backend_name);

}  // namespace
}  // namespace pao::db
