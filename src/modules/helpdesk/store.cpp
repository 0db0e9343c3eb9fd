// All SQL of the helpdesk module (tables helpdesk_*).
#include "modules/helpdesk/store.hpp"

#include <stdexcept>

namespace pao::helpdesk::store {

namespace {

using std::chrono::seconds;

constexpr const char* kTicketColumns =
    "id, title, description, urgency, priority, category, status, asset_no, requester_id, "
    "requester_name, division, assignee_id, assignee_name, created_at, updated_at, sla_version, "
    "own_target_seconds, resolve_target_seconds, own_due_at, resolve_due_at, paused_seconds, "
    "paused_since, owned_at, resolved_at, closed_at, warn_level, solution, rating, "
    "rating_comment, screenshot_file_id";

TimePoint time_of(const std::string& iso) {
  TimePoint t{};
  if (!parse_iso_time(iso, t)) throw std::runtime_error("helpdesk: bad stored time " + iso);
  return t;
}

Ticket to_ticket(const db::Row& r) {
  Ticket t;
  t.id = r.i64(0);
  t.title = r.str(1);
  t.description = r.str(2);
  t.urgency = r.str(3);
  t.priority = priority_from(r.str(4)).value_or(Priority::medium);
  t.category = r.str(5);
  t.status = status_from(r.str(6)).value_or(Status::fresh);
  t.asset_no = r.str(7);
  t.requester_id = r.i64(8);
  t.requester_name = r.str(9);
  t.division = r.str(10);
  t.assignee_id = r.opt_i64(11);
  t.assignee_name = r.str(12);
  t.created_at = r.str(13);
  t.updated_at = r.str(14);
  t.sla.opened_at = time_of(t.created_at);
  t.sla.sla_version = static_cast<int>(r.i64(15));
  t.sla.own_target = seconds(r.i64(16));
  t.sla.resolve_target = seconds(r.i64(17));
  t.sla.own_due = time_of(r.str(18));
  t.sla.resolve_due = time_of(r.str(19));
  t.sla.paused = seconds(r.i64(20));
  if (const auto p = r.opt_str(21)) t.sla.paused_since = time_of(*p);
  t.owned_at = r.opt_str(22);
  t.resolved_at = r.opt_str(23);
  t.closed_at = r.opt_str(24);
  t.warn_level = static_cast<int>(r.i64(25));
  t.solution = r.str(26);
  if (const auto n = r.opt_i64(27)) t.rating = static_cast<int>(*n);
  t.rating_comment = r.str(28);
  t.screenshot_file_id = r.opt_i64(29);
  return t;
}

std::optional<std::string> paused_text(const Ticket& t) {
  if (!t.sla.paused_since) return std::nullopt;
  return to_iso_utc(*t.sla.paused_since);
}

// The deadline the queue sorts by, or nullopt when the ticket is not in the queue.
std::optional<std::string> queue_due(const Ticket& t) {
  if (!is_open(t.status)) return std::nullopt;
  if (t.status == Status::waiting) return std::string("9999-12-31T00:00:00Z");
  return to_iso_utc(t.status == Status::fresh ? t.sla.own_due : t.sla.resolve_due);
}

TicketRow to_row(const db::Row& r) {
  TicketRow t;
  t.id = r.i64(0);
  t.title = r.str(1);
  t.status = status_from(r.str(2)).value_or(Status::fresh);
  t.priority = priority_from(r.str(3)).value_or(Priority::medium);
  t.requester_name = r.str(4);
  t.division = r.str(5);
  t.assignee_name = r.str(6);
  t.asset_no = r.str(7);
  t.created_at = r.str(8);
  t.queue_due_at = r.str(9);
  return t;
}
constexpr const char* kRowColumns =
    "id, title, status, priority, requester_name, division, assignee_name, asset_no, created_at, "
    "queue_due_at";

Entry to_entry(const db::Row& r) {
  Entry e;
  e.id = r.i64(0);
  e.ticket_id = r.i64(1);
  const auto kind = r.str(2);
  e.kind = kind == "note"       ? EntryKind::note
           : kind == "status"   ? EntryKind::status
           : kind == "work"     ? EntryKind::work
           : kind == "priority" ? EntryKind::priority
           : kind == "category" ? EntryKind::category
                                : EntryKind::reply;
  e.is_private = r.boolean(3);
  e.body = r.str(4);
  e.from_status = r.opt_str(5);
  e.to_status = r.opt_str(6);
  e.minutes = static_cast<int>(r.i64(7));
  e.parts = r.str(8);
  e.author_name = r.str(9);
  e.created_at = r.str(10);
  return e;
}

}  // namespace

SlaTarget current_target(db::Connection& conn, Priority priority) {
  const auto r = conn.query_one(
      "SELECT version, own_minutes, resolve_minutes FROM helpdesk_sla_target "
      "WHERE priority = ? ORDER BY version DESC LIMIT 1",
      priority_name(priority));
  if (!r) throw std::runtime_error("helpdesk_sla_target has no row: run `pao migrate`");
  return {static_cast<int>(r->i64(0)), priority, seconds(r->i64(1) * 60), seconds(r->i64(2) * 60)};
}

bool mail_taken(db::Connection& conn, const std::string& message_id) {
  return conn.query_one("SELECT 1 FROM helpdesk_mail WHERE message_id = ?", message_id).has_value();
}

void insert_mail(db::Connection& conn, const std::string& message_id, std::int64_t ticket_id,
                 const std::string& sender, const std::string& received_at) {
  conn.execute(
      "INSERT INTO helpdesk_mail (message_id, ticket_id, sender, received_at) VALUES (?, ?, ?, ?)",
      message_id, ticket_id, sender, received_at);
}

std::int64_t insert_ticket(db::Connection& conn, const Ticket& t) {
  const auto r = conn.query_one(
      "INSERT INTO helpdesk_ticket (title, description, urgency, priority, category, status, "
      "asset_no, requester_id, requester_name, division, created_at, updated_at, sla_version, "
      "own_target_seconds, resolve_target_seconds, own_due_at, resolve_due_at, queue_due_at, "
      "screenshot_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      t.title, t.description, t.urgency, priority_name(t.priority), t.category,
      status_name(t.status), t.asset_no, t.requester_id, t.requester_name, t.division, t.created_at,
      t.updated_at, t.sla.sla_version, t.sla.own_target.count(), t.sla.resolve_target.count(),
      to_iso_utc(t.sla.own_due), to_iso_utc(t.sla.resolve_due), queue_due(t), t.screenshot_file_id);
  return r->i64(0);
}

std::optional<Ticket> find_ticket(db::Connection& conn, std::int64_t id, bool for_update) {
  std::string sql = std::string("SELECT ") + kTicketColumns + " FROM helpdesk_ticket WHERE id = ?";
  if (for_update && conn.dialect() == db::Dialect::postgresql) sql += " FOR UPDATE";
  const auto r = conn.query_one(sql, id);
  if (!r) return std::nullopt;
  return to_ticket(*r);
}

void update_ticket(db::Connection& conn, const Ticket& t) {
  conn.execute(
      "UPDATE helpdesk_ticket SET priority = ?, category = ?, status = ?, asset_no = ?, "
      "assignee_id = ?, assignee_name = ?, updated_at = ?, sla_version = ?, "
      "own_target_seconds = ?, resolve_target_seconds = ?, own_due_at = ?, resolve_due_at = ?, "
      "paused_seconds = ?, paused_since = ?, queue_due_at = ?, owned_at = ?, resolved_at = ?, "
      "closed_at = ?, warn_level = ?, solution = ?, rating = ?, rating_comment = ? WHERE id = ?",
      priority_name(t.priority), t.category, status_name(t.status), t.asset_no, t.assignee_id,
      t.assignee_name, t.updated_at, t.sla.sla_version, t.sla.own_target.count(),
      t.sla.resolve_target.count(), to_iso_utc(t.sla.own_due), to_iso_utc(t.sla.resolve_due),
      t.sla.paused.count(), paused_text(t), queue_due(t), t.owned_at, t.resolved_at, t.closed_at,
      t.warn_level, t.solution, t.rating, t.rating_comment, t.id);
}

void allow_field_change_entries(db::Connection& conn) {
  constexpr const char* kKinds = "('reply', 'note', 'status', 'work', 'priority', 'category')";
  if (conn.dialect() == db::Dialect::postgresql) {
    conn.exec_script(
        std::string("ALTER TABLE helpdesk_entry DROP CONSTRAINT helpdesk_entry_kind_check, "
                    "ADD CONSTRAINT helpdesk_entry_kind_check CHECK (kind IN ") +
        kKinds + ");");
    return;
  }
  conn.exec_script(std::string(R"(
CREATE TABLE helpdesk_entry_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id INTEGER NOT NULL REFERENCES helpdesk_ticket (id),
  kind TEXT NOT NULL CHECK (kind IN )") +
                   kKinds + R"(),
  private INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL DEFAULT '',
  from_status TEXT,
  to_status TEXT,
  minutes INTEGER NOT NULL DEFAULT 0,
  parts TEXT NOT NULL DEFAULT '',
  author_id INTEGER,
  author_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO helpdesk_entry_new (id, ticket_id, kind, private, body, from_status, to_status, minutes,
                                parts, author_id, author_name, created_at)
SELECT id, ticket_id, kind, private, body, from_status, to_status, minutes, parts, author_id,
       author_name, created_at FROM helpdesk_entry;
DROP TABLE helpdesk_entry;
ALTER TABLE helpdesk_entry_new RENAME TO helpdesk_entry;
CREATE INDEX helpdesk_entry_ticket ON helpdesk_entry (ticket_id, id);
)");
}

std::int64_t insert_entry(db::Connection& conn, const Entry& e,
                          std::optional<std::int64_t> author) {
  const auto r = conn.query_one(
      "INSERT INTO helpdesk_entry (ticket_id, kind, private, body, from_status, to_status, "
      "minutes, parts, author_id, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?) RETURNING id",
      e.ticket_id, entry_kind_name(e.kind), e.is_private ? 1 : 0, e.body, e.from_status,
      e.to_status, e.minutes, e.parts, author, e.author_name, e.created_at);
  return r->i64(0);
}

std::vector<Entry> list_entries(db::Connection& conn, std::int64_t ticket_id, bool with_private) {
  std::vector<Entry> out;
  for (const auto& r : conn.query(
           "SELECT id, ticket_id, kind, private, body, from_status, to_status, minutes, parts, "
           "author_name, created_at FROM helpdesk_entry WHERE ticket_id = ? "
           "AND (private = 0 OR ? = 1) ORDER BY id",
           ticket_id, with_private ? 1 : 0)) {
    out.push_back(to_entry(r));
  }
  return out;
}

void count_move(db::Connection& conn, std::optional<Status> from, Status to) {
  if (from == to) return;
  if (from)
    conn.execute("UPDATE helpdesk_status_count SET n = n - 1 WHERE status = ?", status_name(*from));
  conn.execute("UPDATE helpdesk_status_count SET n = n + 1 WHERE status = ?", status_name(to));
}

std::map<Status, std::int64_t> status_counts(db::Connection& conn) {
  std::map<Status, std::int64_t> out;
  for (const Status s : kStatuses) out[s] = 0;
  for (const auto& r : conn.query("SELECT status, n FROM helpdesk_status_count")) {
    if (const auto s = status_from(r.str(0))) out[*s] = r.i64(1);
  }
  return out;
}

std::vector<TicketRow> queue_page(db::Connection& conn, const std::optional<QueueKey>& after,
                                  int limit) {
  std::vector<TicketRow> out;
  const std::string base = std::string("SELECT ") + kRowColumns +
                           " FROM helpdesk_ticket WHERE queue_due_at IS NOT NULL ";
  const auto rows = after
                        ? conn.query(base +
                                         "AND (queue_due_at > ? OR (queue_due_at = ? AND id > ?)) "
                                         "ORDER BY queue_due_at, id LIMIT ?",
                                     after->due_at, after->due_at, after->id, limit)
                        : conn.query(base + "ORDER BY queue_due_at, id LIMIT ?", limit);
  for (const auto& r : rows) out.push_back(to_row(r));
  return out;
}

std::vector<TicketRow> requester_page(db::Connection& conn, std::int64_t requester_id,
                                      const std::string& division,
                                      std::optional<std::int64_t> before_id, int limit) {
  std::vector<TicketRow> out;
  const std::int64_t before = before_id.value_or(INT64_MAX);
  const std::string cols = std::string("SELECT ") + kRowColumns + " FROM helpdesk_ticket ";
  const auto rows =
      division.empty()
          ? conn.query(cols + "WHERE requester_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                       requester_id, before, limit)
          : conn.query(cols +
                           "WHERE id IN (SELECT id FROM (SELECT id FROM helpdesk_ticket WHERE "
                           "requester_id = ? AND id < ? ORDER BY id DESC LIMIT ?) AS mine UNION "
                           "SELECT id FROM (SELECT id FROM helpdesk_ticket WHERE division = ? AND "
                           "id < ? ORDER BY id DESC LIMIT ?) AS theirs) ORDER BY id DESC LIMIT ?",
                       requester_id, before, limit, division, before, limit, limit);
  for (const auto& r : rows) out.push_back(to_row(r));
  return out;
}

std::vector<Ticket> running_open_tickets(db::Connection& conn) {
  std::vector<Ticket> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kTicketColumns +
                                  " FROM helpdesk_ticket WHERE queue_due_at IS NOT NULL AND "
                                  "paused_since IS NULL ORDER BY queue_due_at, id")) {
    out.push_back(to_ticket(r));
  }
  return out;
}

std::vector<std::int64_t> resolved_before(db::Connection& conn, const std::string& iso_utc) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn.query("SELECT id FROM helpdesk_ticket WHERE status = 'resolved' AND "
                                  "resolved_at <= ? ORDER BY id",
                                  iso_utc)) {
    out.push_back(r.i64(0));
  }
  return out;
}

bool breach_recorded(db::Connection& conn, std::int64_t ticket_id, const std::string& kind) {
  return conn
      .query_one("SELECT 1 FROM helpdesk_breach WHERE ticket_id = ? AND kind = ?", ticket_id, kind)
      .has_value();
}

bool record_breach(db::Connection& conn, std::int64_t ticket_id, const std::string& kind,
                   const std::string& due_at, const std::string& at) {
  return conn.execute(
             "INSERT INTO helpdesk_breach (ticket_id, kind, due_at, recorded_at) "
             "VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id, kind) DO NOTHING",
             ticket_id, kind, due_at, at) > 0;
}

// ---- knowledge base ---------------------------------------------------------------------------

namespace {
constexpr const char* kArticleColumns =
    "id, category, staff_only, version, title_th, body_th, title_en, body_en, helpful_yes, "
    "helpful_no, from_ticket_id, created_at, updated_at";

Article to_article(const db::Row& r) {
  Article a;
  a.id = r.i64(0);
  a.category = r.str(1);
  a.staff_only = r.boolean(2);
  a.version = static_cast<int>(r.i64(3));
  a.title_th = r.str(4);
  a.body_th = r.str(5);
  a.title_en = r.str(6);
  a.body_en = r.str(7);
  a.helpful_yes = r.i64(8);
  a.helpful_no = r.i64(9);
  a.from_ticket_id = r.opt_i64(10);
  a.created_at = r.str(11);
  a.updated_at = r.str(12);
  return a;
}
}  // namespace

std::vector<KbCategory> kb_categories(db::Connection& conn) {
  std::vector<KbCategory> out;
  for (const auto& r :
       conn.query("SELECT code, name_th, name_en FROM helpdesk_kb_category ORDER BY sort_order")) {
    out.push_back({r.str(0), r.str(1), r.str(2)});
  }
  return out;
}

bool kb_category_exists(db::Connection& conn, const std::string& code) {
  return conn.query_one("SELECT 1 FROM helpdesk_kb_category WHERE code = ?", code).has_value();
}

std::optional<Article> find_article(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kArticleColumns + " FROM helpdesk_kb_article WHERE id = ?", id);
  if (!r) return std::nullopt;
  return to_article(*r);
}

std::vector<Article> list_articles(db::Connection& conn, const std::string& category,
                                   bool with_staff_only) {
  std::vector<Article> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kArticleColumns +
                                      " FROM helpdesk_kb_article WHERE (category = ? OR ? = '') "
                                      "AND (staff_only = 0 OR ? = 1) ORDER BY title_th, id",
                                  category, category, with_staff_only ? 1 : 0)) {
    out.push_back(to_article(r));
  }
  return out;
}

std::int64_t insert_article(db::Connection& conn, const Article& a) {
  return conn
      .query_one(
          "INSERT INTO helpdesk_kb_article (category, staff_only, version, title_th, body_th, "
          "title_en, body_en, from_ticket_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?) RETURNING id",
          a.category, a.staff_only ? 1 : 0, a.version, a.title_th, a.body_th, a.title_en, a.body_en,
          a.from_ticket_id, a.created_at, a.updated_at)
      ->i64(0);
}

void update_article(db::Connection& conn, const Article& a) {
  conn.execute(
      "UPDATE helpdesk_kb_article SET category = ?, staff_only = ?, version = ?, title_th = ?, "
      "body_th = ?, title_en = ?, body_en = ?, updated_at = ? WHERE id = ?",
      a.category, a.staff_only ? 1 : 0, a.version, a.title_th, a.body_th, a.title_en, a.body_en,
      a.updated_at, a.id);
}

void insert_article_version(db::Connection& conn, const Article& a, const std::string& saved_by) {
  conn.execute(
      "INSERT INTO helpdesk_kb_version (article_id, version, title_th, body_th, title_en, "
      "body_en, staff_only, category, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      a.id, a.version, a.title_th, a.body_th, a.title_en, a.body_en, a.staff_only ? 1 : 0,
      a.category, saved_by, a.updated_at);
}

std::optional<bool> helpful_answer(db::Connection& conn, std::int64_t id, std::int64_t user_id) {
  const auto r = conn.query_one(
      "SELECT helpful FROM helpdesk_kb_vote WHERE article_id = ? AND user_id = ?", id, user_id);
  if (!r) return std::nullopt;
  return r->boolean(0);
}

void answer_helpful(db::Connection& conn, std::int64_t id, std::int64_t user_id,
                    std::optional<bool> before, bool helpful, const std::string& at) {
  if (before) {
    conn.execute(
        "UPDATE helpdesk_kb_vote SET helpful = ?, answered_at = ? WHERE article_id = ? AND "
        "user_id = ?",
        helpful ? 1 : 0, at, id, user_id);
  } else {
    conn.execute(
        "INSERT INTO helpdesk_kb_vote (article_id, user_id, helpful, answered_at) VALUES (?, ?, ?, "
        "?)",
        id, user_id, helpful ? 1 : 0, at);
  }
  const int yes = (helpful ? 1 : 0) - (before == true ? 1 : 0);
  const int no = (helpful ? 0 : 1) - (before == false ? 1 : 0);
  conn.execute(
      "UPDATE helpdesk_kb_article SET helpful_yes = helpful_yes + ?, helpful_no = helpful_no + ? "
      "WHERE id = ?",
      yes, no, id);
}

std::int64_t opened_between(db::Connection& conn, const std::string& from, const std::string& to) {
  return conn
      .query_one("SELECT COUNT(*) FROM helpdesk_ticket WHERE created_at >= ? AND created_at < ?",
                 from, to)
      ->i64(0);
}

PairCount resolved_between(db::Connection& conn, const std::string& from, const std::string& to) {
  const auto r = conn.query_one(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN resolved_at <= resolve_due_at THEN 1 ELSE 0 END), "
      "0) FROM helpdesk_ticket WHERE resolved_at >= ? AND resolved_at < ?",
      from, to);
  return {r->i64(0), r->i64(1)};
}

PairCount owned_between(db::Connection& conn, const std::string& from, const std::string& to) {
  const auto r = conn.query_one(
      "SELECT COUNT(*), COALESCE(SUM(CASE WHEN owned_at <= own_due_at THEN 1 ELSE 0 END), 0) "
      "FROM helpdesk_ticket WHERE owned_at >= ? AND owned_at < ?",
      from, to);
  return {r->i64(0), r->i64(1)};
}

std::vector<std::pair<std::string, std::int64_t>> opened_by(db::Connection& conn,
                                                            const std::string& column,
                                                            const std::string& from,
                                                            const std::string& to, int min_count,
                                                            int limit) {
  // The column is one of three names, never caller text.
  const std::string col = column == "division"   ? "division"
                          : column == "asset_no" ? "asset_no"
                                                 : "category";
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& r :
       conn.query("SELECT " + col +
                      ", COUNT(*) FROM helpdesk_ticket WHERE created_at >= ? AND "
                      "created_at < ? AND (? = 0 OR " +
                      col + " <> '') GROUP BY " + col +
                      " HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, " + col + " LIMIT ?",
                  from, to, col == "asset_no" ? 1 : 0, min_count, limit)) {
    out.emplace_back(r.str(0), r.i64(1));
  }
  return out;
}

std::vector<RatedTicket> rated_between(db::Connection& conn, const std::string& from,
                                       const std::string& to, int limit) {
  std::vector<RatedTicket> out;
  for (const auto& r :
       conn.query("SELECT id, title, rating, rating_comment, requester_name FROM helpdesk_ticket "
                  "WHERE rating IS NOT NULL AND resolved_at >= ? AND resolved_at < ? "
                  "ORDER BY resolved_at DESC, id DESC LIMIT ?",
                  from, to, limit)) {
    out.push_back({r.i64(0), r.str(1), static_cast<int>(r.i64(2)), r.str(3), r.str(4)});
  }
  return out;
}

bool division_sees_tickets(db::Connection& conn) {
  const auto r =
      conn.query_one("SELECT value FROM helpdesk_setting WHERE key = 'division_sees_tickets'");
  return !r || r->str(0) == "1";
}

void set_division_sees_tickets(db::Connection& conn, bool on) {
  conn.execute(
      "INSERT INTO helpdesk_setting (key, value) VALUES ('division_sees_tickets', ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      on ? "1" : "0");
}

std::vector<SlaTarget> current_targets(db::Connection& conn) {
  std::vector<SlaTarget> out;
  for (const auto p : {Priority::low, Priority::medium, Priority::high, Priority::critical}) {
    out.push_back(current_target(conn, p));
  }
  return out;
}

void insert_targets(db::Connection& conn, int version, const std::vector<SlaTarget>& targets,
                    const std::string& at) {
  for (const auto& t : targets) {
    conn.execute(
        "INSERT INTO helpdesk_sla_target (version, priority, own_minutes, resolve_minutes, "
        "created_at) VALUES (?, ?, ?, ?, ?)",
        version, priority_name(t.priority), t.to_own.count() / 60, t.to_resolve.count() / 60, at);
  }
}

std::optional<AssignmentRule> find_rule(db::Connection& conn, const std::string& category) {
  const auto r = conn.query_one(
      "SELECT category, assignee_id, assignee_name FROM helpdesk_assignment_rule "
      "WHERE category = ?",
      category);
  if (!r) return std::nullopt;
  return AssignmentRule{r->str(0), r->i64(1), r->str(2)};
}

std::vector<AssignmentRule> list_rules(db::Connection& conn) {
  std::vector<AssignmentRule> out;
  for (const auto& r : conn.query("SELECT category, assignee_id, assignee_name FROM "
                                  "helpdesk_assignment_rule ORDER BY category")) {
    out.push_back({r.str(0), r.i64(1), r.str(2)});
  }
  return out;
}

void set_rule(db::Connection& conn, const AssignmentRule& rule, const std::string& at) {
  conn.execute(
      "INSERT INTO helpdesk_assignment_rule (category, assignee_id, assignee_name, updated_at) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET assignee_id = "
      "excluded.assignee_id, assignee_name = excluded.assignee_name, updated_at = "
      "excluded.updated_at",
      rule.category, rule.assignee_id, rule.assignee_name, at);
}

void remove_rule(db::Connection& conn, const std::string& category) {
  conn.execute("DELETE FROM helpdesk_assignment_rule WHERE category = ?", category);
}

bool any_ticket(db::Connection& conn) {
  return conn.query_one("SELECT 1 FROM helpdesk_ticket LIMIT 1").has_value();
}

bool any_article(db::Connection& conn) {
  return conn.query_one("SELECT 1 FROM helpdesk_kb_article LIMIT 1").has_value();
}

}  // namespace pao::helpdesk::store
