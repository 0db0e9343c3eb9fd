// The database layer behaves the same on SQLite and PostgreSQL.
#include "platform/db/database.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "platform/db/testing.hpp"

namespace pao::db {
namespace {

class DatabaseTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    db_ = open_fresh_database(GetParam(), options());
    auto c = db_->acquire();
    c->exec_script(
        "CREATE TABLE t_item (id ${ID}, name TEXT NOT NULL UNIQUE, qty ${BIGINT}, price REAL,"
        " flag INTEGER);"
        "CREATE TABLE t_child (id ${ID}, item_id INTEGER NOT NULL REFERENCES t_item (id));");
  }
  virtual PoolOptions options() { return {}; }
  std::unique_ptr<Database> db_;
};

TEST_P(DatabaseTest, EveryParameterTypeRoundTripsIncludingThaiAndNull) {
  auto c = db_->acquire();
  const auto id =
      c->query_one("INSERT INTO t_item (name, qty, price, flag) VALUES (?, ?, ?, ?) RETURNING id",
                   std::string("กองยุทธศาสตร์และงบประมาณ ' \" ?"), std::int64_t{9007199254740993},
                   1234.5, true)
          ->i64(0);
  c->execute("INSERT INTO t_item (name, qty, price, flag) VALUES (?, ?, ?, ?)", "empty", nullptr,
             std::optional<double>(), false);
  const auto r = c->query_one("SELECT name, qty, price, flag FROM t_item WHERE id = ?", id);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->str(0), "กองยุทธศาสตร์และงบประมาณ ' \" ?");
  EXPECT_EQ(r->i64(1), 9007199254740993);
  EXPECT_DOUBLE_EQ(r->f64(2), 1234.5);
  EXPECT_TRUE(r->boolean(3));
  const auto e = c->query_one("SELECT qty, price, flag FROM t_item WHERE name = ?", "empty");
  EXPECT_TRUE(e->is_null(0));
  EXPECT_FALSE(e->opt_i64(0).has_value());
  EXPECT_TRUE(e->is_null(1));
  EXPECT_FALSE(e->boolean(2));
}

TEST_P(DatabaseTest, DuplicateKeyIsAUniqueViolation) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES (?)", "a");
  EXPECT_THROW(c->execute("INSERT INTO t_item (name) VALUES (?)", "a"), UniqueViolation);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced) {
  auto c = db_->acquire();
  EXPECT_THROW(c->execute("INSERT INTO t_child (item_id) VALUES (?)", 999), ForeignKeyViolation);
}

TEST_P(DatabaseTest, ExecuteCountsTheRowsItChanged) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name, qty) VALUES ('a', 1), ('b', 1), ('c', 2)");
  EXPECT_EQ(c->execute("UPDATE t_item SET qty = 5 WHERE qty = ?", 1), 2);
}

TEST_P(DatabaseTest, TransactionWithoutCommitLeavesNothing) {
  auto c = db_->acquire();
  {
    Tx tx(c.conn());
    c->execute("INSERT INTO t_item (name) VALUES ('a')");
    c->execute("INSERT INTO t_item (name) VALUES ('b')");
  }
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM t_item")->i64(0), 0);
}

TEST_P(DatabaseTest, AFailingRowUndoesTheWholeMultiRowChange) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES ('taken')");
  try {
    Tx tx(c.conn());
    c->execute("INSERT INTO t_item (name) VALUES ('new')");
    c->execute("INSERT INTO t_item (name) VALUES ('taken')");
    tx.commit();
    FAIL() << "the duplicate should have thrown";
  } catch (const UniqueViolation&) {
  }
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM t_item")->i64(0), 1);
  EXPECT_FALSE(c->in_transaction());
}

TEST_P(DatabaseTest, QuestionMarksInsideStringsAreNotParameters) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES (?)", "x");
  const auto r = c->query_one("SELECT '?' || name || '?' FROM t_item WHERE name = ?", "x");
  EXPECT_EQ(r->str(0), "?x?");
}

TEST_P(DatabaseTest, ConcurrentWritersAllLand) {
  constexpr int kThreads = 8, kEach = 50;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      try {
        for (int i = 0; i < kEach; ++i) {
          auto c = db_->acquire();
          Tx tx(c.conn());
          c->execute("INSERT INTO t_item (name, qty) VALUES (?, ?)",
                     "w" + std::to_string(t) + "-" + std::to_string(i), i);
          tx.commit();
        }
      } catch (const std::exception&) {
        ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(db_->acquire()->query_one("SELECT COUNT(*) FROM t_item")->i64(0), kThreads * kEach);
}

class SmallPoolTest : public DatabaseTest {
  PoolOptions options() override {
    PoolOptions o;
    o.size = 2;
    o.acquire_timeout = std::chrono::milliseconds(200);
    return o;
  }
};

TEST_P(SmallPoolTest, PoolLendsAtMostItsSizeThenTimesOut) {
  auto a = db_->acquire();
  auto b = db_->acquire();
  EXPECT_EQ(db_->stats().in_use, 2);
  EXPECT_THROW(db_->acquire(), DbUnavailable);
  EXPECT_EQ(db_->stats().timeouts, 1u);
}

TEST_P(SmallPoolTest, AConnectionLeftInATransactionIsNotReusedDirty) {
  {
    auto a = db_->acquire();
    a->begin(TxMode::write);
    a->execute("INSERT INTO t_item (name) VALUES ('abandoned')");
  }
  auto c = db_->acquire();
  EXPECT_FALSE(c->in_transaction());
  EXPECT_EQ(c->query_one("SELECT COUNT(*) FROM t_item")->i64(0), 0);
}

TEST_P(DatabaseTest, BackupIsAConsistentCopy) {
  db_->acquire()->execute("INSERT INTO t_item (name) VALUES ('kept')");
  const auto dir =
      std::filesystem::temp_directory_path() / ("pao-backup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "copy").string();
  db_->backup_to(file);
  EXPECT_GT(std::filesystem::file_size(file), 0u);
  EXPECT_FALSE(std::filesystem::exists(file + ".tmp"));
  if (GetParam() == Backend::sqlite) {
    auto copy = Database::open("sqlite:" + file);
    EXPECT_EQ(copy->acquire()->query_one("SELECT name FROM t_item")->str(0), "kept");
  }
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Db, DatabaseTest, ::testing::ValuesIn(test_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Db, SmallPoolTest, ::testing::ValuesIn(test_backends()), backend_name);

TEST(DatabaseOpen, UnreachablePostgresIsUnavailableAndHidesThePassword) {
  try {
    Database::open("postgresql://pao:hunter2secret@127.0.0.1:1/pao?connect_timeout=2");
    FAIL();
  } catch (const DbUnavailable& e) {
    EXPECT_EQ(std::string(e.what()).find("hunter2secret"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("127.0.0.1"), std::string::npos) << e.what();
  }
}

TEST(DatabaseOpen, UnknownSchemeIsRefused) {
  EXPECT_THROW(Database::open("mysql://x"), DbError);
}

TEST(Placeholders, AreNumberedOutsideQuotesAndComments) {
  EXPECT_EQ(number_placeholders("SELECT ? , '?', \"a?\" -- ?\n, ? /* ? */"),
            "SELECT $1 , '?', \"a?\" -- ?\n, $2 /* ? */");
}

TEST(DialectTokens, ExpandPerEngine) {
  EXPECT_EQ(expand_dialect_tokens("id ${ID}", Dialect::sqlite),
            "id INTEGER PRIMARY KEY AUTOINCREMENT");
  EXPECT_EQ(expand_dialect_tokens("b ${BLOB}", Dialect::postgresql), "b BYTEA");
}

}  // namespace
}  // namespace pao::db
