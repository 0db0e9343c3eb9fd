// Letters in the platform's Thai full-text search (platform/search): subject, reference, the
// parties, the register number ("17/2569"), an outgoing letter's text and the extracted text of
// its attached PDFs. A letter that is not secret is visible to whoever holds saraban.view; a
// secret one only to the people named on its job (they are the document's grants), so a search
// never reveals a secret subject. Indexed in the transaction of each change: registration, a
// file's text, a step that names someone new.
#pragma once

#include <cstdint>
#include <string>

#include "platform/db/database.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

inline constexpr const char* kLetterSearchKind = "saraban.letter";

void index_letter(db::Connection& conn, TimePoint at, std::int64_t letter_id);
void index_job_letters(db::Connection& conn, TimePoint at, std::int64_t job_id);
// Every letter again (`pao search reindex`).
void index_all_letters(db::Connection& conn, const Clock& clock);

// Inside the caller's transaction: keeps `text` as file `file_id`'s words for letter
// `letter_id`, and re-indexes the letter.
void keep_file_text(db::Connection& conn, TimePoint at, std::int64_t letter_id,
                    std::int64_t file_id, const std::string& text);

}  // namespace pao::saraban
