#include "modules/saraban/register_incoming.hpp"

#include <boost/json.hpp>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace {

const Message kRequired{"กรุณากรอก", "is required"};

void check_text(FieldErrors& errors, const char* field, const std::string& value,
                std::size_t max_chars) {
  const std::string v = http::trim(value);
  if (v.empty()) {
    errors.add(field, kRequired);
  } else if (http::utf8_length(v) > max_chars) {
    errors.add(field, {"ยาวเกิน " + std::to_string(max_chars) + " ตัวอักษร",
                       "is longer than " + std::to_string(max_chars) + " characters"});
  }
}

IncomingLetter cleaned(const IncomingLetter& in) {
  IncomingLetter out = in;
  out.reference = http::trim(in.reference);
  out.from = http::trim(in.from);
  out.to = http::trim(in.to);
  out.subject = http::trim(in.subject);
  return out;
}

namespace json = boost::json;
json::value text(const std::string& s) {
  return json::string_view(s);
}

// A secret letter's subject stays out of the audit trail, which more people read.
bool subject_visible_to_all(const Letter& l) {
  return l.secrecy == Secrecy::none;
}

}  // namespace

FieldErrors check_incoming_letter(const IncomingLetter& in) {
  FieldErrors errors;
  check_text(errors, "reference", in.reference, kMaxReferenceChars);
  if (!in.dated) errors.add("dated", kRequired);
  check_text(errors, "from", in.from, kMaxPartyChars);
  check_text(errors, "to", in.to, kMaxPartyChars);
  check_text(errors, "subject", in.subject, kMaxSubjectChars);
  if (in.retention_years < 0 || in.retention_years > 100) {
    errors.add("retention_years", {"ต้องอยู่ระหว่าง 0 ถึง 100 ปี", "must be 0 to 100 years"});
  }
  return errors;
}

Result<Letter> register_incoming_letter(db::Connection& conn, TimePoint at, const Person& by,
                                        const IncomingLetter& raw) {
  if (const FieldErrors bad = check_incoming_letter(raw); !bad.empty()) return bad.to_error();
  const IncomingLetter in = cleaned(raw);

  db::Tx tx(conn);
  Job job;
  job.title = in.subject;
  job.secrecy = in.secrecy;
  job.urgency = in.urgency;
  job.due_date = in.reply_due ? to_iso_date(*in.reply_due) : "";
  job.status = "open";
  job.created_at = to_iso_utc(at);
  job.id = store::insert_job(conn, job);

  Letter l;
  l.job_id = job.id;
  l.direction = "incoming";
  l.register_code = kIncoming;
  l.year = register_year(at);
  l.register_no = store::raise_counter(conn, kIncoming, l.year);
  l.reference = in.reference;
  l.dated = in.dated ? to_iso_date(*in.dated) : "";
  l.from = in.from;
  l.to = in.to;
  l.subject = in.subject;
  l.urgency = in.urgency;
  l.secrecy = in.secrecy;
  l.registered_at = to_iso_utc(at);
  l.registered_on = to_iso_date(bangkok_date(at));
  l.registered_by_id = by.user_id;
  l.registered_by = by.name;
  l.retention_years = in.retention_years;
  l.viewer_named = true;
  l.id = store::insert_letter(conn, l);
  store::insert_number(conn, {kIncoming, l.year, l.register_no, NumberStatus::used, l.id, "",
                              l.registered_at, by.name});

  JobAction a;
  a.kind = ActionKind::register_letter;
  a.register_no = l.register_no;
  a.note = "ทะเบียนหนังสือรับ เลขที่ " + std::to_string(l.register_no) + "/" +
           std::to_string(l.year + kBuddhistEraOffset);
  append_action(conn, at, by, job.id, a);

  audit::Changes changes;
  changes.added("register", text(l.register_code))
      .added("year", l.year)
      .added("register_no", l.register_no)
      .added("reference", text(l.reference))
      .added("dated", text(l.dated))
      .added("from", text(l.from))
      .added("to", text(l.to))
      .added("subject", text(subject_visible_to_all(l) ? l.subject : "(ลับ)"))
      .added("urgency", urgency_name(l.urgency))
      .added("secrecy", secrecy_name(l.secrecy))
      .added("job_id", l.job_id);
  audit::record(conn, at, by.actor,
                {"saraban.letter.register", "letter", std::to_string(l.id), changes});
  index_letter(conn, at, l.id);
  tx.commit();
  return l;
}

}  // namespace pao::saraban
