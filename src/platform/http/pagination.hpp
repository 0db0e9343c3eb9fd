// The list convention of every JSON API: `?limit=N&cursor=C` in, `{"items":[…],
// "next_cursor":"…"|null}` out. Cursors are opaque to clients (URL-safe base64 of the last
// item's sort key), so a module may change how it pages without breaking them; keyset paging
// never skips or repeats an item when rows are added between pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "platform/error/error.hpp"
#include "platform/http/request.hpp"

namespace pao::http {

struct PageRequest {
  int limit = 50;
  std::optional<std::string> after;  // the decoded cursor: sort key of the last item seen
};

// Reads `limit` (1…max_limit, default default_limit) and `cursor` from the query string.
// A bad value is invalid_argument naming the field.
Result<PageRequest> read_page_request(const Request& request, int default_limit = 50,
                                      int max_limit = 200);
// The same, for an integer sort key (ids, sequence numbers).
std::optional<std::int64_t> after_id(const PageRequest& page);

std::string encode_cursor(const std::string& key);
std::optional<std::string> decode_cursor(const std::string& cursor);

// {"items": items, "next_cursor": encode(last_key) or null}. `last_key` is the sort key of the
// last item returned when more items follow (fetch limit + 1 rows to know), nullopt otherwise.
boost::json::object page_json(boost::json::array items, const std::optional<std::string>& last_key);

}  // namespace pao::http
