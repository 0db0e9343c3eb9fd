// The HTTP/1.1 server: Boost.Beast on Asio with C++20 coroutines.
//
// Threads: `io_threads` run the sockets (one per core by default); handlers that touch the
// database run on a bounded pool of `worker_threads`, so a slow query never stalls other
// connections' I/O. Routes marked run_inline (static files) stay on the I/O thread.
//
// Limits: request headers over 16 KiB get 431; bodies over the route's limit get 413 (checked
// against Content-Length before reading); a connection that has not sent a complete header
// within `header_timeout` (idle keep-alive included) is closed, as is one whose body does not
// arrive within `body_timeout`, so thousands of half-open connections cost only memory.
//
// Stopping (SIGTERM/SIGINT or stop()): stop accepting, let requests in flight finish and be
// written (up to `drain_timeout`), then close idle connections and return from run().
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "platform/http/dispatcher.hpp"

namespace spdlog {
class logger;
}

namespace pao::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: pick a free port (tests)
  int io_threads = 0;         // 0: one per core
  int worker_threads = 0;     // 0: 2 × cores + 2
  std::chrono::seconds header_timeout{10};
  std::chrono::seconds body_timeout{30};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds drain_timeout{30};
  std::size_t header_limit = 16 * 1024;
  std::size_t unmatched_body_limit = 64 * 1024;
  int max_connections = 10000;
  std::shared_ptr<spdlog::logger> access_log;  // null: no access log
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Throws std::runtime_error with a clear message (e.g. "127.0.0.1:8080 is
  // already in use") when it cannot.
  void listen();
  std::uint16_t port() const;

  // Serves until stop() or, when `handle_signals`, SIGTERM/SIGINT. Returns once drained.
  void run(bool handle_signals);
  // Asks run() to drain and return; safe from any thread.
  void stop();

  std::int64_t open_connections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pao::http
