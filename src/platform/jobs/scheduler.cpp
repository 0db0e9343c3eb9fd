#include "platform/jobs/scheduler.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <stdexcept>

#include "platform/auth/secrets.hpp"

namespace pao::jobs {

namespace {

constexpr const char* kRunColumns =
    "id, name, occurrence, payload, due_at, state, attempts, next_attempt_at, claimed_by, "
    "started_at, finished_at, last_error, summary";

JobRun run_from(const db::Row& r) {
  JobRun j;
  j.id = r.i64(0);
  j.name = r.str(1);
  j.occurrence = r.opt_str(2);
  j.payload = r.str(3);
  j.due_at = r.str(4);
  j.state = r.str(5);
  j.attempts = static_cast<int>(r.i64(6));
  j.next_attempt_at = r.str(7);
  j.claimed_by = r.opt_str(8);
  j.started_at = r.opt_str(9);
  j.finished_at = r.opt_str(10);
  j.last_error = r.opt_str(11);
  j.summary = r.str(12);
  return j;
}

std::optional<JobRun> run_by_id(db::Connection& conn, std::int64_t id) {
  const auto row = conn.query_one(
      std::string("SELECT ") + kRunColumns + " FROM platform_job_run WHERE id = ?", id);
  if (!row) return std::nullopt;
  return run_from(*row);
}

TimePoint parse_or_epoch(const std::string& iso) {
  TimePoint t{};
  parse_iso_time(iso, t);
  return t;
}

// Retry n (after the n-th failed try) waits retry_delay × 2^(n−1), capped.
std::chrono::seconds backoff(const JobSpec& spec, int attempts) {
  auto delay = spec.retry_delay;
  for (int i = 1; i < attempts && delay < spec.max_retry_delay; ++i) delay *= 2;
  return std::min(delay, spec.max_retry_delay);
}

std::string default_worker_id() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host[0] ? host : "pao") + ":" + std::to_string(getpid()) + ":" +
         auth::random_token(4);
}

// Error texts are kept readable and bounded in the history.
std::string clip(std::string s) {
  constexpr std::size_t kMax = 2000;
  if (s.size() > kMax) s.resize(kMax);
  return s;
}

const char* kInitSql = R"(
-- One row per recurring job: its rule and the next occurrence not yet turned into a run.
CREATE TABLE platform_job_schedule (
  name TEXT PRIMARY KEY,
  schedule TEXT NOT NULL,         -- the rule as registered (platform/jobs/schedule.hpp)
  next_due_at TEXT NOT NULL,      -- ISO-8601 UTC
  updated_at TEXT NOT NULL
);

-- One row per run: a scheduled occurrence or a one-off enqueued by code. The run history.
CREATE TABLE platform_job_run (
  id ${ID},
  name TEXT NOT NULL,
  occurrence TEXT,                -- scheduled runs: the occurrence (ISO-8601 UTC); NULL: one-off
  payload TEXT NOT NULL DEFAULT '{}',
  due_at TEXT NOT NULL,
  state TEXT NOT NULL,            -- due | running | done | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,  -- a due run starts once this has passed
  claimed_by TEXT,                -- host:pid:random of the runner of the last try
  started_at TEXT,
  finished_at TEXT,
  last_error TEXT,
  summary TEXT NOT NULL DEFAULT '',
  UNIQUE (name, occurrence)
);
CREATE INDEX platform_job_run_due ON platform_job_run (state, next_attempt_at);
CREATE INDEX platform_job_run_name ON platform_job_run (name, id);
)";

}  // namespace

std::int64_t enqueue_job(db::Connection& conn, const std::string& name,
                         const std::string& payload_json, TimePoint due_at) {
  if (name.empty()) throw std::invalid_argument("enqueue_job: empty job name");
  boost::system::error_code ec;
  boost::json::parse(payload_json, ec);
  if (ec) throw std::invalid_argument("enqueue_job " + name + ": payload is not JSON");
  const std::string due = to_iso_utc(due_at);
  const auto row = conn.query_one(
      "INSERT INTO platform_job_run (name, occurrence, payload, due_at, state, next_attempt_at) "
      "VALUES (?, NULL, ?, ?, 'due', ?) RETURNING id",
      name, payload_json, due, due);
  return row->i64(0);
}

std::vector<JobRun> run_history(db::Connection& conn, const std::optional<std::string>& name,
                                int limit) {
  std::vector<JobRun> out;
  const auto rows = conn.query(std::string("SELECT ") + kRunColumns +
                                   " FROM platform_job_run WHERE (CAST(? AS TEXT) IS NULL OR "
                                   "name = ?) ORDER BY id DESC LIMIT ?",
                               name, name, limit);
  for (const auto& r : rows) out.push_back(run_from(r));
  return out;
}

Scheduler::Scheduler(db::Database& db, std::vector<JobSpec> jobs, std::string worker_id)
    : db_(db),
      jobs_(std::move(jobs)),
      worker_id_(worker_id.empty() ? default_worker_id() : std::move(worker_id)) {
  for (const auto& j : jobs_) {
    if (j.name.empty() || !j.handler) throw std::logic_error("a job needs a name and a handler");
    if (std::count_if(jobs_.begin(), jobs_.end(), [&](const auto& o) { return o.name == j.name; }) >
        1) {
      throw std::logic_error("job registered twice: " + j.name);
    }
    if (j.schedule.empty()) {
      schedules_.emplace_back();
      continue;
    }
    auto s = Schedule::parse(j.schedule);
    if (!s) throw std::logic_error("job " + j.name + ": schedule not understood: " + j.schedule);
    schedules_.push_back(std::move(s));
  }
}

const JobSpec* Scheduler::find(const std::string& name) const {
  for (const auto& j : jobs_) {
    if (j.name == name) return &j;
  }
  return nullptr;
}

void Scheduler::make_due_runs(db::Connection& conn, TimePoint at) {
  const std::string now = to_iso_utc(at);
  for (std::size_t i = 0; i < jobs_.size(); ++i) {
    const JobSpec& job = jobs_[i];
    if (!schedules_[i]) continue;
    const Schedule& rule = *schedules_[i];
    const auto read = [&] {
      return conn.query_one(
          "SELECT schedule, next_due_at FROM platform_job_schedule WHERE name = ?", job.name);
    };
    // A job seen for the first time, or whose rule changed in a new release, starts from its
    // first occurrence at or after `at`: no catch-up for times before it existed.
    const std::string first = to_iso_utc(rule.next_after(at - std::chrono::seconds(1)));
    auto row = read();
    if (!row) {
      conn.execute(
          "INSERT INTO platform_job_schedule (name, schedule, next_due_at, updated_at) "
          "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
          job.name, rule.text(), first, now);
      row = read();
    } else if (row->str(0) != rule.text()) {
      conn.execute(
          "UPDATE platform_job_schedule SET schedule = ?, next_due_at = ?, updated_at = ? "
          "WHERE name = ? AND schedule = ?",
          rule.text(), first, now, job.name, row->str(0));
      row = read();
    }
    if (!row || row->str(0) != rule.text()) continue;  // lost a race to change it: next pass
    // Left by a run for a later time (`pao jobs run-due --at` a future day, a clock that went
    // back): passes at the real time would wait for it. Occurrences that did run keep their run
    // rows, and UNIQUE (name, occurrence) stops them running twice.
    if (const std::string latest = to_iso_utc(rule.next_after(at)); row->str(1) > latest) {
      spdlog::info("job {}: next occurrence {} was set by a run for a later time; counting from {}",
                   job.name, row->str(1), first);
      conn.execute(
          "UPDATE platform_job_schedule SET next_due_at = ?, updated_at = ? "
          "WHERE name = ? AND next_due_at = ?",
          first, now, job.name, row->str(1));
      row = read();
      if (!row) continue;
    }
    const std::string seen_next = row->str(1);
    if (seen_next > now) continue;  // ISO-8601 UTC text sorts as time
    // Due, perhaps many times over while no server ran: one run, for the latest occurrence.
    const std::string occurrence = to_iso_utc(rule.last_at_or_before(at));
    const std::string next = to_iso_utc(rule.next_after(at));
    db::Tx tx(conn);
    const auto won = conn.execute(
        "UPDATE platform_job_schedule SET next_due_at = ?, updated_at = ? "
        "WHERE name = ? AND next_due_at = ?",
        next, now, job.name, seen_next);
    if (won == 1) {
      conn.execute(
          "INSERT INTO platform_job_run (name, occurrence, payload, due_at, state, "
          "next_attempt_at) VALUES (?, ?, '{}', ?, 'due', ?) "
          "ON CONFLICT (name, occurrence) DO NOTHING",
          job.name, occurrence, occurrence, occurrence);
      if (occurrence != seen_next) {
        spdlog::info("job {}: occurrences from {} to {} were missed; running once for {}", job.name,
                     seen_next, occurrence, occurrence);
      }
    }
    tx.commit();
  }
}

std::optional<RunOutcome> Scheduler::try_run(db::Connection& conn, const Clock& clock,
                                             const JobRun& seen, const std::atomic<bool>* stop) {
  const JobSpec* job = find(seen.name);
  if (!job) return std::nullopt;
  const TimePoint started = clock.now();
  const std::string started_iso = to_iso_utc(started);
  if (seen.state == "running") {
    // Only a claim older than the job's timeout is taken over (its runner is gone).
    if (!seen.started_at || parse_or_epoch(*seen.started_at) + job->timeout > started) {
      return std::nullopt;
    }
    spdlog::warn("job {} run {}: claimed by {} at {} and never finished; running it again",
                 seen.name, seen.id, seen.claimed_by.value_or("?"), *seen.started_at);
  }
  // The claim: only the runner whose UPDATE still sees the state and attempts it read wins.
  const auto claimed = conn.execute(
      "UPDATE platform_job_run SET state = 'running', attempts = attempts + 1, claimed_by = ?, "
      "started_at = ?, finished_at = NULL WHERE id = ? AND state = ? AND attempts = ?",
      worker_id_, started_iso, seen.id, seen.state, seen.attempts);
  if (claimed != 1) return std::nullopt;

  const int attempt = seen.attempts + 1;
  JobContext ctx{conn,
                 clock,
                 started,
                 parse_or_epoch(seen.due_at),
                 seen.payload,
                 attempt,
                 audit::system_actor("job:" + seen.name),
                 {},
                 stop};
  std::optional<std::string> error;
  try {
    const Status s = job->handler(ctx);
    if (!s.ok()) {
      const auto& e = s.error();
      error = e.message.en + (e.internal.empty() ? "" : " (" + e.internal + ")");
    }
  } catch (const std::exception& e) {
    error = std::string("exception: ") + e.what();
  }
  // A handler may leave a transaction open only by a bug; do not record inside it.
  if (conn.in_transaction()) {
    conn.rollback();
    if (!error) error = "the handler left a transaction open (rolled back)";
  }

  RunOutcome out;
  const std::string finished = to_iso_utc(clock.now());
  if (!error) {
    conn.execute(
        "UPDATE platform_job_run SET state = 'done', finished_at = ?, summary = ? "
        "WHERE id = ? AND claimed_by = ? AND attempts = ?",
        finished, clip(ctx.summary), seen.id, worker_id_, attempt);
    out.ok = true;
    out.message = ctx.summary;
  } else if (attempt >= job->max_attempts) {
    conn.execute(
        "UPDATE platform_job_run SET state = 'failed', finished_at = ?, last_error = ? "
        "WHERE id = ? AND claimed_by = ? AND attempts = ?",
        finished, clip(*error), seen.id, worker_id_, attempt);
    out.message = *error;
  } else {
    const std::string retry = to_iso_utc(clock.now() + backoff(*job, attempt));
    conn.execute(
        "UPDATE platform_job_run SET state = 'due', finished_at = ?, last_error = ?, "
        "next_attempt_at = ? WHERE id = ? AND claimed_by = ? AND attempts = ?",
        finished, clip(*error), retry, seen.id, worker_id_, attempt);
    out.message = *error;
    out.retry_at = retry;
  }
  out.run = run_by_id(conn, seen.id).value_or(seen);
  if (out.ok) {
    spdlog::info("job {} ({}): done{}{}", seen.name, seen.due_at, ctx.summary.empty() ? "" : ": ",
                 ctx.summary);
  } else {
    spdlog::warn("job {} ({}) try {}: failed: {}{}", seen.name, seen.due_at, attempt, *error,
                 out.retry_at ? "; retry at " + *out.retry_at : "; giving up");
  }
  return out;
}

std::vector<RunOutcome> Scheduler::run_due(const Clock& clock, const std::atomic<bool>* stop) {
  const TimePoint at = clock.now();
  auto lease = db_.acquire();
  db::Connection& conn = lease.conn();
  make_due_runs(conn, at);
  const auto rows = conn.query(std::string("SELECT ") + kRunColumns +
                                   " FROM platform_job_run WHERE (state = 'due' AND "
                                   "next_attempt_at <= ?) OR state = 'running' "
                                   "ORDER BY next_attempt_at, id LIMIT 500",
                               to_iso_utc(at));
  std::vector<RunOutcome> out;
  for (const auto& r : rows) {
    if (stop && stop->load()) break;
    if (auto done = try_run(conn, clock, run_from(r), stop)) out.push_back(std::move(*done));
  }
  return out;
}

std::vector<JobStatus> Scheduler::status(TimePoint at) {
  auto lease = db_.acquire();
  db::Connection& conn = lease.conn();
  std::vector<JobStatus> out;
  for (std::size_t i = 0; i < jobs_.size(); ++i) {
    const JobSpec& job = jobs_[i];
    JobStatus s;
    s.name = job.name;
    if (const auto& rule = schedules_[i]) {
      s.schedule = rule->text();
      const auto row = conn.query_one(
          "SELECT schedule, next_due_at FROM platform_job_schedule WHERE name = ?", job.name);
      s.next_due = row && row->str(0) == rule->text()
                       ? row->str(1)
                       : to_iso_utc(rule->next_after(at - std::chrono::seconds(1)));
    }
    const auto last = run_history(conn, job.name, 1);
    if (!last.empty()) s.last_run = last.front();
    s.waiting = conn.query_one(
                        "SELECT COUNT(*) FROM platform_job_run WHERE name = ? AND state IN "
                        "('due', 'running')",
                        job.name)
                    ->i64(0);
    out.push_back(std::move(s));
  }
  return out;
}

BackgroundRunner::BackgroundRunner(Scheduler& scheduler, const Clock& clock,
                                   std::chrono::milliseconds interval)
    : scheduler_(scheduler), clock_(clock), interval_(interval) {}

BackgroundRunner::~BackgroundRunner() {
  stop();
}

void BackgroundRunner::start() {
  if (thread_.joinable()) return;
  stop_ = false;
  thread_ = std::thread([this] { loop(); });
}

void BackgroundRunner::stop() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BackgroundRunner::loop() {
  while (!stop_) {
    try {
      scheduler_.run_due(clock_, &stop_);
    } catch (const std::exception& e) {
      // The database may be briefly unreachable; the next pass tries again.
      spdlog::error("jobs: {}", e.what());
    }
    ++passes_;
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, interval_, [this] { return stop_.load(); });
  }
}

std::vector<db::Migration> job_migrations() {
  return {{"platform_jobs", 1, "init", kInitSql, {}}};
}

}  // namespace pao::jobs
