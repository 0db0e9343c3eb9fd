// The message catalogue: every user-facing string in Thai and English. Each module keeps its
// strings in `messages.tsv` (key<TAB>Thai<TAB>English, '#' comments), built into the binary.
// Keys carry the module's name ("org.vision"); the platform's are "ui.…".
//
// Templates refer to messages as [[org.vision]]; these markers are replaced, HTML-escaped, when
// templates are loaded, so a page costs nothing extra at run time for being bilingual.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "platform/error/error.hpp"

namespace pao::i18n {

inline constexpr std::string_view kLanguages[] = {"th", "en"};

class Catalog {
 public:
  // Reads every embedded "…/messages.tsv". Throws std::runtime_error on a malformed line or a
  // key defined twice, naming the file and line.
  static Catalog load_embedded();

  // Adds the lines of one TSV text; `origin` names it in errors.
  void add_tsv(std::string_view text, std::string_view origin);

  // The message for `key`, or nullptr.
  const Message* find(std::string_view key) const;
  // The text in `lang`; the key itself when missing (visible, so a test can catch it).
  const std::string& text(std::string_view lang, std::string_view key) const;

  // Replaces every [[key]] in `text` by the HTML-escaped message in `lang`. Throws
  // std::runtime_error naming an unknown key.
  std::string expand_markers(std::string_view text, std::string_view lang,
                             std::string_view origin) const;

 private:
  std::map<std::string, Message, std::less<>> messages_;
};

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view s);

// "th" or "en" from ?lang=, then the `lang` cookie; "th" by default.
std::string pick_language(std::string_view query_lang, std::string_view cookie_lang);

}  // namespace pao::i18n
