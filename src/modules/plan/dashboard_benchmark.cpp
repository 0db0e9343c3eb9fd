// The executive dashboard at the size the issue names: 500 projects over 5 fiscal years with a
// report every month (60 monthly rounds, about 30,000 reports), on a SQLite file as `pao serve`
// uses it. Measures the figures alone (build_dashboard) and the whole page through the real
// dispatcher (routing, permission, the use case, templates, SVG charts); each reports its p95.
//
//   build/pao_benchmarks --benchmark_filter=PlanDashboard
#include <benchmark/benchmark.h>
#include <sodium.h>
#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <vector>

#include "modules/plan/dashboard.hpp"
#include "modules/plan/module.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/migrations.hpp"
#include "platform/files/files.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/notify/notification.hpp"
#include "platform/ops/metrics.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::plan {
namespace {

constexpr int kProjects = 500;
const std::vector<int> kYears = {2566, 2567, 2568, 2569, 2570};

struct BenchPlan {
  BenchPlan() {
    dir = std::filesystem::temp_directory_path() / "pao-plan-bench-XXXXXX";
    std::string tmpl = dir.string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir = tmpl;
    db = db::Database::open("sqlite:" + (dir / "bench.db").string());
    for (auto& m : audit::audit_migrations()) registry.add_migration(std::move(m));
    for (auto& m : files::file_migrations()) registry.add_migration(std::move(m));
    for (auto& m : notify::notify_migrations()) registry.add_migration(std::move(m));
    for (auto& m : search::search_migrations()) registry.add_migration(std::move(m));
    register_plan_module(registry);
    db::apply_migrations(*db, registry.migrations(), "2026-11-25T00:00:00Z");
    fill();
  }
  ~BenchPlan() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }

  void fill() {
    auto lease = db->acquire();
    auto& c = lease.conn();
    db::Tx tx(c);
    const char* codes[] = {"strategy_budget", "education", "public_health", "office_of_chief",
                           "finance"};
    for (int i = 25; i < kProjects; ++i) {
      store::upsert_project(c, 1 + i % 4, 100 + i, "โครงการทดสอบภาระ " + std::to_string(i),
                            "เพื่อวัดเวลา", "กองยุทธศาสตร์และงบประมาณ", "software", kYears,
                            {codes[i % 5]});
    }
    c.execute("UPDATE plan_project_year SET budget_satang = 100000000");
    std::vector<std::pair<std::int64_t, std::vector<int>>> projects;
    for (const auto& r : c.query("SELECT id FROM plan_project")) {
      std::vector<int> years;
      for (const auto& y :
           c.query("SELECT fiscal_year FROM plan_project_year WHERE project_id = ?", r.i64(0))) {
        years.push_back(static_cast<int>(y.i64(0)));
      }
      projects.emplace_back(r.i64(0), years);
    }
    for (int year : kYears) {
      for (int month = 1; month <= 12; ++month) {
        Round round;
        round.fiscal_year = year;
        round.frequency = "monthly";
        round.period = month;
        const Date first = fiscal_year_range(year).first;
        // The first day of the month after fiscal month `month` (1 = October), less a day.
        const Date next{month <= 2 ? first.year : first.year + 1,
                        static_cast<unsigned>(month <= 2 ? 10 + month : month - 2), 1};
        const Date end = add_days(next, -1);
        round.period_end = to_iso_date(end);
        round.deadline = to_iso_date(add_days(end, 10));
        round.opened_at = "2026-01-01T00:00:00Z";
        const auto round_id = store::insert_round(c, round);
        for (const auto& [id, years] : projects) {
          if (std::find(years.begin(), years.end(), year) == years.end()) continue;
          Report r;
          r.round_id = round_id;
          r.project_id = id;
          r.version = 1;
          r.state = "accepted";
          r.percent_complete = std::min(100, month * 2 + (year - 2566) * 20);
          r.spent_satang = 100000 + id;
          r.activities_th = "ดำเนินการตามแผน";
          r.filed_by_id = 1;
          r.filed_by_name = "bench";
          r.filed_at = "2026-01-01T00:00:00Z";
          store::insert_report(c, r);
          ++reports;
        }
      }
    }
    tx.commit();
  }

  std::filesystem::path dir;
  Registry registry;
  std::unique_ptr<db::Database> db;
  std::int64_t reports = 0;
};

BenchPlan& bench_plan() {
  static BenchPlan plan;
  return plan;
}

void report_p95(benchmark::State& state, std::vector<double>& ms) {
  std::sort(ms.begin(), ms.end());
  if (!ms.empty()) {
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  }
  state.counters["reports"] = static_cast<double>(bench_plan().reports);
}

void BM_PlanDashboard_figures(benchmark::State& state) {
  auto& plan = bench_plan();
  auto lease = plan.db->acquire();
  std::vector<double> ms;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    auto d = build_dashboard(lease.conn(), Date{2026, 12, 6},
                             state.range(0) ? std::optional<int>(2570) : std::nullopt);
    benchmark::DoNotOptimize(d);
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  report_p95(state, ms);
}
BENCHMARK(BM_PlanDashboard_figures)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PlanDashboard_page(benchmark::State& state) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium");
  auto& plan = bench_plan();
  static const i18n::Catalog catalog = i18n::Catalog::load_embedded();
  static const http::StaticFiles statics;
  html::Renderer renderer(catalog, statics, plan.registry.menu(), [] {
    return html::SiteInfo{{"องค์การบริหารส่วนจังหวัดลำพูน", "Lamphun PAO"}, {"อบจ.ลำพูน", "LPAO"}};
  });
  renderer.load_templates();
  std::vector<std::string> names;
  for (const auto& r : plan.registry.routes().routes())
    names.push_back(r->method + " " + r->pattern);
  ops::Metrics metrics(names);
  FixedClock clock(bangkok_time({2026, 12, 6}, std::chrono::hours(10)));
  http::Services services{plan.db.get(), &clock, &renderer, nullptr};
  http::Dispatcher dispatcher(plan.registry.routes(), services, metrics);
  dispatcher.set_authenticator([](http::Context& ctx) -> std::optional<Error> {
    ctx.principal.kind = auth::PrincipalKind::user;
    ctx.principal.id = 2;
    ctx.principal.name = "executive";
    ctx.principal.grant(kViewPermission);
    ctx.principal.grant(kDecidePermission);
    return std::nullopt;
  });
  const std::string target =
      state.range(0) ? "/plan/dashboard?fiscal_year=2570" : "/plan/dashboard";
  std::vector<double> ms;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    auto req = http::Request::for_target("GET", target);
    auto res = dispatcher.handle(req);
    if (res.status != 200) state.SkipWithError("dashboard did not answer 200");
    bytes = res.body.size();
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  report_p95(state, ms);
  state.counters["html_kb"] = static_cast<double>(bytes) / 1024.0;
}
BENCHMARK(BM_PlanDashboard_page)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace pao::plan
