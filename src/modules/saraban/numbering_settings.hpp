// Numbering settings (ตั้งค่าเลขที่หนังสือ): the agency code printed before outgoing numbers
// (ลพ 51000) and how each register that issues references writes a letter's ที่ — its format,
// with {agency} for the agency code and {no} for the number ("{agency}/ว {no}" → ลพ 51000/ว 56).
//
// A format must hold {no} (two letters must never share a ที่) and no other {token}; each error
// names its field ("formats.circular"). A change is audited with the values before and after,
// and affects only numbers given out afterwards: a letter keeps the ที่ it was issued with.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "modules/saraban/numbering.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

// One register that issues references, with the ที่ its next number would get this year.
struct RegisterFormat {
  Register reg;
  std::int64_t next_no = 1;
  std::string next_reference;
};

struct NumberingSettings {
  std::string agency_code;
  std::vector<RegisterFormat> registers;  // outgoing, circular, order, announcement
};

// What an administrator sends: the agency code and the formats (register code → format) to
// change; registers not named keep theirs.
struct NumberingChange {
  std::string agency_code;
  std::map<std::string, std::string> formats;
};

// The settings as they stand at `at` (next numbers of the year of `at`).
NumberingSettings numbering_settings(db::Connection& conn, TimePoint at);

// invalid_argument naming each bad field: agency_code (required, ≤ 40 characters),
// formats.<code> (not a register that issues references; blank; over 100 characters; no {no};
// an unknown {token}, named).
FieldErrors check_numbering_change(db::Connection& conn, const NumberingChange& change);

// What the settings would show if `change` were saved (for a preview; writes nothing). Fields
// that fail the checks are previewed as typed.
NumberingSettings preview_numbering_change(db::Connection& conn, TimePoint at,
                                           const NumberingChange& change);

// Saves `change` in one transaction with its audit entry (saraban.settings.update, each changed
// value before and after; nothing when nothing changed). Errors as check_numbering_change.
Result<NumberingSettings> change_numbering_settings(db::Connection& conn, TimePoint at,
                                                    const Person& by,
                                                    const NumberingChange& change);

}  // namespace pao::saraban
