// One translation unit holds all of Beast and Asio (they are heavy to compile).
#include "platform/http/server.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <ctime>
#include <limits>
#include <stdexcept>
#include <thread>
#include <vector>

namespace pao::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

namespace {

// RFC 7231 date for the Date header, recomputed once a second per thread.
const std::string& http_date() {
  thread_local std::time_t last = 0;
  thread_local std::string text;
  const std::time_t now = std::time(nullptr);
  if (now != last) {
    last = now;
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    text = buf;
  }
  return text;
}

bool is_loopback(const asio::ip::address& a) {
  return a.is_loopback();
}

// Fills method, target, path, query and headers from Beast's parsed header. False when the
// target is not an origin-form path ("/…").
bool fill_request(const bhttp::request<bhttp::string_body>& msg, Request& req) {
  req.method = std::string(msg.method_string());
  req.target = std::string(msg.target());
  if (req.target.empty() || req.target.front() != '/') return false;
  const auto q = req.target.find('?');
  req.path = percent_decode(std::string_view(req.target).substr(0, q), false);
  if (q != std::string::npos)
    req.query = parse_urlencoded(std::string_view(req.target).substr(q + 1));
  for (const auto& f : msg) req.headers.add(std::string(f.name_string()), std::string(f.value()));
  return true;
}

bhttp::response<bhttp::string_body> to_beast(Response& r, unsigned version, bool keep_alive,
                                             bool head) {
  bhttp::response<bhttp::string_body> msg{static_cast<bhttp::status>(r.status), version};
  msg.set(bhttp::field::date, http_date());
  if (!r.content_type.empty() && r.status != 304 && r.status != 204) {
    msg.set(bhttp::field::content_type, r.content_type);
  }
  for (auto& [k, v] : r.headers) msg.insert(k, v);
  msg.keep_alive(keep_alive);
  const std::size_t length = r.body.size();
  if (!head) msg.body() = std::move(r.body);
  if (r.status != 304 && r.status != 204) msg.content_length(length);
  return msg;
}

}  // namespace

struct Server::Impl {
  ServerOptions opt;
  Dispatcher& dispatcher;
  asio::io_context ioc;
  std::unique_ptr<asio::thread_pool> workers;
  tcp::acceptor acceptor{ioc};
  std::atomic<bool> stopping{false};
  std::atomic<std::int64_t> open{0};
  std::atomic<std::int64_t> in_flight{0};

  Impl(ServerOptions o, Dispatcher& d) : opt(std::move(o)), dispatcher(d) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (opt.io_threads <= 0) opt.io_threads = cores;
    if (opt.worker_threads <= 0) opt.worker_threads = 2 * cores + 2;
    workers = std::make_unique<asio::thread_pool>(opt.worker_threads);
  }

  awaitable<void> write(beast::tcp_stream& stream, Response r, unsigned version, bool keep_alive,
                        bool head, const Request& req, std::chrono::steady_clock::time_point t0) {
    const int status = r.status;
    auto msg = to_beast(r, version, keep_alive, head);
    const std::size_t bytes = msg.body().size();
    stream.expires_after(opt.write_timeout);
    co_await bhttp::async_write(stream, msg, kTuple);
    if (opt.access_log) {
      const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - t0)
                          .count();
      opt.access_log->info("{} \"{} {}\" {} {} {:.3f}ms {}", req.client_ip, req.method, req.target,
                           status, bytes, static_cast<double>(us) / 1000.0, req.request_id);
    }
  }

  awaitable<void> session(tcp::socket socket) {
    ++open;
    beast::tcp_stream stream(std::move(socket));
    beast::error_code ignored;
    const auto peer = stream.socket().remote_endpoint(ignored).address();
    beast::flat_buffer buffer;
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(opt.header_limit));
      // The body limit depends on the route, known only after the header: checked below.
      parser.body_limit(std::numeric_limits<std::uint64_t>::max());
      stream.expires_after(opt.header_timeout);
      auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, kTuple);
      const auto t0 = std::chrono::steady_clock::now();
      Request req;
      req.client_ip = peer.to_string();
      if (ec) {
        // Timeouts, closed connections and resets end the session quietly; a malformed or
        // oversized header gets one answer before we close.
        if (ec == bhttp::error::header_limit) {
          req.request_id = make_request_id(std::nullopt);
          co_await write(stream,
                         Dispatcher::plain_error(431, "Request header fields too large", req), 11,
                         false, false, req, t0);
        } else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
                   ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
          req.request_id = make_request_id(std::nullopt);
          co_await write(stream, Dispatcher::plain_error(400, "Malformed request", req), 11, false,
                         false, req, t0);
        }
        break;
      }
      ++in_flight;
      struct Done {
        std::atomic<std::int64_t>& n;
        ~Done() { --n; }
      } done{in_flight};

      auto& msg = parser.get();
      const unsigned version = msg.version();
      const std::string_view incoming_id = msg["X-Request-Id"];
      req.request_id = make_request_id(
          incoming_id.empty() ? std::nullopt : std::optional<std::string_view>(incoming_id));
      if (!fill_request(msg, req)) {
        co_await write(stream, Dispatcher::plain_error(400, "Malformed request target", req),
                       version, false, false, req, t0);
        break;
      }
      if (is_loopback(peer)) {
        // Behind the nginx on this box: believe its X-Forwarded-* headers.
        if (auto xff = req.header("X-Forwarded-For")) {
          const auto comma = xff->find(',');
          std::string first(xff->substr(0, comma));
          while (!first.empty() && first.back() == ' ') first.pop_back();
          if (!first.empty()) req.client_ip = first;
        }
        if (auto proto = req.header("X-Forwarded-Proto")) req.secure = *proto == "https";
      }
      const Route* route = dispatcher.route_for(req.method, req.path);
      const std::size_t limit = route ? route->body_limit : opt.unmatched_body_limit;
      if (const auto len = parser.content_length(); len && *len > limit) {
        co_await write(stream, Dispatcher::plain_error(413, "Request body too large", req), version,
                       false, false, req, t0);
        break;
      }
      if (!parser.is_done()) {
        parser.body_limit(limit);
        stream.expires_after(opt.body_timeout);
        auto [bec, bn] = co_await bhttp::async_read(stream, buffer, parser, kTuple);
        if (bec == bhttp::error::body_limit) {
          co_await write(stream, Dispatcher::plain_error(413, "Request body too large", req),
                         version, false, false, req, t0);
          break;
        }
        if (bec) break;
      }
      req.body = std::move(msg.body());
      const bool keep_alive = msg.keep_alive() && !stopping;
      const bool head = req.method == "HEAD";

      Response res;
      if (route && route->run_inline) {
        res = dispatcher.handle(req);
      } else if (auto hit = dispatcher.try_public_cache(req)) {
        res = std::move(*hit);
      } else {
        res = co_await asio::co_spawn(
            workers->get_executor(),
            [this, &req]() -> awaitable<Response> { co_return dispatcher.handle(req); },
            use_awaitable);
      }
      co_await write(stream, std::move(res), version, keep_alive && !stopping, head, req, t0);
      if (!keep_alive) break;
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    --open;
  }

  awaitable<void> accept_loop() {
    while (!stopping) {
      auto [ec, socket] = co_await acceptor.async_accept(kTuple);
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) break;
        spdlog::warn("accept failed: {}", ec.message());
        continue;
      }
      if (open >= opt.max_connections) {
        beast::error_code ignored;
        socket.close(ignored);
        continue;
      }
      socket.set_option(tcp::no_delay(true));
      asio::co_spawn(ioc, session(std::move(socket)), asio::detached);
    }
  }

  awaitable<void> drain() {
    asio::steady_timer timer(ioc);
    const auto deadline = std::chrono::steady_clock::now() + opt.drain_timeout;
    while (in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
      timer.expires_after(std::chrono::milliseconds(10));
      co_await timer.async_wait(kTuple);
    }
    if (in_flight > 0) spdlog::warn("stopping with {} requests still running", in_flight.load());
    ioc.stop();
  }

  void begin_stop() {
    if (stopping.exchange(true)) return;
    asio::post(ioc, [this] {
      beast::error_code ignored;
      acceptor.close(ignored);
      asio::co_spawn(ioc, drain(), asio::detached);
    });
  }
};

Server::Server(ServerOptions options, Dispatcher& dispatcher)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher)) {}

Server::~Server() {
  impl_->workers->join();
}

void Server::listen() {
  auto& a = impl_->acceptor;
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->opt.host, ec);
  if (ec) throw std::runtime_error("not an IP address to listen on: " + impl_->opt.host);
  const tcp::endpoint ep(address, impl_->opt.port);
  const std::string where = impl_->opt.host + ":" + std::to_string(impl_->opt.port);
  a.open(ep.protocol(), ec);
  if (!ec) a.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(ep, ec);
  if (ec == asio::error::address_in_use) {
    throw std::runtime_error(where + " is already in use (is another pao running?)");
  }
  if (ec == asio::error::access_denied)
    throw std::runtime_error("no permission to listen on " + where);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
}

std::uint16_t Server::port() const {
  return impl_->acceptor.local_endpoint().port();
}

void Server::run(bool handle_signals) {
  Impl& s = *impl_;
  asio::signal_set signals(s.ioc);
  if (handle_signals) {
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([&s](const beast::error_code& ec, int sig) {
      if (ec) return;
      spdlog::info("signal {}: finishing requests in flight, then stopping", sig);
      s.begin_stop();
    });
  }
  asio::co_spawn(s.ioc, s.accept_loop(), asio::detached);
  std::vector<std::thread> threads;
  for (int i = 1; i < s.opt.io_threads; ++i) threads.emplace_back([&s] { s.ioc.run(); });
  s.ioc.run();
  for (auto& t : threads) t.join();
}

void Server::stop() {
  impl_->begin_stop();
}

std::int64_t Server::open_connections() const {
  return impl_->open.load();
}

}  // namespace pao::http
