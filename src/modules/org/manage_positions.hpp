// The administrator keeps the list of positions (ตำแหน่ง) staff hold in step with the PAO's
// establishment (กรอบอัตรากำลัง): adds a position, renames or reorders one, makes one inactive
// when the establishment drops it. Permission `org.manage` (checked by the routes).
//
// Same rules as divisions (manage_divisions.hpp): codes `[a-z][a-z0-9_]{1,39}`, unique, never
// renamed; never deleted, only made inactive; one audit entry per change (org.position.create /
// org.position.update, entity "position", id = the code) with the before/after of each changed
// field; last write wins; adding an existing code is a conflict.
#pragma once

#include <optional>
#include <string>

#include "modules/org/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::org {

struct NewPosition {
  std::string code;               // "computer_technical_officer"
  std::string name_th;            // required
  std::string name_en;            // required
  std::optional<int> sort_order;  // nullopt → after the last position
};

// What to change; fields left nullopt stay as they are.
struct PositionChanges {
  std::optional<std::string> name_th;
  std::optional<std::string> name_en;
  std::optional<int> sort_order;
  std::optional<bool> active;
};

// The field errors of `in` (texts judged trimmed); empty when it may be added, the uniqueness
// of its code aside.
FieldErrors check_new_position(const NewPosition& in);
FieldErrors check_position_changes(const PositionChanges& in);

// Adds an active position. Errors: invalid_argument naming each bad field (`code`, `name_th`,
// `name_en`, `sort_order`); conflict (with a `code` field error) when the code is taken.
// `conn` must not be inside a transaction.
Result<Position> add_position(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const NewPosition& in);

// not_found for a position code nobody ever added (pages and the API answer alike).
Error no_such_position(const std::string& code);

// Applies `changes` to the position `code`. Errors: not_found; invalid_argument.
Result<Position> update_position(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const std::string& code, const PositionChanges& changes);

}  // namespace pao::org
