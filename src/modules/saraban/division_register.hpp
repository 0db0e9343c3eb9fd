// A division's sub-register (ทะเบียนหนังสือรับของกอง) as its clerk works from it. A letter
// forwarded to a division keeps its place in the central register (its register_code stays
// "incoming") and takes the next number of "division:<code>" in saraban_number: so this list is
// built from the numbers, not from the letters' own register — each number with the day it
// came into the division and the letter that used it.
//
// Rules:
//   - Who may read a division register: the division's own members and the central clerks
//     (saraban.register everywhere or in that division); others are refused. A central register
//     (incoming, outgoing …) is readable by everyone with saraban.view, as its pages are.
//   - Secrecy exactly as in the central register: a secret letter's subject only to people named
//     on its job; everyone else sees its number and parties. Each secret letter shown with its
//     subject is logged in the personal-data read log (saraban.secret_read:register).
//   - The most urgent first, then the newest number first, like the central register.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "modules/saraban/numbering.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

// "education" for "division:education"; nullopt for a central register's code.
std::optional<std::string> division_of_register(const std::string& register_code);

// The register `code` when `who` may read it: not_found for an unknown code (a division's
// register that took no number yet is known when the division is), permission_denied for a
// division register of someone else's division.
Result<Register> open_register(db::Connection& conn, const auth::Principal& who,
                               const std::string& code);

struct RegisterQuery {
  std::string register_code;
  int year = 0;
  std::optional<Date> from;  // first Bangkok day the number was taken, inclusive
  std::optional<Date> to;    // last, inclusive
  int limit = 50;
  int offset = 0;
  // Keyset paging (the API): only numbers after (urgency rank, number) in list order.
  std::optional<std::pair<int, std::int64_t>> after;
};

struct RegisterLine {
  RegisterNumber number;         // taken_at: when it came into the register
  std::optional<Letter> letter;  // none for a reserved or cancelled number
  int urgency_rank = 0;          // the keyset of the line
};

// One page of the register as `viewer` may see it (secret reads logged at `at`).
std::vector<RegisterLine> register_lines(db::Connection& conn, TimePoint at, const Person& viewer,
                                         const RegisterQuery& q);
std::int64_t count_register_lines(db::Connection& conn, const RegisterQuery& q);

}  // namespace pao::saraban
