#include "platform/i18n/catalog.hpp"

#include <stdexcept>

#include "platform/assets/embedded.hpp"

namespace pao::i18n {

Catalog Catalog::load_embedded() {
  Catalog c;
  for (const auto* f : assets::under("")) {
    if (std::string_view(f->path).ends_with("messages.tsv")) c.add_tsv(f->view(), f->path);
  }
  return c;
}

void Catalog::add_tsv(std::string_view text, std::string_view origin) {
  int line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto t1 = line.find('\t');
    const auto t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_no) +
                               ": expected key<TAB>Thai<TAB>English");
    }
    std::string key(line.substr(0, t1));
    Message m{std::string(line.substr(t1 + 1, t2 - t1 - 1)), std::string(line.substr(t2 + 1))};
    if (!messages_.emplace(key, std::move(m)).second) {
      throw std::runtime_error(std::string(origin) + ":" + std::to_string(line_no) +
                               ": message defined twice: " + key);
    }
  }
}

const Message* Catalog::find(std::string_view key) const {
  const auto it = messages_.find(key);
  return it == messages_.end() ? nullptr : &it->second;
}

const std::string& Catalog::text(std::string_view lang, std::string_view key) const {
  if (const Message* m = find(key)) return m->in(lang);
  static thread_local std::string missing;
  missing = std::string(key);
  return missing;
}

std::string Catalog::expand_markers(std::string_view text, std::string_view lang,
                                    std::string_view origin) const {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (true) {
    const auto open = text.find("[[", i);
    if (open == std::string_view::npos) break;
    const auto close = text.find("]]", open + 2);
    if (close == std::string_view::npos) break;
    const std::string_view key = text.substr(open + 2, close - open - 2);
    const Message* m = find(key);
    if (!m) {
      throw std::runtime_error(std::string(origin) + ": unknown message [[" + std::string(key) +
                               "]]");
    }
    out.append(text.substr(i, open - i));
    out.append(html_escape(m->in(lang)));
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string pick_language(std::string_view query_lang, std::string_view cookie_lang) {
  // Thai first, whatever the browser says: the PAO's public is Thai; English is a choice.
  for (std::string_view v : {query_lang, cookie_lang}) {
    if (v == "th" || v == "en") return std::string(v);
  }
  return "th";
}

}  // namespace pao::i18n
