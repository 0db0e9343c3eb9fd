#include "platform/notify/smtp.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <istream>
#include <set>
#include <stdexcept>
#include <vector>

#include "platform/auth/secrets.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::notify {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                       (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += kBase64[v & 63];
  }
  if (i + 1 == in.size()) {
    const unsigned v = static_cast<unsigned char>(in[i]) << 16;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    const unsigned v =
        (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

bool is_plain_ascii(std::string_view s) {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u > 0x7e) return false;
  }
  return s.find("=?") == std::string_view::npos;
}

// A mailbox as it may appear between < > and in From:/To: — no spaces, brackets or controls.
bool safe_address(std::string_view a) {
  if (a.empty() || a.size() > 254 || a.find('@') == std::string_view::npos) return false;
  for (const char c : a) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || u == 0x7f || c == '<' || c == '>') return false;
  }
  return true;
}

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

Error temporary(std::string detail) {
  return Error{ErrorCode::unavailable,
               {"ส่งอีเมลไม่สำเร็จ จะลองใหม่ภายหลัง", "The e-mail could not be sent; it will be retried"},
               {},
               std::move(detail)};
}

Error permanent(std::string detail) {
  return Error{ErrorCode::invalid_argument,
               {"เซิร์ฟเวอร์อีเมลไม่รับอีเมลนี้", "The mail server refused this e-mail"},
               {},
               std::move(detail)};
}

struct Reply {
  int code = 0;
  std::vector<std::string> lines;  // text after "NNN-" / "NNN "
  std::string text() const {
    std::string out = std::to_string(code);
    for (const auto& l : lines) out += " " + l;
    return out;
  }
};

// The TLS settings of a client that checks the server: TLS 1.2 or later, the system's CAs (or
// the configured file), and — through the stream's verify callback — the host name.
ssl::context client_tls_context(const SmtpSettings& s, std::string& problem) {
  ssl::context ctx(ssl::context::tls_client);
  SSL_CTX_set_min_proto_version(ctx.native_handle(), TLS1_2_VERSION);
  ctx.set_verify_mode(ssl::verify_peer);
  boost::system::error_code ec;
  if (s.ca_file.empty()) {
    ctx.set_default_verify_paths(ec);
  } else {
    ctx.load_verify_file(s.ca_file, ec);
  }
  if (ec) problem = "cannot load the CA certificates: " + ec.message();
  return ctx;
}

// The mail server's EHLO answer: its extension keywords (upper case) and AUTH mechanisms.
struct Extensions {
  std::set<std::string> keywords;
  std::set<std::string> auth;
  bool has(const char* k) const { return keywords.count(k) > 0; }
};

Extensions extensions_of(const Reply& ehlo) {
  Extensions out;
  for (std::size_t i = 1; i < ehlo.lines.size(); ++i) {
    std::string line = ehlo.lines[i];
    for (auto& ch : line) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    // "AUTH PLAIN LOGIN", and the old "AUTH=PLAIN LOGIN" some servers still send.
    const auto end = line.find_first_of(" =");
    const std::string kw = line.substr(0, end);
    out.keywords.insert(kw);
    if (kw == "AUTH" && end != std::string::npos) {
      std::size_t at = end + 1;
      while (at < line.size()) {
        const auto next = line.find(' ', at);
        const auto mech = line.substr(at, next - at);
        if (!mech.empty()) out.auth.insert(mech);
        if (next == std::string::npos) break;
        at = next + 1;
      }
    }
  }
  return out;
}

// One SMTP conversation. Every network step is asynchronous and run on a private io_context
// for at most its timeout; a step that does not finish in time closes the socket. The TLS
// stream is always there; until handshake() succeeds, reads and writes go to the plain socket
// beneath it.
class Conversation {
 public:
  explicit Conversation(const SmtpSettings& s)
      : s_(s), tls_context_(client_tls_context(s, tls_problem_)), stream_(ioc_, tls_context_) {}

  Status connect() {
    tcp::resolver::results_type endpoints;
    auto ec = run(
        [&](auto done) {
          resolver_.async_resolve(s_.host, std::to_string(s_.port),
                                  [&endpoints, done](boost::system::error_code e, auto results) {
                                    endpoints = results;
                                    done(e);
                                  });
        },
        s_.connect_timeout);
    if (ec) return temporary("cannot resolve " + s_.host + ": " + ec.message());
    ec = run(
        [&](auto done) {
          asio::async_connect(
              socket(), endpoints,
              [done](boost::system::error_code e, const tcp::endpoint&) { done(e); });
        },
        s_.connect_timeout);
    if (ec) {
      return temporary("cannot connect to " + s_.host + ":" + std::to_string(s_.port) + ": " +
                       ec.message());
    }
    return ok_status();
  }

  // The TLS handshake, checking the server's certificate and name. Anything the server sent
  // before it (after the 220 to STARTTLS) is refused: it could be a command injected in clear.
  Status handshake() {
    if (!tls_problem_.empty()) return temporary(tls_problem_);
    if (buffer_.size() > 0) {
      return temporary("the mail server sent data before the TLS handshake; not trusting it");
    }
    boost::system::error_code addr_ec;
    asio::ip::make_address(s_.host, addr_ec);
    if (addr_ec) SSL_set_tlsext_host_name(stream_.native_handle(), s_.host.c_str());  // SNI
    stream_.set_verify_callback(ssl::host_name_verification(s_.host));
    const auto ec = run(
        [&](auto done) {
          stream_.async_handshake(ssl::stream_base::client,
                                  [done](boost::system::error_code e) { done(e); });
        },
        s_.connect_timeout);
    if (ec) return temporary("TLS with " + s_.host + " failed: " + ec.message());
    tls_ = true;
    return ok_status();
  }

  // Sends `line` (CRLF added) unless empty, then reads the reply and checks its code. Errors
  // name the command by its first word, or by `shown` when given (lines carrying a secret).
  Result<Reply> command(const std::string& line, std::initializer_list<int> expected,
                        std::string_view shown = {}) {
    if (!line.empty()) {
      if (auto sent = write(line + "\r\n"); !sent.ok()) return sent.error();
    }
    auto reply = read_reply();
    if (!reply.ok()) return reply.error();
    for (const int code : expected) {
      if (reply->code == code) return reply;
    }
    const std::string name = !shown.empty() ? std::string(shown)
                             : line.empty() ? std::string("greeting")
                                            : first_word(line);
    const std::string what = name + " answered " + reply->text();
    if (reply->code >= 500) return permanent(what);
    return temporary(what);
  }

  Status write(const std::string& data) {
    const auto ec = run(
        [&](auto done) {
          auto handler = [done](boost::system::error_code e, std::size_t) { done(e); };
          if (tls_) {
            asio::async_write(stream_, asio::buffer(data), handler);
          } else {
            asio::async_write(socket(), asio::buffer(data), handler);
          }
        },
        s_.command_timeout);
    if (ec) return temporary("write to the mail server failed: " + ec.message());
    return ok_status();
  }

  void close() {
    boost::system::error_code ignored;
    socket().shutdown(tcp::socket::shutdown_both, ignored);
    socket().close(ignored);
  }

 private:
  tcp::socket& socket() { return stream_.next_layer(); }

  static std::string first_word(const std::string& line) {
    const auto colon = line.find_first_of(": ");
    return line.substr(0, colon);
  }

  Result<Reply> read_reply() {
    Reply reply;
    for (int n = 0; n < 100; ++n) {
      const auto ec = run(
          [&](auto done) {
            auto handler = [done](boost::system::error_code e, std::size_t) { done(e); };
            if (tls_) {
              asio::async_read_until(stream_, buffer_, "\r\n", handler);
            } else {
              asio::async_read_until(socket(), buffer_, "\r\n", handler);
            }
          },
          s_.command_timeout);
      if (ec) return temporary("no reply from the mail server: " + ec.message());
      std::istream in(&buffer_);
      std::string line;
      std::getline(in, line);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      int code = 0;
      const auto [p, err] =
          std::from_chars(line.data(), line.data() + std::min<std::size_t>(3, line.size()), code);
      if (line.size() < 3 || err != std::errc() || p != line.data() + 3 ||
          (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        return temporary("not an SMTP reply: " + line.substr(0, 100));
      }
      reply.code = code;
      reply.lines.push_back(line.size() > 4 ? line.substr(4) : "");
      if (line.size() == 3 || line[3] == ' ') return reply;
    }
    return temporary("the mail server's reply has too many lines");
  }

  // Starts `op` (which calls done(error_code) once) and runs the io_context for at most
  // `timeout`; closes the socket and returns timed_out when it has not finished by then.
  template <class Op>
  boost::system::error_code run(Op op, std::chrono::milliseconds timeout) {
    boost::system::error_code result;
    bool finished = false;
    op([&result, &finished](boost::system::error_code e) {
      result = e;
      finished = true;
    });
    ioc_.restart();
    ioc_.run_for(timeout);
    if (!finished) {
      boost::system::error_code ignored;
      resolver_.cancel();
      socket().close(ignored);  // cancels the operation; its handler then runs with aborted
      ioc_.restart();
      ioc_.run();
      return asio::error::timed_out;
    }
    return result;
  }

  const SmtpSettings& s_;
  std::string tls_problem_;
  asio::io_context ioc_;
  ssl::context tls_context_;
  ssl::stream<tcp::socket> stream_;
  bool tls_ = false;
  tcp::resolver resolver_{ioc_};
  asio::streambuf buffer_{64 * 1024};  // a longer reply line is refused, not buffered
};

// AUTH with the configured user: PLAIN when offered, else LOGIN (RFC 4954). A refusal is kept
// temporary: it is a setting to fix, and the messages should go once it is fixed.
Status authenticate(Conversation& c, const SmtpSettings& s, const Extensions& ext) {
  auto refused = [](const Error& e) {
    return temporary("SMTP AUTH failed (check PAO_SMTP_USER and PAO_SMTP_PASSWORD): " + e.internal);
  };
  if (ext.auth.count("PLAIN")) {
    std::string token;
    token += '\0';
    token += s.user;
    token += '\0';
    token += s.password;
    auto r = c.command("AUTH PLAIN " + base64(token), {235}, "AUTH PLAIN");
    if (!r.ok()) return refused(r.error());
    return ok_status();
  }
  if (ext.auth.count("LOGIN")) {
    auto r = c.command("AUTH LOGIN", {334});
    if (r.ok()) r = c.command(base64(s.user), {334}, "AUTH LOGIN user name");
    if (r.ok()) r = c.command(base64(s.password), {235}, "AUTH LOGIN password");
    if (!r.ok()) return refused(r.error());
    return ok_status();
  }
  std::string offered;
  for (const auto& m : ext.auth) offered += " " + m;
  return temporary("the mail server offers no AUTH mechanism this client speaks (PLAIN, LOGIN):" +
                   (offered.empty() ? std::string(" none") : offered));
}

}  // namespace

std::optional<SmtpSettings> SmtpSettings::from_environment() {
  SmtpSettings s;
  s.host = env("PAO_SMTP_HOST");
  if (s.host.empty()) return std::nullopt;
  if (!env("PAO_SMTP_STARTTLS").empty()) {
    throw std::invalid_argument("PAO_SMTP_STARTTLS is not a setting: use PAO_SMTP_TLS=starttls");
  }
  const std::string tls = env("PAO_SMTP_TLS");
  if (tls.empty() || tls == "none") {
    s.tls = SmtpTls::none;
  } else if (tls == "starttls") {
    s.tls = SmtpTls::starttls;
    s.port = 587;
  } else if (tls == "tls") {
    s.tls = SmtpTls::implicit;
    s.port = 465;
  } else {
    throw std::invalid_argument("PAO_SMTP_TLS must be none, starttls or tls, not: " + tls);
  }
  if (const std::string port = env("PAO_SMTP_PORT"); !port.empty()) {
    unsigned v = 0;
    const auto [p, ec] = std::from_chars(port.data(), port.data() + port.size(), v);
    if (ec != std::errc() || p != port.data() + port.size() || v == 0 || v > 65535) {
      throw std::invalid_argument("PAO_SMTP_PORT is not a port number: " + port);
    }
    s.port = static_cast<std::uint16_t>(v);
  }
  s.from = env("PAO_SMTP_FROM");
  if (!safe_address(s.from)) {
    throw std::invalid_argument("PAO_SMTP_FROM must be an e-mail address (PAO_SMTP_HOST is set)");
  }
  if (const std::string helo = env("PAO_SMTP_HELO"); !helo.empty()) s.helo_name = helo;
  s.user = env("PAO_SMTP_USER");
  s.password = env("PAO_SMTP_PASSWORD");
  if (s.user.empty() != s.password.empty()) {
    throw std::invalid_argument(s.user.empty() ? "PAO_SMTP_PASSWORD is set without PAO_SMTP_USER"
                                               : "PAO_SMTP_USER is set without PAO_SMTP_PASSWORD");
  }
  if (!s.user.empty() && s.tls == SmtpTls::none) {
    throw std::invalid_argument(
        "PAO_SMTP_USER needs PAO_SMTP_TLS=starttls or tls: a password is never sent in clear");
  }
  s.ca_file = env("PAO_SMTP_CA_FILE");
  if (!s.ca_file.empty() && !std::filesystem::is_regular_file(s.ca_file)) {
    throw std::invalid_argument("PAO_SMTP_CA_FILE is not a file: " + s.ca_file);
  }
  return s;
}

Status SmtpTransport::send(const MailMessage& message) {
  if (!safe_address(message.from)) return permanent("bad sender address: " + message.from);
  if (!safe_address(message.to)) return permanent("bad recipient address: " + message.to);
  Conversation c(settings_);
  if (auto s = c.connect(); !s.ok()) return s.error();
  if (settings_.tls == SmtpTls::implicit) {
    if (auto s = c.handshake(); !s.ok()) return s.error();
  }
  auto greeting = c.command("", {220});
  if (!greeting.ok()) return greeting.error();
  auto ehlo = c.command("EHLO " + settings_.helo_name, {250});
  const bool needs_extensions = settings_.tls == SmtpTls::starttls || !settings_.user.empty();
  if (!ehlo.ok()) {
    if (needs_extensions) return ehlo.error();
    auto helo = c.command("HELO " + settings_.helo_name, {250});
    if (!helo.ok()) return helo.error();
  }
  Extensions ext = ehlo.ok() ? extensions_of(*ehlo) : Extensions{};
  if (settings_.tls == SmtpTls::starttls) {
    // Required, so never skipped: a server (or someone in between) not offering it is a failure.
    if (!ext.has("STARTTLS")) {
      return temporary("the mail server does not offer STARTTLS, which PAO_SMTP_TLS requires");
    }
    if (auto r = c.command("STARTTLS", {220}); !r.ok()) return r.error();
    if (auto s = c.handshake(); !s.ok()) return s.error();
    // What the server said before TLS is forgotten (RFC 3207 4.2): ask again.
    ehlo = c.command("EHLO " + settings_.helo_name, {250});
    if (!ehlo.ok()) return ehlo.error();
    ext = extensions_of(*ehlo);
  }
  if (!settings_.user.empty()) {
    if (auto s = authenticate(c, settings_, ext); !s.ok()) return s.error();
  }
  const bool eight_bit = ext.has("8BITMIME");
  const std::string mail_from =
      "MAIL FROM:<" + message.from + ">" + (eight_bit ? " BODY=8BITMIME" : "");
  if (auto r = c.command(mail_from, {250}); !r.ok()) return r.error();
  if (auto r = c.command("RCPT TO:<" + message.to + ">", {250, 251}); !r.ok()) return r.error();
  if (auto r = c.command("DATA", {354}); !r.ok()) return r.error();
  std::string data = dot_stuff(format_message(message, eight_bit));
  data += ".\r\n";
  if (auto w = c.write(data); !w.ok()) return w.error();
  if (auto r = c.command("", {250}); !r.ok()) return r.error();
  (void)c.command("QUIT", {221});  // the message is accepted whatever QUIT answers
  c.close();
  return ok_status();
}

std::string encode_header_text(std::string_view utf8) {
  if (is_plain_ascii(utf8)) return std::string(utf8);
  // "=?UTF-8?B?" + base64 + "?=" ≤ 75 characters: 60 base64 characters, 45 bytes of text.
  constexpr std::size_t kMaxBytes = 45;
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    std::size_t end = std::min(i + kMaxBytes, utf8.size());
    // Back up to the start of a character (continuation bytes are 10xxxxxx).
    while (end < utf8.size() && end > i && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) {
      --end;
    }
    if (end == i) end = std::min(i + kMaxBytes, utf8.size());  // not UTF-8: split anyway
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(utf8.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

std::string to_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 20);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') {
      out += "\r\n";
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string dot_stuff(std::string_view crlf_text) {
  std::string out;
  out.reserve(crlf_text.size() + 16);
  bool line_start = true;
  for (std::size_t i = 0; i < crlf_text.size(); ++i) {
    const char c = crlf_text[i];
    if (line_start && c == '.') out += '.';
    out += c;
    line_start = c == '\n' && i > 0 && crlf_text[i - 1] == '\r';
  }
  return out;
}

std::string rfc5322_date(TimePoint t) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Date d = bangkok_date(t);
  const auto secs =
      std::chrono::duration_cast<std::chrono::seconds>(bangkok_time_of_day(t)).count();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %u %s %04d %02lld:%02lld:%02lld +0700",
                kDays[weekday_of(d).c_encoding()], d.day, kMonths[d.month - 1], d.year,
                static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                static_cast<long long>(secs % 60));
  return buf;
}

std::string format_message(const MailMessage& m, bool eight_bit) {
  std::string body = to_crlf(m.body_text);
  if (body.empty() || !body.ends_with("\r\n")) body += "\r\n";
  if (eight_bit) {
    std::size_t line_start = 0;
    for (std::size_t at = body.find("\r\n"); at != std::string::npos;
         at = body.find("\r\n", line_start)) {
      if (at - line_start > 998) {
        eight_bit = false;
        break;
      }
      line_start = at + 2;
    }
  }
  std::string message_id = m.message_id;
  if (message_id.empty()) {
    const auto at = m.from.find('@');
    message_id = "<" + auth::random_token(16) + "@" +
                 (at == std::string::npos ? std::string("pao.localhost") : m.from.substr(at + 1)) +
                 ">";
  }
  std::string out;
  out += "Date: " + rfc5322_date(m.date) + "\r\n";
  out += "From: " + m.from + "\r\n";
  out += "To: " + m.to + "\r\n";
  out += "Subject: " + encode_header_text(m.subject) + "\r\n";
  out += "Message-ID: " + message_id + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  if (eight_bit) {
    out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    out += body;
  } else {
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    const std::string encoded = base64(body);
    for (std::size_t i = 0; i < encoded.size(); i += 76) {
      out += encoded.substr(i, 76) + "\r\n";
    }
  }
  return out;
}

}  // namespace pao::notify
