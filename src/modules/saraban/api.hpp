// What other modules may ask the e-Saraban module: to send an official outgoing letter on their
// behalf (e.g. inventory's defect notice to a contractor). The letter is registered exactly as a
// clerk's would be — next number of the outgoing register, its "ที่" (ลพ 51000/123), the PDF in
// the official layout kept as its file, a new job, the audit entry saraban.letter.register — so
// it appears in the register, the search and the job pages like any other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_store.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

// An external letter (หนังสือภายนอก), secrecy none, that a module sends.
struct ModuleLetter {
  std::string module;              // who asks, e.g. "inventory" (noted in the audit entry)
  std::string to;                  // เรียน: the addressee (required)
  std::string subject;             // เรื่อง (required)
  std::string body;                // paragraphs separated by blank lines (required)
  std::string urgency = "normal";  // normal, urgent, very_urgent, most_urgent
  std::string dated;               // ISO date; "" for today in Bangkok
  std::string signer_name;         // "" → the acting user's name
  std::string signer_position;     // "" → the acting user's position
};

struct SentLetter {
  std::int64_t letter_id = 0;
  std::int64_t job_id = 0;
  std::int64_t register_no = 0;
  std::string reference;  // ที่: "ลพ 51000/123"
  std::string dated;      // ISO
};

// The page of a sent letter's job: "/saraban/jobs/12".
std::string letter_page(std::int64_t job_id);

// Registers `in` in the outgoing register on behalf of `by` (a user: their name, position and
// division come from their account). Runs in one transaction — a savepoint of the caller's, so a
// caller that rolls back also gives the number back. Errors: invalid_argument naming the field
// (to, subject, body, urgency, dated, signer_name, signer_position).
Result<SentLetter> send_letter_for_module(db::Connection& conn, const files::FileStore& files,
                                          TimePoint at, const audit::Actor& by,
                                          const ModuleLetter& in);

}  // namespace pao::saraban
