// The persistent job scheduler: recurring jobs (schedule.hpp) and one-off runs enqueued by code,
// kept in the database so that any number of servers on one database share them.
//
// Tables (module "platform_jobs"):
//   platform_job_schedule  one row per recurring job: its rule and the next occurrence not yet
//                          turned into a run
//   platform_job_run       one row per occurrence or one-off run: state due → running → done
//                          (or back to due for a retry, or failed after max_attempts), attempts,
//                          last_error, what it did: the run history
//
// At most once per occurrence, with many servers: an occurrence becomes a run through a
// compare-and-set on its schedule row (`UPDATE … WHERE next_due_at = <the value read>`) in the
// same transaction as the run's insert, guarded again by UNIQUE (name, occurrence); a run is
// claimed by `UPDATE … WHERE id = ? AND state = <read> AND attempts = <read>`. On PostgreSQL a
// second writer waits on the row lock and then finds the row changed (READ COMMITTED re-checks
// the WHERE), on SQLite writers are serialised; either way exactly one claim changes a row.
//
// Missed periods collapse: when a server starts after being down through several occurrences
// of a rule, one run is made, for the latest of them, and the next occurrence is counted from
// the time of the check.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/jobs/job.hpp"
#include "platform/jobs/schedule.hpp"

namespace pao::jobs {

// Enqueues one run of job `name` due at `due_at`, on `conn` and so inside the caller's
// transaction when there is one: the run exists exactly when the caller's change does. The job
// must be registered (Registry::add_job) on the servers that should run it; a run of a name no
// server knows stays due. `payload_json` must be a JSON value (std::invalid_argument otherwise).
// Returns the run's id.
std::int64_t enqueue_job(db::Connection& conn, const std::string& name,
                         const std::string& payload_json, TimePoint due_at);

// One row of the run history.
struct JobRun {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> occurrence;  // ISO-8601 UTC for a scheduled run, else nullopt
  std::string payload;
  std::string due_at;           // ISO-8601 UTC
  std::string state;            // due | running | done | failed
  int attempts = 0;             // tries started so far
  std::string next_attempt_at;  // when a due run may start (ISO-8601 UTC)
  std::optional<std::string> claimed_by, started_at, finished_at, last_error;
  std::string summary;  // JobContext::summary of the last successful try
};

// The most recent runs, newest first; of one job when `name` is given.
std::vector<JobRun> run_history(db::Connection& conn, const std::optional<std::string>& name,
                                int limit = 50);

// What happened to one run in run_due().
struct RunOutcome {
  JobRun run;  // as left after this try
  bool ok = false;
  std::string message;                  // the summary, or the error
  std::optional<std::string> retry_at;  // set when it failed and will be retried
};

// A registered job as `pao jobs list` shows it.
struct JobStatus {
  std::string name;
  std::string schedule;                 // "" for one-off-only jobs
  std::optional<std::string> next_due;  // ISO-8601 UTC of the next scheduled occurrence
  std::optional<JobRun> last_run;
  std::int64_t waiting = 0;  // runs due or being retried
};

class Scheduler {
 public:
  // Throws std::logic_error for a job without a name or handler, a duplicate name or a schedule
  // that does not parse (Registry::add_job checks the same earlier).
  Scheduler(db::Database& db, std::vector<JobSpec> jobs, std::string worker_id = {});

  // Turns due occurrences into runs, then claims and runs every run due at clock.now(), one at a
  // time, in due order. Stops between runs once `*stop` is true. Safe to call from several
  // threads and servers at once: each run is started by one of them. Database failures outside
  // a handler propagate as db::DbError.
  std::vector<RunOutcome> run_due(const Clock& clock, const std::atomic<bool>* stop = nullptr);

  // Every registered job with its next occurrence, last run and waiting runs, at `at`.
  std::vector<JobStatus> status(TimePoint at);

  const std::vector<JobSpec>& jobs() const { return jobs_; }
  const std::string& worker_id() const { return worker_id_; }

 private:
  void make_due_runs(db::Connection& conn, TimePoint at);
  std::optional<RunOutcome> try_run(db::Connection& conn, const Clock& clock, const JobRun& seen,
                                    const std::atomic<bool>* stop);
  const JobSpec* find(const std::string& name) const;

  db::Database& db_;
  std::vector<JobSpec> jobs_;
  std::vector<std::optional<Schedule>> schedules_;  // parallel to jobs_; none: one-off only
  std::string worker_id_;
};

// `pao serve`'s job thread: runs Scheduler::run_due at start and then every `interval`, on its
// own thread (never an HTTP I/O or worker thread). stop() lets the job in progress finish,
// starts no other and joins; the destructor stops too.
class BackgroundRunner {
 public:
  BackgroundRunner(Scheduler& scheduler, const Clock& clock, std::chrono::milliseconds interval);
  ~BackgroundRunner();
  BackgroundRunner(const BackgroundRunner&) = delete;
  BackgroundRunner& operator=(const BackgroundRunner&) = delete;

  void start();
  void stop();
  // Completed passes of run_due (for tests).
  std::int64_t passes() const { return passes_; }

 private:
  void loop();

  Scheduler& scheduler_;
  const Clock& clock_;
  std::chrono::milliseconds interval_;
  std::atomic<bool> stop_{false};
  std::atomic<std::int64_t> passes_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;
};

// The tables above, as the platform's own migrations (module "platform_jobs").
std::vector<db::Migration> job_migrations();

}  // namespace pao::jobs
