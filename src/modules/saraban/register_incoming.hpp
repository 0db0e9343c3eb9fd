// The central clerk (สารบรรณกลาง) registers an incoming letter (ลงทะเบียนรับ): the letter gets the
// next number of the incoming register for the calendar year (Asia/Bangkok), the receipt stamp's
// date and time, and a job (เรื่อง) whose history starts with "registered" by the clerk.
#pragma once

#include <optional>
#include <string>

#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

struct IncomingLetter {
  std::string reference;      // the sender's "ที่": "มท 0808.2/ว 1234" (required)
  std::optional<Date> dated;  // ลงวันที่ (required)
  std::string from;           // required
  std::string to;             // required
  std::string subject;        // required
  Urgency urgency = Urgency::normal;
  Secrecy secrecy = Secrecy::none;
  std::optional<Date> reply_due;  // when a reply is due, if any
  int retention_years = 10;       // 0 = keep forever
};

inline constexpr std::size_t kMaxReferenceChars = 100;
inline constexpr std::size_t kMaxPartyChars = 300;
inline constexpr std::size_t kMaxSubjectChars = 1000;

// The field errors of `in` (texts judged trimmed): reference, dated, from, to, subject,
// retention_years. register_incoming_letter() applies the same checks.
FieldErrors check_incoming_letter(const IncomingLetter& in);

// Registers `in` in the incoming register and returns the stored letter. Numbers never gap or
// repeat (numbering.hpp). One transaction (a savepoint inside the caller's, so a form can attach
// the scan in the same one) with its audit entry (saraban.letter.register). The clerk is named
// on the new job. Errors: invalid_argument naming each bad field.
Result<Letter> register_incoming_letter(db::Connection& conn, TimePoint at, const Person& by,
                                        const IncomingLetter& in);

}  // namespace pao::saraban
