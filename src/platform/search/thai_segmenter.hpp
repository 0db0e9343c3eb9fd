// Breaks text into the words that search indexes and matches: Thai, which is written without
// spaces between words, by libthai's dictionary; everything else by the rules below. The index
// and the query go through the same rules, so a word typed in the search box meets the same word
// in a document.
//
// The rules, applied left to right over UTF-8 text:
//   - Thai run (letters, vowels and tone marks, U+0E01…U+0E4E except ฯ ๆ ฿): split into
//     dictionary words by libthai (maximal matching). "หนังสือขอความอนุเคราะห์ซ่อมคอมพิวเตอร์" →
//     หนังสือ ขอ ความ อนุเคราะห์ ซ่อม คอมพิวเตอร์. Combining marks stay on their word.
//   - Latin/number run (ASCII letters and digits, Thai digits, Latin-1/Latin Extended, Greek and
//     Cyrillic letters): one word, ASCII and Latin-1 letters lower-cased, Thai digits ๐–๙ written
//     as 0–9 (so "๕๑๐๐๐" and "51000" are the same word). A comma between digits that is followed
//     by exactly three digits is a thousands separator and dropped: "1,500,000" → 1500000.
//   - Compound: runs joined by a single '/', '-' or '.' with no space (letter numbers
//     "51000/1234", asset numbers "416-66-0012", dates "12/05/2567", "v1.2"). The index keeps the
//     whole compound, every shorter stretch of adjacent runs with its separators, and each run:
//     "416-66-0012" → 416-66-0012 416-66 66-0012 416 66 0012. So a document holding
//     "ลพ 51000/1234" is found by "51000/1234", by "51000" and by "1234", but not by "51000/9999".
//     (Compounds of more than 8 runs keep only the whole and the runs.)
//   - Everything else (spaces, punctuation, symbols, ฯ and ๆ, zero-width space, invalid UTF-8)
//     separates words and is dropped. A word longer than 200 bytes is dropped (data, not words).
//
// Thread safety: every function here may be called from any number of threads at once. They
// share one libthai word breaker (ThBrk), created once under the C++ static-initialisation lock
// on first use and never deleted; libthai ≥ 0.1.25 documents th_brk_find_breaks() on one ThBrk
// as safe in parallel once created (each call keeps its search state in its own BrkEnv). Failing
// to load libthai's dictionary (package libthai-data) throws std::runtime_error from the call
// that needed it; the next call tries again.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pao::search {

// A word as the index stores it, and where it stands in the text it came from.
struct Word {
  std::string text;       // lower-cased, Thai digits as 0–9, thousands commas dropped
  std::size_t begin = 0;  // byte offset of its first byte in the input
  std::size_t end = 0;    // byte offset one past its last byte
};

// The index words of `utf8` in reading order, with their byte ranges; a compound comes first as a
// whole, then its shorter stretches, then its runs (all with overlapping ranges).
std::vector<Word> locate_words(std::string_view utf8);

// The index words of `utf8` in reading order (locate_words without the ranges).
std::vector<std::string> segment_words(std::string_view utf8);

// The index words joined by single spaces: what goes into the full-text column. Empty when the
// text holds no word.
std::string to_index_text(std::string_view utf8);

// The words a search for `utf8` must all find: like segment_words, but a compound only as a whole
// (the index holds every stretch of it, so the whole is the precise match) and each word once,
// in first-seen order.
std::vector<std::string> query_terms(std::string_view utf8);

}  // namespace pao::search
