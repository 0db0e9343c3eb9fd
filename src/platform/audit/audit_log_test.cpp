// The audit chain on both databases: appends in the caller's transaction, survives a crowd of
// concurrent writers, and names the first row anyone altered, removed or reordered.
#include "platform/audit/audit_log.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <thread>

#include "platform/db/testing.hpp"

namespace pao::audit {
namespace {

using db::Backend;

class AuditLogTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam(), {.size = 12});
    const auto ms = audit_migrations();
    db::apply_migrations(*db_, ms, "2026-11-25T00:00:00Z");
  }
  // Appends `n` entries as user "somchai" in one transaction each.
  void append(int n, const std::string& action = "test.thing.update") {
    auto c = db_->acquire();
    for (int i = 0; i < n; ++i) {
      db::Tx tx(c.conn());
      Changes ch;
      ch.set("name", "เดิม", boost::json::string("ใหม่ " + std::to_string(i)));
      record(c.conn(), at_, actor_, {action, "thing", std::to_string(i), ch});
      tx.commit();
    }
  }
  std::unique_ptr<db::Database> db_;
  TimePoint at_ = TimePoint(std::chrono::seconds(1795000000));
  Actor actor_{ActorKind::user, 7, "somchai", "req-1", "10.0.0.5"};
};

TEST_P(AuditLogTest, AnEmptyChainIsIntact) {
  const auto v = verify_chain(db_->acquire().conn());
  EXPECT_TRUE(v.intact);
  EXPECT_EQ(v.count, 0);
}

TEST_P(AuditLogTest, EntriesRecordWhoWhatWhenAndTheChangedFieldsOnly) {
  auto c = db_->acquire();
  {
    db::Tx tx(c.conn());
    Changes ch;
    ch.set("name", "สมชาย", "สมชาย ใจดี").set("email", "a@x.th", "a@x.th").added("phone", "053");
    EXPECT_EQ(record(c.conn(), at_, actor_, {"identity.user.update", "user", "42", ch}), 1);
    tx.commit();
  }
  const auto entries = find_entries(c.conn(), {});
  ASSERT_EQ(entries.size(), 1u);
  const Entry& e = entries[0];
  EXPECT_EQ(e.seq, 1);
  EXPECT_EQ(e.actor_kind, "user");
  EXPECT_EQ(e.actor_name, "somchai");
  EXPECT_EQ(e.action, "identity.user.update");
  EXPECT_EQ(e.entity_id, "42");
  EXPECT_EQ(e.request_id, "req-1");
  EXPECT_EQ(e.client_ip, "10.0.0.5");
  EXPECT_EQ(e.at, to_iso_utc(at_));
  const auto changes = boost::json::parse(e.changes).as_object();
  EXPECT_TRUE(changes.contains("name"));
  EXPECT_TRUE(changes.contains("phone"));
  EXPECT_FALSE(changes.contains("email")) << "unchanged fields are left out";
  EXPECT_EQ(changes.at("name").at("after"), "สมชาย ใจดี");
  EXPECT_EQ(e.prev_hash, std::string(64, '0'));
}

TEST_P(AuditLogTest, AnEntryRolledBackWithItsWriteLeavesNoTrace) {
  auto c = db_->acquire();
  {
    db::Tx tx(c.conn());
    record(c.conn(), at_, actor_, {"test.thing.create", "thing", "1", {}});
    // no commit: the write failed, so did its audit entry
  }
  append(1);
  EXPECT_EQ(find_entries(c.conn(), {}).size(), 1u);
  const auto v = verify_chain(c.conn());
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.count, 1);
}

TEST_P(AuditLogTest, RecordOutsideATransactionIsRefused) {
  auto c = db_->acquire();
  EXPECT_THROW(record(c.conn(), at_, actor_, {"x.y.z", "thing", "1", {}}), db::DbError);
}

TEST_P(AuditLogTest, ChainStaysIntactUnderConcurrentWriters) {
  constexpr int kThreads = 8;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] { append(kEach, "test.writer" + std::to_string(t) + ".write"); });
  }
  for (auto& t : threads) t.join();
  const auto v = verify_chain(db_->acquire().conn());
  EXPECT_TRUE(v.intact) << "seq " << v.first_bad_seq << ": " << v.reason;
  EXPECT_EQ(v.count, kThreads * kEach);
}

TEST_P(AuditLogTest, AlteringOneRowIsDetectedAndNamed) {
  append(10);
  db_->acquire()->execute("UPDATE platform_audit_entry SET actor_name = 'someone' WHERE seq = 4");
  const auto v = verify_chain(db_->acquire().conn());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 4);
  EXPECT_EQ(v.count, 3);
}

TEST_P(AuditLogTest, RewritingARowWithAFreshHashBreaksTheNextLink) {
  append(5);
  auto c = db_->acquire();
  // A forger who recomputes row 2's hash still cannot fix row 3's prev_hash without redoing
  // every later row and the head.
  c->execute("UPDATE platform_audit_entry SET hash = ? WHERE seq = 2", std::string(64, 'a'));
  const auto v = verify_chain(c.conn());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 2);
}

TEST_P(AuditLogTest, RemovingARowIsDetected) {
  append(6);
  db_->acquire()->execute("DELETE FROM platform_audit_entry WHERE seq = 3");
  const auto v = verify_chain(db_->acquire().conn());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 3);
}

TEST_P(AuditLogTest, CuttingTheTailIsDetected) {
  append(6);
  db_->acquire()->execute("DELETE FROM platform_audit_entry WHERE seq = 6");
  const auto v = verify_chain(db_->acquire().conn());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 6);
}

TEST_P(AuditLogTest, SwappingTwoRowsIsDetected) {
  append(5);
  auto c = db_->acquire();
  c->execute("UPDATE platform_audit_entry SET seq = 100 WHERE seq = 2");
  c->execute("UPDATE platform_audit_entry SET seq = 2 WHERE seq = 3");
  c->execute("UPDATE platform_audit_entry SET seq = 3 WHERE seq = 100");
  const auto v = verify_chain(c.conn());
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 2);
}

TEST_P(AuditLogTest, FiltersByActorActionPrefixEntityAndPagesNewestFirst) {
  append(3, "identity.user.update");
  append(2, "plan.report.submit");
  auto c = db_->acquire();
  EXPECT_EQ(find_entries(c.conn(), {.action = "identity."}).size(), 3u);
  EXPECT_EQ(find_entries(c.conn(), {.action = "plan.report.submit"}).size(), 2u);
  EXPECT_EQ(find_entries(c.conn(), {.actor_name = "nobody"}).size(), 0u);
  const auto first = find_entries(c.conn(), {.limit = 2});
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].seq, 5);
  const auto next = find_entries(c.conn(), {.before_seq = first.back().seq, .limit = 2});
  ASSERT_EQ(next.size(), 2u);
  EXPECT_EQ(next[0].seq, 3);
  EXPECT_EQ(find_entries(c.conn(), {.entity_type = "thing", .entity_id = "0"}).size(), 2u);
}

TEST_P(AuditLogTest, PersonalReadsAreLoggedWithPurpose) {
  auto c = db_->acquire();
  record_personal_read(c.conn(), at_, actor_, "user", "42", "admin viewed the profile");
  record_personal_read(c.conn(), at_, system_actor("cli"), "user", "43", "export");
  const auto all = find_personal_reads(c.conn(), std::nullopt, std::nullopt, 10);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].entity_id, "43");
  const auto mine = find_personal_reads(c.conn(), std::string("somchai"), std::nullopt, 10);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].purpose, "admin viewed the profile");
}

INSTANTIATE_TEST_SUITE_P(Db, AuditLogTest, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::audit
