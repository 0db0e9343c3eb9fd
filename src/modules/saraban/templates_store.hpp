// The SQL of letter templates and of the numbering settings (tables saraban_letter_template,
// saraban_setting, saraban_register, saraban_sequence). store.cpp's companion, private to the
// module like it: the use cases add the transaction, the audit entry and the rules.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter_templates.hpp"
#include "platform/db/database.hpp"

namespace pao::saraban::store {

// ---- letter templates ---------------------------------------------------------------------------
std::vector<LetterTemplate> list_templates(db::Connection& conn, bool with_archived);
std::optional<LetterTemplate> find_template(db::Connection& conn, std::int64_t id);
std::int64_t insert_template(db::Connection& conn, const LetterTemplate& t);
// Writes every field of `t` (by t.id), its version and when and by whom.
void update_template(db::Connection& conn, const LetterTemplate& t);

// ---- numbering settings -------------------------------------------------------------------------
void set_setting(db::Connection& conn, const std::string& key, const std::string& value);
void set_reference_format(db::Connection& conn, const std::string& register_code,
                          const std::string& format);
// The last number `register_code` gave out in `year` (0 when none yet); reads, never raises.
std::int64_t last_number(db::Connection& conn, const std::string& register_code, int year);
// The ที่ each letter of `register_code` in `year` was issued with, by register number.
std::map<std::int64_t, std::string> issued_references(db::Connection& conn,
                                                      const std::string& register_code, int year);

}  // namespace pao::saraban::store
