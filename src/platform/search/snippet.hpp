// The short passage a search hit shows, with the searched words marked. Text comes back as
// pieces of plain text, each flagged highlighted or not, so the page template escapes every piece
// as usual and wraps the highlighted ones in <mark>: no HTML is ever built here.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace pao::search {

// A stretch of the original text (unescaped; whitespace runs collapsed to one space).
struct TextPiece {
  std::string text;
  bool highlighted = false;

  bool operator==(const TextPiece&) const = default;
};

// What to mark: the query's words in index form (see query_terms()), the last one also as a
// prefix when `last_is_prefix`.
struct MatchTerms {
  std::vector<std::string> words;
  bool last_is_prefix = false;
};

// The passage of `text` around its first matching word, at most about `max_chars` characters
// (code points) long, cut only at word boundaries, with "…" pieces where text was left out
// before or after; every word matching a term is highlighted. With no match, the passage is the
// start of `text`. Words are found by locate_words(), so "ซ่อม" is marked inside
// "ขอซ่อมคอมพิวเตอร์" and "1234" inside "51000/1234". Only the first 64 KiB of `text` are
// searched for a match. Empty text gives no pieces.
std::vector<TextPiece> make_snippet(std::string_view text, const MatchTerms& terms,
                                    std::size_t max_chars = 160);

// All of `text` (a title) with matching words highlighted: make_snippet without a length limit.
inline std::vector<TextPiece> highlight_all(std::string_view text, const MatchTerms& terms) {
  return make_snippet(text, terms, std::numeric_limits<std::size_t>::max());
}

}  // namespace pao::search
