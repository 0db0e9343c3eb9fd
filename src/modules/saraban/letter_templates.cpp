#include "modules/saraban/letter_templates.hpp"

#include <boost/json.hpp>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/templates_store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace {

const Message kRequired{"กรุณากรอก", "is required"};

bool known_placeholder(std::string_view name) {
  for (const auto& p : placeholders()) {
    if (name == p.name) return true;
  }
  return false;
}

// Adds an error for `field` naming the first unknown or unclosed placeholder in `text`.
void check_placeholders(FieldErrors& errors, const char* field, const std::string& text) {
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
    const std::size_t end = text.find("}}", at + 2);
    if (end == std::string::npos) {
      errors.add(field, {"มี {{ ที่ไม่มี }} ปิด", "has a {{ without its closing }}"});
      return;
    }
    const std::string name = http::trim(text.substr(at + 2, end - at - 2));
    if (!known_placeholder(name)) {
      errors.add(field,
                 {"ไม่รู้จักช่องแทนค่า {{" + name + "}}", "has an unknown placeholder {{" + name + "}}"});
      return;
    }
    at = end + 2;
  }
}

void check_text(FieldErrors& errors, const char* field, const std::string& value,
                std::size_t max_chars, bool required) {
  const std::string v = http::trim(value);
  if (v.empty()) {
    if (required) errors.add(field, kRequired);
    return;
  }
  if (http::utf8_length(v) > max_chars) {
    errors.add(field, {"ยาวเกิน " + std::to_string(max_chars) + " ตัวอักษร",
                       "is longer than " + std::to_string(max_chars) + " characters"});
    return;
  }
  check_placeholders(errors, field, v);
}

bool numbers_outgoing(const std::string& code) {
  return code == kOutgoing || code == kCircular || code == kOrders || code == kAnnouncements;
}

LetterTemplate cleaned(const LetterTemplate& in) {
  LetterTemplate t = in;
  t.name = http::trim(in.name);
  t.subject = http::trim(in.subject);
  t.to = http::trim(in.to);
  t.body = http::trim(in.body);
  t.closing = http::trim(in.closing);
  return t;
}

Error no_such_template() {
  return Error::not_found({"ไม่พบแบบฟอร์มหนังสือนี้", "There is no such letter template"});
}

boost::json::object texts_of(const LetterTemplate& t) {
  return {{"name", t.name},
          {"kind", letter_kind_name(t.kind)},
          {"register", t.register_code},
          {"subject", t.subject},
          {"to", t.to},
          {"body", t.body},
          {"closing", t.closing}};
}

std::string joined(const std::string& body, const std::string& closing) {
  if (closing.empty()) return body;
  if (body.empty()) return closing;
  return body + "\n\n" + closing;
}

}  // namespace

const std::vector<Placeholder>& placeholders() {
  static const std::vector<Placeholder> kAll = {
      {kPlaceholderSubject, {"เรื่องของหนังสือที่ตอบ", "the answered letter's subject"}},
      {kPlaceholderReference, {"ที่ของหนังสือที่ตอบ", "the answered letter's reference (ที่)"}},
      {kPlaceholderDated, {"ลงวันที่ของหนังสือที่ตอบ (พ.ศ.)", "the answered letter's date (B.E.)"}},
      {kPlaceholderFrom, {"ผู้ส่งหนังสือที่ตอบ", "who sent the answered letter"}},
      {kPlaceholderSigner, {"ชื่อผู้ร่าง (ผู้ลงนาม)", "the drafter's name (signer)"}},
      {kPlaceholderPosition, {"ตำแหน่งของผู้ร่าง", "the drafter's position"}},
      {kPlaceholderToday, {"วันที่วันนี้ (พ.ศ.)", "today's date (B.E.)"}},
  };
  return kAll;
}

FieldErrors check_letter_template(const LetterTemplate& t) {
  FieldErrors errors;
  check_text(errors, "name", t.name, 200, true);
  if (!numbers_outgoing(t.register_code)) {
    errors.add("register", {"ต้องเป็น outgoing, circular, order หรือ announcement",
                            "must be outgoing, circular, order or announcement"});
  } else if (const auto why = kind_register_mismatch(t.kind, t.register_code)) {
    errors.add("register", *why);
  }
  check_text(errors, "subject", t.subject, 1000, false);
  check_text(errors, "to", t.to, 300, false);
  check_text(errors, "body", t.body, 20000, true);
  check_text(errors, "closing", t.closing, 1000, false);
  return errors;
}

std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", from)) {
    const std::size_t end = text.find("}}", at + 2);
    if (end == std::string::npos) break;
    const std::string name = http::trim(text.substr(at + 2, end - at - 2));
    if (!known_placeholder(name)) {  // not ours: left as written
      out.append(text, from, end + 2 - from);
    } else {
      out.append(text, from, at - from);
      if (const auto v = values.find(name); v != values.end()) out += v->second;
    }
    from = end + 2;
  }
  out.append(text, from);
  return out;
}

std::map<std::string, std::string> placeholder_values(const std::optional<Letter>& answered,
                                                      const Person& by, Date today) {
  std::map<std::string, std::string> v;
  v[kPlaceholderSigner] = by.name;
  v[kPlaceholderPosition] = by.position;
  v[kPlaceholderToday] = format_thai_date(today, DateStyle::full);
  if (answered) {
    v[kPlaceholderSubject] = answered->subject;
    v[kPlaceholderReference] = answered->reference;
    v[kPlaceholderFrom] = answered->from;
    if (const auto d = parse_thai_date(answered->dated); d && !answered->dated.empty()) {
      v[kPlaceholderDated] = format_thai_date(*d, DateStyle::full);
    }
  }
  return v;
}

Result<DraftLetter> draft_from_template(db::Connection& conn, TimePoint at, const Person& by,
                                        std::int64_t template_id,
                                        std::optional<std::int64_t> job_id) {
  const auto t = store::find_template(conn, template_id);
  if (!t || !t->active) return no_such_template();
  std::optional<Letter> answered;
  std::optional<Delegation> acting;  // `by` acts for the person the job waits for
  if (job_id) {
    const auto job = store::find_job(conn, *job_id);
    const bool named = by.user_id != 0 && store::is_member(conn, *job_id, by.user_id);
    if (by.user_id != 0) acting = acting_for(conn, at, by.user_id, *job_id);
    if (!job || (job->secrecy != Secrecy::none && !named && !acting)) {
      return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
    }
    const auto letters = store::letters_of_job(conn, *job_id, by.user_id);
    for (const auto& l : letters) {
      if (l.direction == "incoming") {
        answered = l;
        break;
      }
    }
    if (!answered && !letters.empty()) answered = letters.front();
  }
  const auto values = placeholder_values(answered, by, bangkok_date(at));
  DraftLetter d;
  d.template_id = t->id;
  d.job_id = job_id;
  d.register_code = t->register_code;
  d.kind = t->kind;
  d.subject = fill_placeholders(t->subject, values);
  d.to = fill_placeholders(t->to, values);
  d.body = fill_placeholders(joined(t->body, t->closing), values);
  d.signer_name = by.name;
  d.signer_position = by.position;
  if (acting) {
    // The signature block of one who signs for another: "<own position> ปฏิบัติราชการแทน" and,
    // on the next line, the position of the one they act for.
    d.signer_position = http::trim(by.position + " " + delegation_kind_label(acting->kind).th) +
                        "\n" + acting->principal_position;
  }
  return d;
}

std::vector<LetterTemplate> list_letter_templates(db::Connection& conn, bool with_archived) {
  return store::list_templates(conn, with_archived);
}

std::optional<LetterTemplate> find_letter_template(db::Connection& conn, std::int64_t id) {
  return store::find_template(conn, id);
}

Result<LetterTemplate> create_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                                              const LetterTemplate& raw) {
  if (const auto bad = check_letter_template(raw); !bad.empty()) return bad.to_error();
  LetterTemplate t = cleaned(raw);
  t.active = true;
  t.version = 1;
  t.updated_at = to_iso_utc(at);
  t.updated_by = by.name;
  db::Tx tx(conn);
  t.id = store::insert_template(conn, t);
  audit::Changes changes;
  for (const auto& [k, v] : texts_of(t)) changes.added(k, v);
  changes.added("version", t.version);
  audit::record(conn, at, by.actor,
                {"saraban.template.create", "letter_template", std::to_string(t.id), changes});
  tx.commit();
  return t;
}

Result<LetterTemplate> update_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                                              std::int64_t id, const LetterTemplate& raw) {
  if (const auto bad = check_letter_template(raw); !bad.empty()) return bad.to_error();
  db::Tx tx(conn);
  const auto before = store::find_template(conn, id);
  if (!before) return no_such_template();
  LetterTemplate t = cleaned(raw);
  t.id = id;
  t.active = before->active;
  t.version = before->version + 1;
  t.updated_at = to_iso_utc(at);
  t.updated_by = by.name;
  store::update_template(conn, t);
  audit::Changes changes;
  const auto old_texts = texts_of(*before);
  for (const auto& [k, v] : texts_of(t)) {
    if (old_texts.at(k) != v) changes.set(k, old_texts.at(k), v);
  }
  changes.set("version", before->version, t.version);
  audit::record(conn, at, by.actor,
                {"saraban.template.update", "letter_template", std::to_string(id), changes});
  tx.commit();
  return t;
}

Status archive_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                               std::int64_t id) {
  db::Tx tx(conn);
  auto t = store::find_template(conn, id);
  if (!t) return no_such_template();
  if (!t->active) return ok_status();
  t->active = false;
  t->updated_at = to_iso_utc(at);
  t->updated_by = by.name;
  store::update_template(conn, *t);
  audit::Changes changes;
  changes.set("active", true, false);
  audit::record(conn, at, by.actor,
                {"saraban.template.archive", "letter_template", std::to_string(id), changes});
  tx.commit();
  return ok_status();
}

}  // namespace pao::saraban
