// What the audit chain costs a write: appending one entry (head lock, SHA-256, insert, head
// update) in its own transaction, next to the reference of inserting the same row into a plain
// table in its own transaction. SQLite file in WAL mode, as `pao serve` uses it.
//
//   build-bench/pao_benchmarks --benchmark_filter=Audit
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>

#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"

namespace pao::audit {
namespace {

struct BenchDb {
  BenchDb() {
    dir = std::filesystem::temp_directory_path() / "pao-audit-bench-XXXXXX";
    std::string tmpl = dir.string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir = tmpl;
    db = db::Database::open("sqlite:" + (dir / "bench.db").string());
    db::apply_migrations(*db, audit_migrations(), "2026-11-25T00:00:00Z");
    db->acquire()->exec_script(
        "CREATE TABLE bench_plain (seq INTEGER PRIMARY KEY, at TEXT, actor_kind TEXT, actor_id "
        "INTEGER, actor_name TEXT, action TEXT, entity_type TEXT, entity_id TEXT, changes TEXT, "
        "request_id TEXT, client_ip TEXT, prev_hash TEXT, hash TEXT)");
  }
  ~BenchDb() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
  std::filesystem::path dir;
  std::unique_ptr<db::Database> db;
};

const Actor kActor{ActorKind::user, 7, "somchai", "0123456789abcdef", "10.0.0.5"};

Event sample_event(std::int64_t i) {
  Changes ch;
  ch.set("display_name", "สมชาย", boost::json::string("สมชาย ใจดี " + std::to_string(i)))
      .set("phone", "053-000000", "053-111111");
  return {"identity.user.update", "user", std::to_string(i), ch};
}

void BM_AuditAppend_reference_plain_insert(benchmark::State& state) {
  BenchDb b;
  auto c = b.db->acquire();
  std::int64_t i = 0;
  for (auto _ : state) {
    const Event e = sample_event(++i);
    db::Tx tx(c.conn());
    c->execute(
        "INSERT INTO bench_plain (at, actor_kind, actor_id, actor_name, action, entity_type, "
        "entity_id, changes, request_id, client_ip, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)",
        "2026-11-25T02:00:00Z", "user", kActor.id, kActor.name, e.action, e.entity_type,
        e.entity_id, e.changes.to_json(), kActor.request_id, kActor.client_ip, std::string(64, '0'),
        std::string(64, '1'));
    tx.commit();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditAppend_reference_plain_insert)->Unit(benchmark::kMicrosecond);

void BM_AuditAppend_chained_record(benchmark::State& state) {
  BenchDb b;
  auto c = b.db->acquire();
  const TimePoint at{std::chrono::seconds(1795000000)};
  std::int64_t i = 0;
  for (auto _ : state) {
    record_alone(c.conn(), at, kActor, sample_event(++i));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditAppend_chained_record)->Unit(benchmark::kMicrosecond);

// Walking the chain: what `pao audit verify` costs per entry.
void BM_AuditVerify_per_entry(benchmark::State& state) {
  BenchDb b;
  auto c = b.db->acquire();
  const TimePoint at{std::chrono::seconds(1795000000)};
  for (std::int64_t i = 0; i < state.range(0); ++i)
    record_alone(c.conn(), at, kActor, sample_event(i));
  for (auto _ : state) {
    const auto v = verify_chain(c.conn());
    if (!v.intact) state.SkipWithError("chain broken");
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AuditVerify_per_entry)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pao::audit
