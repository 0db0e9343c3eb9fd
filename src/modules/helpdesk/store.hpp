// All SQL of the helpdesk module (tables helpdesk_*).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/monthly_report.hpp"
#include "modules/helpdesk/tickets.hpp"
#include "platform/db/database.hpp"

namespace pao::helpdesk::store {

// The targets of `priority` in the newest SLA version.
SlaTarget current_target(db::Connection& conn, Priority priority);

std::int64_t insert_ticket(db::Connection& conn, const Ticket& t);
// E-mail intake: whether `message_id` opened a ticket before; remember that it did.
bool mail_taken(db::Connection& conn, const std::string& message_id);
void insert_mail(db::Connection& conn, const std::string& message_id, std::int64_t ticket_id,
                 const std::string& sender, const std::string& received_at);
std::optional<Ticket> find_ticket(db::Connection& conn, std::int64_t id, bool for_update = false);
// Writes every changeable column of `t` (status, assignee, SLA, rating …).
void update_ticket(db::Connection& conn, const Ticket& t);

std::int64_t insert_entry(db::Connection& conn, const Entry& e, std::optional<std::int64_t> author);
// Migration 7: the timeline also takes priority and category changes (widens the kind check;
// SQLite cannot alter a CHECK, so there the table is rebuilt with its rows and ids).
void allow_field_change_entries(db::Connection& conn);
// The timeline oldest first; private notes only when `with_private`.
std::vector<Entry> list_entries(db::Connection& conn, std::int64_t ticket_id, bool with_private);

// Moves one ticket between the kept counts (from nullopt: a new ticket).
void count_move(db::Connection& conn, std::optional<Status> from, Status to);
std::map<Status, std::int64_t> status_counts(db::Connection& conn);

// ---- lists (keyset paged; never OFFSET, never COUNT) -------------------------------------------

// A ticket in a list: the columns a row shows.
struct TicketRow {
  std::int64_t id = 0;
  std::string title;
  Status status = Status::fresh;
  Priority priority = Priority::medium;
  std::string requester_name, division, assignee_name, asset_no;
  std::string created_at;
  std::string queue_due_at;  // "" when not in the queue
};

struct QueueKey {
  std::string due_at;
  std::int64_t id = 0;
};
// Open tickets by their next deadline, soonest (or most overdue) first; then by id.
std::vector<TicketRow> queue_page(db::Connection& conn, const std::optional<QueueKey>& after,
                                  int limit);
// The caller's own tickets (and their division's when `division` is not empty), newest first.
std::vector<TicketRow> requester_page(db::Connection& conn, std::int64_t requester_id,
                                      const std::string& division,
                                      std::optional<std::int64_t> before_id, int limit);

// Open tickets whose clock runs (not waiting), for the SLA watch job.
std::vector<Ticket> running_open_tickets(db::Connection& conn);
// Resolved tickets resolved at or before `resolved_before` (ISO UTC), for auto-close.
std::vector<std::int64_t> resolved_before(db::Connection& conn, const std::string& iso_utc);
bool breach_recorded(db::Connection& conn, std::int64_t ticket_id, const std::string& kind);
// Records a breach once; false when it was recorded before.
bool record_breach(db::Connection& conn, std::int64_t ticket_id, const std::string& kind,
                   const std::string& due_at, const std::string& at);

// ---- knowledge base ---------------------------------------------------------------------------

std::vector<KbCategory> kb_categories(db::Connection& conn);
bool kb_category_exists(db::Connection& conn, const std::string& code);
std::optional<Article> find_article(db::Connection& conn, std::int64_t id);
std::vector<Article> list_articles(db::Connection& conn, const std::string& category,
                                   bool with_staff_only);
std::int64_t insert_article(db::Connection& conn, const Article& a);
void update_article(db::Connection& conn, const Article& a);
void insert_article_version(db::Connection& conn, const Article& a, const std::string& saved_by);
// A person's answer to "was this helpful?" about article `id`, if they gave one.
std::optional<bool> helpful_answer(db::Connection& conn, std::int64_t id, std::int64_t user_id);
// Stores their answer (replacing `before`) and moves the article's tallies to match.
void answer_helpful(db::Connection& conn, std::int64_t id, std::int64_t user_id,
                    std::optional<bool> before, bool helpful, const std::string& at);

// ---- the monthly report (from, to: ISO UTC, [from, to)) -------------------------------------

struct PairCount {
  std::int64_t total = 0, in_time = 0;
};
std::int64_t opened_between(db::Connection& conn, const std::string& from, const std::string& to);
PairCount resolved_between(db::Connection& conn, const std::string& from, const std::string& to);
PairCount owned_between(db::Connection& conn, const std::string& from, const std::string& to);
// Tickets opened in the span per `column` ("category", "division" or "asset_no"), most first;
// blank asset numbers left out, and assets only when reported at least `min_count` times.
std::vector<std::pair<std::string, std::int64_t>> opened_by(db::Connection& conn,
                                                            const std::string& column,
                                                            const std::string& from,
                                                            const std::string& to, int min_count,
                                                            int limit);
std::vector<RatedTicket> rated_between(db::Connection& conn, const std::string& from,
                                       const std::string& to, int limit);

// ---- desk settings ----------------------------------------------------------------------------

bool division_sees_tickets(db::Connection& conn);
void set_division_sees_tickets(db::Connection& conn, bool on);
// The targets of the newest version, in priority order (low … critical).
std::vector<SlaTarget> current_targets(db::Connection& conn);
// Stores `targets` as version `version` (one row per priority).
void insert_targets(db::Connection& conn, int version, const std::vector<SlaTarget>& targets,
                    const std::string& at);

// ---- assignment rules -------------------------------------------------------------------------

struct AssignmentRule {
  std::string category;
  std::int64_t assignee_id = 0;
  std::string assignee_name;
};
std::optional<AssignmentRule> find_rule(db::Connection& conn, const std::string& category);
std::vector<AssignmentRule> list_rules(db::Connection& conn);
void set_rule(db::Connection& conn, const AssignmentRule& rule, const std::string& at);
void remove_rule(db::Connection& conn, const std::string& category);

// Whether any ticket / article exists (demo data loads once).
bool any_ticket(db::Connection& conn);
bool any_article(db::Connection& conn);

}  // namespace pao::helpdesk::store
