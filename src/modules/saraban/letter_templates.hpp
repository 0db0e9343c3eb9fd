// Letter templates (แบบฟอร์มหนังสือ): a clerk writes a reply, a memo to the chief executive, a
// request for approval or a circular once; staff draft from it on a job's page and the outgoing
// form opens filled in — the job's letter (its subject, ที่, date and sender), the person drafting
// (name and position as signer) and today's date in B.E. — ready to edit and register.
//
// A template's texts may hold placeholders written {{name}} with the Thai names below; any other
// {{…}} is refused on save, naming it, so a typo never reaches a letter. Editing a template makes
// its next version; the audit entry keeps the texts before and after (the history of versions).
// Archived templates are kept (never deleted) but no longer offered.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "modules/saraban/register_outgoing.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

// The placeholders a template may use.
inline constexpr const char* kPlaceholderSubject = "เรื่องเดิม";  // the answered letter's subject
inline constexpr const char* kPlaceholderReference = "ที่เดิม";  // its ที่ (มท 0808.2/ว 1234)
inline constexpr const char* kPlaceholderDated = "ลงวันที่เดิม";  // its date, B.E. (20 พฤศจิกายน 2569)
inline constexpr const char* kPlaceholderFrom = "จาก";         // who sent it
inline constexpr const char* kPlaceholderSigner = "ผู้ลงนาม";    // the person drafting
inline constexpr const char* kPlaceholderPosition = "ตำแหน่ง";  // their position
inline constexpr const char* kPlaceholderToday = "วันที่";        // today, B.E.

struct Placeholder {
  const char* name;
  Message meaning;
};
// Every placeholder, in the order the template form lists them.
const std::vector<Placeholder>& placeholders();

struct LetterTemplate {
  std::int64_t id = 0;
  std::string name;  // required, ≤ 200 characters
  LetterKind kind = LetterKind::external;
  std::string register_code;  // outgoing, circular, order or announcement
  std::string subject;        // เรื่อง (may be blank: written when drafting)
  std::string to;             // เรียน
  std::string body;           // required; paragraphs separated by blank lines
  std::string closing;  // the closing sentence (จึงเรียนมาเพื่อโปรดทราบ), after the body
  bool active = true;
  int version = 1;
  std::string updated_at;  // ISO-8601 UTC
  std::string updated_by;
};

// What a template's fields would be: invalid_argument naming each bad field (name, kind,
// register, body, and any field holding an unknown placeholder: "ไม่รู้จักช่องแทนค่า {{ชื่อ}}").
FieldErrors check_letter_template(const LetterTemplate& t);

// `text` with each {{name}} replaced by values[name] (a known name without a value: "").
std::string fill_placeholders(const std::string& text,
                              const std::map<std::string, std::string>& values);

// The values for a draft by `by` on `today` answering `answered` (nullopt: no letter — its
// placeholders are blank). Dates in B.E. with full month names, as letters print them.
std::map<std::string, std::string> placeholder_values(const std::optional<Letter>& answered,
                                                      const Person& by, Date today);

// A template filled in: the outgoing form's fields.
struct DraftLetter {
  std::int64_t template_id = 0;
  std::optional<std::int64_t> job_id;
  std::string register_code;
  LetterKind kind = LetterKind::external;
  std::string subject;
  std::string to;
  std::string body;  // the body, a blank line, the closing
  std::string signer_name;
  std::string signer_position;
};

// Fills template `template_id` for `by` at `at`: from the job's first incoming letter (or its
// first letter) when `job_id` is given. When `by` acts for the person the job waits for (a
// delegation in force), the signature block says so: "<by's position> ปฏิบัติราชการแทน" (or
// รักษาราชการแทน), then that person's position. not_found for an unknown or archived template,
// and for a job that does not exist or is secret and `by` is neither named on it nor acting for
// someone who is. Writes nothing.
Result<DraftLetter> draft_from_template(db::Connection& conn, TimePoint at, const Person& by,
                                        std::int64_t template_id,
                                        std::optional<std::int64_t> job_id);

// Active templates by name (with archived ones too when asked).
std::vector<LetterTemplate> list_letter_templates(db::Connection& conn, bool with_archived = false);
std::optional<LetterTemplate> find_letter_template(db::Connection& conn, std::int64_t id);

// Adds a template (version 1), audited (saraban.template.create). Errors as
// check_letter_template.
Result<LetterTemplate> create_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                                              const LetterTemplate& t);
// Makes `t` the next version of template `id`; the audit entry (saraban.template.update) keeps
// each changed field before and after. not_found for an unknown template.
Result<LetterTemplate> update_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                                              std::int64_t id, const LetterTemplate& t);
// Stops offering template `id` (kept, audited saraban.template.archive). not_found when unknown.
Status archive_letter_template(db::Connection& conn, TimePoint at, const Person& by,
                               std::int64_t id);

}  // namespace pao::saraban
