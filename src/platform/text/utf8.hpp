// UTF-8 hygiene for text leaving the program in a file format that must be valid UTF-8 (XLSX's XML,
// PDF text via pango). Pure functions, safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace pao::text {

// `text` with every invalid or truncated UTF-8 sequence, overlong form, surrogate (U+D800–DFFF)
// and code point above U+10FFFF replaced by U+FFFD (one per offending byte). Valid text, Thai
// included, is returned unchanged.
std::string to_valid_utf8(std::string_view text);

// True when `text` is valid UTF-8 by the rules above (what to_valid_utf8 would return unchanged).
bool is_valid_utf8(std::string_view text);

// The first `max_chars` characters (code points) of valid UTF-8 `text`, then "…" when anything
// was left out. Never cuts inside a character, nor between a Thai letter and the vowel or tone
// marks written above or below it (so "ที่" is kept or dropped whole).
std::string truncate_chars(std::string_view text, std::size_t max_chars);

}  // namespace pao::text
