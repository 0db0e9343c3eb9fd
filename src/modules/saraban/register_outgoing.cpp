#include "modules/saraban/register_outgoing.hpp"

#include <array>
#include <boost/json.hpp>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/job_history.hpp"
#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/official_emblem.hpp"
#include "modules/saraban/store.hpp"
#include "platform/files/files.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace {

// The letter as printed: with the deployment's Garuda unless the caller gave one.
OutgoingLetter with_official_emblem(const OutgoingLetter& in) {
  OutgoingLetter out = in;
  if (out.emblem_png.empty()) out.emblem_png = official_emblem();
  return out;
}

constexpr std::array<const char*, 4> kKindNames = {"external", "memo", "order", "announcement"};
const Message kRequired{"กรุณากรอก", "is required"};

bool issues_outgoing_numbers(const std::string& register_code) {
  return register_code == kOutgoing || register_code == kCircular || register_code == kOrders ||
         register_code == kAnnouncements;
}

void check_text(FieldErrors& errors, const char* field, const std::string& value,
                std::size_t max_chars, bool required = true) {
  const std::string v = http::trim(value);
  if (v.empty()) {
    if (required) errors.add(field, kRequired);
  } else if (http::utf8_length(v) > max_chars) {
    errors.add(field, {"ยาวเกิน " + std::to_string(max_chars) + " ตัวอักษร",
                       "is longer than " + std::to_string(max_chars) + " characters"});
  }
}

OutgoingLetter cleaned(const OutgoingLetter& in) {
  OutgoingLetter out = in;
  out.agency = http::trim(in.agency);
  out.to = http::trim(in.to);
  out.subject = http::trim(in.subject);
  out.body = http::trim(in.body);
  out.signer_name = http::trim(in.signer_name);
  out.signer_position = http::trim(in.signer_position);
  return out;
}

std::string pdf_name(const std::string& reference) {
  std::string name;
  for (const char c : reference) name += c == '/' ? '-' : c;
  return name.empty() ? "letter.pdf" : name + ".pdf";
}

}  // namespace

const char* letter_kind_name(LetterKind k) {
  return kKindNames[static_cast<std::size_t>(k)];
}

std::optional<LetterKind> parse_letter_kind(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (name == kKindNames[i]) return static_cast<LetterKind>(i);
  }
  return std::nullopt;
}

std::optional<Message> kind_register_mismatch(LetterKind kind, const std::string& register_code) {
  switch (kind) {
    case LetterKind::order:
      if (register_code == kOrders) return std::nullopt;
      return Message{"คำสั่งต้องออกเลขจากทะเบียนคำสั่ง (order)",
                     "an order takes its number from the orders register (order)"};
    case LetterKind::announcement:
      if (register_code == kAnnouncements) return std::nullopt;
      return Message{"ประกาศต้องออกเลขจากทะเบียนประกาศ (announcement)",
                     "an announcement takes its number from the announcements register "
                     "(announcement)"};
    case LetterKind::external:
    case LetterKind::memo:
      if (register_code == kOutgoing || register_code == kCircular) return std::nullopt;
      return Message{"หนังสือภายนอกและบันทึกข้อความออกเลขจากทะเบียนหนังสือส่ง (outgoing หรือ circular)",
                     "letters and memos take their number from the outgoing or circular register"};
  }
  return std::nullopt;
}

FieldErrors check_outgoing_letter(const OutgoingLetter& in) {
  FieldErrors errors;
  if (!issues_outgoing_numbers(in.register_code)) {
    errors.add("register", {"ต้องเป็น outgoing, circular, order หรือ announcement",
                            "must be outgoing, circular, order or announcement"});
  } else if (const auto why = kind_register_mismatch(in.kind, in.register_code)) {
    errors.add("register", *why);
  }
  check_text(errors, "agency", in.agency, 300);
  const bool addressed = in.kind == LetterKind::external || in.kind == LetterKind::memo;
  check_text(errors, "to", in.to, 300, addressed);
  check_text(errors, "subject", in.subject, 1000);
  check_text(errors, "body", in.body, 20000);
  check_text(errors, "signer_name", in.signer_name, 200);
  check_text(errors, "signer_position", in.signer_position, 500);
  if (in.reserved_no && *in.reserved_no <= 0) {
    errors.add("reserved_no", {"ต้องเป็นเลขที่จองไว้", "must be a reserved number"});
  }
  return errors;
}

Result<RegisteredOutgoing> register_outgoing_letter(db::Connection& conn,
                                                    const files::FileStore& files, TimePoint at,
                                                    const Person& by, const OutgoingLetter& raw) {
  if (const FieldErrors bad = check_outgoing_letter(raw); !bad.empty()) return bad.to_error();
  const OutgoingLetter in = cleaned(raw);

  db::Tx tx(conn);
  const auto reg = store::find_register(conn, in.register_code);
  if (!reg) return FieldErrors().to_error();  // unreachable: seeded registers
  std::int64_t job_id = 0;
  if (in.job_id) {
    const auto job = store::find_job(conn, *in.job_id);
    // Named on it, or acting for the person it waits for (a delegation in force).
    const bool named = by.user_id != 0 && (store::is_member(conn, *in.job_id, by.user_id) ||
                                           acting_for(conn, at, by.user_id, *in.job_id));
    if (!job || (job->secrecy != Secrecy::none && !named)) {
      return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"})
          .field("job_id", {"ไม่มีเรื่องนี้", "is not a job"});
    }
    job_id = job->id;
  } else {
    Job job;
    job.title = in.subject;
    job.secrecy = in.secrecy;
    job.urgency = in.urgency;
    job.status = "open";
    job.created_at = to_iso_utc(at);
    job_id = store::insert_job(conn, job);
  }

  Letter l;
  l.job_id = job_id;
  l.direction = "outgoing";
  l.register_code = reg->code;
  l.year = register_year(at);
  if (in.reserved_no) {
    const auto n = store::lock_number(conn, reg->code, l.year, *in.reserved_no);
    if (!n || n->status != NumberStatus::reserved) {
      return Error::conflict(
                 {"เลข " + std::to_string(*in.reserved_no) + " ไม่ได้จองไว้ในปีนี้",
                  "Number " + std::to_string(*in.reserved_no) + " is not reserved this year"})
          .field("reserved_no", {"ไม่ได้จองไว้", "is not reserved"});
    }
    l.register_no = n->number;
  } else {
    l.register_no = store::raise_counter(conn, reg->code, l.year);
  }
  const Date dated = in.dated ? *in.dated : bangkok_date(at);
  l.reference = reference_for(*reg, agency_code(conn), l.register_no);
  l.dated = to_iso_date(dated);
  l.from = in.agency;
  l.to = in.to;
  l.subject = in.subject;
  l.urgency = in.urgency;
  l.secrecy = in.secrecy;
  l.registered_at = to_iso_utc(at);
  l.registered_on = to_iso_date(bangkok_date(at));
  l.registered_by_id = by.user_id;
  l.registered_by = by.name;
  l.letter_kind = letter_kind_name(in.kind);
  l.body = in.body;
  l.signer_name = in.signer_name;
  l.signer_position = in.signer_position;
  l.viewer_named = true;
  l.id = store::insert_letter(conn, l);
  if (in.reserved_no) {
    store::set_number_status(
        conn, {reg->code, l.year, l.register_no, NumberStatus::reserved, {}, "", "", ""},
        NumberStatus::used, l.id, "", l.registered_at);
  } else {
    store::insert_number(conn, {reg->code, l.year, l.register_no, NumberStatus::used, l.id, "",
                                l.registered_at, by.name});
  }

  http::UploadedPart part{"file", pdf_name(l.reference), "application/pdf",
                          outgoing_pdf(with_official_emblem(in), l.reference, dated)};
  auto stored = files::store_upload(conn, files, at, by.actor, part,
                                    {"saraban", "letter", std::to_string(l.id)});
  if (!stored.ok()) return stored.error();

  JobAction a;
  a.kind = ActionKind::register_letter;
  a.register_no = l.register_no;
  a.note = reg->name_th + " เลขที่ " + std::to_string(l.register_no) + "/" +
           std::to_string(l.year + kBuddhistEraOffset) + " ที่ " + l.reference;
  append_action(conn, at, by, job_id, a);

  audit::Changes changes;
  namespace json = boost::json;
  changes.added("register", json::string_view(l.register_code))
      .added("year", l.year)
      .added("register_no", l.register_no)
      .added("reference", json::string_view(l.reference))
      .added("kind", json::string_view(l.letter_kind))
      .added("to", json::string_view(l.to))
      .added("subject", json::string_view(in.secrecy == Secrecy::none ? l.subject : "(ลับ)"))
      .added("urgency", urgency_name(l.urgency))
      .added("secrecy", secrecy_name(l.secrecy))
      .added("job_id", job_id)
      .added("file_sha256", json::string_view(stored->sha256));
  if (in.reserved_no) changes.note("reserved_no", *in.reserved_no);
  if (!in.on_behalf_of.empty()) changes.note("on_behalf_of", json::string_view(in.on_behalf_of));
  audit::record(conn, at, by.actor,
                {"saraban.letter.register", "letter", std::to_string(l.id), changes});
  index_job_letters(conn, at, job_id);  // the job's other letters: its members may have grown
  tx.commit();
  return RegisteredOutgoing{l, stored->id, stored->sha256};
}

}  // namespace pao::saraban
