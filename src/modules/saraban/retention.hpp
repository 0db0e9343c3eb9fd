// Retention and destruction of letters (ระเบียบงานสารบรรณ หมวด 5).
//
// Rules:
//   - Each letter keeps a retention in years (default 10; 0 = keep forever). A letter registered
//     in year Y with retention N is due for destruction once year Y + N has ended.
//   - Within 60 days after a calendar year ends, the list of letters due (บัญชีหนังสือขอทำลาย) is
//     proposed: by a clerk, or by the yearly job on 2 January. One list per year ended; a letter
//     is never on two lists.
//   - Destruction needs approval naming the committee (a chair and at least two members) and the
//     National Archives' agreement; approving marks each letter destroyed and detaches its files.
//     The list and its lines (number, reference, date, subject, retention) stay as the record of
//     what was destroyed. Each step is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

struct DestructionItem {
  std::int64_t letter_id = 0;
  std::string register_code;
  int year = 0;
  std::int64_t register_no = 0;
  std::string reference;
  std::string dated;
  std::string subject;
  int retention_years = 0;
};

struct DestructionList {
  std::int64_t id = 0;
  int year_ended = 0;  // C.E.
  std::string status;  // "proposed" or "approved"
  std::string proposed_at;
  std::string proposed_by;
  std::string committee;  // "chair; member; member"
  std::string archives_reference;
  std::string approved_at;
  std::string approved_by;
  std::vector<DestructionItem> items;
};

// Proposes the list for calendar year `year_ended` (which must have ended by `at`, Bangkok
// time). conflict when that year's list exists; invalid_argument (field year_ended) for a year
// not yet ended. An empty list is still a list (nothing was due).
Result<DestructionList> propose_destruction_list(db::Connection& conn, TimePoint at,
                                                 const Person& by, int year_ended);

struct DestructionApproval {
  std::string chair;
  std::vector<std::string> members;  // at least two
  std::string archives_reference;    // the National Archives' letter agreeing (required)
};

// Approves list `list_id`: each letter is marked destroyed and its files detached, in one
// transaction. not_found; conflict when already approved; invalid_argument naming chair,
// members or archives_reference.
Result<DestructionList> approve_destruction(db::Connection& conn, TimePoint at, const Person& by,
                                            std::int64_t list_id, const DestructionApproval& a);

std::vector<DestructionList> list_destruction_lists(db::Connection& conn);
std::optional<DestructionList> find_destruction_list(db::Connection& conn, std::int64_t id);

}  // namespace pao::saraban
