#include "platform/notify/smtp.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "platform/db/migrations.hpp"
#include "platform/db/testing.hpp"
#include "platform/notify/delivery.hpp"
#include "platform/notify/notification.hpp"

extern char** environ;

namespace pao::notify {
namespace {

namespace fs = std::filesystem;

// A real SMTP server (aiosmtpd, Debian python3-aiosmtpd) on a free loopback port. Each message
// it accepts is parsed by Python's own e-mail package, independently of our encoder, and saved
// as N.json: envelope, decoded Subject, decoded body, and the raw bytes received.
constexpr const char* kServerScript = R"PY(
import asyncio, email, email.policy, json, logging, os, ssl, sys, warnings
from aiosmtpd.smtp import SMTP, AuthResult

# mode: plain | starttls (offered, required before MAIL) | tls (TLS from the first byte).
# With a user, AUTH is required and only that user/password is accepted; "login-only" hides
# AUTH PLAIN so the client must use LOGIN.
out_dir, port_file, mode, cert, key, user, password, mechanisms = sys.argv[1:9]
auth_attempts = os.path.join(out_dir, "auth-attempts")
warnings.simplefilter("ignore")
logging.disable(logging.WARNING)  # aiosmtpd logs its own deprecations

def check_password(server, session, envelope, mechanism, auth_data):
    with open(auth_attempts, "a") as f:
        f.write(mechanism + "\n")
    ok = auth_data.login == user.encode() and auth_data.password == password.encode()
    return AuthResult(success=ok, handled=False)

class Keep:
    # Recipients named refused@… get a permanent refusal, busy@… a temporary one.
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused@"):
            return "550 5.1.1 No such user here"
        if address.startswith("busy@"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        n = len([f for f in os.listdir(out_dir) if f.endswith(".json")])
        record = {
            "mail_from": envelope.mail_from,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(session.authenticated),
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "subject": str(msg["subject"]),
            "from": str(msg["from"]),
            "content_type": msg.get_content_type(),
            "charset": msg.get_content_charset(),
            "transfer_encoding": str(msg["content-transfer-encoding"]),
            "body": msg.get_content().replace("\r\n", "\n"),
            "raw": raw.decode("utf-8", "replace"),
        }
        tmp = os.path.join(out_dir, ".%d.tmp" % n)
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(tmp, os.path.join(out_dir, "%d.json" % n))
        return "250 OK kept"

async def main():
    loop = asyncio.get_running_loop()
    context = None
    if mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
    options = dict(hostname="smtp.test")
    if mode == "starttls":
        options.update(tls_context=context, require_starttls=True)
    if user:
        options.update(authenticator=check_password, auth_required=True)
        if mechanisms == "login-only":
            options.update(auth_exclude_mechanism=["PLAIN"])
    if mode == "tls":
        # The whole connection is TLS already; aiosmtpd only knows about STARTTLS.
        options.update(auth_require_tls=False)
        # (aiosmtpd warns about that, and about its own deprecated login_data: not our concern)
    server = await loop.create_server(lambda: SMTP(Keep(), **options), "127.0.0.1", 0,
                                      ssl=context if mode == "tls" else None)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    os.rename(port_file + ".tmp", port_file)
    await asyncio.Event().wait()

asyncio.run(main())
)PY";

// Debian's interpreter: python3-aiosmtpd installs into it (scripts/install-deps).
constexpr const char* kPython = "/usr/bin/python3";

// How the test server is set up: plain, STARTTLS required, or TLS from the first byte; with a
// user, AUTH is required. Its certificate is self-signed for `cert_names` (an openssl SAN list).
struct ServerOptions {
  std::string mode = "plain";  // plain | starttls | tls
  std::string user;
  std::string password;
  bool login_only = false;  // hide AUTH PLAIN
  std::string cert_names = "DNS:localhost,IP:127.0.0.1";
};

class LocalSmtpServer {
 public:
  explicit LocalSmtpServer(const ServerOptions& o = {}) {
    std::string dir = (fs::temp_directory_path() / "pao-smtp-test-XXXXXX").string();
    if (!mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = dir;
    fs::create_directories(dir_ / "mail");
    std::ofstream(dir_ / "server.py") << kServerScript;
    if (o.mode != "plain") make_certificate(o.cert_names);
    const std::string mechanisms = o.login_only ? "login-only" : "any";
    std::vector<std::string> args = {kPython,
                                     (dir_ / "server.py").string(),
                                     (dir_ / "mail").string(),
                                     (dir_ / "port").string(),
                                     o.mode,
                                     cert_file(),
                                     (dir_ / "key.pem").string(),
                                     o.user,
                                     o.password,
                                     mechanisms};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, kPython, nullptr, nullptr, argv.data(), environ) != 0) {
      throw std::runtime_error("cannot start /usr/bin/python3: run scripts/install-deps");
    }
    const fs::path port_file = dir_ / "port";
    for (int i = 0; i < 200 && !fs::exists(port_file); ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = 0;
        throw std::runtime_error(
            "the aiosmtpd test server exited at once (python3-aiosmtpd missing? run "
            "scripts/install-deps)");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::ifstream in(port_file);
    in >> port_;
    if (port_ == 0) throw std::runtime_error("the aiosmtpd test server did not start in 10 s");
  }
  ~LocalSmtpServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  std::uint16_t port() const { return port_; }
  // The server's self-signed certificate: a client trusts it through PAO_SMTP_CA_FILE.
  std::string cert_file() const { return (dir_ / "cert.pem").string(); }
  // The AUTH mechanisms clients tried, in order ("PLAIN", "LOGIN").
  std::vector<std::string> auth_attempts() const {
    std::vector<std::string> out;
    std::ifstream in(dir_ / "mail" / "auth-attempts");
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
  // The messages received so far, in order, as the server's Python parsed them.
  std::vector<boost::json::object> messages() const {
    std::vector<boost::json::object> out;
    for (int n = 0;; ++n) {
      const auto file = dir_ / "mail" / (std::to_string(n) + ".json");
      if (!fs::exists(file)) break;
      std::ifstream in(file);
      std::stringstream text;
      text << in.rdbuf();
      out.push_back(boost::json::parse(text.str()).as_object());
    }
    return out;
  }

 private:
  void make_certificate(const std::string& names) {
    const std::string command =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=smtp.test"
        " -keyout '" +
        (dir_ / "key.pem").string() + "' -out '" + cert_file() +
        "' -addext subjectAltName=" + names + " 2>/dev/null";
    if (std::system(command.c_str()) != 0) {
      throw std::runtime_error(
          "openssl could not make a test certificate (run scripts/install-deps)");
    }
  }

  fs::path dir_;
  pid_t pid_ = 0;
  std::uint16_t port_ = 0;
};

std::string str(const boost::json::object& o, const char* key) {
  return std::string(o.at(key).as_string());
}

TimePoint at(const char* iso) {
  TimePoint t{};
  EXPECT_TRUE(parse_iso_time(iso, t)) << iso;
  return t;
}

std::string unbase64(std::string_view in) {
  static const std::string kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (const char c : in) {
    if (c == '=') break;
    acc = (acc << 6) | static_cast<unsigned>(kDigits.find(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

// ---- the message format ------------------------------------------------------------------------

TEST(SmtpFormat, ThaiSubjectBecomesEncodedWordsOfAtMost75CharsWithoutSplittingACharacter) {
  const std::string subject = "แจ้งเตือน: มีหนังสือรับใหม่จากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดลำพูน";
  const std::string encoded = encode_header_text(subject);
  std::string joined;
  std::size_t words = 0;
  std::size_t pos = 0;
  while (pos < encoded.size()) {
    auto end = encoded.find("\r\n ", pos);
    const std::string word = encoded.substr(pos, end == std::string::npos ? end : end - pos);
    EXPECT_LE(word.size(), 75u) << word;
    ASSERT_TRUE(word.starts_with("=?UTF-8?B?") && word.ends_with("?=")) << word;
    const std::string piece = unbase64(word.substr(10, word.size() - 12));
    // Each word holds whole characters: it starts on a lead byte, and a Thai letter's 3 bytes
    // (this subject has no other non-ASCII) are never split across words.
    ASSERT_FALSE(piece.empty());
    EXPECT_NE(static_cast<unsigned char>(piece.front()) & 0xC0, 0x80) << word;
    joined += piece;
    ++words;
    pos = end == std::string::npos ? encoded.size() : end + 3;
  }
  EXPECT_GT(words, 1u) << "a long subject is folded into several words";
  EXPECT_EQ(joined, subject);
  EXPECT_EQ(encode_header_text("Plain subject"), "Plain subject");
  EXPECT_NE(encode_header_text("looks =?like?= a word"), "looks =?like?= a word");
}

TEST(SmtpFormat, DotStuffingDoublesALeadingDotOnEveryLine) {
  EXPECT_EQ(dot_stuff(".\r\n..x\r\na.b\r\n.end"), "..\r\n...x\r\na.b\r\n..end");
  EXPECT_EQ(to_crlf("a\nb\r\nc\rd"), "a\r\nb\r\nc\r\nd");
}

TEST(SmtpFormat, DateHeaderIsBangkokTime) {
  EXPECT_EQ(rfc5322_date(at("2026-11-25T02:03:04Z")), "Wed, 25 Nov 2026 09:03:04 +0700");
  EXPECT_EQ(rfc5322_date(at("2026-12-31T17:00:00Z")), "Fri, 1 Jan 2027 00:00:00 +0700");
}

TEST(SmtpFormat, BodyIsBase64WhenTheServerLacks8BitMimeOrALineIsTooLong) {
  MailMessage m{
      .from = "a@example.org", .to = "b@example.org", .subject = "s", .body_text = "สวัสดี\n"};
  EXPECT_NE(format_message(m, true).find("Content-Transfer-Encoding: 8bit\r\n"), std::string::npos);
  EXPECT_NE(format_message(m, false).find("Content-Transfer-Encoding: base64\r\n"),
            std::string::npos);
  m.body_text = std::string(1000, 'x');
  EXPECT_NE(format_message(m, true).find("Content-Transfer-Encoding: base64\r\n"),
            std::string::npos);
}

// ---- a real server -----------------------------------------------------------------------------

SmtpSettings settings_for(std::uint16_t port) {
  SmtpSettings s;
  s.host = "127.0.0.1";
  s.port = port;
  s.from = "pao@lamphunpao.go.th";
  s.helo_name = "pao.test";
  s.connect_timeout = std::chrono::seconds(5);
  s.command_timeout = std::chrono::seconds(5);
  return s;
}

class SmtpDelivery : public ::testing::TestWithParam<db::Backend> {};

TEST_P(SmtpDelivery, ThaiSubjectAndBodyArriveIntactAtARealSmtpServer) {
  LocalSmtpServer server;
  auto db = db::open_fresh_database(GetParam());
  auto migrations = audit::audit_migrations();
  for (auto& m : notify_migrations()) migrations.push_back(std::move(m));
  db::apply_migrations(*db, migrations, "2026-11-25T00:00:00Z");
  auto lease = db->acquire();
  const TimePoint t0 = at("2026-11-25T09:00:00+07:00");

  const std::string subject = "มีหนังสือรับใหม่ เลขที่ ๑๒๕/๒๕๖๙ เรื่อง ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัดลำพูน";
  // A lone "." line would end DATA early without dot-stuffing; ".." must come through as is.
  const std::string body =
      "เรียน ผู้อำนวยการกองคลัง\n\nมีหนังสือรับใหม่รอการพิจารณา\n.\n..สองจุด\n.จุดนำหน้า\nจบ";
  {
    db::Tx tx(lease.conn());
    enqueue(lease.conn(), t0,
            {.address = "director@example.org",
             .channel = Channel::email,
             .subject = subject,
             .body_text = body,
             .link = "/saraban/incoming/125"});
    // Long lines make the body go as base64.
    enqueue(lease.conn(), t0,
            {.address = "clerk@example.org",
             .channel = Channel::email,
             .subject = "ยาว",
             .body_text = std::string(400, 'x') + "ก" + std::string(700, 'y')});
    tx.commit();
  }
  SmtpTransport transport(settings_for(server.port()));
  FixedClock clock(t0);
  const auto report =
      deliver_pending(lease.conn(), clock, &transport, {},
                      {.from = "pao@lamphunpao.go.th", .base_url = "https://pao.example.go.th"});
  EXPECT_EQ(report.sent, 2) << report.summary();
  EXPECT_EQ(
      lease->query_one("SELECT COUNT(*) FROM platform_notification WHERE state = 'sent'")->i64(0),
      2);

  const auto got = server.messages();
  ASSERT_EQ(got.size(), 2u);
  const auto& m = got[0];
  EXPECT_EQ(str(m, "mail_from"), "pao@lamphunpao.go.th");
  EXPECT_EQ(m.at("rcpt_tos").as_array().at(0).as_string(), "director@example.org");
  EXPECT_EQ(str(m, "subject"), subject);
  EXPECT_EQ(str(m, "body"), body + "\n\nhttps://pao.example.go.th/saraban/incoming/125\n");
  EXPECT_EQ(str(m, "content_type"), "text/plain");
  EXPECT_EQ(str(m, "charset"), "utf-8");
  EXPECT_EQ(str(m, "transfer_encoding"), "8bit") << "aiosmtpd offers 8BITMIME";
  EXPECT_NE(str(m, "raw").find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(str(m, "raw").find("Date: Wed, 25 Nov 2026 09:00:00 +0700"), std::string::npos);

  const auto& long_lines = got[1];
  EXPECT_EQ(str(long_lines, "transfer_encoding"), "base64");
  EXPECT_EQ(str(long_lines, "body"), std::string(400, 'x') + "ก" + std::string(700, 'y') + "\n");
  EXPECT_EQ(str(long_lines, "subject"), "ยาว");
}

INSTANTIATE_TEST_SUITE_P(Db, SmtpDelivery, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

TEST(SmtpTransport, AClosedPortIsATemporaryFailure) {
  std::uint16_t port = 0;
  {
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::acceptor a(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
    port = a.local_endpoint().port();
  }  // closed again: nothing listens there now
  SmtpTransport t(settings_for(port));
  const auto s = t.send({.from = "a@example.org", .to = "b@example.org", .subject = "x"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::unavailable);
}

TEST(SmtpTransport, AServerThatNeverAnswersTimesOut) {
  boost::asio::io_context ioc;
  // Listening but never accepting: the connection completes in the kernel, no greeting comes.
  boost::asio::ip::tcp::acceptor a(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
  auto settings = settings_for(a.local_endpoint().port());
  settings.command_timeout = std::chrono::milliseconds(300);
  SmtpTransport t(settings);
  const auto t0 = std::chrono::steady_clock::now();
  const auto s = t.send({.from = "a@example.org", .to = "b@example.org", .subject = "x"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::unavailable);
  EXPECT_NE(s.error().internal.find("no reply"), std::string::npos) << s.error().internal;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(3));
}

TEST(SmtpTransport, A5xxRefusalIsPermanentAndA4xxTemporary) {
  LocalSmtpServer server;
  SmtpTransport t(settings_for(server.port()));
  const auto refused =
      t.send({.from = "a@example.org", .to = "refused@example.org", .subject = "x"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(refused.error().internal.find("RCPT answered 550"), std::string::npos)
      << refused.error().internal;
  const auto busy = t.send({.from = "a@example.org", .to = "busy@example.org", .subject = "x"});
  ASSERT_FALSE(busy.ok());
  EXPECT_EQ(busy.error().code, ErrorCode::unavailable) << busy.error().internal;
  EXPECT_TRUE(server.messages().empty());
}

// ---- TLS and AUTH: submitting to an office mail service ----------------------------------------

MailMessage thai_message(std::string to = "clerk@lamphunpao.go.th") {
  return {.from = "pao@lamphunpao.go.th",
          .to = std::move(to),
          .subject = "แจ้งเตือน: หนังสือรอลงนาม",
          .body_text = "เรียน ผู้อำนวยการกอง\nมีหนังสือรอท่านลงนาม ๒ ฉบับ\n"};
}

SmtpSettings tls_settings(const LocalSmtpServer& server, SmtpTls tls) {
  auto s = settings_for(server.port());
  s.tls = tls;
  s.ca_file = server.cert_file();
  s.user = "pao-mailer";
  s.password = "s3cret-ของสำนักงาน";
  return s;
}

TEST(SmtpTls, StartTlsThenAuthPlainDeliversTheMessageEncrypted) {
  LocalSmtpServer server(
      {.mode = "starttls", .user = "pao-mailer", .password = "s3cret-ของสำนักงาน"});
  SmtpTransport t(tls_settings(server, SmtpTls::starttls));
  const auto sent = t.send(thai_message());
  ASSERT_TRUE(sent.ok()) << sent.error().internal;
  const auto got = server.messages();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].at("tls").as_bool());
  EXPECT_TRUE(got[0].at("authenticated").as_bool());
  EXPECT_EQ(str(got[0], "subject"), "แจ้งเตือน: หนังสือรอลงนาม");
  EXPECT_EQ(server.auth_attempts(), std::vector<std::string>{"PLAIN"});
}

TEST(SmtpTls, ImplicitTlsOnPort465WithAuthLoginWhenPlainIsNotOffered) {
  LocalSmtpServer server(
      {.mode = "tls", .user = "pao-mailer", .password = "s3cret-ของสำนักงาน", .login_only = true});
  SmtpTransport t(tls_settings(server, SmtpTls::implicit));
  const auto sent = t.send(thai_message());
  ASSERT_TRUE(sent.ok()) << sent.error().internal;
  const auto got = server.messages();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].at("tls").as_bool());
  EXPECT_TRUE(got[0].at("authenticated").as_bool());
  EXPECT_EQ(server.auth_attempts(), std::vector<std::string>{"LOGIN"});
}

TEST(SmtpTls, AWrongPasswordIsTemporaryNamesTheSettingAndDeliversNothing) {
  LocalSmtpServer server({.mode = "starttls", .user = "pao-mailer", .password = "right"});
  auto settings = tls_settings(server, SmtpTls::starttls);
  settings.password = "wrong";
  const auto sent = SmtpTransport(settings).send(thai_message());
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::unavailable) << "kept in the outbox until fixed";
  EXPECT_NE(sent.error().internal.find("PAO_SMTP_PASSWORD"), std::string::npos)
      << sent.error().internal;
  EXPECT_NE(sent.error().internal.find("535"), std::string::npos) << sent.error().internal;
  EXPECT_EQ(sent.error().internal.find("wrong"), std::string::npos) << "the password is not logged";
  EXPECT_TRUE(server.messages().empty());
}

TEST(SmtpTls, AnUntrustedCertificateStopsBeforeThePasswordIsSent) {
  LocalSmtpServer server({.mode = "starttls", .user = "pao-mailer", .password = "s3cret"});
  auto settings = tls_settings(server, SmtpTls::starttls);
  settings.ca_file.clear();  // the system's CAs do not know this self-signed certificate
  const auto sent = SmtpTransport(settings).send(thai_message());
  ASSERT_FALSE(sent.ok());
  EXPECT_NE(sent.error().internal.find("TLS with 127.0.0.1 failed"), std::string::npos)
      << sent.error().internal;
  EXPECT_TRUE(server.auth_attempts().empty());
  EXPECT_TRUE(server.messages().empty());
}

TEST(SmtpTls, ACertificateForAnotherHostIsRefusedEvenWhenItsIssuerIsTrusted) {
  LocalSmtpServer server({.mode = "tls",
                          .user = "pao-mailer",
                          .password = "s3cret",
                          .cert_names = "DNS:mail.elsewhere.example"});
  const auto sent = SmtpTransport(tls_settings(server, SmtpTls::implicit)).send(thai_message());
  ASSERT_FALSE(sent.ok());
  EXPECT_NE(sent.error().internal.find("TLS with 127.0.0.1 failed"), std::string::npos)
      << sent.error().internal;
  EXPECT_TRUE(server.auth_attempts().empty());
}

TEST(SmtpTls, AServerWithoutStartTlsIsAFailureNotAFallbackToPlainText) {
  LocalSmtpServer server;  // plain, offers no STARTTLS
  const auto sent = SmtpTransport(tls_settings(server, SmtpTls::starttls)).send(thai_message());
  ASSERT_FALSE(sent.ok());
  EXPECT_NE(sent.error().internal.find("does not offer STARTTLS"), std::string::npos)
      << sent.error().internal;
  EXPECT_TRUE(server.messages().empty());
}

// ---- configuration from the environment --------------------------------------------------------

class SmtpEnvironment : public ::testing::Test {
 protected:
  void SetUp() override { clear(); }
  void TearDown() override { clear(); }
  static void clear() {
    for (const char* name :
         {"PAO_SMTP_HOST", "PAO_SMTP_PORT", "PAO_SMTP_FROM", "PAO_SMTP_HELO", "PAO_SMTP_TLS",
          "PAO_SMTP_USER", "PAO_SMTP_PASSWORD", "PAO_SMTP_CA_FILE", "PAO_SMTP_STARTTLS"}) {
      unsetenv(name);
    }
  }
  static void set(const char* name, const char* value) { setenv(name, value, 1); }
  static std::string refusal() {
    try {
      (void)SmtpSettings::from_environment();
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  }
};

TEST_F(SmtpEnvironment, TheTlsModePicksTheUsualPortUnlessOneIsGiven) {
  set("PAO_SMTP_HOST", "smtp.lamphunpao.go.th");
  set("PAO_SMTP_FROM", "pao@lamphunpao.go.th");
  EXPECT_EQ(SmtpSettings::from_environment()->port, 25);
  set("PAO_SMTP_TLS", "starttls");
  EXPECT_EQ(SmtpSettings::from_environment()->port, 587);
  set("PAO_SMTP_TLS", "tls");
  EXPECT_EQ(SmtpSettings::from_environment()->tls, SmtpTls::implicit);
  EXPECT_EQ(SmtpSettings::from_environment()->port, 465);
  set("PAO_SMTP_PORT", "2465");
  EXPECT_EQ(SmtpSettings::from_environment()->port, 2465);
}

TEST_F(SmtpEnvironment, SettingsThatWouldSendAPasswordInClearOrHalfConfiguredAreRefused) {
  set("PAO_SMTP_HOST", "smtp.lamphunpao.go.th");
  set("PAO_SMTP_FROM", "pao@lamphunpao.go.th");
  set("PAO_SMTP_USER", "pao-mailer");
  set("PAO_SMTP_PASSWORD", "s3cret");
  EXPECT_NE(refusal().find("PAO_SMTP_TLS"), std::string::npos) << refusal();
  set("PAO_SMTP_TLS", "starttls");
  EXPECT_EQ(refusal(), "");
  unsetenv("PAO_SMTP_PASSWORD");
  EXPECT_NE(refusal().find("PAO_SMTP_PASSWORD"), std::string::npos) << refusal();
  set("PAO_SMTP_PASSWORD", "s3cret");
  set("PAO_SMTP_TLS", "ssl");
  EXPECT_NE(refusal().find("PAO_SMTP_TLS must be none, starttls or tls"), std::string::npos);
  set("PAO_SMTP_TLS", "tls");
  set("PAO_SMTP_CA_FILE", "/nonexistent/ca.pem");
  EXPECT_NE(refusal().find("PAO_SMTP_CA_FILE"), std::string::npos) << refusal();
  unsetenv("PAO_SMTP_CA_FILE");
  set("PAO_SMTP_STARTTLS", "1");
  EXPECT_NE(refusal().find("PAO_SMTP_TLS=starttls"), std::string::npos) << refusal();
}

}  // namespace
}  // namespace pao::notify
