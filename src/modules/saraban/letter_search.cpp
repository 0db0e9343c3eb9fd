#include "modules/saraban/letter_search.hpp"

#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/search/search_index.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

void index_letter(db::Connection& conn, TimePoint at, std::int64_t letter_id) {
  const auto l = store::find_letter(conn, letter_id, 0);
  if (!l) return;
  search::SearchDoc doc;
  doc.kind = kLetterSearchKind;
  doc.ref_id = std::to_string(l->id);
  const std::string no =
      std::to_string(l->register_no) + "/" + std::to_string(l->year + kBuddhistEraOffset);
  doc.title = (l->direction == "incoming" ? "หนังสือรับ " : "หนังสือส่ง ") + no + " " + l->subject;
  doc.body = l->reference + "\nจาก " + l->from + "\nถึง " + l->to + "\n" + l->body;
  for (const auto& text : store::file_texts(conn, l->id)) doc.body += "\n" + text;
  doc.url = "/saraban/jobs/" + std::to_string(l->job_id);
  if (l->secrecy == Secrecy::none) {
    doc.visible_to.push_back(search::Grant::permission(kView));
  } else {
    for (const auto id : store::member_ids(conn, l->job_id)) {
      doc.visible_to.push_back(search::Grant::user(id));
    }
    if (doc.visible_to.empty()) {  // nobody named yet (registered by a token): nobody finds it
      search::remove(conn, kLetterSearchKind, doc.ref_id);
      return;
    }
  }
  doc.updated_at = at;
  search::upsert(conn, doc);
}

void index_job_letters(db::Connection& conn, TimePoint at, std::int64_t job_id) {
  for (const auto& l : store::letters_of_job(conn, job_id, 0)) index_letter(conn, at, l.id);
}

void index_all_letters(db::Connection& conn, const Clock& clock) {
  for (const auto id : store::all_letter_ids(conn)) index_letter(conn, clock.now(), id);
}

void keep_file_text(db::Connection& conn, TimePoint at, std::int64_t letter_id,
                    std::int64_t file_id, const std::string& text) {
  store::insert_file_text(conn, file_id, letter_id, text, to_iso_utc(at));
  index_letter(conn, at, letter_id);
}

}  // namespace pao::saraban
