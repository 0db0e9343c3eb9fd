// What a module hands the scheduler: a named job, when it runs, and the work.
//
//   registry.add_job({.name = "identity.sessions.purge",
//                     .schedule = "every day 03:30",
//                     .handler = [](jobs::JobContext& job) -> Status { … }});
//
// The handler runs on a scheduler thread (never an HTTP I/O thread) with its own pooled
// connection, as audit::system_actor("job:<name>"). It opens its own transactions: the runner
// records the outcome after the handler returns, in a separate statement. A handler that returns
// an Error or throws is retried with exponential backoff, up to `max_attempts` tries; a claim
// older than `timeout` is taken as abandoned (the server died) and the job runs again. So a
// handler must be safe to repeat after a crash: make its work idempotent or transactional.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::jobs {

struct JobContext {
  db::Connection& conn;  // the runner's connection, outside any transaction
  const Clock& clock;    // the runner's clock: the FixedClock of `pao jobs run-due --at`
  TimePoint now;         // when this run started, by `clock`
  TimePoint due_at;      // the scheduled occurrence, or a one-off job's due time
  std::string payload;   // JSON text given to enqueue_job(); "{}" for scheduled runs
  int attempt = 1;       // 1 on the first try
  audit::Actor actor;    // system_actor("job:<name>"), for any audited write it makes
  std::string summary;   // what it did, set by the handler: kept in the run history
  const std::atomic<bool>* stop = nullptr;  // set while the server shuts down

  // True once the server is shutting down: a long job should stop at a safe point and return
  // (what it did not do waits for its next run).
  bool stopping() const { return stop && stop->load(); }
};

using JobHandler = std::function<Status(JobContext&)>;

struct JobSpec {
  std::string name;      // "<module>.<what>": "identity.sessions.purge"
  std::string schedule;  // a rule of schedule.hpp, or "" for a job run only by enqueue_job()
  JobHandler handler;
  int max_attempts = 5;  // then the run is left `failed`
  // Retry n waits retry_delay × 2^(n−1), at most max_retry_delay.
  std::chrono::seconds retry_delay{std::chrono::minutes(1)};
  std::chrono::seconds max_retry_delay{std::chrono::hours(1)};
  // A run still `running` this long after it was claimed is taken as abandoned.
  std::chrono::seconds timeout{std::chrono::minutes(30)};
};

}  // namespace pao::jobs
