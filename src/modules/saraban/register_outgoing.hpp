// A clerk (central or a division's) registers an outgoing letter (ลงทะเบียนส่ง): it gets the next
// number of its register — outgoing, circular (ว), order (คำสั่ง) or announcement (ประกาศ) — or a
// number reserved earlier, its "ที่" in the configured format (ลพ 51000/1234, ลพ 51000/ว 56), and
// its document generated as a PDF in the official layout, kept as the letter's file (so the
// head signs exactly that file: its hash goes into the job's history).
//
// Layouts: a memo (บันทึกข้อความ, the internal letter) as platform/export/memo.hpp draws it; an
// external letter (หนังสือภายนอก) with ที่ and the agency's address at the top, the date, เรื่อง,
// เรียน, the body, ขอแสดงความนับถือ and the signature block; orders and announcements as a titled
// document (คำสั่ง… / ประกาศ… เรื่อง …) with the date and signature block. 16 pt Thai font, dates
// in B.E. The Garuda emblem is the PAO's own PNG (PAO_GARUDA_PNG), or its place is left blank
// (ADR 0004: not ours to ship).
#pragma once

#include <optional>
#include <string>

#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_store.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

enum class LetterKind { external, memo, order, announcement };
const char* letter_kind_name(LetterKind k);  // "external", "memo", "order", "announcement"
std::optional<LetterKind> parse_letter_kind(std::string_view name);

// Why a letter of `kind` may not take its number from `register_code`, or nullopt when it may:
// orders (คำสั่ง) and announcements (ประกาศ) have registers of their own, and those registers
// number nothing else; external letters and memos go in the outgoing or circular (ว) register.
std::optional<Message> kind_register_mismatch(LetterKind kind, const std::string& register_code);

struct OutgoingLetter {
  std::string register_code;  // outgoing, circular, order, announcement
  LetterKind kind = LetterKind::external;
  std::optional<std::int64_t> reserved_no;  // a number of this year reserved earlier
  std::optional<std::int64_t> job_id;       // the job it answers; nullopt: a new job
  std::optional<Date> dated;                // nullopt: today in Bangkok
  std::string agency;           // ส่วนราชการ / the writing unit and its address
  std::string to;               // เรียน (required, except orders and announcements)
  std::string subject;          // required
  std::string body;             // paragraphs separated by blank lines (required)
  std::string signer_name;      // required
  std::string signer_position;  // required; "\n" between lines
  Urgency urgency = Urgency::normal;
  Secrecy secrecy = Secrecy::none;
  // The Garuda emblem as a PNG; empty: the configured one (official_emblem()), if any.
  std::string emblem_png;
  std::string on_behalf_of;  // the module that asked (api.hpp), noted in the audit entry
};

struct RegisteredOutgoing {
  Letter letter;
  std::int64_t file_id = 0;  // the generated PDF
  std::string file_sha256;
};

FieldErrors check_outgoing_letter(const OutgoingLetter& in);

// Registers `in` and generates its PDF, in one transaction (a savepoint inside the caller's) with
// its audit entry (saraban.letter.register) and the file's. Errors: invalid_argument naming each
// bad field (register, reserved_no, to, subject, body, signer_name, signer_position); not_found
// for a job that does not exist or that `by` may not see; conflict when the reserved number is
// not reserved.
Result<RegisteredOutgoing> register_outgoing_letter(db::Connection& conn,
                                                    const files::FileStore& files, TimePoint at,
                                                    const Person& by, const OutgoingLetter& in);

// The document's PDF (exposed for tests and for a preview).
std::string outgoing_pdf(const OutgoingLetter& in, const std::string& reference, Date dated);

}  // namespace pao::saraban
