#include "platform/notify/notification.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/notify/delivery.hpp"

namespace pao::notify {
namespace {

TimePoint at(const char* iso) {
  TimePoint t{};
  EXPECT_TRUE(parse_iso_time(iso, t)) << iso;
  return t;
}

// A mail system that records what it is given and answers as told.
class RecordingTransport final : public MailTransport {
 public:
  std::vector<MailMessage> sent;
  std::vector<Status> answers;  // consumed in order; ok once they run out
  Status send(const MailMessage& m) override {
    sent.push_back(m);
    if (answers.empty()) return ok_status();
    Status s = answers.front();
    answers.erase(answers.begin());
    return s;
  }
};

class NotifyOutbox : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    auto migrations = audit::audit_migrations();
    for (auto& m : notify_migrations()) migrations.push_back(std::move(m));
    db::apply_migrations(*db_, migrations, "2026-11-25T00:00:00Z");
    lease_ = std::make_unique<db::Lease>(db_->acquire());
  }
  void TearDown() override {
    lease_.reset();
    db_.reset();
  }
  db::Connection& conn() { return lease_->conn(); }
  std::int64_t count(const char* where = "1 = 1") {
    return conn()
        .query_one(std::string("SELECT COUNT(*) FROM platform_notification WHERE ") + where)
        ->i64(0);
  }
  std::string state_of(std::int64_t id) {
    return conn().query_one("SELECT state FROM platform_notification WHERE id = ?", id)->str(0);
  }

  std::unique_ptr<db::Database> db_;
  std::unique_ptr<db::Lease> lease_;
  const TimePoint t0_ = at("2026-11-25T09:00:00+07:00");
  DeliveryOptions options_{.from = "pao@lamphunpao.go.th"};
};

Notification mail_to(std::string address, std::string subject = "เรื่องทดสอบ") {
  return {.address = std::move(address),
          .channel = Channel::email,
          .subject = std::move(subject),
          .body_text = "เนื้อหา"};
}

TEST_P(NotifyOutbox, EnqueueRollsBackWithItsTransaction) {
  {
    db::Tx tx(conn());
    enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = "ถูกยกเลิก"});
    enqueue(conn(), t0_, mail_to("somsri@example.org"));
    EXPECT_EQ(count(), 2);
  }  // the event failed: no commit
  EXPECT_EQ(count(), 0);
  {
    db::Tx tx(conn());
    enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = "บันทึกแล้ว"});
    tx.commit();
  }
  EXPECT_EQ(count(), 1);
}

TEST_P(NotifyOutbox, RefusesNotificationsThatCannotBeDelivered) {
  EXPECT_THROW(enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = ""}),
               std::invalid_argument);
  EXPECT_THROW(enqueue(conn(), t0_, {.subject = "ไม่มีผู้รับ"}), std::invalid_argument);
  EXPECT_THROW(enqueue(conn(), t0_, mail_to("no-at-sign")), std::invalid_argument);
  EXPECT_THROW(enqueue(conn(), t0_, mail_to("a@b.c\r\nBcc: x@evil.example")),
               std::invalid_argument);
  EXPECT_EQ(count(), 0);
}

TEST_P(NotifyOutbox, SubjectLineBreaksBecomeSpaces) {
  const auto id = enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = "บรรทัด\r\nสอง"});
  ASSERT_TRUE(id);
  EXPECT_EQ(list_in_app(conn(), 7, std::nullopt, 10).front().subject, "บรรทัด  สอง");
}

TEST_P(NotifyOutbox, AChannelTurnedOffReceivesNothing) {
  set_preference(conn(), t0_, audit::system_actor("test"), 7, Channel::email, false);
  EXPECT_FALSE(
      enqueue(conn(), t0_, {.recipient_user_id = 7, .channel = Channel::email, .subject = "ไม่ส่ง"}));
  EXPECT_TRUE(enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = "ในระบบยังได้"}));
  EXPECT_TRUE(enqueue(conn(), t0_,
                      {.recipient_user_id = 8, .channel = Channel::email, .subject = "คนอื่นได้"}));
  EXPECT_EQ(count(), 2);
  const auto prefs = preferences(conn(), 7);
  EXPECT_FALSE(prefs.at(Channel::email));
  EXPECT_TRUE(prefs.at(Channel::in_app));
  // The change of a setting is audited.
  const auto entries =
      audit::find_entries(conn(), {.action = "platform.notification_preference.update"});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].entity_id, "7");
}

TEST_P(NotifyOutbox, InAppListIsTheUsersOwnWithUnreadCount) {
  for (int i = 1; i <= 3; ++i) {
    enqueue(conn(), t0_, {.recipient_user_id = 7, .subject = "ของ 7 ที่ " + std::to_string(i)});
  }
  const auto others = enqueue(conn(), t0_, {.recipient_user_id = 8, .subject = "ของ 8"});
  enqueue(conn(), t0_, {.recipient_user_id = 7, .channel = Channel::email, .subject = "อีเมล"});
  EXPECT_EQ(unread_count(conn(), 7), 3);
  const auto list = list_in_app(conn(), 7, std::nullopt, 10);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].subject, "ของ 7 ที่ 3");
  EXPECT_FALSE(mark_read(conn(), t0_, 7, *others)) << "read another user's notification";
  EXPECT_EQ(unread_count(conn(), 8), 1);
  EXPECT_TRUE(mark_read(conn(), t0_, 7, list[0].id));
  EXPECT_TRUE(mark_read(conn(), t0_, 7, list[0].id)) << "marking twice is fine";
  EXPECT_EQ(unread_count(conn(), 7), 2);
  EXPECT_EQ(list_in_app(conn(), 7, list[0].id, 10).size(), 2u);
  EXPECT_FALSE(find_in_app(conn(), 7, *others)) << "found another user's notification";
  EXPECT_EQ(find_in_app(conn(), 7, list[1].id)->subject, "ของ 7 ที่ 2");
  EXPECT_EQ(mark_all_read(conn(), t0_, 7), 2);
  EXPECT_EQ(unread_count(conn(), 7), 0);
  EXPECT_EQ(unread_count(conn(), 8), 1) << "marking all read touched another user's";
  EXPECT_EQ(mark_all_read(conn(), t0_, 7), 0);
}

TEST_P(NotifyOutbox, DeliverySendsPendingMailOnceToTheUsersAddress) {
  RecordingTransport transport;
  const auto to_user = enqueue(conn(), t0_,
                               {.recipient_user_id = 7,
                                .channel = Channel::email,
                                .subject = "ถึงผู้ใช้",
                                .body_text = "สวัสดี",
                                .link = "/saraban/incoming/125"});
  const auto to_address = enqueue(conn(), t0_, mail_to("office@example.org"));
  const UserEmailLookup lookup = [](db::Connection&, std::int64_t id) {
    return id == 7 ? std::string("somsri@example.org") : std::string();
  };
  options_.base_url = "https://pao.example.go.th";
  FixedClock clock(t0_);
  const auto report = deliver_pending(conn(), clock, &transport, lookup, options_);
  EXPECT_EQ(report.sent, 2);
  ASSERT_EQ(transport.sent.size(), 2u);
  EXPECT_EQ(transport.sent[0].to, "somsri@example.org");
  EXPECT_EQ(transport.sent[0].from, "pao@lamphunpao.go.th");
  EXPECT_EQ(transport.sent[0].body_text, "สวัสดี\n\nhttps://pao.example.go.th/saraban/incoming/125");
  EXPECT_EQ(transport.sent[1].to, "office@example.org");
  EXPECT_EQ(state_of(*to_user), "sent");
  EXPECT_EQ(state_of(*to_address), "sent");
  clock.advance(std::chrono::hours(1));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, lookup, options_).sent, 0);
  EXPECT_EQ(transport.sent.size(), 2u);
}

TEST_P(NotifyOutbox, ATemporaryFailureRetriesWithExponentialBackoff) {
  RecordingTransport transport;
  transport.answers = {Error::unavailable("connection refused"),
                       Error::unavailable("421 try later")};
  const auto id = *enqueue(conn(), t0_, mail_to("office@example.org"));
  FixedClock clock(t0_);
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).retrying, 1);
  auto row = conn().query_one(
      "SELECT state, attempts, next_attempt_at, last_error FROM platform_notification WHERE id = ?",
      id);
  EXPECT_EQ(row->str(0), "pending");
  EXPECT_EQ(row->i64(1), 1);
  EXPECT_EQ(row->str(2), to_iso_utc(t0_ + std::chrono::minutes(1)));
  EXPECT_EQ(row->str(3), "connection refused");

  clock.advance(std::chrono::seconds(59));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).retrying, 0);
  EXPECT_EQ(transport.sent.size(), 1u) << "retried before its backoff";
  clock.set(t0_ + std::chrono::minutes(1));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).retrying, 1);
  row = conn().query_one("SELECT next_attempt_at FROM platform_notification WHERE id = ?", id);
  EXPECT_EQ(row->str(0), to_iso_utc(t0_ + std::chrono::minutes(3))) << "2 minutes after try 2";
  clock.set(t0_ + std::chrono::minutes(3));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).sent, 1);
  EXPECT_EQ(state_of(id), "sent");
  EXPECT_EQ(transport.sent.size(), 3u);
}

TEST_P(NotifyOutbox, ARefusalOrAMissingAddressFailsAtOnceAndRetriesRunOut) {
  RecordingTransport transport;
  transport.answers = {Error::invalid({"", ""})};
  const auto refused = *enqueue(conn(), t0_, mail_to("nobody@example.org"));
  const auto no_address =
      *enqueue(conn(), t0_, {.recipient_user_id = 9, .channel = Channel::email, .subject = "x"});
  FixedClock clock(t0_);
  const auto report = deliver_pending(
      conn(), clock, &transport, [](db::Connection&, std::int64_t) { return std::string(); },
      options_);
  EXPECT_EQ(report.failed, 2);
  EXPECT_EQ(state_of(refused), "failed");
  EXPECT_EQ(state_of(no_address), "failed");

  options_.max_attempts = 2;
  transport.answers = {Error::unavailable("down"), Error::unavailable("down")};
  const auto flaky = *enqueue(conn(), t0_, mail_to("later@example.org"));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).retrying, 1);
  clock.advance(std::chrono::minutes(1));
  EXPECT_EQ(deliver_pending(conn(), clock, &transport, {}, options_).failed, 1);
  EXPECT_EQ(state_of(flaky), "failed");
}

TEST_P(NotifyOutbox, WithoutAMailServerEmailWaitsInTheOutbox) {
  enqueue(conn(), t0_, mail_to("office@example.org"));
  FixedClock clock(t0_);
  const auto report = deliver_pending(conn(), clock, nullptr, {}, options_);
  EXPECT_EQ(report.waiting, 1);
  EXPECT_EQ(count("state = 'pending'"), 1);
}

TEST_P(NotifyOutbox, TwoDeliverersAtOnceSendEachMailOnce) {
  for (int i = 0; i < 30; ++i)
    enqueue(conn(), t0_, mail_to("n" + std::to_string(i) + "@example.org"));
  RecordingTransport one, two;
  FixedClock clock(t0_);
  std::atomic<bool> go{false};
  const auto deliver = [&](RecordingTransport& t) {
    auto lease = db_->acquire();
    while (!go) std::this_thread::yield();
    deliver_pending(lease.conn(), clock, &t, {}, options_);
  };
  std::thread a([&] { deliver(one); });
  std::thread b([&] { deliver(two); });
  go = true;
  a.join();
  b.join();
  std::set<std::string> seen;
  for (const auto* t : {&one, &two}) {
    for (const auto& m : t->sent) EXPECT_TRUE(seen.insert(m.to).second) << m.to << " sent twice";
  }
  EXPECT_EQ(seen.size(), 30u);
  EXPECT_EQ(count("state = 'sent'"), 30);
}

INSTANTIATE_TEST_SUITE_P(Db, NotifyOutbox, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::notify
