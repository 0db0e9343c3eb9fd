// Delegations (ปฏิบัติราชการแทน / รักษาราชการแทน): a head A records "from day D1 to day D2 (Bangkok
// days), B acts for me in e-Saraban approvals and signing", with the order (คำสั่งที่ …) that
// says so. While it is in force, the jobs waiting for A (the last routing step sent them to A,
// and they are still open) are B's too: they show in B's inbox, B may open them (a secret one
// as if named on it) and approve, return or sign them, and each such step is recorded as B
// acting on behalf of A — A's name and position as A's account has them at that moment.
//
// Rules:
//   - Not to oneself; D1 <= D2; D2 not already past; two delegations of the same person never
//     overlap (a delegation ended early counts up to the day before it was ended).
//   - In force at time t: D1 <= t's Bangkok day <= D2 and it was not ended at or before t. t is
//     the request's time from the injected clock, never the wall clock.
//   - Never deleted or edited: ending one early is a new fact (saraban_delegation_end), audited
//     (saraban.delegation.record, saraban.delegation.end).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/job.hpp"
#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

// ปฏิบัติราชการแทน (on_behalf: the head's powers handed down by order) or รักษาราชการแทน
// (acting: the post is vacant or its holder away).
enum class DelegationKind { on_behalf, acting };
const char* delegation_kind_name(DelegationKind k);
Message delegation_kind_label(DelegationKind k);
std::optional<DelegationKind> parse_delegation_kind(std::string_view name);

struct Delegation {
  std::int64_t id = 0;
  std::int64_t principal_id = 0;  // A, who is away
  std::string principal_name;
  std::string principal_position;
  std::int64_t delegate_id = 0;  // B, who acts for A
  std::string delegate_name;
  std::string delegate_position;
  DelegationKind kind = DelegationKind::on_behalf;
  std::string starts_on;  // ISO date, Bangkok day, inclusive
  std::string ends_on;    // inclusive
  std::string order_reference;
  std::string recorded_at;
  std::string recorded_by;
  std::string ended_at;  // "" unless ended early
  std::string ended_by;
  std::string end_reason;

  // In force at `at` (see the rules above).
  bool in_force(TimePoint at) const;
  // The last Bangkok day it covers: ends_on, or the day before it was ended when that is earlier.
  std::string last_day() const;
};

struct NewDelegation {
  std::int64_t principal_id = 0;
  std::int64_t delegate_id = 0;
  DelegationKind kind = DelegationKind::on_behalf;
  std::optional<Date> starts_on;
  std::optional<Date> ends_on;
  std::string order_reference;
};

// Records a delegation as `by`. A's and B's names and positions come from their accounts.
// invalid_argument naming `principal`, `delegate`, `starts_on`, `ends_on` or `order_reference`;
// conflict (field `starts_on`) when it overlaps another of A's. Audited in the same transaction.
Result<Delegation> record_delegation(db::Connection& conn, TimePoint at, const Person& by,
                                     const NewDelegation& d);

// Ends delegation `id` now (at `at`), as `by`. not_found; conflict when it already ended (early
// or because its last day is past). Audited.
Result<Delegation> end_delegation(db::Connection& conn, TimePoint at, const Person& by,
                                  std::int64_t id, const std::string& reason);

std::optional<Delegation> find_delegation(db::Connection& conn, std::int64_t id);
// The delegations `user_id` gave or received, newest first (all when user_id is 0), at most
// `limit`.
std::vector<Delegation> list_delegations(db::Connection& conn, std::int64_t user_id, int limit);

// Whom `user_id` acts for at `at` (delegations to them in force).
std::vector<Delegation> delegations_to(db::Connection& conn, TimePoint at, std::int64_t user_id);

// The delegation in force at `at` under which `user_id` acts on job `job_id`: the job is not
// closed and its last routing step went to someone else, who delegated to `user_id`.
std::optional<Delegation> acting_for(db::Connection& conn, TimePoint at, std::int64_t user_id,
                                     std::int64_t job_id);

// The open jobs waiting for the people `user_id` acts for at `at` (each once, with the
// delegation), for B's inbox; jobs `user_id` is named on are left to the ordinary inbox.
struct DelegatedJob {
  Job job;
  std::string last_action_at;
  Delegation delegation;
};
std::vector<DelegatedJob> jobs_waiting_for_principals(db::Connection& conn, TimePoint at,
                                                      std::int64_t user_id, int limit);

// What the timeline, the JSON and the audit say B acted for: "name ตำแหน่ง position".
std::string on_behalf_text(const Delegation& d);

}  // namespace pao::saraban
