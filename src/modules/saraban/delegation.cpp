#include "modules/saraban/delegation.hpp"

#include <boost/json.hpp>

#include "modules/identity/api.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/store_delegation.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace {

const Message kRequired{"กรุณากรอก", "is required"};

struct Account {
  std::string name;
  std::string position;
};

// A's or B's name and position as their account has them now.
std::optional<Account> active_account(db::Connection& conn, std::int64_t id) {
  const auto u = identity::find_user(conn, id);
  if (!u || !u->active) return std::nullopt;
  Account a{u->display_name.empty() ? u->username : u->display_name, ""};
  if (!u->position_code.empty()) {
    if (const auto p = org::find_position(conn, u->position_code)) a.position = p->name_th;
  }
  return a;
}

std::string day_before(const std::string& iso_day) {
  const auto d = parse_thai_date(iso_day);
  return d ? to_iso_date(add_days(*d, -1)) : iso_day;
}

}  // namespace

const char* delegation_kind_name(DelegationKind k) {
  return k == DelegationKind::acting ? "acting" : "on_behalf";
}

Message delegation_kind_label(DelegationKind k) {
  return k == DelegationKind::acting ? Message{"รักษาราชการแทน", "Acting for"}
                                     : Message{"ปฏิบัติราชการแทน", "On behalf of"};
}

std::optional<DelegationKind> parse_delegation_kind(std::string_view name) {
  if (name == "on_behalf") return DelegationKind::on_behalf;
  if (name == "acting") return DelegationKind::acting;
  return std::nullopt;
}

bool Delegation::in_force(TimePoint at) const {
  const std::string today = to_iso_date(bangkok_date(at));
  if (today < starts_on || today > ends_on) return false;
  return ended_at.empty() || to_iso_utc(at) < ended_at;
}

std::string Delegation::last_day() const {
  if (ended_at.empty()) return ends_on;
  TimePoint t{};
  if (!parse_iso_time(ended_at, t)) return ends_on;
  const std::string before = day_before(to_iso_date(bangkok_date(t)));
  return before < ends_on ? before : ends_on;
}

std::vector<DelegatedJob> jobs_waiting_for_principals(db::Connection& conn, TimePoint at,
                                                      std::int64_t user_id, int limit) {
  std::vector<DelegatedJob> out;
  for (const auto& d : delegations_to(conn, at, user_id)) {
    for (auto& item : store::jobs_waiting_for(conn, d.principal_id, limit)) {
      if (store::is_member(conn, item.job.id, user_id)) continue;
      out.push_back({std::move(item.job), std::move(item.last_action_at), d});
    }
  }
  return out;
}

std::string on_behalf_text(const Delegation& d) {
  return d.principal_position.empty() ? d.principal_name
                                      : d.principal_name + " ตำแหน่ง " + d.principal_position;
}

Result<Delegation> record_delegation(db::Connection& conn, TimePoint at, const Person& by,
                                     const NewDelegation& in) {
  FieldErrors errors;
  const Date today = bangkok_date(at);
  if (in.principal_id == 0) errors.add("principal", kRequired);
  if (in.delegate_id == 0) errors.add("delegate", kRequired);
  if (in.principal_id != 0 && in.principal_id == in.delegate_id) {
    errors.add("delegate", {"มอบให้ตนเองไม่ได้", "cannot be the person delegating"});
  }
  if (!in.starts_on) errors.add("starts_on", kRequired);
  if (!in.ends_on) errors.add("ends_on", kRequired);
  // Compared as day counts (Date's defaulted <=> trips clang-tidy's modernize-use-nullptr).
  if (in.starts_on && in.ends_on && days_between(*in.starts_on, *in.ends_on) < 0) {
    errors.add("ends_on", {"ต้องไม่ก่อนวันเริ่ม", "cannot be before the first day"});
  } else if (in.ends_on && days_between(today, *in.ends_on) < 0) {
    errors.add("ends_on", {"เป็นวันที่ผ่านมาแล้ว", "is in the past"});
  }
  if (http::utf8_length(in.order_reference) > 200) {
    errors.add("order_reference", {"ยาวเกิน 200 ตัวอักษร", "is longer than 200 characters"});
  }
  std::optional<Account> principal, delegate;
  if (in.principal_id != 0 && !(principal = active_account(conn, in.principal_id))) {
    errors.add("principal", {"ไม่มีผู้ใช้นี้", "is not an active user"});
  }
  if (in.delegate_id != 0 && !(delegate = active_account(conn, in.delegate_id))) {
    errors.add("delegate", {"ไม่มีผู้ใช้นี้", "is not an active user"});
  }
  if (!errors.empty()) return errors.to_error();

  Delegation d;
  d.principal_id = in.principal_id;
  d.principal_name = principal->name;
  d.principal_position = principal->position;
  d.delegate_id = in.delegate_id;
  d.delegate_name = delegate->name;
  d.delegate_position = delegate->position;
  d.kind = in.kind;
  d.starts_on = to_iso_date(*in.starts_on);
  d.ends_on = to_iso_date(*in.ends_on);
  d.order_reference = http::trim(in.order_reference);
  d.recorded_at = to_iso_utc(at);
  d.recorded_by = by.name;

  db::Tx tx(conn);
  for (const auto& other : store::lock_delegations_of(conn, d.principal_id)) {
    const std::string last = other.last_day();
    if (last < other.starts_on) continue;  // ended before it began
    if (d.starts_on <= last && other.starts_on <= d.ends_on) {
      const std::string when = other.starts_on + " – " + last;
      return Error::conflict(
                 {"ช่วงวันที่ซ้อนกับการมอบหมายที่มีอยู่ (" + other.delegate_name + ")",
                  "These days overlap another delegation (" + other.delegate_name + ")"})
          .field("starts_on", {"ซ้อนกับ " + when, "overlaps " + when});
    }
  }
  d.id = store::insert_delegation(conn, d);
  audit::Changes changes;
  changes.added("principal_id", d.principal_id)
      .added("delegate_id", d.delegate_id)
      .added("kind", delegation_kind_name(d.kind))
      .added("starts_on", boost::json::string_view(d.starts_on))
      .added("ends_on", boost::json::string_view(d.ends_on))
      .added("order_reference", boost::json::string_view(d.order_reference));
  audit::record(conn, at, by.actor,
                {"saraban.delegation.record", "delegation", std::to_string(d.id), changes});
  tx.commit();
  return d;
}

Result<Delegation> end_delegation(db::Connection& conn, TimePoint at, const Person& by,
                                  std::int64_t id, const std::string& reason) {
  if (http::utf8_length(reason) > 500) {
    FieldErrors errors;
    errors.add("reason", {"ยาวเกิน 500 ตัวอักษร", "is longer than 500 characters"});
    return errors.to_error();
  }
  db::Tx tx(conn);
  auto d = store::find_delegation(conn, id);
  if (!d) return Error::not_found({"ไม่พบการมอบหมายนี้", "There is no such delegation"});
  if (!d->ended_at.empty() || d->ends_on < to_iso_date(bangkok_date(at))) {
    return Error::conflict({"การมอบหมายนี้สิ้นสุดแล้ว", "This delegation has already ended"});
  }
  d->ended_at = to_iso_utc(at);
  d->ended_by = by.name;
  d->end_reason = http::trim(reason);
  store::insert_delegation_end(conn, id, d->ended_at, d->ended_by, d->end_reason);
  audit::Changes changes;
  changes.added("ended_at", boost::json::string_view(d->ended_at))
      .note("reason", boost::json::string_view(d->end_reason));
  audit::record(conn, at, by.actor,
                {"saraban.delegation.end", "delegation", std::to_string(id), changes});
  tx.commit();
  return *d;
}

std::optional<Delegation> find_delegation(db::Connection& conn, std::int64_t id) {
  return store::find_delegation(conn, id);
}

std::vector<Delegation> list_delegations(db::Connection& conn, std::int64_t user_id, int limit) {
  return store::list_delegations(conn, user_id, limit);
}

std::vector<Delegation> delegations_to(db::Connection& conn, TimePoint at, std::int64_t user_id) {
  std::vector<Delegation> out;
  if (user_id == 0) return out;
  for (auto& d : store::delegations_to_on(conn, user_id, to_iso_date(bangkok_date(at)))) {
    if (d.in_force(at)) out.push_back(std::move(d));
  }
  return out;
}

std::optional<Delegation> acting_for(db::Connection& conn, TimePoint at, std::int64_t user_id,
                                     std::int64_t job_id) {
  if (user_id == 0) return std::nullopt;
  const auto waiting_for = store::open_job_waiting_for(conn, job_id);
  if (!waiting_for || *waiting_for == user_id) return std::nullopt;
  for (auto& d : delegations_to(conn, at, user_id)) {
    if (d.principal_id == *waiting_for) return std::move(d);
  }
  return std::nullopt;
}

}  // namespace pao::saraban
