#include "platform/jobs/scheduler.hpp"

#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <thread>

#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/registry/registry.hpp"

namespace pao::jobs {
namespace {

TimePoint at(const char* iso) {
  TimePoint t{};
  EXPECT_TRUE(parse_iso_time(iso, t)) << iso;
  return t;
}

std::string iso(const char* text) {
  return to_iso_utc(at(text));
}

// What the handlers saw: job name (and payload for one-offs) → how many times it ran.
struct Ledger {
  std::mutex mutex;
  std::map<std::string, int> runs;
  void add(const std::string& key) {
    std::lock_guard lock(mutex);
    ++runs[key];
  }
  int count(const std::string& key) {
    std::lock_guard lock(mutex);
    return runs.count(key) ? runs[key] : 0;
  }
};

JobSpec counting(const std::string& name, const std::string& schedule, Ledger& ledger) {
  JobSpec j;
  j.name = name;
  j.schedule = schedule;
  j.handler = [&ledger, name](JobContext& job) -> Status {
    ledger.add(name + (job.payload == "{}" ? "" : " " + job.payload) + " @" +
               to_iso_utc(job.due_at));
    job.summary = "counted";
    return ok_status();
  };
  return j;
}

std::vector<std::string> names_of(const std::vector<RunOutcome>& outcomes) {
  std::vector<std::string> out;
  for (const auto& o : outcomes) out.push_back(o.run.name);
  return out;
}

class JobScheduler : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam(), {.size = 8});
    db::apply_migrations(*db_, job_migrations(), "2026-11-25T00:00:00Z");
  }
  db::Connection& conn() {
    if (!lease_) lease_ = std::make_unique<db::Lease>(db_->acquire());
    return lease_->conn();
  }
  JobRun only_run(const std::string& name) {
    const auto h = run_history(conn(), name, 10);
    EXPECT_EQ(h.size(), 1u) << name;
    return h.empty() ? JobRun{} : h.front();
  }
  void TearDown() override {
    lease_.reset();
    db_.reset();
  }

  std::unique_ptr<db::Database> db_;
  std::unique_ptr<db::Lease> lease_;
};

TEST_P(JobScheduler, RunDueAtAGivenTimeRunsExactlyTheDueJobsOnce) {
  Ledger ledger;
  Scheduler s(
      *db_, {counting("t.daily_eight", "every day 08:00", ledger),
             counting("t.daily_nine", "every day 09:00", ledger), counting("t.once", "", ledger)});
  FixedClock clock(at("2026-11-25T07:00:00+07:00"));
  EXPECT_TRUE(s.run_due(clock).empty());  // first sight: nothing is due yet
  enqueue_job(conn(), "t.once", R"({"n":1})", at("2026-11-25T08:30:00+07:00"));
  enqueue_job(conn(), "t.once", R"({"n":2})", at("2026-11-25T10:00:00+07:00"));

  clock.set(at("2026-11-25T08:45:00+07:00"));
  EXPECT_EQ(names_of(s.run_due(clock)), (std::vector<std::string>{"t.daily_eight", "t.once"}));
  EXPECT_TRUE(s.run_due(clock).empty()) << "a second pass at the same time runs nothing";
  EXPECT_EQ(ledger.count("t.daily_eight @" + iso("2026-11-25T08:00:00+07:00")), 1);
  EXPECT_EQ(ledger.count(R"(t.once {"n":1} @)" + iso("2026-11-25T08:30:00+07:00")), 1);
  EXPECT_EQ(ledger.runs.size(), 2u);

  clock.set(at("2026-11-25T09:00:00+07:00"));
  EXPECT_EQ(names_of(s.run_due(clock)), (std::vector<std::string>{"t.daily_nine"}));
  clock.set(at("2026-11-25T10:00:00+07:00"));
  EXPECT_EQ(names_of(s.run_due(clock)), (std::vector<std::string>{"t.once"}));
  EXPECT_EQ(ledger.runs.size(), 4u);
  const auto eight = only_run("t.daily_eight");
  EXPECT_EQ(eight.state, "done");
  EXPECT_EQ(eight.attempts, 1);
  EXPECT_EQ(eight.summary, "counted");
  EXPECT_EQ(eight.occurrence, iso("2026-11-25T08:00:00+07:00"));
}

TEST_P(JobScheduler, AnOccurrenceExactlyAtTheFirstLookRuns) {
  Ledger ledger;
  Scheduler s(*db_, {counting("t.new_year", "first day of month 08:00", ledger)});
  FixedClock clock(at("2027-01-01T08:00:00+07:00"));
  EXPECT_EQ(names_of(s.run_due(clock)), (std::vector<std::string>{"t.new_year"}));
}

TEST_P(JobScheduler, AJobGetsTheTimeItRunsForAndActsAsTheSystem) {
  std::string seen_now, seen_due, seen_actor, seen_payload;
  int seen_attempt = 0;
  JobSpec j;
  j.name = "t.observe";
  j.handler = [&](JobContext& job) -> Status {
    seen_now = to_iso_utc(job.now);
    seen_due = to_iso_utc(job.due_at);
    seen_actor = job.actor.name;
    seen_payload = job.payload;
    seen_attempt = job.attempt;
    EXPECT_EQ(job.actor.kind, audit::ActorKind::system);
    EXPECT_FALSE(job.conn.in_transaction());
    return ok_status();
  };
  Scheduler s(*db_, {j});
  enqueue_job(conn(), "t.observe", R"({"letter":125})", at("2026-11-25T08:00:00+07:00"));
  FixedClock clock(at("2027-01-01T08:00:00+07:00"));
  ASSERT_EQ(s.run_due(clock).size(), 1u);
  EXPECT_EQ(seen_now, iso("2027-01-01T08:00:00+07:00"));
  EXPECT_EQ(seen_due, iso("2026-11-25T08:00:00+07:00"));
  EXPECT_EQ(seen_actor, "job:t.observe");
  EXPECT_EQ(seen_payload, R"({"letter":125})");
  EXPECT_EQ(seen_attempt, 1);
}

TEST_P(JobScheduler, AFailingJobRetriesWithBackoffAndRecordsTheError) {
  int calls = 0;
  JobSpec j;
  j.name = "t.flaky";
  j.retry_delay = std::chrono::minutes(1);
  j.handler = [&](JobContext& job) -> Status {
    ++calls;
    if (job.attempt < 3) {
      return Error::unavailable("mail server down, try " + std::to_string(job.attempt));
    }
    return ok_status();
  };
  Scheduler s(*db_, {j});
  const TimePoint t0 = at("2026-11-25T08:00:00+07:00");
  enqueue_job(conn(), "t.flaky", "{}", t0);
  FixedClock clock(t0);

  auto first = s.run_due(clock);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_FALSE(first[0].ok);
  EXPECT_EQ(first[0].retry_at, to_iso_utc(t0 + std::chrono::minutes(1)));
  auto run = only_run("t.flaky");
  EXPECT_EQ(run.state, "due");
  EXPECT_EQ(run.attempts, 1);
  EXPECT_NE(run.last_error.value_or("").find("try 1"), std::string::npos) << *run.last_error;

  clock.set(t0 + std::chrono::seconds(59));
  EXPECT_TRUE(s.run_due(clock).empty()) << "retried before its backoff";
  clock.set(t0 + std::chrono::minutes(1));
  auto second = s.run_due(clock);
  ASSERT_EQ(second.size(), 1u);
  // The second retry waits twice as long: 2 minutes after the second try.
  EXPECT_EQ(second[0].retry_at, to_iso_utc(t0 + std::chrono::minutes(3)));
  EXPECT_NE(only_run("t.flaky").last_error.value_or("").find("try 2"), std::string::npos);

  clock.set(t0 + std::chrono::minutes(3) - std::chrono::seconds(1));
  EXPECT_TRUE(s.run_due(clock).empty());
  clock.set(t0 + std::chrono::minutes(3));
  auto third = s.run_due(clock);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_TRUE(third[0].ok);
  run = only_run("t.flaky");
  EXPECT_EQ(run.state, "done");
  EXPECT_EQ(run.attempts, 3);
  EXPECT_EQ(calls, 3);
}

TEST_P(JobScheduler, AJobThatKeepsFailingIsLeftFailedAfterItsLastAttempt) {
  JobSpec j;
  j.name = "t.broken";
  j.max_attempts = 2;
  j.retry_delay = std::chrono::seconds(10);
  j.handler = [](JobContext&) -> Status { throw std::runtime_error("disk full"); };
  Scheduler s(*db_, {j});
  const TimePoint t0 = at("2026-11-25T08:00:00+07:00");
  enqueue_job(conn(), "t.broken", "{}", t0);
  FixedClock clock(t0);
  ASSERT_EQ(s.run_due(clock).size(), 1u);
  clock.advance(std::chrono::seconds(10));
  const auto last = s.run_due(clock);
  ASSERT_EQ(last.size(), 1u);
  EXPECT_FALSE(last[0].ok);
  EXPECT_FALSE(last[0].retry_at);
  const auto run = only_run("t.broken");
  EXPECT_EQ(run.state, "failed");
  EXPECT_EQ(run.attempts, 2);
  EXPECT_EQ(run.last_error, "exception: disk full");
  clock.advance(std::chrono::hours(24));
  EXPECT_TRUE(s.run_due(clock).empty());
}

TEST_P(JobScheduler, MissedPeriodsCollapseToOneRunForTheLatest) {
  Ledger ledger;
  Scheduler s(*db_, {counting("t.hourly", "every hour", ledger)});
  FixedClock clock(at("2026-11-25T00:30:00+07:00"));
  EXPECT_TRUE(s.run_due(clock).empty());
  // No server ran for three days.
  clock.set(at("2026-11-28T10:15:00+07:00"));
  const auto ran = s.run_due(clock);
  ASSERT_EQ(ran.size(), 1u);
  EXPECT_EQ(ran[0].run.due_at, iso("2026-11-28T10:00:00+07:00"));
  EXPECT_EQ(ledger.runs.size(), 1u);
  clock.set(at("2026-11-28T10:59:59+07:00"));
  EXPECT_TRUE(s.run_due(clock).empty());
  clock.set(at("2026-11-28T11:00:00+07:00"));
  EXPECT_EQ(s.run_due(clock).size(), 1u);
}

TEST_P(JobScheduler, ARunForALaterTimeDoesNotPostponeTheSchedule) {
  Ledger ledger;
  Scheduler s(*db_, {counting("t.daily", "every day 08:00", ledger)});
  FixedClock clock(at("2027-01-01T08:00:00+07:00"));  // `pao jobs run-due --at` a future day
  EXPECT_EQ(s.run_due(clock).size(), 1u);
  clock.set(at("2026-11-25T07:00:00+07:00"));  // back to the real time
  EXPECT_TRUE(s.run_due(clock).empty());
  clock.set(at("2026-11-25T08:00:00+07:00"));
  EXPECT_EQ(names_of(s.run_due(clock)), (std::vector<std::string>{"t.daily"}));
  // Back at the later day, its occurrence is not run a second time.
  clock.set(at("2027-01-01T08:00:30+07:00"));
  EXPECT_TRUE(s.run_due(clock).empty());
  EXPECT_EQ(ledger.count("t.daily @" + iso("2027-01-01T08:00:00+07:00")), 1);
}

TEST_P(JobScheduler, TwoRunnersAtOnceNeverRunAnOccurrenceTwice) {
  Ledger ledger;
  const auto jobs_spec = [&] {
    std::vector<JobSpec> v;
    for (const char* name : {"t.a", "t.b", "t.c"})
      v.push_back(counting(name, "every day 08:00", ledger));
    auto once = counting("t.once", "", ledger);
    auto inner = once.handler;
    once.handler = [inner](JobContext& job) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));  // let the other runner overlap
      return inner(job);
    };
    v.push_back(once);
    return v;
  };
  Scheduler one(*db_, jobs_spec(), "server-1");
  Scheduler two(*db_, jobs_spec(), "server-2");
  FixedClock clock(at("2026-11-25T07:00:00+07:00"));
  one.run_due(clock);

  constexpr int kDays = 4, kOnceEachDay = 15;
  int expected = 0;
  for (int day = 0; day < kDays; ++day) {
    const TimePoint eight = at("2026-11-25T08:00:00+07:00") + std::chrono::days(day);
    for (int i = 0; i < kOnceEachDay; ++i) {
      enqueue_job(conn(), "t.once",
                  "{\"day\":" + std::to_string(day) + ",\"i\":" + std::to_string(i) + "}",
                  eight - std::chrono::minutes(1));
    }
    expected += 3 + kOnceEachDay;
    clock.set(eight);
    std::atomic<bool> go{false};
    std::size_t ran_one = 0, ran_two = 0;
    std::thread a([&] {
      while (!go) std::this_thread::yield();
      ran_one = one.run_due(clock).size();
    });
    std::thread b([&] {
      while (!go) std::this_thread::yield();
      ran_two = two.run_due(clock).size();
    });
    go = true;
    a.join();
    b.join();
    EXPECT_EQ(ran_one + ran_two, static_cast<std::size_t>(3 + kOnceEachDay)) << "day " << day;
  }
  int total = 0;
  for (const auto& [key, n] : ledger.runs) {
    EXPECT_EQ(n, 1) << key << " ran " << n << " times";
    total += n;
  }
  EXPECT_EQ(total, expected);
  const auto rows =
      conn().query("SELECT COUNT(*), SUM(attempts) FROM platform_job_run WHERE state = 'done'");
  EXPECT_EQ(rows[0].i64(0), expected);
  EXPECT_EQ(rows[0].i64(1), expected) << "a run was claimed twice";
}

TEST_P(JobScheduler, AnAbandonedClaimRunsAgainAfterTheJobsTimeout) {
  Ledger ledger;
  auto spec = counting("t.once", "", ledger);
  spec.timeout = std::chrono::minutes(30);
  Scheduler s(*db_, {spec});
  const TimePoint t0 = at("2026-11-25T08:00:00+07:00");
  const auto id = enqueue_job(conn(), "t.once", "{}", t0);
  // A server claimed it and died.
  conn().execute(
      "UPDATE platform_job_run SET state = 'running', attempts = 1, claimed_by = 'dead', "
      "started_at = ? WHERE id = ?",
      to_iso_utc(t0), id);
  FixedClock clock(t0 + std::chrono::minutes(29));
  EXPECT_TRUE(s.run_due(clock).empty()) << "taken over while its runner may still be at work";
  clock.set(t0 + std::chrono::minutes(31));
  const auto ran = s.run_due(clock);
  ASSERT_EQ(ran.size(), 1u);
  EXPECT_EQ(ran[0].run.attempts, 2);
  EXPECT_EQ(ran[0].run.state, "done");
}

TEST_P(JobScheduler, AnEnqueuedRunRollsBackWithItsTransaction) {
  {
    db::Tx tx(conn());
    enqueue_job(conn(), "t.once", "{}", at("2026-11-25T08:00:00+07:00"));
  }  // not committed
  EXPECT_TRUE(run_history(conn(), std::nullopt).empty());
  EXPECT_THROW(enqueue_job(conn(), "t.once", "{not json", at("2026-11-25T08:00:00+07:00")),
               std::invalid_argument);
}

TEST_P(JobScheduler, StatusShowsNextDueLastRunAndWaitingRuns) {
  Ledger ledger;
  Scheduler s(*db_,
              {counting("t.daily", "every day 08:00", ledger), counting("t.once", "", ledger)});
  FixedClock clock(at("2026-11-25T08:30:00+07:00"));
  s.run_due(clock);
  enqueue_job(conn(), "t.once", "{}", at("2026-11-26T08:00:00+07:00"));
  const auto st = s.status(clock.now());
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].name, "t.daily");
  EXPECT_EQ(st[0].next_due, iso("2026-11-26T08:00:00+07:00"));
  EXPECT_FALSE(st[0].last_run);
  EXPECT_EQ(st[1].schedule, "");
  EXPECT_EQ(st[1].waiting, 1);
}

TEST_P(JobScheduler, BackgroundRunnerRunsAtStartAndStopsWithoutWaitingForItsInterval) {
  Ledger ledger;
  Scheduler s(*db_, {counting("t.once", "", ledger)});
  enqueue_job(conn(), "t.once", "{}", at("2026-11-25T08:00:00+07:00"));
  FixedClock clock(at("2026-11-25T09:00:00+07:00"));
  BackgroundRunner runner(s, clock, std::chrono::hours(1));
  runner.start();
  for (int i = 0; i < 500 && runner.passes() == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(runner.passes(), 1);
  const auto t0 = std::chrono::steady_clock::now();
  runner.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
  EXPECT_EQ(ledger.runs.size(), 1u);
}

TEST(JobRegistration, RefusesAScheduleThatDoesNotParseOrANameTwice) {
  JobSpec j;
  j.name = "t.typo";
  j.schedule = "every day 8am";
  j.handler = [](JobContext&) { return ok_status(); };
  Registry registry;
  EXPECT_THROW(registry.add_job(j), std::logic_error);
  auto db = db::open_fresh_database(db::Backend::sqlite);
  EXPECT_THROW({ Scheduler sch(*db, {j}); }, std::logic_error);
  j.schedule = "every day 08:00";
  registry.add_job(j);
  EXPECT_THROW(registry.add_job(j), std::logic_error);
}

INSTANTIATE_TEST_SUITE_P(Db, JobScheduler, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::jobs
