#include "modules/helpdesk/tickets.hpp"

#include <boost/json.hpp>
#include <set>

#include "modules/helpdesk/store.hpp"
#include "platform/http/json_input.hpp"
#include "platform/notify/notification.hpp"
#include "platform/time/holiday_table.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::helpdesk {

namespace {

namespace json = boost::json;

json::value jtext(std::string_view s) {
  return json::string(s);
}

Error no_such_ticket() {
  return Error::not_found({"ไม่พบใบแจ้งซ่อมนี้", "No such ticket"});
}

Error it_only() {
  return Error{ErrorCode::permission_denied,
               {"เฉพาะเจ้าหน้าที่ไอทีเท่านั้น", "Only IT staff may do this"},
               {},
               "helpdesk: IT step by a requester"};
}

// IT staff, the requester, and (when the IT head leaves it on) the requester's division: a
// colleague's broken printer is theirs as well.
bool may_see(db::Connection& conn, const Caller& c, const Ticket& t) {
  return c.it_staff || t.requester_id == c.user_id ||
         (!c.division.empty() && c.division == t.division && store::division_sees_tickets(conn));
}

std::string ticket_link(std::int64_t id) {
  return "/helpdesk/tickets/" + std::to_string(id);
}

// In-app and e-mail to one person about one ticket. The body never carries a private note: the
// callers pass only public text.
void tell(db::Connection& conn, TimePoint at, std::optional<std::int64_t> user, const Ticket& t,
          const std::string& what, const std::string& body, bool quiet = false) {
  if (!user || quiet) return;
  const std::string subject = "ใบแจ้งซ่อม #" + std::to_string(t.id) + " " + what;
  for (const notify::Channel ch : notify::kChannels) {
    notify::enqueue(conn, at,
                    {.recipient_user_id = *user,
                     .channel = ch,
                     .subject = subject,
                     .body_text = t.title + (body.empty() ? "" : "\n\n" + body),
                     .link = ticket_link(t.id)});
  }
}

void add_status_entry(db::Connection& conn, const Caller& by, const Ticket& t, Status from,
                      const std::string& body, const std::string& at_iso) {
  Entry e;
  e.ticket_id = t.id;
  e.kind = EntryKind::status;
  e.body = body;
  e.from_status = status_name(from);
  e.to_status = status_name(t.status);
  e.author_name = by.name;
  e.created_at = at_iso;
  store::insert_entry(conn, e, by.user_id ? std::optional(by.user_id) : std::nullopt);
}

bool is_asset_no(const std::string& s) {
  if (s.size() > 40) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
      return false;
  }
  return true;
}

}  // namespace

const char* entry_kind_name(EntryKind k) {
  switch (k) {
    case EntryKind::reply:
      return "reply";
    case EntryKind::note:
      return "note";
    case EntryKind::status:
      return "status";
    case EntryKind::work:
      return "work";
    case EntryKind::priority:
      return "priority";
    case EntryKind::category:
      return "category";
  }
  return "reply";
}

std::string visible_division(db::Connection& conn, const Caller& caller) {
  return store::division_sees_tickets(conn) ? caller.division : std::string();
}

Priority priority_for_urgency(const std::string& urgency) {
  if (urgency == "high") return Priority::high;
  if (urgency == "low") return Priority::low;
  return Priority::medium;
}

FieldErrors check_new_ticket(const NewTicket& t) {
  FieldErrors errors;
  const auto title_len = http::utf8_length(t.title);
  if (title_len == 0) errors.add("title", {"ต้องระบุ", "is required"});
  if (title_len > 200) errors.add("title", {"ยาวเกิน 200 ตัวอักษร", "is over 200 characters"});
  if (http::utf8_length(t.description) > 5000) {
    errors.add("description", {"ยาวเกิน 5,000 ตัวอักษร", "is over 5,000 characters"});
  }
  if (t.urgency != "low" && t.urgency != "medium" && t.urgency != "high") {
    errors.add("urgency", {"ต้องเป็น low, medium หรือ high", "must be low, medium or high"});
  }
  if (!is_asset_no(t.asset_no)) {
    errors.add("asset_no", {"เลขครุภัณฑ์ไม่ถูกต้อง (ตัวเลขและขีด เช่น 416-66-0012)",
                            "is not an asset number (digits and dashes, e.g. 416-66-0012)"});
  }
  return errors;
}

Result<Ticket> report_problem(db::Connection& conn, TimePoint at, const Caller& caller,
                              const NewTicket& in, const FindItStaff& it_staff) {
  auto bad = check_new_ticket(in);
  if (!in.category.empty() && !store::kb_category_exists(conn, in.category)) {
    bad.add("category", {"ไม่มีหมวดนี้", "is not a category"});
  }
  if (!bad.empty()) return bad.to_error();
  db::Tx tx(conn);
  Ticket t;
  t.title = in.title;
  t.description = in.description;
  t.urgency = in.urgency;
  t.priority = priority_for_urgency(in.urgency);
  t.status = Status::fresh;
  t.asset_no = in.asset_no;
  t.requester_id = caller.user_id;
  t.requester_name = caller.name;
  t.division = caller.division;
  t.created_at = t.updated_at = to_iso_utc(at);
  t.category = in.category;
  t.screenshot_file_id = in.screenshot_file_id;
  t.sla = start_clock(business_calendar(conn), store::current_target(conn, t.priority), at);
  t.id = store::insert_ticket(conn, t);
  store::count_move(conn, std::nullopt, t.status);
  const auto rule = t.category.empty() ? std::nullopt : store::find_rule(conn, t.category);
  if (rule) {
    // The rule takes the ticket for its person, as if they had taken it now.
    t.status = Status::assigned;
    t.assignee_id = rule->assignee_id;
    t.assignee_name = rule->assignee_name;
    t.owned_at = t.created_at;
    store::update_ticket(conn, t);
    store::count_move(conn, Status::fresh, t.status);
    Caller rule_actor{0, "กฎการมอบหมายงาน (" + t.category + ")", "", true, caller.actor, true};
    add_status_entry(conn, rule_actor, t, Status::fresh, rule->assignee_name, t.created_at);
    tell(conn, at, rule->assignee_id, t, "มอบหมายให้ท่านตามหมวด", t.description, caller.quiet);
  } else if (it_staff && !caller.quiet) {
    std::set<std::int64_t> told;
    for (const auto id : it_staff(conn, t.division)) {
      if (id == caller.user_id || !told.insert(id).second) continue;
      tell(conn, at, id, t, "แจ้งปัญหาใหม่ รอเจ้าหน้าที่รับเรื่อง", "ความเร่งด่วน / urgency: " + t.urgency);
    }
  }
  audit::Changes changes;
  changes.added("title", jtext(t.title))
      .added("urgency", jtext(t.urgency))
      .added("priority", priority_name(t.priority))
      .added("status", status_name(t.status))
      .added("sla_version", t.sla.sla_version)
      .added("resolve_due_at", jtext(to_iso_utc(t.sla.resolve_due)));
  if (!t.asset_no.empty()) changes.added("asset_no", jtext(t.asset_no));
  if (!t.category.empty()) changes.added("category", jtext(t.category));
  if (t.assignee_id) changes.added("assignee", jtext(t.assignee_name));
  audit::record(conn, at, caller.actor,
                {"helpdesk.ticket.create", "ticket", std::to_string(t.id), changes});
  tx.commit();
  return t;
}

Result<TicketView> view_ticket(db::Connection& conn, const Caller& caller, std::int64_t id) {
  auto t = store::find_ticket(conn, id);
  if (!t || !may_see(conn, caller, *t)) return no_such_ticket();
  TicketView v{std::move(*t), {}};
  v.timeline = store::list_entries(conn, id, caller.it_staff);
  return v;
}

Result<Ticket> take_step(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                         Step step, const std::string& solution) {
  db::Tx tx(conn);
  auto found = store::find_ticket(conn, id, true);
  if (!found || !may_see(conn, caller, *found)) return no_such_ticket();
  Ticket t = std::move(*found);
  const bool is_requester = t.requester_id == caller.user_id;
  if (!caller.it_staff && !(is_requester && requester_may(step))) return it_only();
  const auto next = next_status(t.status, step);
  if (!next) {
    return Error::conflict(
        {"ทำขั้นตอนนี้ไม่ได้เมื่อใบแจ้งซ่อมอยู่ในสถานะ " + std::string(status_name(t.status)),
         "A ticket that is " + std::string(status_name(t.status)) + " cannot " + step_name(step)});
  }
  const auto cal = business_calendar(conn);
  if (step == Step::reopen && t.resolved_at) {
    TimePoint resolved{};
    parse_iso_time(*t.resolved_at, resolved);
    if (cal.business_days_between(bangkok_date(resolved), bangkok_date(at)) >
        kAutoCloseBusinessDays) {
      return Error::conflict({"พ้นกำหนดเปิดใบแจ้งซ่อมใหม่แล้ว โปรดแจ้งปัญหาใหม่",
                              "It is too late to reopen this ticket: report a new problem"});
    }
  }
  const std::string trimmed = http::trim(solution);
  if (step == Step::resolve && trimmed.empty()) {
    return Error::invalid({"โปรดระบุวิธีแก้ไข", "Say how it was fixed"})
        .field("solution", {"ต้องระบุ", "is required"});
  }
  const Status from = t.status;
  const std::string at_iso = to_iso_utc(at);
  audit::Changes changes;
  changes.set("status", status_name(from), status_name(*next));
  t.status = *next;
  t.updated_at = at_iso;
  switch (step) {
    case Step::take:
      changes.set("assignee", jtext(t.assignee_name), jtext(caller.name));
      t.assignee_id = caller.user_id;
      t.assignee_name = caller.name;
      t.owned_at = at_iso;
      break;
    case Step::ask_requester:
      pause(t.sla, at);
      break;
    case Step::resume:
      resume(t.sla, cal, at);
      break;
    case Step::resolve:
      t.resolved_at = at_iso;
      t.solution = trimmed;
      changes.added("solution", jtext(trimmed));
      break;
    case Step::close:
      t.closed_at = at_iso;
      break;
    case Step::reopen:
      t.resolved_at.reset();
      break;
    case Step::start:
      break;
  }
  if (step == Step::resume || step == Step::reopen) {
    changes.set("resolve_due_at", nullptr, jtext(to_iso_utc(t.sla.resolve_due)));
  }
  store::update_ticket(conn, t);
  store::count_move(conn, from, t.status);
  add_status_entry(conn, caller, t, from, trimmed, at_iso);
  audit::record(
      conn, at, caller.actor,
      {std::string("helpdesk.ticket.") + step_name(step), "ticket", std::to_string(id), changes});
  // Tell the other side; never the one who acted.
  const bool by_requester = is_requester && !caller.it_staff;
  std::optional<std::int64_t> other;
  if (by_requester) {
    other = t.assignee_id;
  } else if (!is_requester) {
    other = t.requester_id;
  }
  switch (step) {
    case Step::take:
      tell(conn, at, other, t, "มีเจ้าหน้าที่รับเรื่องแล้ว", caller.name, caller.quiet);
      break;
    case Step::ask_requester:
      tell(conn, at, other, t, "รอข้อมูลจากท่าน", "", caller.quiet);
      break;
    case Step::resolve:
      tell(conn, at, other, t, "แก้ไขแล้ว โปรดยืนยันและให้คะแนน", trimmed, caller.quiet);
      break;
    case Step::reopen:
      tell(conn, at, other, t, "ถูกเปิดใหม่", "", caller.quiet);
      break;
    case Step::close:
      tell(conn, at, other, t, "ปิดเรื่องแล้ว", "", caller.quiet);
      break;
    case Step::start:
    case Step::resume:
      break;
  }
  tx.commit();
  return t;
}

Result<Entry> add_reply(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                        const std::string& body, bool is_private) {
  const std::string text_body = http::trim(body);
  if (text_body.empty()) {
    return Error::invalid({"โปรดเขียนข้อความ", "Write something"})
        .field("body", {"ต้องระบุ", "is required"});
  }
  if (http::utf8_length(text_body) > 10000) {
    return Error::invalid({"ข้อความยาวเกินไป", "The text is too long"})
        .field("body", {"ยาวเกิน 10,000 ตัวอักษร", "is over 10,000 characters"});
  }
  if (is_private && !caller.it_staff) return it_only();
  db::Tx tx(conn);
  auto found = store::find_ticket(conn, id, true);
  if (!found || !may_see(conn, caller, *found)) return no_such_ticket();
  Ticket t = std::move(*found);
  if (t.status == Status::closed) {
    return Error::conflict({"ใบแจ้งซ่อมนี้ปิดแล้ว", "This ticket is closed"});
  }
  Entry e;
  e.ticket_id = id;
  e.kind = is_private ? EntryKind::note : EntryKind::reply;
  e.is_private = is_private;
  e.body = text_body;
  e.author_name = caller.name;
  e.created_at = to_iso_utc(at);
  e.id =
      store::insert_entry(conn, e, caller.user_id ? std::optional(caller.user_id) : std::nullopt);
  audit::Changes changes;
  changes.added("kind", entry_kind_name(e.kind)).added("entry_id", e.id);
  audit::record(conn, at, caller.actor,
                {is_private ? "helpdesk.ticket.note" : "helpdesk.ticket.reply", "ticket",
                 std::to_string(id), changes});
  const bool by_requester = t.requester_id == caller.user_id && !caller.it_staff;
  if (!is_private) {
    if (by_requester) {
      tell(conn, at, t.assignee_id, t, "ผู้แจ้งตอบกลับ", text_body, caller.quiet);
    } else if (t.requester_id != caller.user_id) {
      tell(conn, at, t.requester_id, t, "มีข้อความจากเจ้าหน้าที่ไอที", text_body, caller.quiet);
    }
  }
  tx.commit();
  if (by_requester && t.status == Status::waiting) {
    auto resumed = take_step(conn, at, caller, id, Step::resume);
    if (!resumed.ok()) return resumed.error();
  }
  return e;
}

Result<Ticket> set_priority(db::Connection& conn, TimePoint at, const Caller& caller,
                            std::int64_t id, Priority priority, const std::string& category) {
  if (!caller.it_staff) return it_only();
  if (!category.empty() && !store::kb_category_exists(conn, category)) {
    return Error::invalid({"ไม่มีหมวดนี้", "No such category"})
        .field("category", {"ไม่มีหมวดนี้", "is not a category"});
  }
  db::Tx tx(conn);
  auto found = store::find_ticket(conn, id, true);
  if (!found) return no_such_ticket();
  Ticket t = std::move(*found);
  if (!is_open(t.status)) {
    return Error::conflict(
        {"เปลี่ยนความสำคัญได้เฉพาะเรื่องที่ยังไม่แก้ไข", "Only an open ticket's priority can change"});
  }
  audit::Changes changes;
  changes.set("priority", priority_name(t.priority), priority_name(priority))
      .set("category", jtext(t.category), jtext(category));
  if (changes.empty()) return t;
  const auto before_due = to_iso_utc(t.sla.resolve_due);
  const int before_version = t.sla.sla_version;
  // On the timeline too: the requester sees why the deadline moved.
  const auto field_entry = [&](EntryKind kind, const std::string& from, const std::string& to) {
    if (from == to) return;
    Entry e;
    e.ticket_id = id;
    e.kind = kind;
    e.from_status = from;
    e.to_status = to;
    e.author_name = caller.name;
    e.created_at = to_iso_utc(at);
    store::insert_entry(conn, e, caller.user_id ? std::optional(caller.user_id) : std::nullopt);
  };
  field_entry(EntryKind::priority, priority_name(t.priority), priority_name(priority));
  field_entry(EntryKind::category, t.category, category);
  t.priority = priority;
  t.category = category;
  retarget(t.sla, business_calendar(conn), store::current_target(conn, priority));
  t.updated_at = to_iso_utc(at);
  changes.set("resolve_due_at", jtext(before_due), jtext(to_iso_utc(t.sla.resolve_due)))
      .set("sla_version", before_version, t.sla.sla_version);
  store::update_ticket(conn, t);
  audit::record(conn, at, caller.actor,
                {"helpdesk.ticket.prioritise", "ticket", std::to_string(id), changes});
  tx.commit();
  return t;
}

Result<Entry> log_work(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                       int minutes, const std::string& parts, const std::string& note) {
  if (!caller.it_staff) return it_only();
  FieldErrors errors;
  if (minutes < 1 || minutes > 1440) errors.add("minutes", {"ต้องเป็น 1–1440 นาที", "must be 1–1440"});
  if (http::utf8_length(parts) > 500) errors.add("parts", {"ยาวเกิน 500 ตัวอักษร", "is over 500"});
  if (!errors.empty()) return errors.to_error();
  db::Tx tx(conn);
  auto found = store::find_ticket(conn, id, true);
  if (!found) return no_such_ticket();
  if (found->status == Status::closed) {
    return Error::conflict({"ใบแจ้งซ่อมนี้ปิดแล้ว", "This ticket is closed"});
  }
  Entry e;
  e.ticket_id = id;
  e.kind = EntryKind::work;
  e.is_private = true;  // time and parts are IT's bookkeeping
  e.body = http::trim(note);
  e.minutes = minutes;
  e.parts = http::trim(parts);
  e.author_name = caller.name;
  e.created_at = to_iso_utc(at);
  e.id = store::insert_entry(conn, e, caller.user_id);
  audit::Changes changes;
  changes.added("minutes", minutes).added("parts", jtext(e.parts)).added("entry_id", e.id);
  audit::record(conn, at, caller.actor,
                {"helpdesk.ticket.work", "ticket", std::to_string(id), changes});
  tx.commit();
  return e;
}

Result<Ticket> rate_fix(db::Connection& conn, TimePoint at, const Caller& caller, std::int64_t id,
                        int rating, const std::string& comment) {
  if (rating < 1 || rating > 5) {
    return Error::invalid({"คะแนนต้องเป็น 1–5", "The rating must be 1–5"})
        .field("rating", {"ต้องเป็น 1–5", "must be 1–5"});
  }
  if (http::utf8_length(comment) > 2000) {
    return Error::invalid({"ความเห็นยาวเกินไป", "The comment is too long"})
        .field("comment", {"ยาวเกิน 2,000 ตัวอักษร", "is over 2,000 characters"});
  }
  db::Tx tx(conn);
  auto found = store::find_ticket(conn, id, true);
  if (!found || !may_see(conn, caller, *found)) return no_such_ticket();
  Ticket t = std::move(*found);
  if (t.requester_id != caller.user_id) {
    return Error{ErrorCode::permission_denied,
                 {"ผู้แจ้งเท่านั้นที่ให้คะแนนได้", "Only the requester rates the fix"},
                 {},
                 "helpdesk: rating by someone else"};
  }
  if (t.status != Status::resolved && t.status != Status::closed) {
    return Error::conflict({"ให้คะแนนได้หลังแก้ไขแล้ว", "A fix can be rated once it is resolved"});
  }
  if (t.rating) return Error::conflict({"ให้คะแนนไปแล้ว", "This fix is already rated"});
  t.rating = rating;
  t.rating_comment = http::trim(comment);
  t.updated_at = to_iso_utc(at);
  store::update_ticket(conn, t);
  audit::Changes changes;
  changes.added("rating", rating).added("rating_comment", jtext(t.rating_comment));
  audit::record(conn, at, caller.actor,
                {"helpdesk.ticket.rate", "ticket", std::to_string(id), changes});
  tell(conn, at, t.assignee_id, t, "ได้รับคะแนน " + std::to_string(rating) + "/5", t.rating_comment,
       caller.quiet);
  tx.commit();
  return t;
}

}  // namespace pao::helpdesk
