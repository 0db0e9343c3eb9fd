// Keeping the SQLite search index fast as it grows (ADR 0002).
//
// FTS5 adds each transaction's words as a new segment of the index and merges segments only now
// and then, so a busy index holds a score of segments; every word of every search is looked up
// in each of them. Merging them all into one made letter searches over a million letters a
// third faster (p95 35 → 25 ms, bench/README.md). The job does that at night in small steps, so
// that a clerk registering a letter then never waits on it.
#pragma once

#include <atomic>
#include <cstdint>

#include "platform/db/database.hpp"
#include "platform/jobs/job.hpp"

namespace pao::search {

struct MergeReport {
  int steps = 0;          // merge steps taken, each in its own short transaction
  bool finished = false;  // the index is one segment (nothing left to merge)
};

// Merges the index's segments, at most `pages_per_step` pages of index per transaction, until
// one segment is left, `max_steps` steps were taken, or `stop` is set. Nothing on PostgreSQL
// (its GIN index is kept by autovacuum): returns finished. Throws db::DbError.
MergeReport merge_index(db::Connection& conn, int pages_per_step = 500, int max_steps = 100000,
                        const std::atomic<bool>* stop = nullptr);

// "platform.search.merge_index", every day 01:30 Bangkok: merge_index() with its summary.
jobs::JobSpec merge_index_job();

}  // namespace pao::search
