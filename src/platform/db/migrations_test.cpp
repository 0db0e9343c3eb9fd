// Migrations apply once, atomically, in order, on SQLite and PostgreSQL alike.
#include "platform/db/migrations.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "platform/db/testing.hpp"

namespace pao::db {
namespace {

using Labels = std::vector<std::string>;

class MigrationsTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { db_ = open_fresh_database(GetParam()); }

  std::int64_t count(const std::string& sql) { return db_->acquire()->query_one(sql)->i64(0); }
  bool table_exists(const std::string& table) {
    auto c = db_->acquire();
    try {
      c->query("SELECT 1 FROM " + table);
      return true;
    } catch (const DbError&) {
      return false;
    }
  }

  std::unique_ptr<Database> db_;
  const std::string now_ = "2026-11-25T00:00:00Z";
  const std::vector<Migration> demo_{
      {"demo", 1, "init", "CREATE TABLE demo_thing (id ${ID}, name TEXT NOT NULL)", {}},
      {"demo", 2, "seed", "",
       [](Connection& c) { c.execute("INSERT INTO demo_thing (name) VALUES (?)", "ตัวอย่าง"); }},
  };
};

TEST_P(MigrationsTest, EverythingIsPendingOnAnEmptyDatabase) {
  EXPECT_EQ(pending_migrations(*db_, demo_), (Labels{"demo 1 init", "demo 2 seed"}));
}

TEST_P(MigrationsTest, MigrationsApplyOnceAndRunningAgainIsANoOp) {
  const auto first = apply_migrations(*db_, demo_, now_);
  EXPECT_EQ(first.applied, (Labels{"demo 1 init", "demo 2 seed"}));
  EXPECT_EQ(first.already_applied, 0);

  const auto second = apply_migrations(*db_, demo_, now_);
  EXPECT_TRUE(second.applied.empty());
  EXPECT_EQ(second.already_applied, 2);
  EXPECT_TRUE(pending_migrations(*db_, demo_).empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM demo_thing"), 1);  // the seed ran once
}

TEST_P(MigrationsTest, EachAppliedMigrationIsRecordedWithItsTime) {
  apply_migrations(*db_, demo_, now_);
  const auto rows = db_->acquire()->query(
      "SELECT module, version, name, applied_at FROM platform_schema_migration"
      " ORDER BY version");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].str(0), "demo");
  EXPECT_EQ(rows[1].i64(1), 2);
  EXPECT_EQ(rows[1].str(2), "seed");
  EXPECT_EQ(rows[1].str(3), now_);
}

TEST_P(MigrationsTest, NewMigrationsApplyOnTopOfOldOnes) {
  apply_migrations(*db_, demo_, now_);
  auto later = demo_;
  later.push_back({"demo", 3, "add_qty", "ALTER TABLE demo_thing ADD COLUMN qty ${BIGINT}", {}});
  EXPECT_EQ(pending_migrations(*db_, later), (Labels{"demo 3 add_qty"}));
  const auto out = apply_migrations(*db_, later, now_);
  EXPECT_EQ(out.applied, (Labels{"demo 3 add_qty"}));
  EXPECT_EQ(out.already_applied, 2);
  EXPECT_EQ(count("SELECT COUNT(qty) FROM demo_thing"), 0);
}

TEST_P(MigrationsTest, ModulesApplyInRegistrationOrderAndVersionsInNumericOrder) {
  const std::vector<Migration> list{
      {"org",
       2,
       "second",
       "CREATE TABLE org_b (id ${ID}, a_id ${BIGINT} REFERENCES org_a (id))",
       {}},
      {"org", 1, "first", "CREATE TABLE org_a (id ${ID})", {}},
      {"plan", 1, "first", "CREATE TABLE plan_x (id ${ID})", {}},
  };
  EXPECT_EQ(apply_migrations(*db_, list, now_).applied,
            (Labels{"org 1 first", "org 2 second", "plan 1 first"}));
}

TEST_P(MigrationsTest, AFailingMigrationLeavesNothingOfItselfBehind) {
  apply_migrations(*db_, demo_, now_);
  auto broken = demo_;
  broken.push_back({"demo",
                    3,
                    "broken",
                    "CREATE TABLE demo_half (id INTEGER);"
                    "INSERT INTO demo_thing (name) VALUES ('half');"
                    "INSERT INTO demo_nowhere VALUES (1)",
                    {}});
  EXPECT_THROW(apply_migrations(*db_, broken, now_), DbError);
  EXPECT_EQ(pending_migrations(*db_, broken), (Labels{"demo 3 broken"}));
  EXPECT_FALSE(table_exists("demo_half"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM demo_thing"), 1);  // earlier migrations stay applied
}

TEST_P(MigrationsTest, AFailingCodeStepUndoesTheSqlOfItsMigration) {
  const std::vector<Migration> list{
      {"demo", 1, "init", "CREATE TABLE demo_thing (id ${ID}, name TEXT NOT NULL)",
       [](Connection& c) {
         c.execute("INSERT INTO demo_thing (name) VALUES ('a')");
         throw std::runtime_error("seed file is malformed");
       }},
  };
  EXPECT_THROW(apply_migrations(*db_, list, now_), DbError);
  EXPECT_FALSE(table_exists("demo_thing"));
  EXPECT_EQ(pending_migrations(*db_, list), (Labels{"demo 1 init"}));
}

TEST_P(MigrationsTest, TheErrorNamesTheFailingMigrationAndTheCause) {
  const std::vector<Migration> list{{"demo", 1, "typo", "CREATE TABEL demo_x (id INTEGER)", {}}};
  try {
    apply_migrations(*db_, list, now_);
    FAIL() << "expected DbError";
  } catch (const DbError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("demo 1 typo"), std::string::npos) << msg;
    EXPECT_NE(msg.find("TABEL"), std::string::npos) << msg;
  }
}

TEST_P(MigrationsTest, ADatabaseMigratedByANewerBinaryIsRefused) {
  apply_migrations(*db_, demo_, now_);
  const std::vector<Migration> older{demo_[0],
                                     {"extra", 1, "init", "CREATE TABLE extra_t (id ${ID})", {}}};
  EXPECT_THROW(pending_migrations(*db_, older), SchemaTooNew);
  try {
    apply_migrations(*db_, older, now_);
    FAIL() << "expected SchemaTooNew";
  } catch (const SchemaTooNew& e) {
    EXPECT_STREQ(e.what(),
                 "database schema is newer than this pao binary (module demo at version 2, binary "
                 "knows 1): upgrade pao");
  }
  EXPECT_FALSE(table_exists("extra_t")) << "nothing may be applied to a newer schema";
}

TEST_P(MigrationsTest, AModuleTheBinaryDoesNotKnowMeansTheSchemaIsNewer) {
  apply_migrations(*db_, demo_, now_);
  const std::vector<Migration> other{{"org", 1, "init", "CREATE TABLE org_t (id ${ID})", {}}};
  EXPECT_THROW(apply_migrations(*db_, other, now_), SchemaTooNew);
  EXPECT_THROW(pending_migrations(*db_, other), SchemaTooNew);
}

TEST_P(MigrationsTest, AGapInTheNumberingIsRefusedBeforeAnythingRuns) {
  const std::vector<Migration> gap{demo_[0],
                                   {"demo", 3, "late", "CREATE TABLE demo_y (id INTEGER)", {}}};
  EXPECT_THROW(apply_migrations(*db_, gap, now_), DbError);
  EXPECT_THROW(pending_migrations(*db_, gap), DbError);
  EXPECT_FALSE(table_exists("demo_thing"));
}

TEST_P(MigrationsTest, ARepeatedVersionIsRefusedBeforeAnythingRuns) {
  const std::vector<Migration> twice{demo_[0],
                                     {"demo", 1, "again", "CREATE TABLE demo_y (id INTEGER)", {}}};
  EXPECT_THROW(apply_migrations(*db_, twice, now_), DbError);
  EXPECT_FALSE(table_exists("demo_thing"));
}

TEST_P(MigrationsTest, ConcurrentMigratorsApplyEachMigrationExactlyOnce) {
  constexpr int kMigrators = 4;
  std::atomic<int> applied{0}, failures{0};
  std::vector<std::thread> threads;
  threads.reserve(kMigrators);
  for (int i = 0; i < kMigrators; ++i) {
    threads.emplace_back([&] {
      try {
        applied += static_cast<int>(apply_migrations(*db_, demo_, now_).applied.size());
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(applied.load(), 2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM demo_thing"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_schema_migration"), 2);
}

INSTANTIATE_TEST_SUITE_P(Db, MigrationsTest, ::testing::ValuesIn(test_backends()), backend_name);

}  // namespace
}  // namespace pao::db
