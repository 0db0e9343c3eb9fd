// The database layer behaves the same on SQLite and PostgreSQL: every TEST_P runs on both.
#include "platform/db/database.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>  // mkdtemp

#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <thread>

#include "platform/db/testing.hpp"

namespace pao::db {
namespace {

using namespace std::chrono_literals;

// A directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = (std::filesystem::temp_directory_path() / "pao-db-test-XXXXXX").string();
    if (!mkdtemp(path_.data())) throw std::runtime_error("mkdtemp failed");
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

class DatabaseTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    db_ = open_fresh_database(GetParam(), options());
    db_->acquire()->exec_script(
        "CREATE TABLE t_item (id ${ID}, name TEXT NOT NULL UNIQUE, qty ${BIGINT},"
        " price DOUBLE PRECISION, flag INTEGER, done BOOLEAN);"
        "CREATE TABLE t_child (id ${ID}, item_id ${BIGINT} NOT NULL REFERENCES t_item (id));"
        "CREATE TABLE t_code (code TEXT PRIMARY KEY);");
  }
  virtual PoolOptions options() { return {}; }
  std::int64_t count_items() {
    return db_->acquire()->query_one("SELECT COUNT(*) FROM t_item")->i64(0);
  }
  std::unique_ptr<Database> db_;
};

TEST_P(DatabaseTest, EveryParameterTypeRoundTripsIncludingThaiAndNull) {
  auto c = db_->acquire();
  const std::string thai = "กองยุทธศาสตร์และงบประมาณ ' \" ? ๑๒๓";
  c->execute("INSERT INTO t_item (name, qty, price, flag, done) VALUES (?, ?, ?, ?, ?)", thai,
             std::int64_t{-9007199254740993}, 0.1 + 0.2, true, true);
  c->execute("INSERT INTO t_item (name, qty, price, flag, done) VALUES (?, ?, ?, ?, ?)", "",
             nullptr, std::optional<double>(), false, std::optional<bool>());

  const auto r = c->query_one("SELECT name, qty, price, flag, done FROM t_item WHERE name = ?",
                              std::string_view(thai));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->str(0), thai);
  EXPECT_EQ(r->i64(1), -9007199254740993);
  EXPECT_EQ(r->f64(2), 0.1 + 0.2);  // every bit of the double, not 15 digits
  EXPECT_TRUE(r->boolean(3));
  EXPECT_TRUE(r->boolean(4));

  const auto e = c->query_one("SELECT name, qty, price, flag, done FROM t_item WHERE name = ?", "");
  ASSERT_TRUE(e.has_value());
  EXPECT_FALSE(e->is_null(0)) << "an empty string is not NULL";
  EXPECT_EQ(e->opt_str(0), std::optional<std::string>(""));
  EXPECT_TRUE(e->is_null(1));
  EXPECT_EQ(e->opt_i64(1), std::nullopt);
  EXPECT_EQ(e->i64(1), 0);
  EXPECT_TRUE(e->is_null(2));
  EXPECT_EQ(e->f64(2), 0.0);
  EXPECT_FALSE(e->boolean(3));
  EXPECT_TRUE(e->is_null(4));
  EXPECT_EQ(e->opt_str(4), std::nullopt);
}

TEST_P(DatabaseTest, InsertReturningGivesTheNewRowsId) {
  auto c = db_->acquire();
  const auto first = c->query_one("INSERT INTO t_item (name) VALUES (?) RETURNING id", "a");
  const auto second = c->query_one("INSERT INTO t_item (name) VALUES (?) RETURNING id", "b");
  ASSERT_TRUE(first && second);
  EXPECT_GT(second->i64(0), first->i64(0));
  EXPECT_EQ(c->query_one("SELECT name FROM t_item WHERE id = ?", second->i64(0))->str(0), "b");
}

TEST_P(DatabaseTest, DuplicateUniqueValueIsAUniqueViolation) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES (?)", "a");
  EXPECT_THROW(c->execute("INSERT INTO t_item (name) VALUES (?)", "a"), UniqueViolation);
}

TEST_P(DatabaseTest, DuplicatePrimaryKeyIsAUniqueViolation) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_code (code) VALUES (?)", "X1");
  EXPECT_THROW(c->execute("INSERT INTO t_code (code) VALUES (?)", "X1"), UniqueViolation);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforcedOnEveryEngine) {
  auto c = db_->acquire();
  EXPECT_THROW(c->execute("INSERT INTO t_child (item_id) VALUES (?)", 999), ForeignKeyViolation);
  const auto id = c->query_one("INSERT INTO t_item (name) VALUES ('p') RETURNING id")->i64(0);
  c->execute("INSERT INTO t_child (item_id) VALUES (?)", id);
  EXPECT_THROW(c->execute("DELETE FROM t_item WHERE id = ?", id), ForeignKeyViolation);
}

TEST_P(DatabaseTest, AStatementThatFailedCanBeRunAgain) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES (?)", "a");
  EXPECT_THROW(c->execute("INSERT INTO t_item (name) VALUES (?)", "a"), UniqueViolation);
  c->execute("INSERT INTO t_item (name) VALUES (?)", "b");  // the cached statement still works
  EXPECT_EQ(count_items(), 2);
}

TEST_P(DatabaseTest, ExecuteCountsTheRowsItChanged) {
  auto c = db_->acquire();
  EXPECT_EQ(c->execute("INSERT INTO t_item (name, qty) VALUES ('a', 1), ('b', 1), ('c', 2)"), 3);
  EXPECT_EQ(c->execute("UPDATE t_item SET qty = 5 WHERE qty = ?", 1), 2);
  EXPECT_EQ(c->execute("DELETE FROM t_item WHERE qty = ?", 42), 0);
}

TEST_P(DatabaseTest, ATransactionLeftWithoutCommitLeavesNothing) {
  {
    auto c = db_->acquire();
    Tx tx(c.conn());
    tx->execute("INSERT INTO t_item (name) VALUES ('a')");
    tx->execute("INSERT INTO t_item (name) VALUES ('b')");
  }
  EXPECT_EQ(count_items(), 0);
}

TEST_P(DatabaseTest, ACommittedTransactionIsSeenByOtherConnections) {
  auto writer = db_->acquire();
  Tx tx(writer.conn());
  tx->execute("INSERT INTO t_item (name) VALUES ('a')");
  tx.commit();
  EXPECT_EQ(count_items(), 1);  // counted on a second pooled connection
}

TEST_P(DatabaseTest, AFailingRowUndoesTheWholeMultiRowChange) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES ('taken')");
  EXPECT_THROW(
      {
        Tx tx(c.conn());
        tx->execute("INSERT INTO t_item (name) VALUES ('new')");
        tx->execute("UPDATE t_item SET qty = 7");
        tx->execute("INSERT INTO t_item (name) VALUES ('taken')");
        tx.commit();
      },
      UniqueViolation);
  EXPECT_FALSE(c->in_transaction());
  EXPECT_EQ(count_items(), 1);
  EXPECT_TRUE(c->query_one("SELECT qty FROM t_item")->is_null(0));
}

TEST_P(DatabaseTest, ANestedTransactionIsASavepointThatRollsBackOnlyItsOwnWork) {
  auto c = db_->acquire();
  {
    Tx outer(c.conn());
    c->execute("INSERT INTO t_item (name) VALUES ('outer')");
    {
      Tx inner(c.conn());
      c->execute("INSERT INTO t_item (name) VALUES ('inner, rolled back')");
    }
    EXPECT_TRUE(c->in_transaction());  // the outer one is untouched
    {
      Tx inner(c.conn());
      c->execute("INSERT INTO t_item (name) VALUES ('inner, kept')");
      inner.commit();
    }
    outer.commit();
  }
  EXPECT_EQ(count_items(), 2);
  EXPECT_FALSE(c->query_one("SELECT 1 FROM t_item WHERE name = 'inner, rolled back'"));
}

TEST_P(DatabaseTest, ANestedCommitIsUndoneWhenTheOuterTransactionRollsBack) {
  auto c = db_->acquire();
  {
    Tx outer(c.conn());
    Tx inner(c.conn());
    c->execute("INSERT INTO t_item (name) VALUES ('x')");
    inner.commit();
  }
  EXPECT_EQ(count_items(), 0);
}

TEST_P(DatabaseTest, AFailedStatementInsideASavepointLeavesTheOuterTransactionUsable) {
  auto c = db_->acquire();
  Tx outer(c.conn());
  c->execute("INSERT INTO t_item (name) VALUES ('taken')");
  EXPECT_THROW(
      {
        Tx inner(c.conn());
        c->execute("INSERT INTO t_item (name) VALUES ('taken')");
        inner.commit();
      },
      UniqueViolation);
  c->execute("INSERT INTO t_item (name) VALUES ('after')");
  outer.commit();
  EXPECT_EQ(count_items(), 2);
}

TEST_P(DatabaseTest, QuestionMarksInsideStringsAreNotParameters) {
  auto c = db_->acquire();
  c->execute("INSERT INTO t_item (name) VALUES (?)", "x");
  const auto r =
      c->query_one("SELECT '?' || name || '?' /* ? */ FROM t_item -- what? \n WHERE name = ?", "x");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->str(0), "?x?");
}

TEST_P(DatabaseTest, AWrongNumberOfParametersIsRefused) {
  auto c = db_->acquire();
  EXPECT_THROW(c->execute("INSERT INTO t_item (name, qty) VALUES (?, ?)", "a"), DbError);
  EXPECT_EQ(count_items(), 0);
}

TEST_P(DatabaseTest, RunTakesOneStatementOnly) {
  auto c = db_->acquire();
  EXPECT_THROW(c->execute("INSERT INTO t_item (name) VALUES ('a'); DELETE FROM t_item"), DbError);
  EXPECT_EQ(count_items(), 0);
}

TEST_P(DatabaseTest, ASyntaxErrorIsADbErrorQuotingTheStatement) {
  auto c = db_->acquire();
  try {
    c->query("SELEC name FROM t_item");
    FAIL() << "expected DbError";
  } catch (const DbError& e) {
    EXPECT_NE(std::string(e.what()).find("SELEC name"), std::string::npos) << e.what();
  }
}

TEST_P(DatabaseTest, TextReadAsANumberIsADbError) {
  auto c = db_->acquire();
  const auto r = c->query_one("SELECT 'abc', '12abc'");
  EXPECT_THROW(r->i64(0), DbError);
  EXPECT_THROW(r->i64(1), DbError);
  EXPECT_THROW(r->f64(0), DbError);
}

TEST_P(DatabaseTest, ConcurrentWritersAllLand) {
  constexpr int kThreads = 8, kEach = 50;
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      try {
        for (int i = 0; i < kEach; ++i) {
          const std::string name = "w" + std::to_string(t) + "-" + std::to_string(i);
          auto c = db_->acquire();
          if (t % 2 == 0) {  // half in explicit write transactions, half in autocommit
            Tx tx(c.conn());
            tx->execute("INSERT INTO t_item (name, qty) VALUES (?, ?)", name, i);
            tx.commit();
          } else {
            c->execute("INSERT INTO t_item (name, qty) VALUES (?, ?)", name, i);
          }
        }
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << "writer " << t << ": " << e.what();
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(count_items(), kThreads * kEach);
}

TEST_P(DatabaseTest, BackupIsACompleteCopy) {
  db_->acquire()->execute("INSERT INTO t_item (name) VALUES (?)", "เก็บไว้");
  const TempDir dir;
  const std::string file = dir.file("copy");
  db_->backup_to(file);
  ASSERT_TRUE(std::filesystem::exists(file));
  EXPECT_GT(std::filesystem::file_size(file), 0u);
  EXPECT_FALSE(std::filesystem::exists(file + ".tmp"));
  if (GetParam() == Backend::sqlite) {
    auto copy = Database::open("sqlite:" + file);
    EXPECT_EQ(copy->acquire()->query_one("SELECT name FROM t_item")->str(0), "เก็บไว้");
  } else {
    std::ifstream in(file, std::ios::binary);
    std::string magic(5, '\0');
    in.read(magic.data(), 5);
    EXPECT_EQ(magic, "PGDMP");  // pg_dump's custom format, for pg_restore
  }
}

TEST_P(DatabaseTest, AFailedBackupLeavesNoFile) {
  const TempDir dir;
  const std::string file = dir.file("missing-dir/copy");
  EXPECT_THROW(db_->backup_to(file), DbError);
  EXPECT_FALSE(std::filesystem::exists(file));
  EXPECT_FALSE(std::filesystem::exists(file + ".tmp"));
}

TEST_P(DatabaseTest, ABrokenConnectionIsDroppedFromThePool) {
  if (GetParam() != Backend::postgresql) GTEST_SKIP() << "needs a server that can kill a session";
  {
    auto c = db_->acquire();
    EXPECT_THROW(c->query("SELECT pg_terminate_backend(pg_backend_pid())"), DbUnavailable);
    EXPECT_FALSE(c->healthy());
  }
  EXPECT_EQ(db_->stats().size, 0);  // closed, not handed out again
  EXPECT_EQ(count_items(), 0);      // and the next lease gets a fresh connection
}

class SmallPoolTest : public DatabaseTest {
  PoolOptions options() override {
    PoolOptions o;
    o.size = 2;
    o.acquire_timeout = 200ms;
    return o;
  }
};

TEST_P(SmallPoolTest, ThePoolLendsAtMostItsSizeThenTimesOut) {
  auto a = db_->acquire();
  auto b = db_->acquire();
  EXPECT_EQ(db_->stats().in_use, 2);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(db_->acquire(), DbUnavailable);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 190ms);
  const PoolStats s = db_->stats();
  EXPECT_EQ(s.size, 2);
  EXPECT_EQ(s.max_size, 2);
  EXPECT_EQ(s.timeouts, 1u);
}

TEST_P(SmallPoolTest, AWaitingCallerGetsTheConnectionAnotherReturns) {
  auto a = std::make_unique<Lease>(db_->acquire());
  auto b = db_->acquire();
  std::thread returner([&] {
    std::this_thread::sleep_for(50ms);
    a.reset();
  });
  auto c = db_->acquire();  // waits for `a`
  returner.join();
  EXPECT_EQ(c->query_one("SELECT 1")->i64(0), 1);
  EXPECT_EQ(db_->stats().waited, 1u);
  EXPECT_EQ(db_->stats().size, 2);
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

INSTANTIATE_TEST_SUITE_P(Db, DatabaseTest, ::testing::ValuesIn(test_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Db, SmallPoolTest, ::testing::ValuesIn(test_backends()), backend_name);

// ---- opening ------------------------------------------------------------------------------------

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(nothing thrown)";
}

TEST(DatabaseOpen, AClosedPostgresPortIsUnavailableAndTheMessageHidesThePassword) {
  const std::string uri = "postgresql://pao:hunter2secret@127.0.0.1:1/paodb?connect_timeout=2";
  EXPECT_THROW(Database::open(uri), DbUnavailable);
  const std::string msg = message_of([&] { Database::open(uri); });
  EXPECT_EQ(msg.find("hunter2secret"), std::string::npos) << msg;
  EXPECT_NE(msg.find("127.0.0.1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("paodb"), std::string::npos) << msg;
}

TEST(DatabaseOpen, AMalformedPostgresUriIsADbErrorThatHidesThePassword) {
  const std::string uri = "postgresql://pao:s3cret%zz@127.0.0.1:5432/pao";
  EXPECT_THROW(Database::open(uri), DbError);
  const std::string msg = message_of([&] { Database::open(uri); });
  EXPECT_EQ(msg.find("s3cret"), std::string::npos) << msg;
}

TEST(DatabaseOpen, AWrongPostgresPasswordIsUnavailableAndNotEchoed) {
  const char* server = std::getenv("PAO_TEST_PG");
  if (!server || !*server) GTEST_SKIP() << "PAO_TEST_PG is not set";
  std::string uri = server;
  const auto colon = uri.find(':', uri.find("://") + 3);
  const auto at = uri.find('@');
  ASSERT_LT(colon, at) << "PAO_TEST_PG should carry a password";
  uri.replace(colon + 1, at - colon - 1, "wrongWRONGwrong");
  const std::string msg = message_of([&] { Database::open(uri); });
  EXPECT_THROW(Database::open(uri), DbUnavailable);
  EXPECT_EQ(msg.find("wrongWRONGwrong"), std::string::npos) << msg;
}

TEST(DatabaseOpen, DescribeShowsTheDatabaseButNotThePassword) {
  const char* server = std::getenv("PAO_TEST_PG");
  if (!server || !*server) GTEST_SKIP() << "PAO_TEST_PG is not set";
  std::string uri = server;
  const auto colon = uri.find(':', uri.find("://") + 3);
  const std::string password = uri.substr(colon + 1, uri.find('@') - colon - 1);
  const auto db = Database::open(uri);
  EXPECT_EQ(db->describe().find(password), std::string::npos);
  EXPECT_NE(db->describe().find("***"), std::string::npos);
  EXPECT_EQ(db->dialect(), Dialect::postgresql);
}

TEST(DatabaseOpen, AnUnknownSchemeIsRefused) {
  EXPECT_THROW(Database::open("mysql://root:pw@localhost/x"), DbError);
  EXPECT_EQ(message_of([] { Database::open("mysql://root:pw@localhost/x"); }).find("pw"),
            std::string::npos);
}

TEST(DatabaseOpen, ASqliteFileInAMissingDirectoryIsUnavailable) {
  const TempDir dir;
  EXPECT_THROW(Database::open("sqlite:" + dir.file("no/such/dir/pao.db")), DbUnavailable);
}

TEST(DatabaseOpen, ASqliteDatabaseUsesWalAndForeignKeys) {
  const TempDir dir;
  const auto db = Database::open("sqlite:" + dir.file("pao.db"));
  auto c = db->acquire();
  EXPECT_EQ(c->query_one("PRAGMA journal_mode")->str(0), "wal");
  EXPECT_EQ(c->query_one("PRAGMA foreign_keys")->i64(0), 1);
  EXPECT_EQ(c->query_one("PRAGMA synchronous")->i64(0), 1);  // NORMAL
  EXPECT_EQ(db->describe(), "sqlite:" + dir.file("pao.db"));
}

// ---- SQL text -----------------------------------------------------------------------------------

TEST(NumberPlaceholders, NumbersQuestionMarksInOrder) {
  EXPECT_EQ(number_placeholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
}

TEST(NumberPlaceholders, LeavesQuotedStringsAndIdentifiersAlone) {
  EXPECT_EQ(number_placeholders("SELECT '?', 'it''s ?', \"a?\", ? FROM t"),
            "SELECT '?', 'it''s ?', \"a?\", $1 FROM t");
}

TEST(NumberPlaceholders, LeavesCommentsAlone) {
  EXPECT_EQ(number_placeholders("SELECT ? -- why?\n, ? /* or ? */ , ?"),
            "SELECT $1 -- why?\n, $2 /* or ? */ , $3");
}

TEST(NumberPlaceholders, LeavesPostgresEscapeAndDollarQuotedStringsAlone) {
  EXPECT_EQ(number_placeholders("SELECT E'\\'?', $$ ? $$, $f$ '? $f$, ?"),
            "SELECT E'\\'?', $$ ? $$, $f$ '? $f$, $1");
}

TEST(DialectTokens, ExpandPerEngine) {
  EXPECT_EQ(expand_dialect_tokens("id ${ID}, n ${BIGINT}, b ${BLOB}", Dialect::sqlite),
            "id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER, b BLOB");
  EXPECT_EQ(expand_dialect_tokens("id ${ID}, n ${BIGINT}, b ${BLOB}", Dialect::postgresql),
            "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT, b BYTEA");
}

// ---- rows ---------------------------------------------------------------------------------------

TEST(RowValues, ConvertWhatEitherEngineReturns) {
  const Row r({"42", "t", "f", "3.0", "1.5", "Infinity", std::nullopt});
  EXPECT_EQ(r.i64(0), 42);
  EXPECT_TRUE(r.boolean(1));
  EXPECT_FALSE(r.boolean(2));
  EXPECT_EQ(r.i64(1), 1);
  EXPECT_EQ(r.i64(3), 3);
  EXPECT_EQ(r.f64(4), 1.5);
  EXPECT_TRUE(std::isinf(r.f64(5)));
  EXPECT_EQ(r.str(6), "");
  EXPECT_FALSE(r.boolean(6));
}

TEST(RowValues, RefuseConversionsThatWouldLoseData) {
  const Row r({"1.5", "12abc", ""});
  EXPECT_THROW(r.i64(0), DbError);
  EXPECT_THROW(r.i64(1), DbError);
  EXPECT_THROW(r.f64(2), DbError);
}

}  // namespace
}  // namespace pao::db
