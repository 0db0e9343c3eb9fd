// Notifications: what the product tells people, in the app (a bell with a list) and by e-mail.
//
// The outbox pattern: a module writes the notification with notify::enqueue() on the SAME
// connection and inside the SAME transaction as the change that causes it, so it exists exactly
// when the change does (a rolled-back letter sends no e-mail). In-app notifications are visible
// at once; e-mails wait in the outbox for the delivery job (delivery.hpp), which runs every
// minute on whichever server claims it and retries with exponential backoff.
//
//   db::Tx tx(conn);
//   …the write, its audit entry…
//   notify::enqueue(conn, at, {.recipient_user_id = head_id, .channel = notify::Channel::email,
//                              .subject = "มีหนังสือรับใหม่ เลขที่ 125/2569", .body_text = …,
//                              .link = "/saraban/incoming/125"});
//   tx.commit();
//
// A person may turn a channel off (preferences); enqueue() then writes nothing. Marking an
// in-app notification read is the reader's own view state, like a session's last_seen_at: it
// is not audited. Changing a preference is, as any setting.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/time/clock.hpp"

namespace pao::notify {

enum class Channel { in_app, email };
const char* channel_name(Channel c);  // "in_app", "email"
std::optional<Channel> channel_from(std::string_view name);
inline constexpr Channel kChannels[] = {Channel::in_app, Channel::email};

struct Notification {
  std::optional<std::int64_t> recipient_user_id;  // a user (required for in_app), or:
  std::string address;                            // e-mail: this address instead of the user's
  Channel channel = Channel::in_app;
  std::string subject;    // one line, required; line breaks become spaces
  std::string body_text;  // plain text, UTF-8
  std::string link;       // where to look in the app ("/saraban/incoming/125"), or ""
};

// Writes `n` into the outbox on `conn` (inside the caller's transaction when there is one).
// Returns its id, or nullopt when the recipient turned `n.channel` off. Throws
// std::invalid_argument for a notification that cannot be delivered as written (a caller bug):
// no subject, in_app without a user, e-mail with neither user nor address, an address with
// spaces, line breaks or no '@'.
std::optional<std::int64_t> enqueue(db::Connection& conn, TimePoint at, const Notification& n);

// ---- the in-app list (a user's own only) ---------------------------------------------------

struct InAppItem {
  std::int64_t id = 0;
  std::string created_at;  // ISO-8601 UTC
  std::string subject, body_text, link;
  std::optional<std::string> read_at;
};
// Newest first; `before_id` pages on.
std::vector<InAppItem> list_in_app(db::Connection& conn, std::int64_t user_id,
                                   std::optional<std::int64_t> before_id, int limit);
// Unread in-app notifications of the user: one indexed COUNT.
std::int64_t unread_count(db::Connection& conn, std::int64_t user_id);
// Marks the user's in-app notification `id` read (again is fine). False when there is no such
// notification of this user: callers answer not_found, never telling others' ids apart.
bool mark_read(db::Connection& conn, TimePoint at, std::int64_t user_id, std::int64_t id);

// Marks every unread in-app notification of the user read; returns how many were unread.
std::int64_t mark_all_read(db::Connection& conn, TimePoint at, std::int64_t user_id);

// The user's in-app notification `id` (nullopt when there is none of theirs).
std::optional<InAppItem> find_in_app(db::Connection& conn, std::int64_t user_id, std::int64_t id);

// ---- preferences ------------------------------------------------------------------------------

// Whether each channel is on for the user (on unless turned off).
std::map<Channel, bool> preferences(db::Connection& conn, std::int64_t user_id);
// Turns a channel on or off; audited as platform.notification_preference.update by `by`.
void set_preference(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    std::int64_t user_id, Channel channel, bool enabled);

// The tables (module "platform_notify"): platform_notification, platform_notification_preference.
std::vector<db::Migration> notify_migrations();

}  // namespace pao::notify
