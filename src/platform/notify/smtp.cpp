#include "platform/notify/smtp.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <charconv>
#include <cstdlib>
#include <istream>
#include <stdexcept>
#include <vector>

#include "platform/auth/secrets.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::notify {

namespace asio = boost::asio;
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

// One SMTP conversation. Every network step is asynchronous and run on a private io_context
// for at most its timeout; a step that does not finish in time closes the socket.
class Conversation {
 public:
  explicit Conversation(const SmtpSettings& s) : s_(s) {}

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
              socket_, endpoints,
              [done](boost::system::error_code e, const tcp::endpoint&) { done(e); });
        },
        s_.connect_timeout);
    if (ec) {
      return temporary("cannot connect to " + s_.host + ":" + std::to_string(s_.port) + ": " +
                       ec.message());
    }
    return ok_status();
  }

  // Sends `line` (CRLF added) unless empty, then reads the reply and checks its code.
  Result<Reply> command(const std::string& line, std::initializer_list<int> expected) {
    if (!line.empty()) {
      if (auto sent = write(line + "\r\n"); !sent.ok()) return sent.error();
    }
    auto reply = read_reply();
    if (!reply.ok()) return reply.error();
    for (const int code : expected) {
      if (reply->code == code) return reply;
    }
    const std::string what =
        (line.empty() ? std::string("greeting") : first_word(line)) + " answered " + reply->text();
    if (reply->code >= 500) return permanent(what);
    return temporary(what);
  }

  Status write(const std::string& data) {
    const auto ec = run(
        [&](auto done) {
          asio::async_write(socket_, asio::buffer(data),
                            [done](boost::system::error_code e, std::size_t) { done(e); });
        },
        s_.command_timeout);
    if (ec) return temporary("write to the mail server failed: " + ec.message());
    return ok_status();
  }

  void close() {
    boost::system::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

 private:
  static std::string first_word(const std::string& line) {
    const auto colon = line.find_first_of(": ");
    return line.substr(0, colon);
  }

  Result<Reply> read_reply() {
    Reply reply;
    for (int n = 0; n < 100; ++n) {
      const auto ec = run(
          [&](auto done) {
            asio::async_read_until(socket_, buffer_, "\r\n",
                                   [done](boost::system::error_code e, std::size_t) { done(e); });
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
      socket_.close(ignored);  // cancels the operation; its handler then runs with aborted
      ioc_.restart();
      ioc_.run();
      return asio::error::timed_out;
    }
    return result;
  }

  const SmtpSettings& s_;
  asio::io_context ioc_;
  tcp::resolver resolver_{ioc_};
  tcp::socket socket_{ioc_};
  asio::streambuf buffer_{64 * 1024};  // a longer reply line is refused, not buffered
};

}  // namespace

std::optional<SmtpSettings> SmtpSettings::from_environment() {
  SmtpSettings s;
  s.host = env("PAO_SMTP_HOST");
  if (s.host.empty()) return std::nullopt;
  for (const char* unsupported : {"PAO_SMTP_USER", "PAO_SMTP_PASSWORD", "PAO_SMTP_STARTTLS"}) {
    if (!env(unsupported).empty()) {
      throw std::invalid_argument(std::string(unsupported) +
                                  " is set, but SMTP AUTH and STARTTLS are not supported yet: "
                                  "relay through a mail server on this host or network");
    }
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
  return s;
}

Status SmtpTransport::send(const MailMessage& message) {
  if (!safe_address(message.from)) return permanent("bad sender address: " + message.from);
  if (!safe_address(message.to)) return permanent("bad recipient address: " + message.to);
  Conversation c(settings_);
  if (auto s = c.connect(); !s.ok()) return s.error();
  auto greeting = c.command("", {220});
  if (!greeting.ok()) return greeting.error();
  bool eight_bit = false;
  auto ehlo = c.command("EHLO " + settings_.helo_name, {250});
  if (ehlo.ok()) {
    for (std::size_t i = 1; i < ehlo->lines.size(); ++i) {
      std::string kw = ehlo->lines[i].substr(0, ehlo->lines[i].find(' '));
      for (auto& ch : kw) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (kw == "8BITMIME") eight_bit = true;
    }
  } else {
    auto helo = c.command("HELO " + settings_.helo_name, {250});
    if (!helo.ok()) return helo.error();
  }
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
