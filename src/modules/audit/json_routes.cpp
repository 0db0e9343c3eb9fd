// JSON API of the audit trail: entries with the same filter as /admin/audit, the chain check
// and the personal-read log. Thin: read the query, call platform/audit, write JSON.
#include <boost/json.hpp>

#include "modules/audit/paging.hpp"
#include "modules/audit/routes.hpp"
#include "platform/http/pagination.hpp"

namespace pao::audit {

namespace json = boost::json;

namespace {

json::object entry_json(const Entry& e) {
  json::object o{{"seq", e.seq},
                 {"at", e.at},
                 {"actor_kind", e.actor_kind},
                 {"actor_id", e.actor_id},
                 {"actor_name", e.actor_name},
                 {"action", e.action},
                 {"entity_type", e.entity_type},
                 {"entity_id", e.entity_id},
                 {"request_id", e.request_id},
                 {"client_ip", e.client_ip},
                 {"prev_hash", e.prev_hash},
                 {"hash", e.hash}};
  boost::system::error_code ec;
  json::value changes = json::parse(e.changes, ec);
  if (!ec && changes.is_object()) {
    o["changes"] = std::move(changes);
  } else {
    // A damaged row still lists: its text as stored, for the auditor to see.
    o["changes"] = nullptr;
    o["changes_text"] = e.changes;
  }
  return o;
}

json::object personal_read_json(const PersonalRead& r) {
  return json::object{{"id", r.id},
                      {"at", r.at},
                      {"actor_kind", r.actor_kind},
                      {"actor_id", r.actor_id},
                      {"actor_name", r.actor_name},
                      {"entity_type", r.entity_type},
                      {"entity_id", r.entity_id},
                      {"purpose", r.purpose},
                      {"request_id", r.request_id},
                      {"client_ip", r.client_ip}};
}

http::Response json_answer(const json::value& body) {
  auto r = http::Response::json(200, body);
  private_answer(r);
  return r;
}

std::optional<std::string> key_text(const std::optional<std::int64_t>& key) {
  if (!key) return std::nullopt;
  return std::to_string(*key);
}

}  // namespace

http::Response& private_answer(http::Response& response) {
  return response.header("Cache-Control", "no-store");
}

Result<http::Response> list_entries_json(http::Context& ctx) {
  const auto filter = read_entry_query(ctx.request, read_entry_filter_form(ctx.request));
  if (!filter.ok()) return filter.error();
  const EntryPage page = find_entry_page(ctx.db(), *filter);
  json::array items;
  for (const auto& e : page.entries) items.push_back(entry_json(e));
  return json_answer(http::page_json(std::move(items), key_text(page.next_before)));
}

Result<http::Response> verify_json(http::Context& ctx) {
  const Verification v = verify_chain(ctx.db());
  return json_answer(json::object{
      {"intact", v.intact},
      {"count", v.count},
      {"first_bad_seq", v.intact ? json::value(nullptr) : json::value(v.first_bad_seq)},
      {"reason", v.intact ? json::value(nullptr) : json::value(v.reason)}});
}

Result<http::Response> list_personal_reads_json(http::Context& ctx) {
  const auto query = read_personal_read_query(ctx.request);
  if (!query.ok()) return query.error();
  const PersonalReadPage page = find_personal_read_page(ctx.db(), *query);
  json::array items;
  for (const auto& r : page.reads) items.push_back(personal_read_json(r));
  return json_answer(http::page_json(std::move(items), key_text(page.next_before)));
}

json::value entries_schema() {
  return json::parse(R"json({"type":"object","required":["items","next_cursor"],"properties":{
    "items":{"type":"array","items":{"type":"object","properties":{
      "seq":{"type":"integer","description":"Position in the hash chain: 1, 2, 3 … without gaps"},
      "at":{"type":"string","format":"date-time","example":"2026-11-25T07:02:03Z"},
      "actor_kind":{"type":"string","enum":["anonymous","user","token","system"]},
      "actor_id":{"type":"integer"},
      "actor_name":{"type":"string","example":"somchai"},
      "action":{"type":"string","example":"identity.user.update"},
      "entity_type":{"type":"string","example":"user"},
      "entity_id":{"type":"string","example":"42"},
      "changes":{"type":"object","nullable":true,"description":
        "{\"field\":{\"before\":…,\"after\":…}} for changed fields; {\"field\":value} for notes. null only for a damaged row, whose stored text is then in changes_text",
        "example":{"name":{"before":"สมชาย","after":"สมชาย ใจดี"}}},
      "changes_text":{"type":"string"},
      "request_id":{"type":"string"},
      "client_ip":{"type":"string"},
      "prev_hash":{"type":"string"},
      "hash":{"type":"string","description":"SHA-256 of the entry and prev_hash"}}}},
    "next_cursor":{"type":"string","nullable":true,"description":"Pass as cursor for older entries; null on the last page"}}})json");
}

json::value verify_schema() {
  return json::parse(R"json({"type":"object","required":["intact","count","first_bad_seq","reason"],
    "properties":{
      "intact":{"type":"boolean"},
      "count":{"type":"integer","description":"Entries checked (before the first bad one when broken)"},
      "first_bad_seq":{"type":"integer","nullable":true,"description":"The first entry altered, removed or out of order; null when intact"},
      "reason":{"type":"string","nullable":true,"description":"What is wrong at first_bad_seq (English); null when intact"}}})json");
}

json::value personal_reads_schema() {
  return json::parse(R"json({"type":"object","required":["items","next_cursor"],"properties":{
    "items":{"type":"array","items":{"type":"object","properties":{
      "id":{"type":"integer"},
      "at":{"type":"string","format":"date-time"},
      "actor_kind":{"type":"string","enum":["anonymous","user","token","system"]},
      "actor_id":{"type":"integer"},
      "actor_name":{"type":"string"},
      "entity_type":{"type":"string","example":"citizen"},
      "entity_id":{"type":"string"},
      "purpose":{"type":"string","description":"Why the record was read"},
      "request_id":{"type":"string"},
      "client_ip":{"type":"string"}}}},
    "next_cursor":{"type":"string","nullable":true}}})json");
}

}  // namespace pao::audit
