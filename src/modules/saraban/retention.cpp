#include "modules/saraban/retention.hpp"

#include <boost/json.hpp>

#include "modules/saraban/store.hpp"
#include "platform/files/files.hpp"
#include "platform/http/json_input.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace {

std::string committee_text(const DestructionApproval& a) {
  std::string out = http::trim(a.chair);
  for (const auto& m : a.members) {
    const std::string t = http::trim(m);
    if (!t.empty()) out += "; " + t;
  }
  return out;
}

}  // namespace

Result<DestructionList> propose_destruction_list(db::Connection& conn, TimePoint at,
                                                 const Person& by, int year_ended) {
  if (year_ended >= bangkok_date(at).year || year_ended < 1900) {
    return Error::invalid({"ปีนี้ยังไม่สิ้นสุด", "That year has not ended"})
        .field("year_ended", {"ต้องเป็นปีที่สิ้นสุดแล้ว", "must be a year that has ended"});
  }
  db::Tx tx(conn);
  if (store::find_destruction_list_by_year(conn, year_ended)) {
    return Error::conflict({"มีบัญชีหนังสือขอทำลายของปีนี้แล้ว", "That year's list exists already"});
  }
  DestructionList l;
  l.year_ended = year_ended;
  l.status = "proposed";
  l.proposed_at = to_iso_utc(at);
  l.proposed_by = by.name;
  l.id = store::insert_destruction_list(conn, l);
  l.items = store::letters_due_for_destruction(conn, year_ended);
  for (const auto& item : l.items) store::insert_destruction_item(conn, l.id, item);
  audit::Changes changes;
  changes.added("year_ended", year_ended)
      .added("letters", static_cast<std::int64_t>(l.items.size()));
  audit::record(conn, at, by.actor,
                {"saraban.destruction.propose", "destruction_list", std::to_string(l.id), changes});
  tx.commit();
  return l;
}

Result<DestructionList> approve_destruction(db::Connection& conn, TimePoint at, const Person& by,
                                            std::int64_t list_id, const DestructionApproval& a) {
  FieldErrors errors;
  if (http::trim(a.chair).empty()) errors.add("chair", {"กรุณากรอก", "is required"});
  int members = 0;
  for (const auto& m : a.members) members += http::trim(m).empty() ? 0 : 1;
  if (members < 2) {
    errors.add("members", {"กรรมการอย่างน้อย 2 คน", "at least two members"});
  }
  if (http::trim(a.archives_reference).empty()) {
    errors.add("archives_reference",
               {"กรุณากรอกหนังสือตอบของกรมศิลปากร", "the National Archives' agreement is required"});
  }
  if (!errors.empty()) return errors.to_error();
  db::Tx tx(conn);
  auto list = store::find_destruction_list(conn, list_id);
  if (!list) return Error::not_found({"ไม่พบบัญชีนี้", "There is no such list"});
  if (list->status != "proposed") {
    return Error::conflict({"บัญชีนี้อนุมัติแล้ว", "This list is already approved"});
  }
  const std::string now = to_iso_utc(at);
  const std::string committee = committee_text(a);
  if (!store::approve_destruction_list(conn, list_id, committee, http::trim(a.archives_reference),
                                       now, by.name)) {
    return Error::conflict({"บัญชีนี้อนุมัติแล้ว", "This list is already approved"});
  }
  for (const auto& item : list->items) {
    store::mark_letter_destroyed(conn, item.letter_id, now);
    const files::Owner owner{"saraban", "letter", std::to_string(item.letter_id)};
    for (const auto& f : files::list_files(conn, owner)) {
      (void)files::detach_file(conn, at, by.actor, f.id, owner);
    }
    search::remove(conn, "saraban.letter", std::to_string(item.letter_id));
  }
  audit::Changes changes;
  changes.set("status", "proposed", "approved")
      .added("committee", boost::json::string_view(committee))
      .added("archives_reference", boost::json::string_view(a.archives_reference))
      .added("letters_destroyed", static_cast<std::int64_t>(list->items.size()));
  audit::record(
      conn, at, by.actor,
      {"saraban.destruction.approve", "destruction_list", std::to_string(list_id), changes});
  tx.commit();
  return *store::find_destruction_list(conn, list_id);
}

std::vector<DestructionList> list_destruction_lists(db::Connection& conn) {
  return store::list_destruction_lists(conn);
}

std::optional<DestructionList> find_destruction_list(db::Connection& conn, std::int64_t id) {
  return store::find_destruction_list(conn, id);
}

}  // namespace pao::saraban
