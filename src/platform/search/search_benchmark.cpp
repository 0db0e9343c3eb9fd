// Search over a million Thai documents on SQLite: the platform's search() (segmenting the query,
// checking grants in SQL, ranking, snippets) next to the reference of a bare FTS5 MATCH on the
// same index. Reports per-query latency percentiles over a fixed mix of one- and two-word
// queries drawn from the documents' own vocabulary.
//
//   build-bench/pao_benchmarks --benchmark_filter=Search
//   PAO_SEARCH_BENCH_DOCS=100000   smaller corpus (default 1,000,000)
//
// The corpus is generated once (deterministically) into $TMPDIR/pao-search-bench-<N>.db and
// reused by later runs; delete the file to rebuild it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include "platform/search/benchmark_words.hpp"
#include "platform/search/index_upkeep.hpp"
#include "platform/search/search_index.hpp"
#include "platform/search/thai_segmenter.hpp"

namespace pao::search {
namespace {

using benchmark_words::vocabulary;
using benchmark_words::words;

std::size_t corpus_size() {
  const char* env = std::getenv("PAO_SEARCH_BENCH_DOCS");
  return env ? std::stoul(env) : 1'000'000;
}

// The shared corpus: built on first use, then reopened.
db::Database& corpus() {
  static std::unique_ptr<db::Database> db = [] {
    const std::size_t n = corpus_size();
    const auto file =
        std::filesystem::temp_directory_path() / ("pao-search-bench-" + std::to_string(n) + ".db");
    const bool fresh = !std::filesystem::exists(file);
    auto d = db::Database::open("sqlite:" + file.string(), {.size = 2});
    // Every time: a corpus made by an older build gets the index's later versions.
    db::apply_migrations(*d, search_migrations(), "2026-11-25T00:00:00Z");
    if (fresh) {
      auto c = d->acquire();
      std::mt19937_64 rng(2569);
      const auto started = std::chrono::steady_clock::now();
      const TimePoint at{std::chrono::seconds(1795000000)};
      constexpr std::size_t kBatch = 10000;
      for (std::size_t i = 0; i < n; i += kBatch) {
        db::Tx tx(c.conn());
        for (std::size_t j = i; j < std::min(n, i + kBatch); ++j) {
          SearchDoc doc;
          doc.kind = j % 3 == 0 ? "saraban.letter" : j % 3 == 1 ? "helpdesk.ticket" : "plan.report";
          doc.ref_id = std::to_string(j);
          doc.title = words(rng, 6) + " ที่ ลพ 51000/" + std::to_string(j % 9999 + 1);
          doc.body = words(rng, 40);
          doc.url = "/x/" + doc.ref_id;
          // Most records are for staff; some belong to one division; a few are public.
          doc.visible_to = {j % 10 == 0  ? Grant::everyone()
                            : j % 4 == 0 ? Grant::division(j % 8 == 0 ? "finance" : "engineering")
                                         : Grant::permission("saraban.view")};
          doc.updated_at = at;
          upsert(c.conn(), doc);
        }
        tx.commit();
      }
      // As the nightly platform.search.merge_index leaves a served index.
      merge_index(c.conn());
      c->exec_script("ANALYZE; PRAGMA optimize;");
      const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
      std::fprintf(stderr, "search corpus: %zu documents indexed in %.0f s\n", n, secs.count());
    }
    return d;
  }();
  return *db;
}

// What people type: one or two content words (not the 50 most common function words such as
// "การ", "และ", "ที่"), chosen uniformly from the rest of the vocabulary.
std::vector<std::string> query_mix() {
  std::mt19937_64 rng(42);
  const auto& w = vocabulary().words;
  std::uniform_int_distribution<std::size_t> content(50, w.size() - 1);
  std::vector<std::string> out;
  for (int i = 0; i < 500; ++i) {
    out.push_back(i % 2 ? w[content(rng)] : w[content(rng)] + " " + w[content(rng)]);
  }
  return out;
}

void report(benchmark::State& state, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))];
  };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p95_ms"] = at(0.95);
  state.counters["p99_ms"] = at(0.99);
  state.counters["docs"] = static_cast<double>(corpus_size());
}

void BM_Search1M_reference_bare_fts5(benchmark::State& state) {
  auto c = corpus().acquire();
  const auto queries = query_mix();
  std::vector<double> ms;
  for (auto _ : state) {
    for (const auto& q : queries) {
      std::string match;
      for (const auto& t : query_terms(q)) match += (match.empty() ? "" : " ") + ("\"" + t + "\"");
      const auto t0 = std::chrono::steady_clock::now();
      const auto rows = c->query(
          "SELECT rowid FROM platform_search_fts WHERE platform_search_fts MATCH ? "
          "ORDER BY bm25(platform_search_fts) LIMIT 21",
          match);
      benchmark::DoNotOptimize(rows);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  }
  report(state, ms);
}
BENCHMARK(BM_Search1M_reference_bare_fts5)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_Search1M_platform_search(benchmark::State& state) {
  auto c = corpus().acquire();
  const auto queries = query_mix();
  Viewer staff;
  staff.signed_in = true;
  staff.user_id = 7;
  staff.permissions = {"saraban.view", "plan.view"};
  staff.divisions = {"finance"};
  std::vector<double> ms;
  for (auto _ : state) {
    for (const auto& q : queries) {
      const auto t0 = std::chrono::steady_clock::now();
      const auto page = search(c.conn(), {q, staff, {}, 20, 0});
      benchmark::DoNotOptimize(page);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  }
  report(state, ms);
}
BENCHMARK(BM_Search1M_platform_search)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pao::search
