// What a letter (หนังสือ) is in the registers: its urgency (ชั้นความเร็ว), its secrecy (ชั้นความลับ)
// and who acts on it. The names are those of the JSON API; the codes those of the national
// e-Saraban exchange standard (used in exports and any interchange).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/audit/audit_log.hpp"
#include "platform/error/error.hpp"

namespace pao::saraban {

// normal ปกติ (001), urgent ด่วน (002), very_urgent ด่วนมาก (003), most_urgent ด่วนที่สุด (004).
enum class Urgency { normal, urgent, very_urgent, most_urgent };
// none ปกติ (001), confidential ลับ (002), secret ลับมาก (003), top_secret ลับที่สุด (004).
enum class Secrecy { none, confidential, secret, top_secret };

const char* urgency_name(Urgency u);  // "most_urgent"
const char* urgency_code(Urgency u);  // "004"
Message urgency_label(Urgency u);     // ด่วนที่สุด / Most urgent
std::optional<Urgency> parse_urgency(std::string_view name);  // from urgency_name()
const char* secrecy_name(Secrecy s);                          // "top_secret"
const char* secrecy_code(Secrecy s);                          // "004"
Message secrecy_label(Secrecy s);  // ลับที่สุด / Top secret
std::optional<Secrecy> parse_secrecy(std::string_view name);  // from secrecy_name()

// Who acts: the audit actor plus the person and position shown in a job's timeline (kept as
// they were at the time: a later promotion does not rewrite history).
struct Person {
  audit::Actor actor;
  std::int64_t user_id = 0;  // 0 for a token or the system
  std::string name;          // ชื่อ-สกุล, or the token's name
  std::string position;      // ตำแหน่ง, in Thai; "" when unknown
  std::string division;      // the person's division code
};

// A registered letter. Dates are ISO ("2026-11-20"), times ISO-8601 UTC.
struct Letter {
  std::int64_t id = 0;
  std::int64_t job_id = 0;
  std::string direction;  // "incoming" or "outgoing"
  std::string register_code;
  int year = 0;  // C.E., the Bangkok calendar year of registration
  std::int64_t register_no = 0;
  std::string reference;  // ที่ of the letter: "มท 0808.2/ว 1234"
  std::string dated;      // ลงวันที่; "" when unknown
  std::string from;
  std::string to;
  std::string subject;
  Urgency urgency = Urgency::normal;
  Secrecy secrecy = Secrecy::none;
  std::string registered_at;  // the receipt stamp's date and time
  std::string registered_on;  // its Bangkok date
  std::int64_t registered_by_id = 0;
  std::string registered_by;
  int retention_years = 10;
  // Outgoing letters: the kind of document, what it says and who signs it.
  std::string letter_kind = "external";
  std::string body;
  std::string signer_name;
  std::string signer_position;
  // Filled by reads made for a viewer: whether they are named on the letter's job.
  bool viewer_named = false;
};

// Whether the viewer may see what the letter is about: always for a letter that is not secret;
// for a secret one only when they are named on its job.
inline bool subject_visible(const Letter& l) {
  return l.secrecy == Secrecy::none || l.viewer_named;
}

}  // namespace pao::saraban
