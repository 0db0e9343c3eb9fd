// Request metrics in Prometheus text format (GET /metrics): requests by route and status,
// a latency histogram per route, database pool gauges and uptime. Recording is lock-free on the
// hot path (atomics in a table sized when the routes are known).
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::ops {

class Metrics {
 public:
  // `route_names` are "GET /api/v1/…" in router order; one extra row counts unmatched requests.
  explicit Metrics(std::vector<std::string> route_names);

  // route_index == route_names.size() means "no route matched".
  void record(std::size_t route_index, int status, std::chrono::nanoseconds duration);
  std::size_t unmatched_index() const { return rows_.size() - 1; }

  std::string render(const db::PoolStats& pool, std::chrono::steady_clock::time_point started,
                     std::chrono::steady_clock::time_point now,
                     std::int64_t open_connections) const;

 private:
  static constexpr std::array<double, 11> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0};
  static constexpr int kStatusSlots = 600;  // indexed by status code; a few KiB per route
  struct RouteRow {
    std::string method, pattern;
    std::unique_ptr<std::atomic<std::uint64_t>[]> by_status;                // kStatusSlots
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets{};  // last = +Inf
    std::atomic<std::uint64_t> sum_ns{0};
    std::atomic<std::uint64_t> count{0};
  };
  std::vector<std::unique_ptr<RouteRow>> rows_;
};

}  // namespace pao::ops
