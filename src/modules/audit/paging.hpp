// Pages of the trail and of the personal-read log, newest first, shared by the JSON API and the
// HTML pages: `limit` and `cursor` from the query string (http/pagination.hpp), where a cursor
// is the sequence number (or read id) of the last item of the previous page. Keyset paging:
// entries appended while someone pages are newer, so no page skips or repeats an entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/audit/entry_filter.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"

namespace pao::audit {

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 200;

// to_filter(form) with `limit` and `cursor` from `request`; one invalid_argument naming every
// bad field (the filter's, "limit", "cursor").
Result<Filter> read_entry_query(const http::Request& request, const EntryFilterForm& form);

struct EntryPage {
  std::vector<Entry> entries;               // at most filter.limit, newest first
  std::optional<std::int64_t> next_before;  // the cursor key of the next page, if any
};
EntryPage find_entry_page(db::Connection& conn, Filter filter);

struct PersonalReadQuery {
  std::string actor;  // exact actor name; "" for everyone
  std::optional<std::int64_t> before_id;
  int limit = kDefaultPageSize;
};
// `actor`, `limit` and `cursor` from `request`.
Result<PersonalReadQuery> read_personal_read_query(const http::Request& request);

struct PersonalReadPage {
  std::vector<PersonalRead> reads;
  std::optional<std::int64_t> next_before;
};
PersonalReadPage find_personal_read_page(db::Connection& conn, const PersonalReadQuery& query);

// The cursor that continues after the item with key `key` ("older entries").
std::string cursor_after(std::int64_t key);

}  // namespace pao::audit
