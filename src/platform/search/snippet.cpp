#include "platform/search/snippet.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "platform/search/thai_segmenter.hpp"

namespace pao::search {
namespace {

constexpr std::size_t kScanBytes = 64 * 1024;
constexpr std::size_t kMaxLeadChars = 40;  // context shown before the first match
constexpr std::string_view kEllipsis = "…";

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The nearest character boundary at or before byte `i`.
std::size_t boundary_before(std::string_view s, std::size_t i) {
  i = std::min(i, s.size());
  while (i > 0 && i < s.size() && is_continuation_byte(s[i])) --i;
  return i;
}

std::size_t count_chars(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return !is_continuation_byte(c); }));
}

// The byte offset `n` characters after `from` (or the end).
std::size_t chars_forward(std::string_view s, std::size_t from, std::size_t n) {
  std::size_t i = from;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && is_continuation_byte(s[i])) ++i;
    --n;
  }
  return i;
}

// The byte offset `n` characters before `from` (or 0).
std::size_t chars_back(std::string_view s, std::size_t from, std::size_t n) {
  std::size_t i = from;
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && is_continuation_byte(s[i])) --i;
    --n;
  }
  return i;
}

bool matches(const std::string& word, const MatchTerms& terms) {
  if (std::find(terms.words.begin(), terms.words.end(), word) != terms.words.end()) return true;
  return terms.last_is_prefix && !terms.words.empty() && word.starts_with(terms.words.back());
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Appends text to a list of pieces, joining neighbours of the same kind and collapsing whitespace
// runs (also across pieces) to one space; leading and trailing whitespace is dropped.
class PieceWriter {
 public:
  void add(std::string_view text, bool highlighted) {
    for (const char c : text) {
      if (is_space(c)) {
        pending_space_ = !pieces_.empty();
        continue;
      }
      if (pending_space_) {
        // A space between a highlighted word and plain text belongs to the plain side.
        current(highlighted && !pieces_.back().highlighted ? false : highlighted).text += ' ';
        pending_space_ = false;
      }
      current(highlighted).text += c;
    }
  }
  std::vector<TextPiece> take() { return std::move(pieces_); }

 private:
  TextPiece& current(bool highlighted) {
    if (pieces_.empty() || pieces_.back().highlighted != highlighted) {
      pieces_.push_back(TextPiece{{}, highlighted});
    }
    return pieces_.back();
  }

  std::vector<TextPiece> pieces_;
  bool pending_space_ = false;
};

// Where a snippet can be cut from without breaking every word of a long text into words: a
// slice around the first place any term occurs as plain bytes. Word breaking (libthai) is the
// cost of a snippet, and a page of hits may be 20 long documents. Empty when no term occurs
// (e.g. a prefix or a Latin term in other letter case): then the whole text is scanned.
std::string_view likely_window(std::string_view text, const MatchTerms& terms,
                               std::size_t max_chars) {
  constexpr std::size_t kBefore = 600;  // bytes: 200 Thai characters
  std::size_t first = std::string_view::npos;
  for (const auto& w : terms.words) {
    if (!w.empty()) first = std::min(first, text.find(w));
  }
  if (first == std::string_view::npos) return {};
  const std::size_t from = boundary_before(text, first > kBefore ? first - kBefore : 0);
  const std::size_t to = boundary_before(text, first + kBefore + 4 * max_chars);
  return text.substr(from, to - from);
}

std::vector<Word> words_near_marks(std::string_view text, const MatchTerms& terms,
                                   std::size_t max_chars) {
  if (max_chars != std::numeric_limits<std::size_t>::max()) {
    const std::string_view window = likely_window(text, terms, max_chars);
    if (!window.empty()) {
      std::vector<Word> words = locate_words(window);
      const std::size_t shift = static_cast<std::size_t>(window.data() - text.data());
      bool any = false;
      for (Word& w : words) {
        w.begin += shift;
        w.end += shift;
        any = any || matches(w.text, terms);
      }
      if (any) return words;  // else the bytes were inside another word: look everywhere
    }
  }
  return locate_words(text.substr(0, boundary_before(text, kScanBytes)));
}

}  // namespace

std::vector<TextPiece> make_snippet(std::string_view text, const MatchTerms& terms,
                                    std::size_t max_chars) {
  if (text.empty()) return {};
  const std::vector<Word> words = words_near_marks(text, terms, max_chars);

  // The byte ranges to highlight, sorted and merged (a compound and its runs overlap).
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  for (const Word& w : words) {
    if (matches(w.text, terms)) marks.emplace_back(w.begin, w.end);
  }
  std::sort(marks.begin(), marks.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& m : marks) {
    if (!merged.empty() && m.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, m.second);
    } else {
      merged.push_back(m);
    }
  }

  // The window: from a word a little before the first match, up to the last word that fits.
  std::size_t start = 0;
  std::size_t end = text.size();
  if (max_chars < count_chars(text)) {
    const std::size_t anchor = merged.empty() ? 0 : merged.front().first;
    const std::size_t earliest = chars_back(text, anchor, std::min(kMaxLeadChars, max_chars / 4));
    start = anchor;
    for (const Word& w : words) {
      if (w.begin >= earliest && w.begin < start) start = w.begin;
    }
    const std::size_t limit = chars_forward(text, start, max_chars);
    const std::size_t must_end = merged.empty() ? start : merged.front().second;
    end = 0;
    for (const Word& w : words) {
      if (w.end <= limit && w.end > end) end = w.end;
    }
    if (end <= start) end = limit;  // one word longer than the whole window: cut it
    end = std::max(end, must_end);
  }

  PieceWriter out;
  if (start > 0) out.add(kEllipsis, false);
  std::size_t at = start;
  for (const auto& [from, to] : merged) {
    if (to <= start || from >= end) continue;
    const std::size_t b = std::max(from, start);
    const std::size_t e = std::min(to, end);
    if (b > at) out.add(text.substr(at, b - at), false);
    out.add(text.substr(b, e - b), true);
    at = e;
  }
  if (end > at) out.add(text.substr(at, end - at), false);
  if (end < text.size()) out.add(kEllipsis, false);
  return out.take();
}

}  // namespace pao::search
