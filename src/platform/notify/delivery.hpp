// Delivering the outbox: e-mail notifications waiting in platform_notification are handed to a
// MailTransport by the job "platform.notify.deliver" (every minute, see delivery_job()).
//
// Each e-mail is claimed before it is sent (`UPDATE … WHERE id = ? AND state = <read> AND
// attempts = <read>`), so two servers never send it twice while both are up. A claim lapses
// after `claim_timeout` (the sender died mid-send); the e-mail is then sent again: delivery is
// at least once across a crash, exactly once otherwise. A temporary failure (cannot connect,
// 4xx) is retried after first_retry × 2^(n−1), at most max_retry, up to max_attempts tries; a
// refusal (5xx) or a user without an address fails at once. Delivery state is housekeeping and
// is not audited.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "platform/db/database.hpp"
#include "platform/jobs/job.hpp"
#include "platform/notify/smtp.hpp"
#include "platform/time/clock.hpp"

namespace pao::notify {

// A user's e-mail address, "" when none (the identity module provides it through the Registry).
using UserEmailLookup = std::function<std::string(db::Connection&, std::int64_t user_id)>;

struct DeliveryOptions {
  std::string from;      // the sender address (SmtpSettings::from)
  std::string base_url;  // PAO_PUBLIC_URL, put before a link starting with '/'; "" keeps it as is
  int max_attempts = 8;
  std::chrono::seconds first_retry{std::chrono::minutes(1)};
  std::chrono::seconds max_retry{std::chrono::hours(1)};
  std::chrono::seconds claim_timeout{std::chrono::minutes(10)};
  int batch = 200;  // e-mails at most per pass
};

struct DeliveryReport {
  int sent = 0;
  int retrying = 0;             // failed for now; will be retried
  int failed = 0;               // given up
  std::int64_t waiting = 0;     // left waiting because no transport is configured
  std::string summary() const;  // "sent 3, retrying 1, failed 0"
};

// Sends the e-mails due at clock.now(), stopping early once `*stop` is true. `transport` null:
// nothing is sent and `waiting` counts what would be. Database failures propagate as
// db::DbError.
DeliveryReport deliver_pending(db::Connection& conn, const Clock& clock, MailTransport* transport,
                               const UserEmailLookup& user_email, const DeliveryOptions& options,
                               const std::atomic<bool>* stop = nullptr);

// The job "platform.notify.deliver", every minute. `transport` may be null (no PAO_SMTP_HOST).
jobs::JobSpec delivery_job(std::shared_ptr<MailTransport> transport, UserEmailLookup user_email,
                           DeliveryOptions options);

}  // namespace pao::notify
