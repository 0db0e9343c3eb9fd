#include "platform/search/word_counts.hpp"

#include <algorithm>
#include <unordered_map>

namespace pao::search::word_counts {
namespace {

constexpr const char* kSchemaSql = R"sql(
CREATE TABLE platform_search_term (
  term TEXT PRIMARY KEY,
  docs INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// How many documents each word gains (or loses, when negative).
using WordDeltas = std::unordered_map<std::string, std::int64_t>;

// Adds the words of stored title_terms or body_terms (separated by one space) to `out`.
void split_stored_words(std::vector<std::string_view>& out, std::string_view terms) {
  while (!terms.empty()) {
    const auto space = terms.find(' ');
    if (space != 0) out.push_back(terms.substr(0, space));
    if (space == std::string_view::npos) break;
    terms.remove_prefix(space + 1);
  }
}

// The distinct words of a document.
void distinct(std::vector<std::string_view>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

// Adds `sign` (+1 or -1) to `deltas` for each distinct word of each of `rows` (stored
// title_terms and body_terms in columns `first` and `first` + 1).
void tally_words(WordDeltas& deltas, const db::Rows& rows, std::size_t first, int sign) {
  std::vector<std::string_view> words;
  for (const auto& r : rows) {
    words.clear();
    const std::string title = r.str(first);
    const std::string body = r.str(first + 1);
    split_stored_words(words, title);
    split_stored_words(words, body);
    distinct(words);
    for (const auto w : words) deltas[std::string(w)] += sign;
  }
}

// Adds each word's delta to its document count.
void count_words(db::Connection& conn, const WordDeltas& deltas) {
  for (const auto& [word, delta] : deltas) {
    if (delta == 0) continue;
    conn.execute(
        "INSERT INTO platform_search_term (term, docs) VALUES (?, ?)"
        " ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs",
        word, delta);
  }
}

db::Rows stored_words_of(db::Connection& conn, std::string_view kind, std::string_view ref_id) {
  return conn.query(
      "SELECT title_terms, body_terms FROM platform_search_doc WHERE kind = ? AND ref_id = ?", kind,
      ref_id);
}

}  // namespace

void create_and_fill(db::Connection& conn) {
  conn.exec_script(kSchemaSql);
  WordDeltas counts;
  for (std::int64_t after = 0;;) {  // a page at a time
    const auto rows = conn.query(
        "SELECT id, title_terms, body_terms FROM platform_search_doc WHERE id > ?"
        " ORDER BY id LIMIT 5000",
        after);
    if (rows.empty()) break;
    tally_words(counts, rows, 1, +1);
    after = rows[rows.size() - 1].i64(0);
  }
  count_words(conn, counts);
}

void recount_document(db::Connection& conn, const std::string& kind, const std::string& ref_id,
                      const std::vector<std::string>& title_words,
                      const std::vector<std::string>& body_words) {
  WordDeltas deltas;
  tally_words(deltas, stored_words_of(conn, kind, ref_id), 0, -1);
  std::vector<std::string_view> words(title_words.begin(), title_words.end());
  words.insert(words.end(), body_words.begin(), body_words.end());
  distinct(words);
  for (const auto w : words) deltas[std::string(w)] += 1;
  count_words(conn, deltas);
}

void uncount_document(db::Connection& conn, std::string_view kind, std::string_view ref_id) {
  WordDeltas deltas;
  tally_words(deltas, stored_words_of(conn, kind, ref_id), 0, -1);
  count_words(conn, deltas);
}

void uncount_kind(db::Connection& conn, std::string_view kind) {
  WordDeltas deltas;
  for (std::string after;;) {  // a page at a time in (kind, ref_id) order, the unique index's
    const auto rows = conn.query(
        "SELECT ref_id, title_terms, body_terms FROM platform_search_doc"
        " WHERE kind = ? AND ref_id > ? ORDER BY ref_id LIMIT 2000",
        kind, after);
    if (rows.empty()) break;
    tally_words(deltas, rows, 1, -1);
    after = rows[rows.size() - 1].str(0);
  }
  count_words(conn, deltas);
}

std::map<std::string, std::int64_t> documents_holding(db::Connection& conn,
                                                      const std::vector<std::string>& words) {
  std::map<std::string, std::int64_t> out;
  if (words.empty()) return out;
  std::vector<db::Param> params;
  std::string in;
  for (const auto& w : words) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(w);
  }
  for (const auto& r :
       conn.run("SELECT term, docs FROM platform_search_term WHERE term IN (" + in + ")", params)) {
    out[r.str(0)] = r.i64(1);
  }
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> words_beginning(db::Connection& conn,
                                                                  const std::string& prefix,
                                                                  int limit) {
  // Words from `prefix` up to `prefix` followed by 0xFF: every word it begins (UTF-8 sorts by
  // code point, and no UTF-8 byte is 0xFF).
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& r : conn.query(
           "SELECT term, docs FROM platform_search_term WHERE term >= ? AND term < ? AND docs > 0"
           " ORDER BY docs DESC, term LIMIT ?",
           prefix, prefix + '\xff', std::int64_t{limit})) {
    out.emplace_back(r.str(0), r.i64(1));
  }
  return out;
}

}  // namespace pao::search::word_counts
