#include "platform/search/index_upkeep.hpp"

#include <string>

namespace pao::search {

MergeReport merge_index(db::Connection& conn, int pages_per_step, int max_steps,
                        const std::atomic<bool>* stop) {
  MergeReport report;
  if (conn.dialect() != db::Dialect::sqlite) {
    report.finished = true;
    return report;
  }
  // FTS5's 'merge' with a negative page count first moves every segment to one level, then
  // merges them, writing about that many pages per call. The command itself counts as one
  // change: when total_changes() grows by less than two, it did no work and the index is a
  // single segment (how FTS5 documents an incremental 'optimize').
  while (report.steps < max_steps && !(stop && stop->load())) {
    db::Tx tx(conn);
    const auto before = conn.query_one("SELECT total_changes()")->i64(0);
    conn.execute("INSERT INTO platform_search_fts (platform_search_fts, rank) VALUES ('merge', ?)",
                 std::int64_t{-pages_per_step});
    const auto after = conn.query_one("SELECT total_changes()")->i64(0);
    tx.commit();
    if (after - before < 2) {
      report.finished = true;
      break;
    }
    ++report.steps;
  }
  return report;
}

jobs::JobSpec merge_index_job() {
  jobs::JobSpec spec;
  spec.name = "platform.search.merge_index";
  spec.schedule = "every day 01:30";
  spec.max_attempts = 3;
  spec.handler = [](jobs::JobContext& job) -> Status {
    const auto report = merge_index(job.conn, 500, 100000, job.stop);
    job.summary = std::to_string(report.steps) + " merge steps" +
                  (report.finished ? ", the index is one segment" : ", stopped before the end");
    return ok_status();
  };
  return spec;
}

}  // namespace pao::search
