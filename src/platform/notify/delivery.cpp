#include "platform/notify/delivery.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace pao::notify {

namespace {

std::chrono::seconds backoff(const DeliveryOptions& o, int attempts) {
  auto delay = o.first_retry;
  for (int i = 1; i < attempts && delay < o.max_retry; ++i) delay *= 2;
  return std::min(delay, o.max_retry);
}

std::string clip(std::string s) {
  if (s.size() > 1000) s.resize(1000);
  return s;
}

}  // namespace

std::string DeliveryReport::summary() const {
  std::string s = "sent " + std::to_string(sent) + ", retrying " + std::to_string(retrying) +
                  ", failed " + std::to_string(failed);
  if (waiting > 0) s += ", " + std::to_string(waiting) + " waiting for PAO_SMTP_HOST";
  return s;
}

DeliveryReport deliver_pending(db::Connection& conn, const Clock& clock, MailTransport* transport,
                               const UserEmailLookup& user_email, const DeliveryOptions& options,
                               const std::atomic<bool>* stop) {
  DeliveryReport report;
  const std::string now = to_iso_utc(clock.now());
  if (!transport) {
    report.waiting = conn.query_one(
                             "SELECT COUNT(*) FROM platform_notification WHERE channel = 'email' "
                             "AND state IN ('pending', 'sending')")
                         ->i64(0);
    return report;
  }
  const auto rows = conn.query(
      "SELECT id, recipient_user_id, address, subject, body_text, link, state, attempts, "
      "created_at FROM platform_notification WHERE channel = 'email' AND state IN ('pending', "
      "'sending') AND next_attempt_at <= ? ORDER BY id LIMIT ?",
      now, options.batch);
  for (const auto& r : rows) {
    if (stop && stop->load()) break;  // the rest waits for the next pass
    const std::int64_t id = r.i64(0);
    const int attempts = static_cast<int>(r.i64(7));
    const TimePoint claimed_at = clock.now();
    const auto claimed = conn.execute(
        "UPDATE platform_notification SET state = 'sending', attempts = attempts + 1, "
        "next_attempt_at = ? WHERE id = ? AND state = ? AND attempts = ?",
        to_iso_utc(claimed_at + options.claim_timeout), id, r.str(6), attempts);
    if (claimed != 1) continue;  // another server has it
    const int attempt = attempts + 1;

    std::string to = r.str(2);
    if (to.empty() && !r.is_null(1) && user_email) to = user_email(conn, r.i64(1));
    Status sent = ok_status();
    if (to.empty()) {
      sent = Error{ErrorCode::invalid_argument, {}, {}, "the recipient has no e-mail address"};
    } else {
      MailMessage m;
      m.from = options.from;
      m.to = to;
      m.subject = r.str(3);
      m.body_text = r.str(4);
      if (std::string link = r.str(5); !link.empty()) {
        if (link.front() == '/' && !options.base_url.empty()) link = options.base_url + link;
        m.body_text += "\n\n" + link;
      }
      m.date = claimed_at;
      m.message_id = "<notification-" + std::to_string(id) + "." + r.str(8).substr(0, 10) + "@" +
                     (options.from.find('@') == std::string::npos
                          ? std::string("pao.localhost")
                          : options.from.substr(options.from.find('@') + 1)) +
                     ">";
      try {
        sent = transport->send(m);
      } catch (const std::exception& e) {
        sent = Error::unavailable(std::string("mail transport: ") + e.what());
      }
    }
    const std::string done_at = to_iso_utc(clock.now());
    if (sent.ok()) {
      conn.execute(
          "UPDATE platform_notification SET state = 'sent', sent_at = ?, last_error = NULL "
          "WHERE id = ? AND attempts = ?",
          done_at, id, attempt);
      ++report.sent;
      continue;
    }
    const Error& e = sent.error();
    const std::string why = clip(e.internal.empty() ? e.message.en : e.internal);
    if (e.code == ErrorCode::unavailable && attempt < options.max_attempts) {
      conn.execute(
          "UPDATE platform_notification SET state = 'pending', next_attempt_at = ?, "
          "last_error = ? WHERE id = ? AND attempts = ?",
          to_iso_utc(clock.now() + backoff(options, attempt)), why, id, attempt);
      ++report.retrying;
      spdlog::warn("notification {}: e-mail to {} failed (try {}), will retry: {}", id, to, attempt,
                   why);
    } else {
      conn.execute(
          "UPDATE platform_notification SET state = 'failed', last_error = ? "
          "WHERE id = ? AND attempts = ?",
          why, id, attempt);
      ++report.failed;
      spdlog::error("notification {}: e-mail to {} failed for good: {}", id, to, why);
    }
  }
  return report;
}

jobs::JobSpec delivery_job(std::shared_ptr<MailTransport> transport, UserEmailLookup user_email,
                           DeliveryOptions options) {
  jobs::JobSpec spec;
  spec.name = "platform.notify.deliver";
  spec.schedule = "every minute";
  // Each e-mail keeps its own retries; a failed pass (the database) simply waits for the next.
  spec.max_attempts = 1;
  spec.handler = [transport = std::move(transport), user_email = std::move(user_email),
                  options = std::move(options)](jobs::JobContext& job) -> Status {
    const auto report =
        deliver_pending(job.conn, job.clock, transport.get(), user_email, options, job.stop);
    job.summary = report.summary();
    return ok_status();
  };
  return spec;
}

}  // namespace pao::notify
