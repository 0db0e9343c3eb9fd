// An entry's changes as a person reads them: "ชื่อ: สมชาย → สมชาย ใจดี", one line per field.
// The trail stores them as canonical JSON {"field":{"before":…,"after":…}} with notes (facts
// that are not a field change) as {"field": value}; see platform/audit/audit_log.hpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

namespace pao::audit {

struct FieldChange {
  std::string field;
  bool is_note = false;  // a fact, not a change: only `after` holds its value
  std::string before;    // "" when the field was new (added) or for a note
  std::string after;     // "" when the field was removed
  bool had_before = false;
  bool had_after = false;
};

// The fields of stored changes in stored (alphabetical) order. Text that is not a JSON object
// (a damaged row) yields one note named "" holding the raw text, so nothing is hidden.
std::vector<FieldChange> read_field_changes(std::string_view changes_json);

// A JSON value as plain text: strings without quotes (the empty string as ""), null as nothing,
// others as JSON.
std::string value_text(const boost::json::value& v);

// One line for a spreadsheet cell: "name: เดิม → ใหม่; phone: — → 053; reason: locked"
// ("—": the field had no value on that side).
std::string field_changes_line(const std::vector<FieldChange>& changes);

}  // namespace pao::audit
