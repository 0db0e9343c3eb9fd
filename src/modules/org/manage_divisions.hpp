// The administrator keeps the PAO's divisions (ส่วนราชการ) up to date: adds a division, renames
// or reorders one, makes one inactive when it is merged away or active again. Permission
// `org.manage` (checked by the routes). No HTTP here: the JSON API and the admin pages call the
// same functions.
//
// Rules:
//   - A code is `[a-z][a-z0-9_]{1,39}`, unique among all divisions ever added, and never changes
//     once created: other modules store it. An edit changes names, order and active only.
//   - A division is never deleted. Making it inactive hides it from pickers and the public page;
//     records naming it still read.
//   - Every change writes one audit entry (action org.division.create / org.division.update,
//     entity "division", id = the code) in the same transaction, holding the before/after of
//     each changed field. An edit that changes nothing writes nothing.
//   - Two administrators editing at once: the last write wins. Adding a code that exists is a
//     conflict, also when two add it at the same moment.
#pragma once

#include <optional>
#include <string>

#include "modules/org/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::org {

struct NewDivision {
  std::string code;               // "strategy_budget"
  std::string name_th;            // required
  std::string short_name_th;      // blank → the Thai name
  std::string name_en;            // required
  std::optional<int> sort_order;  // nullopt → after the last division
};

// What to change; fields left nullopt stay as they are.
struct DivisionChanges {
  std::optional<std::string> name_th;
  std::optional<std::string> short_name_th;  // blank → the Thai name
  std::optional<std::string> name_en;
  std::optional<int> sort_order;
  std::optional<bool> active;
};

// The field errors of `in` (texts are judged trimmed); empty when it may be added, the
// uniqueness of its code aside. add_division() applies the same checks.
FieldErrors check_new_division(const NewDivision& in);
FieldErrors check_division_changes(const DivisionChanges& in);

// Adds an active division. Errors: invalid_argument naming each bad field (`code`, `name_th`,
// `short_name_th`, `name_en`, `sort_order`); conflict (with a `code` field error) when the code
// is taken, by an active or an inactive division. `conn` must not be inside a transaction.
Result<Division> add_division(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const NewDivision& in);

// not_found for a division code nobody ever added (pages and the API answer alike).
Error no_such_division(const std::string& code);

// Applies `changes` to the division `code` and returns it as stored. Errors: not_found for an
// unknown code; invalid_argument naming each bad field.
Result<Division> update_division(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const std::string& code, const DivisionChanges& changes);

}  // namespace pao::org
