// What the auditor asks of the trail: the filter of /admin/audit, its CSV export and
// GET /api/v1/audit/entries, read from the same query parameters everywhere:
//   actor        the actor's name, exactly (a username, a token's name, "cli")
//   action       exactly ("identity.user.update"), or every action under a prefix that ends in
//                '.' ("identity.")
//   entity_type, entity_id   the record, exactly
//   from, to     Bangkok calendar days, both inclusive: "25/11/2569" as typed in the form, or
//                "2026-11-25" (parse_thai_date's rules)
// Empty parameters count as absent, so an HTML form's blank fields filter nothing.
#pragma once

#include <string>

#include "platform/audit/audit_log.hpp"
#include "platform/error/error.hpp"
#include "platform/http/request.hpp"

namespace pao::audit {

// The filter as typed, kept to show the form again and to build links that keep it.
struct EntryFilterForm {
  std::string actor;
  std::string action;
  std::string entity_type;
  std::string entity_id;
  std::string from;
  std::string to;
};

// Each parameter trimmed of surrounding spaces; never fails.
EntryFilterForm read_entry_filter_form(const http::Request& request);

// The platform's filter for `form` (limit and paging left at their defaults). invalid_argument
// naming every bad field: a date that is not a real YYYY-MM-DD, `to` before `from`, text over
// 200 characters.
Result<Filter> to_filter(const EntryFilterForm& form);

// "actor=somchai&from=2026-11-01" — the non-empty fields, percent-encoded, in a fixed order:
// for the pager and export links. Empty when nothing is filtered.
std::string to_query_string(const EntryFilterForm& form);

}  // namespace pao::audit
