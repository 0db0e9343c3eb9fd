#include "platform/search/thai_segmenter.hpp"

#include <thai/thbrk.h>
#include <thai/thwchar.h>

#include <cstdint>
#include <stdexcept>
#include <unordered_set>

namespace pao::search {
namespace {

constexpr std::size_t kMaxWordBytes = 200;
constexpr std::size_t kMaxCompoundRunsForStretches = 8;

// One decoded character: its code point and where its bytes are.
struct Char {
  char32_t cp = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Decodes the UTF-8 character at `i`. An invalid or truncated sequence yields U+FFFD for its
// first byte only, so decoding always moves on.
Char decode_at(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  Char c{0xFFFD, i, i + 1};
  if (b0 < 0x80) {
    c.cp = b0;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return c;
  }
  if (i + len > s.size()) return c;
  for (int k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return c;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return c;
  c.cp = cp;
  c.end = i + len;
  return c;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Thai letters, vowels and tone marks: what libthai breaks. Not ฯ (U+0E2F), ๆ (U+0E46),
// ฿ (U+0E3F), ๏ (U+0E4F), the digits or ๚ ๛.
bool is_thai_letter(char32_t cp) {
  return (cp >= 0x0E01 && cp <= 0x0E2E) || (cp >= 0x0E30 && cp <= 0x0E3A) ||
         (cp >= 0x0E40 && cp <= 0x0E45) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

bool is_thai_digit(char32_t cp) {
  return cp >= 0x0E50 && cp <= 0x0E59;
}

bool is_digit(char32_t cp) {
  return (cp >= '0' && cp <= '9') || is_thai_digit(cp);
}

// Letters and digits of a Latin/number run.
bool is_run_char(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (is_thai_digit(cp)) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;   // Latin-1 and Extended A/B
  if (cp >= 0x300 && cp <= 0x36F) return true;                      // combining diacritics
  if (cp >= 0x386 && cp <= 0x3FF) return cp != 0x387;               // Greek
  if (cp >= 0x400 && cp <= 0x52F) return cp < 0x482 || cp > 0x489;  // Cyrillic
  return false;
}

bool is_connector(char32_t cp) {
  return cp == '/' || cp == '-' || cp == '.';
}

// The character as the index writes it: ASCII and Latin-1 letters lower-cased, Thai digits as
// ASCII digits.
void append_folded(std::string& out, char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') {
    cp += 'a' - 'A';
  } else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
    cp += 0x20;
  } else if (is_thai_digit(cp)) {
    cp = U'0' + (cp - 0x0E50);
  }
  append_utf8(out, cp);
}

// The process's one libthai word breaker (see the header on thread safety).
ThBrk* word_breaker() {
  static ThBrk* const kBreaker = [] {
    ThBrk* b = th_brk_new(nullptr);
    if (!b) {
      throw std::runtime_error(
          "libthai cannot load its word-break dictionary (thbrk.tri from package libthai-data; "
          "LIBTHAI_DICTDIR overrides its directory)");
    }
    return b;
  }();
  return kBreaker;
}

class Scanner {
 public:
  Scanner(std::string_view text, bool query) : s_(text), query_(query) {}

  std::vector<Word> run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      const Char c = decode_at(s_, i);
      if (is_thai_letter(c.cp)) {
        i = thai_run(c);
      } else if (is_run_char(c.cp)) {
        i = compound(c);
      } else {
        i = c.end;
      }
    }
    return std::move(out_);
  }

 private:
  struct Run {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
  };

  void emit(std::string text, std::size_t begin, std::size_t end) {
    if (text.empty() || text.size() > kMaxWordBytes) return;
    out_.push_back(Word{std::move(text), begin, end});
  }

  // Breaks the Thai run starting with `first`; returns the offset after it.
  std::size_t thai_run(Char first) {
    std::vector<Char> chars{first};
    std::size_t i = first.end;
    while (i < s_.size()) {
      const Char c = decode_at(s_, i);
      if (!is_thai_letter(c.cp)) break;
      chars.push_back(c);
      i = c.end;
    }
    // libthai works on TIS-620, where every Thai letter is one byte (never 0).
    std::vector<thchar_t> tis;
    tis.reserve(chars.size() + 1);
    for (const Char& c : chars) tis.push_back(th_uni2tis(static_cast<thwchar_t>(c.cp)));
    tis.push_back(0);
    std::vector<int> breaks(chars.size() + 1);
    int n = 0;
    if (chars.size() > 1) {
      n = th_brk_find_breaks(word_breaker(), tis.data(), breaks.data(), breaks.size());
    }
    std::size_t from = 0;
    for (int k = 0; k <= n; ++k) {
      const std::size_t to = k < n ? static_cast<std::size_t>(breaks[k]) : chars.size();
      if (to <= from || to > chars.size()) continue;  // defensive: keep ranges increasing
      const std::size_t begin = chars[from].begin;
      const std::size_t end = chars[to - 1].end;
      emit(std::string(s_.substr(begin, end - begin)), begin, end);
      from = to;
    }
    return i;
  }

  // Reads one Latin/number run starting with `first`, folding as it goes.
  Run read_run(Char first) {
    Run r{{}, first.begin, first.end};
    append_folded(r.text, first.cp);
    char32_t last = first.cp;
    std::size_t i = first.end;
    while (i < s_.size()) {
      const Char c = decode_at(s_, i);
      if (c.cp == ',' && is_digit(last) && thousands_group_after(c.end)) {
        i = c.end;  // drop the separator; the three digits follow as ordinary run characters
        continue;
      }
      if (!is_run_char(c.cp)) break;
      append_folded(r.text, c.cp);
      last = c.cp;
      r.end = i = c.end;
    }
    return r;
  }

  // True when exactly three digits follow `i` (then no further digit).
  bool thousands_group_after(std::size_t i) const {
    for (int k = 0; k < 3; ++k) {
      if (i >= s_.size()) return false;
      const Char c = decode_at(s_, i);
      if (!is_digit(c.cp)) return false;
      i = c.end;
    }
    return i >= s_.size() || !is_digit(decode_at(s_, i).cp);
  }

  // Reads runs joined by connectors; emits the compound, its stretches and its runs.
  std::size_t compound(Char first) {
    std::vector<Run> runs{read_run(first)};
    std::string joints;  // joints[k] joins runs[k] and runs[k + 1]
    std::size_t i = runs.back().end;
    while (i < s_.size()) {
      const Char joint = decode_at(s_, i);
      if (!is_connector(joint.cp) || joint.end >= s_.size()) break;
      const Char next = decode_at(s_, joint.end);
      if (!is_run_char(next.cp)) break;
      joints += static_cast<char>(joint.cp);
      runs.push_back(read_run(next));
      i = runs.back().end;
    }
    const std::size_t n = runs.size();
    const auto stretch = [&](std::size_t from, std::size_t to) {  // runs[from..to)
      std::string text = runs[from].text;
      for (std::size_t k = from + 1; k < to; ++k) {
        text += joints[k - 1];
        text += runs[k].text;
      }
      emit(std::move(text), runs[from].begin, runs[to - 1].end);
    };
    const std::size_t count_before = out_.size();
    stretch(0, n);
    const bool whole_kept = out_.size() > count_before;
    if (query_) {
      // A query wants the whole compound; one too long to be a word falls back to its runs.
      if (!whole_kept) {
        for (std::size_t k = 0; k < n; ++k) stretch(k, k + 1);
      }
      return i;
    }
    if (n > 1) {
      const std::size_t longest = n <= kMaxCompoundRunsForStretches ? n - 1 : 1;
      for (std::size_t len = longest; len >= 1; --len) {
        for (std::size_t from = 0; from + len <= n; ++from) stretch(from, from + len);
      }
    }
    return i;
  }

  std::string_view s_;
  bool query_;
  std::vector<Word> out_;
};

}  // namespace

std::vector<Word> locate_words(std::string_view utf8) {
  return Scanner(utf8, false).run();
}

std::vector<std::string> segment_words(std::string_view utf8) {
  std::vector<std::string> out;
  for (auto& w : locate_words(utf8)) out.push_back(std::move(w.text));
  return out;
}

std::string to_index_text(std::string_view utf8) {
  std::string out;
  for (const auto& w : locate_words(utf8)) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

std::vector<std::string> query_terms(std::string_view utf8) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  for (auto& w : Scanner(utf8, true).run()) {
    if (seen.insert(w.text).second) out.push_back(std::move(w.text));
  }
  return out;
}

}  // namespace pao::search
