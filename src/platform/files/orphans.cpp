#include "platform/files/orphans.hpp"

#include <boost/json.hpp>
#include <cstdio>

namespace pao::files {
namespace {

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string bytes_text(std::uint64_t b) {
  char buf[32];
  if (b < 1024) {
    std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(b));
  } else if (b < 1024 * 1024) {
    std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(b) / 1024.0);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(b) / (1024.0 * 1024.0));
  }
  return buf;
}

bool stopping(const std::atomic<bool>* stop) {
  return stop && stop->load();
}

// Step 1.
std::int64_t purge_detached_rows(db::Connection& conn, TimePoint now, const audit::Actor& by,
                                 const std::string& cutoff, bool dry_run) {
  if (dry_run) {
    return conn
        .query_one(
            "SELECT COUNT(*) FROM platform_file WHERE detached_at IS NOT NULL AND detached_at < ?",
            cutoff)
        ->i64(0);
  }
  db::Tx tx(conn);
  const auto rows = conn.query(
      "DELETE FROM platform_file WHERE detached_at IS NOT NULL AND detached_at < ? "
      "RETURNING id",
      cutoff);
  if (rows.empty()) return 0;
  boost::json::array ids;
  for (const auto& r : rows) {
    if (ids.size() < 1000) ids.push_back(r.i64(0));
  }
  audit::Changes changes;
  changes.note("count", static_cast<std::int64_t>(rows.size()))
      .note("ids", std::move(ids))
      .note("detached_before", boost::json::string(cutoff));
  audit::record(conn, now, by, {"platform.file.purge", "file", "", changes});
  tx.commit();
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace

std::string OrphanReport::summary() const {
  std::string s = dry_run ? "dry run: would purge " : "purged ";
  s += plural(rows_purged, "detached row", "detached rows");
  s += dry_run ? "; would delete " : "; deleted ";
  s += plural(blobs_deleted, "blob", "blobs") + ", " +
       plural(stray_files_deleted, "stray file", "stray files") + ", " +
       plural(temp_files_deleted, "temporary file", "temporary files") + " (" +
       bytes_text(bytes_freed) + ")";
  return s;
}

OrphanReport clean_orphans(db::Connection& conn, const FileStore& store, TimePoint now,
                           const audit::Actor& by, const OrphanOptions& options,
                           const std::atomic<bool>* stop) {
  OrphanReport report;
  report.dry_run = options.dry_run;
  const TimePoint grace_cutoff = now - options.grace;
  const std::string grace_iso = to_iso_utc(grace_cutoff);
  const std::string retention_iso = to_iso_utc(now - options.detached_retention);

  report.rows_purged = purge_detached_rows(conn, now, by, retention_iso, options.dry_run);

  // Step 2. A dry run did not purge, so it also counts rows step 1 would have removed as gone.
  const auto candidates = conn.query(
      "SELECT sha256, size FROM platform_file_blob b WHERE last_used_at < ? AND NOT EXISTS "
      "(SELECT 1 FROM platform_file f WHERE f.sha256 = b.sha256 AND "
      "(f.detached_at IS NULL OR f.detached_at >= ?)) ORDER BY sha256",
      grace_iso, retention_iso);
  for (const auto& c : candidates) {
    if (stopping(stop)) return report;
    const std::string sha = c.str(0);
    if (!options.dry_run) {
      db::Tx tx(conn);
      // Re-checked under the row lock: an upload that used the blob meanwhile dated it anew.
      const auto gone = conn.execute(
          "DELETE FROM platform_file_blob WHERE sha256 = ? AND last_used_at < ? AND NOT EXISTS "
          "(SELECT 1 FROM platform_file f WHERE f.sha256 = platform_file_blob.sha256)",
          sha, grace_iso);
      if (gone != 1) continue;
      store.remove(sha);  // a file already missing is fine: the row was what mattered
      tx.commit();
    }
    ++report.blobs_deleted;
    report.bytes_freed += static_cast<std::uint64_t>(c.i64(1));
  }

  // Step 3.
  for (const auto& f : store.blob_files()) {
    if (stopping(stop)) return report;
    if (f.modified >= grace_cutoff) continue;
    if (conn.query_one("SELECT 1 FROM platform_file_blob WHERE sha256 = ?", f.sha256)) continue;
    if (!options.dry_run) {
      db::Tx tx(conn);
      // Holding a row for this content keeps an upload of it waiting until the file is gone
      // (it then puts its own copy in place); if an upload got there first, leave it alone.
      const std::string at = to_iso_utc(now);
      const auto held = conn.query_one(
          "INSERT INTO platform_file_blob (sha256, size, created_at, last_used_at) "
          "VALUES (?, 0, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING sha256",
          f.sha256, at, at);
      if (!held) continue;
      store.remove(f.sha256);
      conn.execute("DELETE FROM platform_file_blob WHERE sha256 = ?", f.sha256);
      tx.commit();
    }
    ++report.stray_files_deleted;
    report.bytes_freed += f.size;
  }

  // Step 4.
  for (const auto& f : store.temp_files()) {
    if (f.modified >= grace_cutoff) continue;
    if (!options.dry_run) {
      std::error_code ec;
      if (!std::filesystem::remove(f.path, ec)) continue;
    }
    ++report.temp_files_deleted;
    report.bytes_freed += f.size;
  }
  return report;
}

jobs::JobSpec orphan_job(const FileStore& store) {
  jobs::JobSpec spec;
  spec.name = "platform.files.clean_orphans";
  spec.schedule = "every day 02:30";
  spec.max_attempts = 3;
  spec.handler = [&store](jobs::JobContext& job) -> Status {
    OrphanOptions options;
    const auto payload = boost::json::parse(job.payload.empty() ? "{}" : job.payload);
    if (const auto* o = payload.if_object()) {
      if (const auto* d = o->if_contains("dry_run"); d && d->is_bool()) {
        options.dry_run = d->as_bool();
      }
    }
    const auto report = clean_orphans(job.conn, store, job.now, job.actor, options, job.stop);
    job.summary = report.summary();
    return ok_status();
  };
  return spec;
}

}  // namespace pao::files
