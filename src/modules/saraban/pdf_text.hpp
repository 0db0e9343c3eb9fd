// The text of a PDF, for search: poppler's pdftotext (Debian's poppler-utils, installed by
// scripts/install-deps) run as a child process without a shell, fed from a private temporary
// file, its output capped. A scan without a text layer gives "" (no OCR here).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pao::saraban {

inline constexpr std::size_t kMaxPdfTextBytes = 1 << 20;

// The text of `pdf` (UTF-8, at most kMaxPdfTextBytes), or nullopt when pdftotext is missing,
// fails or takes over 20 seconds (the letter is registered anyway; only its search text lacks
// the file's words).
std::optional<std::string> extract_pdf_text(std::string_view pdf);

}  // namespace pao::saraban
