#include "platform/notify/notification.hpp"

#include <boost/json.hpp>
#include <stdexcept>

namespace pao::notify {

namespace {

std::string one_line(std::string s) {
  for (auto& c : s) {
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
  }
  return s;
}

bool plausible_address(std::string_view a) {
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == a.size() || a.size() > 254) {
    return false;
  }
  for (const char c : a) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || u == 0x7f || c == '<' || c == '>' || c == ',' || c == ';') return false;
  }
  return true;
}

const char* kInitSql = R"(
-- The outbox and the in-app inbox. Written by notify::enqueue() in the transaction of the event
-- that causes it. recipient_user_id has no foreign key: the platform knows no module's tables.
CREATE TABLE platform_notification (
  id ${ID},
  created_at TEXT NOT NULL,
  channel TEXT NOT NULL,                -- in_app | email
  recipient_user_id ${BIGINT},
  address TEXT NOT NULL DEFAULT '',     -- e-mail: this address instead of the user's own
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,                  -- e-mail: pending | sending | sent | failed; in_app: sent
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,        -- pending: not before; sending: the claim lapses then
  last_error TEXT,
  sent_at TEXT,
  read_at TEXT                          -- in_app: when its reader marked it read
);
CREATE INDEX platform_notification_inbox
  ON platform_notification (recipient_user_id, channel, read_at, id);
CREATE INDEX platform_notification_outbox ON platform_notification (state, next_attempt_at);

-- A person's channels: a row only once they change one (no row: on).
CREATE TABLE platform_notification_preference (
  user_id ${BIGINT} NOT NULL,
  channel TEXT NOT NULL,
  enabled INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, channel)
);
)";

}  // namespace

const char* channel_name(Channel c) {
  return c == Channel::email ? "email" : "in_app";
}

std::optional<Channel> channel_from(std::string_view name) {
  if (name == "in_app") return Channel::in_app;
  if (name == "email") return Channel::email;
  return std::nullopt;
}

std::optional<std::int64_t> enqueue(db::Connection& conn, TimePoint at, const Notification& n) {
  const std::string subject = one_line(n.subject);
  if (subject.empty()) throw std::invalid_argument("notification without a subject");
  if (n.channel == Channel::in_app && !n.recipient_user_id) {
    throw std::invalid_argument("an in-app notification needs a recipient user");
  }
  if (n.channel == Channel::email && !n.recipient_user_id && n.address.empty()) {
    throw std::invalid_argument("an e-mail notification needs a user or an address");
  }
  if (!n.address.empty() && !plausible_address(n.address)) {
    throw std::invalid_argument("not an e-mail address: " + n.address);
  }
  if (n.recipient_user_id) {
    const auto pref = conn.query_one(
        "SELECT enabled FROM platform_notification_preference WHERE user_id = ? AND channel = ?",
        *n.recipient_user_id, channel_name(n.channel));
    if (pref && !pref->boolean(0)) return std::nullopt;
  }
  const std::string now = to_iso_utc(at);
  const bool in_app = n.channel == Channel::in_app;
  const auto row = conn.query_one(
      "INSERT INTO platform_notification (created_at, channel, recipient_user_id, address, "
      "subject, body_text, link, state, next_attempt_at, sent_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      now, channel_name(n.channel), n.recipient_user_id, n.address, subject, n.body_text, n.link,
      in_app ? "sent" : "pending", now, in_app ? std::optional<std::string>(now) : std::nullopt);
  return row->i64(0);
}

std::vector<InAppItem> list_in_app(db::Connection& conn, std::int64_t user_id,
                                   std::optional<std::int64_t> before_id, int limit) {
  std::vector<InAppItem> out;
  const auto rows = conn.query(
      "SELECT id, created_at, subject, body_text, link, read_at FROM platform_notification "
      "WHERE recipient_user_id = ? AND channel = 'in_app' AND (CAST(? AS BIGINT) IS NULL OR "
      "id < ?) ORDER BY id DESC LIMIT ?",
      user_id, before_id, before_id, limit);
  for (const auto& r : rows) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.opt_str(5)});
  }
  return out;
}

std::optional<InAppItem> find_in_app(db::Connection& conn, std::int64_t user_id, std::int64_t id) {
  const auto r = conn.query_one(
      "SELECT id, created_at, subject, body_text, link, read_at FROM platform_notification "
      "WHERE id = ? AND recipient_user_id = ? AND channel = 'in_app'",
      id, user_id);
  if (!r) return std::nullopt;
  return InAppItem{r->i64(0), r->str(1), r->str(2), r->str(3), r->str(4), r->opt_str(5)};
}

std::int64_t unread_count(db::Connection& conn, std::int64_t user_id) {
  return conn
      .query_one(
          "SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND "
          "channel = 'in_app' AND read_at IS NULL",
          user_id)
      ->i64(0);
}

bool mark_read(db::Connection& conn, TimePoint at, std::int64_t user_id, std::int64_t id) {
  const auto row = conn.query_one(
      "SELECT read_at FROM platform_notification WHERE id = ? AND recipient_user_id = ? AND "
      "channel = 'in_app'",
      id, user_id);
  if (!row) return false;
  if (row->is_null(0)) {
    conn.execute(
        "UPDATE platform_notification SET read_at = ? WHERE id = ? AND recipient_user_id = ? "
        "AND read_at IS NULL",
        to_iso_utc(at), id, user_id);
  }
  return true;
}

std::int64_t mark_all_read(db::Connection& conn, TimePoint at, std::int64_t user_id) {
  return conn.execute(
      "UPDATE platform_notification SET read_at = ? WHERE recipient_user_id = ? AND "
      "channel = 'in_app' AND read_at IS NULL",
      to_iso_utc(at), user_id);
}

std::map<Channel, bool> preferences(db::Connection& conn, std::int64_t user_id) {
  std::map<Channel, bool> out;
  for (const Channel c : kChannels) out[c] = true;
  for (const auto& r :
       conn.query("SELECT channel, enabled FROM platform_notification_preference WHERE user_id = ?",
                  user_id)) {
    if (const auto c = channel_from(r.str(0))) out[*c] = r.boolean(1);
  }
  return out;
}

void set_preference(db::Connection& conn, TimePoint at, const audit::Actor& by,
                    std::int64_t user_id, Channel channel, bool enabled) {
  db::Tx tx(conn);
  const bool before = preferences(conn, user_id)[channel];
  conn.execute(
      "INSERT INTO platform_notification_preference (user_id, channel, enabled, updated_at) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, channel) DO UPDATE SET enabled = "
      "excluded.enabled, updated_at = excluded.updated_at",
      user_id, channel_name(channel), enabled ? 1 : 0, to_iso_utc(at));
  if (before != enabled) {
    audit::Changes ch;
    ch.set(channel_name(channel), before, enabled);
    audit::record(conn, at, by,
                  {"platform.notification_preference.update", "user", std::to_string(user_id), ch});
  }
  tx.commit();
}

std::vector<db::Migration> notify_migrations() {
  return {{"platform_notify", 1, "init", kInitSql, {}}};
}

}  // namespace pao::notify
