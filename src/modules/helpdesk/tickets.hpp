// The ticket use cases (ใบแจ้งซ่อม): a staff member reports a problem, IT takes it through its
// states, both sides write on its timeline, the requester rates the fix. Each write is one
// transaction with its audit entry, its timeline entry, the kept status counts and the
// notifications it causes. No HTTP here: json_routes.cpp and html_routes.cpp call these.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "modules/helpdesk/sla_clock.hpp"
#include "modules/helpdesk/ticket_states.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"

namespace pao::helpdesk {

// Who acts: a person (the requester or IT staff) or the system (a job, with it_staff set).
struct Caller {
  std::int64_t user_id = 0;
  std::string name;       // the person's display name, shown on the timeline
  std::string division;   // their division code
  bool it_staff = false;  // holds helpdesk.work: sees every ticket and private notes
  audit::Actor actor;
  bool quiet = false;  // notify nobody (demo data loading history that never happened live)
};

struct Ticket {
  std::int64_t id = 0;
  std::string title, description;
  std::string urgency;  // "low", "medium", "high" (the requester's word)
  Priority priority = Priority::medium;
  std::string category;
  Status status = Status::fresh;
  std::string asset_no;
  std::int64_t requester_id = 0;
  std::string requester_name, division;
  std::optional<std::int64_t> assignee_id;
  std::string assignee_name;
  std::string created_at, updated_at;  // ISO-8601 UTC
  SlaClock sla;
  std::optional<std::string> owned_at, resolved_at, closed_at;
  int warn_level = 0;
  std::string solution;
  std::optional<int> rating;
  std::string rating_comment;
  std::optional<std::int64_t> screenshot_file_id;
};

// priority, category: IT changed the ticket's priority or category (from_status/to_status then
// hold the values before and after: a priority name, a category code or "" for none).
enum class EntryKind { reply, note, status, work, priority, category };
const char* entry_kind_name(EntryKind k);

// One line of the ticket's timeline.
struct Entry {
  std::int64_t id = 0;
  std::int64_t ticket_id = 0;
  EntryKind kind = EntryKind::reply;
  bool is_private = false;  // a note only IT sees
  std::string body;
  std::optional<std::string> from_status, to_status;
  int minutes = 0;
  std::string parts;
  std::string author_name;
  std::string created_at;
};

// A ticket as `caller` may see it: private notes left out unless caller is IT staff.
struct TicketView {
  Ticket ticket;
  std::vector<Entry> timeline;
};

struct NewTicket {
  std::string title;
  std::string description;
  std::string urgency = "medium";
  std::string asset_no;  // optional: "416-66-0012"
  std::string category;  // optional: a knowledge-base category code ("printer")
  std::optional<std::int64_t> screenshot_file_id;
};

// The division whose tickets `caller` sees besides their own: theirs, or "" when the IT head
// turned division visibility off (desk_settings.hpp).
std::string visible_division(db::Connection& conn, const Caller& caller);

// The priority a new ticket starts with, from the requester's urgency (IT may change it).
Priority priority_for_urgency(const std::string& urgency);

// Field errors of a new ticket (title 1–200 characters, description ≤ 5000, urgency one of
// low/medium/high, asset number of digits and dashes ≤ 40); empty when fine.
FieldErrors check_new_ticket(const NewTicket& t);

// The IT staff who work tickets of the requester's division `division` (user ids), told of a new
// ticket no assignment rule takes. module.cpp asks the identity module (helpdesk.work held
// everywhere or in that division); tests give their own.
using FindItStaff =
    std::function<std::vector<std::int64_t>(db::Connection&, const std::string& division)>;

// Opens a ticket for `caller` (the requester) under the current SLA targets of its priority.
// When an assignment rule names an IT person for its category, the ticket goes straight to them
// (assigned, owned now) and they are notified; otherwise each of `it_staff` is told once (in the
// app and by e-mail, the title and urgency only), never the requester themselves.
// invalid_argument naming each bad field (also an unknown category).
Result<Ticket> report_problem(db::Connection& conn, TimePoint at, const Caller& caller,
                              const NewTicket& in, const FindItStaff& it_staff = {});

// The ticket with its timeline, when `caller` may see it: IT staff, the requester, or (when
// division visibility is on) someone of the requester's division. not_found otherwise, so ids
// of others' tickets cannot be probed.
Result<TicketView> view_ticket(db::Connection& conn, const Caller& caller, std::int64_t id);

// Takes `step` (ticket_states.hpp). `take` assigns the ticket to the caller; `resolve` needs a
// solution. conflict when the step does not lead anywhere from the ticket's status (or the reopen
// window has passed); permission_denied when a requester tries an IT step.
Result<Ticket> take_step(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                         Step step, const std::string& solution = "");

// Writes on the timeline. A private note is IT's only (permission_denied for others) and never
// reaches the requester. A public reply by the requester to a ticket waiting for them resumes it.
// Notifies the other side (requester ↔ assignee) of public replies only.
Result<Entry> add_reply(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                        const std::string& body, bool is_private);

// IT sets the priority (deadlines recounted under the current targets, accrued pause kept) and
// the category.
Result<Ticket> set_priority(db::Connection& conn, TimePoint at, const Caller& caller,
                            std::int64_t id, Priority priority, const std::string& category);

// IT logs time spent (1–1440 minutes) and parts used on an open ticket.
Result<Entry> log_work(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                       int minutes, const std::string& parts, const std::string& note);

// The requester rates the fix 1–5 with an optional comment, once, after it is resolved.
Result<Ticket> rate_fix(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                        int rating, const std::string& comment);

}  // namespace pao::helpdesk
