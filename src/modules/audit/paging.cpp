#include "modules/audit/paging.hpp"

#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::audit {

namespace {

// limit and cursor, the cursor being a positive integer key.
Result<std::pair<int, std::optional<std::int64_t>>> read_page(const http::Request& request) {
  auto page = http::read_page_request(request, kDefaultPageSize, kMaxPageSize);
  if (!page.ok()) return page.error();
  std::optional<std::int64_t> before;
  if (page->after) {
    before = http::after_id(*page);
    if (!before || *before < 1) {
      FieldErrors errors;
      errors.add("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
      return errors.to_error();
    }
  }
  return std::pair{page->limit, before};
}

// `a` with the field errors of `b` added (the first message of a field wins).
Error merged(Error a, const Error& b) {
  for (const auto& [field, why] : b.fields) a.fields.emplace(field, why);
  return a;
}

}  // namespace

Result<Filter> read_entry_query(const http::Request& request, const EntryFilterForm& form) {
  auto filter = to_filter(form);
  const auto page = read_page(request);
  if (!filter.ok() && !page.ok()) return merged(filter.error(), page.error());
  if (!filter.ok()) return filter.error();
  if (!page.ok()) return page.error();
  filter->limit = page->first;
  filter->before_seq = page->second;
  return filter;
}

EntryPage find_entry_page(db::Connection& conn, Filter filter) {
  const int limit = filter.limit;
  filter.limit = limit + 1;  // one more tells whether another page follows
  EntryPage page;
  page.entries = find_entries(conn, filter);
  if (page.entries.size() > static_cast<std::size_t>(limit)) {
    page.entries.resize(static_cast<std::size_t>(limit));
    page.next_before = page.entries.back().seq;
  }
  return page;
}

Result<PersonalReadQuery> read_personal_read_query(const http::Request& request) {
  PersonalReadQuery q;
  q.actor = http::trim(request.query_param("actor").value_or(""));
  FieldErrors errors;
  if (http::utf8_length(q.actor) > 200) {
    errors.add("actor", {"ยาวเกิน 200 ตัวอักษร", "must be at most 200 characters"});
  }
  const auto page = read_page(request);
  if (!page.ok()) {
    return errors.empty() ? page.error() : merged(errors.to_error(), page.error());
  }
  if (!errors.empty()) return errors.to_error();
  q.limit = page->first;
  q.before_id = page->second;
  return q;
}

PersonalReadPage find_personal_read_page(db::Connection& conn, const PersonalReadQuery& q) {
  PersonalReadPage page;
  page.reads = find_personal_reads(
      conn, q.actor.empty() ? std::nullopt : std::optional<std::string>(q.actor), q.before_id,
      q.limit + 1);
  if (page.reads.size() > static_cast<std::size_t>(q.limit)) {
    page.reads.resize(static_cast<std::size_t>(q.limit));
    page.next_before = page.reads.back().id;
  }
  return page;
}

std::string cursor_after(std::int64_t key) {
  return http::encode_cursor(std::to_string(key));
}

}  // namespace pao::audit
