// Register numbers (เลขทะเบียน): each register — incoming, outgoing, circulars (ว), orders,
// announcements, and each division's sub-register — numbers its letters 1, 2, 3 … within a
// calendar year of Asia/Bangkok time, starting again at 1 on 1 January.
//
// Rules:
//   - No gap and no duplicate, whatever the concurrency, on SQLite and PostgreSQL: a number is
//     taken inside the transaction that uses it (raising the register's yearly counter takes its
//     row lock), so a registration that rolls back gives its number back and two clerks never
//     get the same one.
//   - Every number given out has a row in saraban_number that is never deleted: used by a letter,
//     reserved (จองเลข) for a letter still being written, or cancelled. A reserved number that is
//     not used is cancelled, never given to anyone else.
//   - How a number is written as a letter's "ที่" (ลพ 51000/1234, ลพ 51000/ว 56) is configuration:
//     the agency code (saraban_setting) and each register's reference format.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

// The registers every PAO keeps (codes of saraban_register).
inline constexpr const char* kIncoming = "incoming";
inline constexpr const char* kOutgoing = "outgoing";
inline constexpr const char* kCircular = "circular";
inline constexpr const char* kOrders = "order";
inline constexpr const char* kAnnouncements = "announcement";
// The sub-register of a division: "division:<division code>".
std::string division_register(const std::string& division_code);

// The calendar year (C.E.) a register number taken at `at` belongs to: the year in Bangkok.
int register_year(TimePoint at);

enum class NumberStatus { used, reserved, cancelled };
const char* number_status_name(NumberStatus s);

struct RegisterNumber {
  std::string register_code;
  int year = 0;
  std::int64_t number = 0;
  NumberStatus status = NumberStatus::used;
  std::optional<std::int64_t> letter_id;
  std::string note;
  std::string taken_at;  // ISO-8601 UTC
  std::string taken_by;
};

struct Register {
  std::string code;
  std::string kind;
  std::string division_code;
  std::string name_th;
  std::string name_en;
  std::string reference_format;  // "{agency}/ว {no}"; "" for a register that issues none
};

std::vector<Register> list_registers(db::Connection& conn);
std::optional<Register> find_register(db::Connection& conn, const std::string& code);

// Inside the caller's write transaction: the next number of `register_code` in the year of `at`,
// recorded with `status` (used → for `letter_id`). The register must exist.
RegisterNumber take_next_number(db::Connection& conn, TimePoint at, const std::string& by,
                                const std::string& register_code, NumberStatus status,
                                std::optional<std::int64_t> letter_id, const std::string& note);

// Inside the caller's write transaction: makes sure division `division_code`'s sub-register
// exists (named after the division) and returns its code.
std::string ensure_division_register(db::Connection& conn, const std::string& division_code,
                                     const std::string& division_name_th,
                                     const std::string& division_name_en);

// Reserves (จองเลข) the next number of `register_code` for a letter still being written. Audited
// (saraban.number.reserve). not_found for an unknown register.
Result<RegisterNumber> reserve_number(db::Connection& conn, TimePoint at, const Person& by,
                                      const std::string& register_code, const std::string& note);

// Cancels a reserved number that will not be used: it stays in the register, marked cancelled,
// and is never given out again. Audited (saraban.number.cancel). not_found when there is no such
// number; conflict when it is used by a letter or already cancelled.
Result<RegisterNumber> cancel_reserved_number(db::Connection& conn, TimePoint at, const Person& by,
                                              const std::string& register_code, int year,
                                              std::int64_t number, const std::string& reason);

// Inside the caller's write transaction: gives reserved number (register, year, number) to
// `letter_id`. conflict unless the number is reserved.
Status use_reserved_number(db::Connection& conn, TimePoint at, const std::string& register_code,
                           int year, std::int64_t number, std::int64_t letter_id);

// The numbers of a register in a year, in order (the register's rows, cancelled ones included).
std::vector<RegisterNumber> list_numbers(db::Connection& conn, const std::string& register_code,
                                         int year);

// The letter's "ที่" for `number` of `reg`: the register's format with the agency code and the
// number filled in ("ลพ 51000/ว 56"); "" when the register issues no reference.
std::string reference_for(const Register& reg, const std::string& agency_code, std::int64_t number);
std::string agency_code(db::Connection& conn);

}  // namespace pao::saraban
