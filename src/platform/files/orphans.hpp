// Housekeeping of attachments: the daily job "platform.files.clean_orphans" (02:30).
//
// In order, each step in its own short transactions:
//   1. purges platform_file rows detached more than 30 days ago (one audit entry
//      "platform.file.purge" per run listing them; the detach itself was audited);
//   2. deletes blobs no platform_file row refers to any more and that no upload used in the last
//      24 hours: the blob row and its file, together, holding the row (see files.hpp for why an
//      upload running at the same moment is safe);
//   3. deletes blob files on disk that have no blob row at all and are over 24 hours old (left by
//      an upload whose transaction rolled back after its file was put in place);
//   4. deletes temporary files over 24 hours old (left by a crash mid-upload).
//
// A dry run (enqueue the job with payload {"dry_run": true}, or call clean_orphans with
// dry_run) changes nothing and reports what a real run would do. Either way the counts are the
// job's summary in the run history (`pao jobs list`).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/files/file_store.hpp"
#include "platform/jobs/job.hpp"
#include "platform/time/clock.hpp"

namespace pao::files {

struct OrphanOptions {
  std::chrono::hours grace{24};                    // blobs and files younger than this stay
  std::chrono::hours detached_retention{24 * 30};  // detached rows are kept this long
  bool dry_run = false;
};

struct OrphanReport {
  bool dry_run = false;
  std::int64_t rows_purged = 0;          // step 1
  std::int64_t blobs_deleted = 0;        // step 2
  std::int64_t stray_files_deleted = 0;  // step 3
  std::int64_t temp_files_deleted = 0;   // step 4
  std::uint64_t bytes_freed = 0;         // on disk, steps 2–4
  // "purged 2 detached rows; deleted 3 blobs, 1 stray file, 0 temporary files (1.5 MB)", or
  // "dry run: would purge …".
  std::string summary() const;
};

// Runs the four steps at `now`; stops between blobs once `*stop` is true. Database failures
// throw db::DbError; a file that cannot be removed throws std::filesystem::filesystem_error
// (that blob's transaction is rolled back, so its row stays and the next run tries again).
OrphanReport clean_orphans(db::Connection& conn, const FileStore& store, TimePoint now,
                           const audit::Actor& by, const OrphanOptions& options = {},
                           const std::atomic<bool>* stop = nullptr);

// The job; `store` must outlive the scheduler.
jobs::JobSpec orphan_job(const FileStore& store);

}  // namespace pao::files
