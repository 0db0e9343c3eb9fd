// Sending e-mail: the MailTransport interface the delivery job uses, and an SMTP client for it
// written over Boost.Asio.
//
// The client speaks SMTP (RFC 5321): EHLO, MAIL FROM, RCPT TO, DATA, QUIT, one connection per
// message, every step under a timeout. It can relay through a server on the same host or network
// without authentication, or submit to an office or government mail service the way mail clients
// do: STARTTLS on port 587 (RFC 3207) or TLS from the first byte on port 465 (RFC 8314), then
// AUTH PLAIN or LOGIN (RFC 4954). The server's certificate is checked against the system's CAs
// (or PAO_SMTP_CA_FILE) and the host name; credentials are never sent without TLS, and a server
// that does not offer STARTTLS when it is required is a failure, not a reason to fall back to
// plain text (ADR 0007). Messages are text/plain; charset=UTF-8, sent 8bit when the server offers
// 8BITMIME (dot-stuffed), otherwise base64; the subject is RFC 2047 encoded-words.
//
// Blocking: call it from a job thread, never from an HTTP I/O thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::notify {

struct MailMessage {
  std::string from;  // "pao@lamphunpao.go.th"
  std::string to;
  std::string subject;    // UTF-8, one line
  std::string body_text;  // UTF-8; any line ending
  TimePoint date{};
  std::string message_id;  // "<…@…>", made up when empty
};

// Hands a message to a mail system. Returns unavailable for a failure worth retrying (cannot
// connect, timeout, a 4xx reply) and invalid_argument for one that is not (a 5xx reply: the
// address or message was refused), with the server's reply in Error::internal.
class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual Status send(const MailMessage& message) = 0;
};

// How the connection to the mail server is protected.
enum class SmtpTls {
  none,      // plain SMTP: a relay on this host or a trusted network (port 25)
  starttls,  // plain, then STARTTLS before anything else is sent (port 587)
  implicit,  // TLS from the first byte (port 465)
};

struct SmtpSettings {
  std::string host;                     // PAO_SMTP_HOST
  std::uint16_t port = 25;              // PAO_SMTP_PORT (default 25, 587 or 465 by PAO_SMTP_TLS)
  std::string from;                     // PAO_SMTP_FROM: the envelope and From: address
  std::string helo_name = "localhost";  // PAO_SMTP_HELO: this host's name in EHLO
  SmtpTls tls = SmtpTls::none;          // PAO_SMTP_TLS: none | starttls | tls
  std::string user;                     // PAO_SMTP_USER: AUTH when not empty (needs TLS)
  std::string password;                 // PAO_SMTP_PASSWORD
  std::string ca_file;  // PAO_SMTP_CA_FILE: trust this PEM file instead of the system's CAs
  std::chrono::milliseconds connect_timeout{std::chrono::seconds(10)};
  std::chrono::milliseconds command_timeout{std::chrono::seconds(30)};  // each reply

  // From the environment; nullopt when PAO_SMTP_HOST is unset (e-mail is then not sent and
  // waits in the outbox). Throws std::invalid_argument naming the variable for a bad port, a
  // missing PAO_SMTP_FROM, an unknown PAO_SMTP_TLS, a user without a password (or the other way
  // round), or credentials with PAO_SMTP_TLS=none (a password is never sent in clear).
  static std::optional<SmtpSettings> from_environment();
};

class SmtpTransport final : public MailTransport {
 public:
  explicit SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {}
  Status send(const MailMessage& message) override;
  const SmtpSettings& settings() const { return settings_; }

 private:
  SmtpSettings settings_;
};

// ---- the message format, exposed for tests ---------------------------------------------------

// RFC 2047 "B" encoded-words for a header value ("=?UTF-8?B?…?="), each at most 75 characters,
// never splitting a UTF-8 character, joined by CRLF SP (folded). Plain ASCII without "=?" comes
// back unchanged.
std::string encode_header_text(std::string_view utf8);
// Lines starting with "." get a second one (RFC 5321 4.5.2); `crlf_text` uses CRLF line ends.
std::string dot_stuff(std::string_view crlf_text);
// Every line ending (CRLF, LF or CR) as CRLF.
std::string to_crlf(std::string_view text);
// "Wed, 25 Nov 2026 09:00:00 +0700": the Date header, in Bangkok time.
std::string rfc5322_date(TimePoint t);
// Header and body, CRLF line ends, ready for DATA before dot-stuffing. `eight_bit`: the body as
// UTF-8 text (Content-Transfer-Encoding: 8bit) when no line is longer than 998 bytes, else
// base64 in lines of 76.
std::string format_message(const MailMessage& m, bool eight_bit);

}  // namespace pao::notify
