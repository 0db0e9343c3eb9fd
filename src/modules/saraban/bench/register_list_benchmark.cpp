// The incoming register's list and the letter search over a million letters on SQLite: what the
// register page asks the database (count + one page of 50, most urgent first, for a year, with
// and without a date range, first and later pages) and the platform search limited to letters,
// as a member of staff sees them (secret letters only for the people named on them).
//
//   build/pao_benchmarks --benchmark_filter=Saraban
//   PAO_SARABAN_BENCH_LETTERS=100000   smaller corpus (default 1,000,000)
//
// The corpus spreads the letters over the calendar years 1994–2026 (~30,000 a year, the PAO's
// volume), 3 % urgent of some degree, 1 % secret; subjects are drawn from the words of the
// digital plan (bench/data/plan_words.tsv) by frequency. Built once into
// $TMPDIR/pao-saraban-bench-<N>.db and reused; delete the file to rebuild it.
//
//   PAO_SARABAN_BENCH_DB=/path/pao.db  add the corpus to this database instead, one that
//                                      `pao migrate` made (bench/saraban_register.py serves it
//                                      over HTTP); letters follow the numbers already given out
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/module.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/files/files.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/benchmark_words.hpp"
#include "platform/search/index_upkeep.hpp"
#include "platform/search/search_index.hpp"
#include "platform/search/thai_segmenter.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {
namespace {

constexpr int kFirstYear = 1994;
constexpr int kLastYear = 2026;

using search::benchmark_words::vocabulary;
using search::benchmark_words::words;

std::size_t corpus_size() {
  const char* env = std::getenv("PAO_SARABAN_BENCH_LETTERS");
  return env ? std::stoul(env) : 1'000'000;
}

db::Database& corpus() {
  static std::unique_ptr<db::Database> db = [] {
    const std::size_t n = corpus_size();
    const char* target = std::getenv("PAO_SARABAN_BENCH_DB");
    const auto file = target ? std::filesystem::path(target)
                             : std::filesystem::temp_directory_path() /
                                   ("pao-saraban-bench-" + std::to_string(n) + ".db");
    bool fresh = !std::filesystem::exists(file);
    auto d = db::Database::open("sqlite:" + file.string(), {.size = 2});
    if (target) {
      auto c = d->acquire();
      fresh = c->query_one("SELECT COUNT(*) FROM saraban_letter WHERE registered_by = 'bench'")
                  ->i64(0) == 0;
    } else {  // every time: a corpus made by an older build gets the later migrations
      Registry registry;
      for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
      for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
      for (auto& m : files::file_migrations()) registry.add_migration(std::move(m));
      for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
      register_saraban_module(registry);
      db::apply_migrations(*d, registry.migrations(), "2026-11-25T00:00:00Z");
    }
    if (fresh) {
      auto c = d->acquire();
      // Numbers already given out in a served database (its demo letters) come first.
      std::map<int, std::int64_t> first_no;
      for (const auto& row :
           c->query("SELECT year, last_no FROM saraban_sequence WHERE register_code = 'incoming'"))
        first_no[static_cast<int>(row.i64(0))] = row.i64(1);
      std::mt19937_64 rng(2569);
      const auto started = std::chrono::steady_clock::now();
      const std::size_t per_year = (n + (kLastYear - kFirstYear)) / (kLastYear - kFirstYear + 1);
      constexpr std::size_t kBatch = 5000;
      for (std::size_t i = 0; i < n; i += kBatch) {
        db::Tx tx(c.conn());
        for (std::size_t j = i; j < std::min(n, i + kBatch); ++j) {
          const int year = kFirstYear + static_cast<int>(j / per_year);
          const std::int64_t nth = static_cast<std::int64_t>(j % per_year) + 1;
          const std::int64_t no = first_no[year] + nth;
          const int day_of_year = static_cast<int>(nth * 365 / static_cast<std::int64_t>(per_year));
          const Date day = add_days(Date{year, 1, 1}, std::min(day_of_year, 364));
          const TimePoint at = bangkok_time(day, std::chrono::hours(9));
          Job job;
          job.title = words(rng, 6);
          const auto r = rng() % 100;
          job.urgency = r < 1   ? Urgency::most_urgent
                        : r < 2 ? Urgency::very_urgent
                        : r < 3 ? Urgency::urgent
                                : Urgency::normal;
          job.secrecy = rng() % 100 == 0 ? Secrecy::secret : Secrecy::none;
          job.status = "open";
          job.created_at = to_iso_utc(at);
          job.id = store::insert_job(c.conn(), job);
          Letter l;
          l.job_id = job.id;
          l.direction = "incoming";
          l.register_code = kIncoming;
          l.year = year;
          l.register_no = no;
          l.reference = "มท 0808." + std::to_string(j % 9 + 1) + "/ว " + std::to_string(j % 9999);
          l.dated = to_iso_date(day);
          l.from = words(rng, 3);
          l.to = "นายกองค์การบริหารส่วนจังหวัดลำพูน";
          l.subject = job.title;
          l.urgency = job.urgency;
          l.secrecy = job.secrecy;
          l.registered_at = job.created_at;
          l.registered_on = l.dated;
          l.registered_by_id = 1 + static_cast<std::int64_t>(j % 20);
          l.registered_by = "bench";
          l.body = words(rng, 20);
          l.id = store::insert_letter(c.conn(), l);
          store::insert_number(c.conn(), {kIncoming, year, no, NumberStatus::used, l.id, "",
                                          l.registered_at, "bench"});
          store::add_member(c.conn(), job.id, l.registered_by_id, l.registered_at);
          index_letter(c.conn(), at, l.id);
        }
        tx.commit();
      }
      c->execute(
          "INSERT INTO saraban_sequence (register_code, year, last_no) "
          "SELECT register_code, year, MAX(register_no) FROM saraban_letter "
          "WHERE register_code = 'incoming' GROUP BY register_code, year "
          "ON CONFLICT (register_code, year) DO UPDATE SET last_no = excluded.last_no");
      // As the nightly platform.search.merge_index leaves a served index.
      search::merge_index(c.conn());
      c->exec_script("ANALYZE; PRAGMA optimize;");
      const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
      std::fprintf(stderr, "saraban corpus: %zu letters in %.0f s\n", n, secs.count());
    }
    return d;
  }();
  return *db;
}

void report(benchmark::State& state, std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))];
  };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p95_ms"] = at(0.95);
  state.counters["p99_ms"] = at(0.99);
  state.counters["letters"] = static_cast<double>(corpus_size());
}

// What the register page asks: the count for the pager and one page of 50, most urgent first.
void BM_SarabanRegisterListPage(benchmark::State& state) {
  auto c = corpus().acquire();
  std::mt19937_64 rng(7);
  std::vector<double> ms;
  for (auto _ : state) {
    for (int i = 0; i < 1000; ++i) {
      store::LetterFilter f;
      f.register_code = kIncoming;
      f.year = kLastYear - static_cast<int>(rng() % 5);
      if (i % 3 == 1) {  // a month
        const unsigned m = 1 + static_cast<unsigned>(rng() % 12);
        f.from_day = to_iso_date(Date{f.year, m, 1});
        f.to_day = to_iso_date(Date{f.year, m, 28});
      }
      const auto t0 = std::chrono::steady_clock::now();
      const auto total = store::count_letters(c.conn(), f);
      f.limit = 50;
      f.offset = i % 4 == 3 ? static_cast<int>(rng() % std::max<std::int64_t>(1, total / 50)) * 50
                            : 0;  // mostly the first page, sometimes a later one
      const auto rows = store::list_letters(c.conn(), f, 7);
      benchmark::DoNotOptimize(rows);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  }
  report(state, ms);
}
BENCHMARK(BM_SarabanRegisterListPage)->Iterations(1)->Unit(benchmark::kMillisecond);

// Words in every letter of the corpus, as people type them (see bench/saraban_register.py).
constexpr const char* kEveryLetter[] = {"นายก", "องค์การ",    "ลำพูน ",    "จังหวัด",
                                        "องค์",  "บริหาร ส่วน", "นายก ลำพูน"};

// `kinds`: the search limited to kind saraban.letter (the registers' search box; every document
// here), or to a kind with no documents here (a rare kind among many letters), or none.
void search_letters(benchmark::State& state, const std::vector<std::string>& kinds) {
  auto c = corpus().acquire();
  std::mt19937_64 rng(42);
  const auto& w = vocabulary().words;
  std::uniform_int_distribution<std::size_t> content(50, w.size() - 1);
  search::Viewer staff;
  staff.signed_in = true;
  staff.user_id = 7;
  staff.permissions = {"saraban.view"};
  staff.divisions = {"finance"};
  std::vector<double> ms;
  for (auto _ : state) {
    for (int i = 0; i < 500; ++i) {
      // One query in ten is a word every letter holds (the address "นายกองค์การบริหารส่วน
      // จังหวัดลำพูน"), typed whole or still being typed: the slowest kind of search.
      const std::string q =
          i % 10 == 0 ? kEveryLetter[static_cast<std::size_t>(i / 10) % std::size(kEveryLetter)]
          : i % 2     ? w[content(rng)]
                      : w[content(rng)] + " " + w[content(rng)];
      const auto t0 = std::chrono::steady_clock::now();
      const auto page = search::search(c.conn(), {q, staff, kinds, 20, 0});
      benchmark::DoNotOptimize(page);
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
  }
  report(state, ms);
}
void BM_SarabanLetterSearch(benchmark::State& state) {
  search_letters(state, {kLetterSearchKind});
}
BENCHMARK(BM_SarabanLetterSearch)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_SarabanSearchAllKinds(benchmark::State& state) {
  search_letters(state, {});
}
BENCHMARK(BM_SarabanSearchAllKinds)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_SarabanSearchRareKind(benchmark::State& state) {
  search_letters(state, {"plan.project"});
}
BENCHMARK(BM_SarabanSearchRareKind)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pao::saraban
