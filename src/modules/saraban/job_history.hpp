// A job's history (ประวัติการดำเนินการ): appending a step, and reading a job as a given person sees
// it. See job.hpp for the rules.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "modules/saraban/job.hpp"
#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

// Inside the caller's write transaction: appends step `a` to job `job_id`, stamped with `at`
// and `by` (person and position), and names `by` on the job. Returns the step's id.
std::int64_t append_action(db::Connection& conn, TimePoint at, const Person& by,
                           std::int64_t job_id, JobAction a);

// A job as its viewer may see it: a secret job's title and its letters' subjects are left out
// ("") unless the viewer is named on it.
struct JobView {
  Job job;
  bool viewer_named = false;
  std::vector<Letter> letters;
  std::vector<JobAction> history;  // oldest first
};

// Reads job `job_id` for `viewer`. Reading a secret job one is named on is logged (the
// personal-data read log, purpose "saraban.secret_read"). not_found when there is no such job.
Result<JobView> view_job(db::Connection& conn, TimePoint at, const Person& viewer,
                         std::int64_t job_id);

// Logs that `viewer` read secret letter `letter_id` (list rows do not count: they show no
// subject to those not named, and only the number to those who are).
void log_secret_read(db::Connection& conn, TimePoint at, const Person& viewer,
                     std::int64_t letter_id, const char* how);

// The same, only when letter `letter_id` is secret.
void log_secret_read_if_secret(db::Connection& conn, TimePoint at, const Person& viewer,
                               std::int64_t letter_id, const char* how);

// Whether `viewer` may read the files and subject of letter `letter_id`'s job: named on it, or
// the letter is not secret. False for an unknown letter.
bool may_read_letter(db::Connection& conn, std::int64_t viewer_id, std::int64_t letter_id);

}  // namespace pao::saraban
