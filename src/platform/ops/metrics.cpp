#include "platform/ops/metrics.hpp"

#include <fmt/format.h>

namespace pao::ops {

Metrics::Metrics(std::vector<std::string> route_names) {
  route_names.emplace_back("- unmatched");
  for (auto& name : route_names) {
    auto row = std::make_unique<RouteRow>();
    const auto space = name.find(' ');
    row->method = name.substr(0, space);
    row->pattern = space == std::string::npos ? "" : name.substr(space + 1);
    row->by_status = std::make_unique<std::atomic<std::uint64_t>[]>(kStatusSlots);
    rows_.push_back(std::move(row));
  }
}

void Metrics::record(std::size_t route_index, int status, std::chrono::nanoseconds duration) {
  if (route_index >= rows_.size()) route_index = rows_.size() - 1;
  auto& row = *rows_[route_index];
  if (status < 0 || status >= kStatusSlots) status = 0;
  row.by_status[status].fetch_add(1, std::memory_order_relaxed);
  const double secs = std::chrono::duration<double>(duration).count();
  std::size_t b = 0;
  while (b < kBuckets.size() && secs > kBuckets[b]) ++b;
  row.buckets[b].fetch_add(1, std::memory_order_relaxed);
  row.sum_ns.fetch_add(static_cast<std::uint64_t>(duration.count()), std::memory_order_relaxed);
  row.count.fetch_add(1, std::memory_order_relaxed);
}

namespace {
// Prometheus label values escape backslash, quote and newline.
std::string label(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}
}  // namespace

std::string Metrics::render(const db::PoolStats& pool,
                            std::chrono::steady_clock::time_point started,
                            std::chrono::steady_clock::time_point now,
                            std::int64_t open_connections) const {
  std::string out;
  out += "# HELP pao_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE pao_http_requests_total counter\n";
  for (const auto& row : rows_) {
    for (int s = 0; s < kStatusSlots; ++s) {
      const auto n = row->by_status[s].load(std::memory_order_relaxed);
      if (n == 0) continue;
      out += fmt::format("pao_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                         label(row->method), label(row->pattern), s, n);
    }
  }
  out += "# HELP pao_http_request_duration_seconds Time from request read to response ready.\n";
  out += "# TYPE pao_http_request_duration_seconds histogram\n";
  for (const auto& row : rows_) {
    const auto count = row->count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    const std::string labels =
        fmt::format("method=\"{}\",route=\"{}\"", label(row->method), label(row->pattern));
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += row->buckets[b].load(std::memory_order_relaxed);
      out += fmt::format("pao_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                         kBuckets[b], cumulative);
    }
    cumulative += row->buckets[kBuckets.size()].load(std::memory_order_relaxed);
    out += fmt::format("pao_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels,
                       cumulative);
    out += fmt::format("pao_http_request_duration_seconds_sum{{{}}} {:.6f}\n", labels,
                       static_cast<double>(row->sum_ns.load(std::memory_order_relaxed)) / 1e9);
    out += fmt::format("pao_http_request_duration_seconds_count{{{}}} {}\n", labels, count);
  }
  out += "# HELP pao_db_pool_connections Database connections open, in use and the maximum.\n";
  out += "# TYPE pao_db_pool_connections gauge\n";
  out += fmt::format("pao_db_pool_connections{{state=\"open\"}} {}\n", pool.size);
  out += fmt::format("pao_db_pool_connections{{state=\"in_use\"}} {}\n", pool.in_use);
  out += fmt::format("pao_db_pool_connections{{state=\"max\"}} {}\n", pool.max_size);
  out += "# HELP pao_db_pool_acquires_total Connection leases, waits and timeouts.\n";
  out += "# TYPE pao_db_pool_acquires_total counter\n";
  out += fmt::format("pao_db_pool_acquires_total{{outcome=\"acquired\"}} {}\n", pool.acquired);
  out += fmt::format("pao_db_pool_acquires_total{{outcome=\"waited\"}} {}\n", pool.waited);
  out += fmt::format("pao_db_pool_acquires_total{{outcome=\"timeout\"}} {}\n", pool.timeouts);
  out += "# HELP pao_http_open_connections Client connections open now.\n";
  out += "# TYPE pao_http_open_connections gauge\n";
  out += fmt::format("pao_http_open_connections {}\n", open_connections);
  out += "# HELP pao_uptime_seconds Seconds since this server started.\n";
  out += "# TYPE pao_uptime_seconds gauge\n";
  out += fmt::format("pao_uptime_seconds {:.0f}\n",
                     std::chrono::duration<double>(now - started).count());
  return out;
}

}  // namespace pao::ops
