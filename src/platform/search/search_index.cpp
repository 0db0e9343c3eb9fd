// All SQL of platform search (tables platform_search_*). Where the engines differ (the full-text
// index itself), each statement is written once per dialect; see ADR 0002 for why.
#include "platform/search/search_index.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "platform/search/sqlite_ranking.hpp"
#include "platform/search/thai_segmenter.hpp"
#include "platform/search/word_counts.hpp"

namespace pao::search {
namespace {

constexpr std::size_t kMaxBodyWords = 20'000;
constexpr std::size_t kMaxQueryTerms = 16;
constexpr int kMaxLimit = 100;
// SQLite: a search for some kinds looks at the kinds of the newest kKindSample matches; when
// fewer than one in kRareKindShare is of those kinds, they are matched in the index instead of
// being checked row by row (see search()).
constexpr int kKindSample = 256;
constexpr int kRareKindShare = 8;
// SQLite: a last word typed as a prefix stands for at most this many of the words it begins,
// the ones in most documents (see sqlite_match()).
constexpr int kMaxPrefixWords = 64;
// SQLite: column weights of the FTS table in ranking (title, body, access tokens).
const std::vector<double> kColumnWeights{10.0, 1.0, 0.0};
// PostgreSQL keeps at most 256 positions per lexeme, each at most 16383.
constexpr std::size_t kMaxPositionsPerLexeme = 256;
constexpr int kMaxPosition = 16383;

// ---- schema -------------------------------------------------------------------------------------

// Portable part: the documents and who may see them.
constexpr const char* kSchemaSql = R"sql(
CREATE TABLE platform_search_doc (
  id ${ID},
  kind TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL,
  title_terms TEXT NOT NULL,
  body_terms TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (kind, ref_id)
);
CREATE TABLE platform_search_grant (
  doc_id ${BIGINT} NOT NULL REFERENCES platform_search_doc (id) ON DELETE CASCADE,
  grant_key TEXT NOT NULL,
  PRIMARY KEY (doc_id, grant_key)
);
)sql";

// SQLite: an external-content FTS5 table over the segmented columns, kept in step by triggers.
// unicode61 by default treats Thai vowel and tone marks (category Mn) as separators, cutting
// "คอมพิวเตอร์" into pieces, hence `categories` with M*; `tokenchars` keeps "51000/1234" and
// "416-66-0012" whole, as the segmenter wrote them.
constexpr const char* kSqliteSchemaSql = R"sql(
CREATE VIRTUAL TABLE platform_search_fts USING fts5(
  title_terms, body_terms,
  content = 'platform_search_doc', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*'' tokenchars ''-/.'''
);
CREATE TRIGGER platform_search_doc_ai AFTER INSERT ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (rowid, title_terms, body_terms)
  VALUES (new.id, new.title_terms, new.body_terms);
END;
CREATE TRIGGER platform_search_doc_ad AFTER DELETE ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (platform_search_fts, rowid, title_terms, body_terms)
  VALUES ('delete', old.id, old.title_terms, old.body_terms);
END;
CREATE TRIGGER platform_search_doc_au AFTER UPDATE OF title_terms, body_terms
ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (platform_search_fts, rowid, title_terms, body_terms)
  VALUES ('delete', old.id, old.title_terms, old.body_terms);
  INSERT INTO platform_search_fts (rowid, title_terms, body_terms)
  VALUES (new.id, new.title_terms, new.body_terms);
END;
)sql";

// Version 2 (SQLite): a document's kind also lives in the FTS index, as a token of a third
// column (`access_terms`, weight 0 in ranking). The token is "zk" + hex(kind): letters and digits
// only, so the tokenizer keeps it whole, and no real word looks like one. Searches match it only
// for kinds that are rare among a query's matches: intersecting with a kind that holds most
// documents costs more than checking the kind on each candidate's row (see search()).
constexpr const char* kSqliteAccessSql = R"sql(
ALTER TABLE platform_search_doc ADD COLUMN access_terms TEXT NOT NULL DEFAULT '';
UPDATE platform_search_doc SET access_terms = 'zk' || lower(hex(kind));
DROP TRIGGER platform_search_doc_ai;
DROP TRIGGER platform_search_doc_ad;
DROP TRIGGER platform_search_doc_au;
DROP TABLE platform_search_fts;
CREATE VIRTUAL TABLE platform_search_fts USING fts5(
  title_terms, body_terms, access_terms,
  content = 'platform_search_doc', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*'' tokenchars ''-/.'''
);
CREATE TRIGGER platform_search_doc_ai AFTER INSERT ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (rowid, title_terms, body_terms, access_terms)
  VALUES (new.id, new.title_terms, new.body_terms, new.access_terms);
END;
CREATE TRIGGER platform_search_doc_ad AFTER DELETE ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (platform_search_fts, rowid, title_terms, body_terms,
    access_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms, old.access_terms);
END;
CREATE TRIGGER platform_search_doc_au AFTER UPDATE OF title_terms, body_terms, access_terms
ON platform_search_doc BEGIN
  INSERT INTO platform_search_fts (platform_search_fts, rowid, title_terms, body_terms,
    access_terms) VALUES ('delete', old.id, old.title_terms, old.body_terms, old.access_terms);
  INSERT INTO platform_search_fts (rowid, title_terms, body_terms, access_terms)
  VALUES (new.id, new.title_terms, new.body_terms, new.access_terms);
END;
INSERT INTO platform_search_fts (platform_search_fts) VALUES ('rebuild');
)sql";

// PostgreSQL: the lexemes with positions and weights (title A, body D), written by upsert().
constexpr const char* kPostgresSchemaSql = R"sql(
ALTER TABLE platform_search_doc ADD COLUMN search_vector tsvector NOT NULL;
CREATE INDEX platform_search_doc_vector ON platform_search_doc USING GIN (search_vector);
)sql";

// ---- statements ---------------------------------------------------------------------------------

constexpr const char* kUpsertColumns =
    "INSERT INTO platform_search_doc"
    " (kind, ref_id, title, body, url, title_terms, body_terms, updated_at";
constexpr const char* kUpsertConflict =
    " ON CONFLICT (kind, ref_id) DO UPDATE SET title = excluded.title, body = excluded.body,"
    " url = excluded.url, title_terms = excluded.title_terms, body_terms = excluded.body_terms,"
    " updated_at = excluded.updated_at";

std::string upsert_sql(db::Dialect d) {
  if (d == db::Dialect::postgresql) {
    return std::string(kUpsertColumns) +
           ", search_vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS tsvector))" +
           kUpsertConflict + ", search_vector = excluded.search_vector RETURNING id";
  }
  return std::string(kUpsertColumns) + ", access_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" +
         kUpsertConflict + ", access_terms = excluded.access_terms RETURNING id";
}

// ---- helpers ------------------------------------------------------------------------------------

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// A tsvector literal: 'lexeme':1A,4A,9 … (quotes doubled, backslashes escaped).
std::string quote_lexeme(std::string_view word) {
  std::string out = "'";
  for (const char c : word) {
    if (c == '\'') out += '\'';
    if (c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string tsvector_literal(const std::vector<std::string>& title,
                             const std::vector<std::string>& body) {
  std::map<std::string, std::vector<std::string>> positions;
  int pos = 0;
  const auto add = [&](const std::vector<std::string>& words, const char* weight) {
    for (const auto& w : words) {
      const int p = std::min(++pos, kMaxPosition);
      auto& list = positions[w];
      if (list.size() >= kMaxPositionsPerLexeme) continue;
      const std::string entry = std::to_string(p) + weight;
      if (!list.empty() && list.back() == entry) continue;
      list.push_back(entry);
    }
  };
  add(title, "A");
  add(body, "");  // D, the default weight
  std::string out;
  for (const auto& [word, list] : positions) {
    if (!out.empty()) out += ' ';
    out += quote_lexeme(word);
    out += ':';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out += ',';
      out += list[i];
    }
  }
  return out;
}

// `prefix` + lower-case hex of the key: one FTS token (see kSqliteAccessSql).
std::string access_token(std::string_view prefix, std::string_view key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(prefix);
  for (const unsigned char c : key) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

// "?, ?, ?" for `n` values.
std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// Appends `values` padded (with copies of the last) to a power of two of at least 4, so IN lists
// of different lengths share a few cached statements instead of one each. Returns the count.
std::size_t add_padded(std::vector<db::Param>& params, const std::vector<std::string>& values) {
  std::size_t n = 4;
  while (n < values.size()) n *= 2;
  for (std::size_t i = 0; i < n; ++i) params.emplace_back(values[std::min(i, values.size() - 1)]);
  return n;
}

// A word as an FTS5 string (a phrase): in double quotes, inner quotes doubled.
std::string fts5_string(std::string_view word) {
  std::string out = "\"";
  for (const char c : word) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// The tsquery: 'a' & 'b' & 'c':* (lexemes as given, no parser or dictionary involved).
std::string pg_tsquery(const MatchTerms& terms) {
  std::string out;
  for (std::size_t i = 0; i < terms.words.size(); ++i) {
    if (i > 0) out += " & ";
    out += quote_lexeme(terms.words[i]);
    if (terms.last_is_prefix && i + 1 == terms.words.size()) out += ":*";
  }
  return out;
}

MatchTerms match_terms(std::string_view text) {
  MatchTerms t;
  t.words = query_terms(text);
  if (t.words.size() > kMaxQueryTerms) t.words.resize(kMaxQueryTerms);
  if (!t.words.empty()) {
    const std::string& last = t.words.back();
    const auto chars = std::count_if(last.begin(), last.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    const bool typing = !text.empty() && text.back() != ' ' && text.back() != '\t' &&
                        text.back() != '\n' && text.back() != '\r';
    t.last_is_prefix = typing && chars >= 2;
  }
  return t;
}

void write_doc(db::Connection& conn, const SearchDoc& doc) {
  const auto title_words = segment_words(doc.title);
  auto body_words = segment_words(doc.body);
  if (body_words.size() > kMaxBodyWords) body_words.resize(kMaxBodyWords);

  std::set<std::string> keys;
  for (const auto& g : doc.visible_to) keys.insert(g.key());
  std::vector<db::Param> params{
      doc.kind, doc.ref_id,        doc.title,        doc.body,
      doc.url,  join(title_words), join(body_words), to_iso_utc(doc.updated_at)};
  if (conn.dialect() == db::Dialect::postgresql) {
    params.emplace_back(tsvector_literal(title_words, body_words));
  } else {
    word_counts::recount_document(conn, doc.kind, doc.ref_id, title_words, body_words);
    params.emplace_back(access_token("zk", doc.kind));
  }
  const auto id = conn.run(upsert_sql(conn.dialect()), params)[0].i64(0);

  conn.execute("DELETE FROM platform_search_grant WHERE doc_id = ?", id);
  for (const auto& key : keys) {
    conn.execute("INSERT INTO platform_search_grant (doc_id, grant_key) VALUES (?, ?)", id, key);
  }
}

// ---- matching (SQLite) --------------------------------------------------------------------------

// The FTS5 MATCH of a query over the title and body columns, and how many documents hold each
// phrase in it, in order (for pao_bm25, see sqlite_ranking.hpp).
struct SqliteMatch {
  std::string expression;
  std::vector<std::int64_t> phrase_docs;
};

// Every word must be in the document (AND). A last word typed as a prefix becomes an OR of the
// words it begins that are in the index, the kMaxPrefixWords in most documents: FTS5's own
// prefix query ("word" *) merges the doclists of every such word before it returns a row (all
// of "นายก…" in a million letters: 70–140 ms, "แล…": 230 ms), while an OR reads them in step.
SqliteMatch sqlite_match(db::Connection& conn, const MatchTerms& terms) {
  SqliteMatch m;
  const std::size_t whole = terms.words.size() - (terms.last_is_prefix ? 1 : 0);
  const auto docs = word_counts::documents_holding(
      conn, {terms.words.begin(), terms.words.begin() + static_cast<std::ptrdiff_t>(whole)});
  std::string expr;
  for (std::size_t i = 0; i < whole; ++i) {
    if (i > 0) expr += " AND ";
    expr += fts5_string(terms.words[i]);
    const auto n = docs.find(terms.words[i]);
    m.phrase_docs.push_back(n == docs.end() ? 0 : n->second);
  }
  if (terms.last_is_prefix) {
    const std::string& prefix = terms.words.back();
    if (!expr.empty()) expr += " AND ";
    const auto completions = word_counts::words_beginning(conn, prefix, kMaxPrefixWords);
    if (completions.empty()) {
      expr += fts5_string(prefix) + " *";
      m.phrase_docs.push_back(0);
    } else {
      expr += '(';
      for (std::size_t i = 0; i < completions.size(); ++i) {
        if (i > 0) expr += " OR ";
        expr += fts5_string(completions[i].first);
        m.phrase_docs.push_back(completions[i].second);
      }
      expr += ')';
    }
  }
  m.expression = "{title_terms body_terms} : (" + expr + ")";
  return m;
}

}  // namespace

Viewer Viewer::of(const auth::Principal& p, std::vector<std::string> divisions) {
  Viewer v;
  v.signed_in = p.authenticated();
  if (p.kind == auth::PrincipalKind::user) v.user_id = p.id;
  for (const auto& [permission, scopes] : p.permissions) v.permissions.insert(permission);
  if (divisions.empty() && !p.division.empty()) divisions.push_back(p.division);
  if (v.signed_in) v.divisions = std::move(divisions);
  return v;
}

std::vector<std::string> Viewer::grant_keys() const {
  std::vector<std::string> keys{Grant::everyone().key()};
  if (!signed_in) return keys;
  keys.push_back(Grant::staff().key());
  for (const auto& p : permissions) keys.push_back(Grant::permission(p).key());
  for (const auto& d : divisions) keys.push_back(Grant::division(d).key());
  if (user_id) keys.push_back(Grant::user(*user_id).key());
  return keys;
}

std::vector<db::Migration> search_migrations() {
  db::Migration init;
  init.module = "platform_search";
  init.version = 1;
  init.name = "init";
  init.sql = kSchemaSql;
  init.code = [](db::Connection& conn) {
    conn.exec_script(conn.dialect() == db::Dialect::postgresql ? kPostgresSchemaSql
                                                               : kSqliteSchemaSql);
  };
  db::Migration access;
  access.module = "platform_search";
  access.version = 2;
  access.name = "access_in_fts";
  access.code = [](db::Connection& conn) {
    if (conn.dialect() == db::Dialect::sqlite) conn.exec_script(kSqliteAccessSql);
  };
  db::Migration counts;
  counts.module = "platform_search";
  counts.version = 3;
  counts.name = "word_counts";
  counts.code = [](db::Connection& conn) {
    if (conn.dialect() == db::Dialect::sqlite) word_counts::create_and_fill(conn);
  };
  return {init, access, counts};
}

void upsert(db::Connection& conn, const SearchDoc& doc) {
  if (doc.kind.empty() || doc.ref_id.empty()) {
    throw std::invalid_argument("search::upsert: a document needs a kind and a ref_id");
  }
  if (doc.visible_to.empty()) {
    throw std::invalid_argument("search::upsert: document " + doc.kind + " " + doc.ref_id +
                                " has no grants, so nobody could ever find it");
  }
  if (conn.in_transaction()) {
    write_doc(conn, doc);
    return;
  }
  db::Tx tx(conn);
  write_doc(conn, doc);
  tx.commit();
}

std::int64_t remove_kind(db::Connection& conn, std::string_view kind) {
  std::optional<db::Tx> own;
  if (!conn.in_transaction()) own.emplace(conn);
  if (conn.dialect() == db::Dialect::sqlite) word_counts::uncount_kind(conn, kind);
  const auto n = conn.execute("DELETE FROM platform_search_doc WHERE kind = ?", std::string(kind));
  if (own) own->commit();
  return n;
}

bool remove(db::Connection& conn, std::string_view kind, std::string_view ref_id) {
  std::optional<db::Tx> own;
  if (!conn.in_transaction()) own.emplace(conn);
  if (conn.dialect() == db::Dialect::sqlite) word_counts::uncount_document(conn, kind, ref_id);
  // The grants go with it (ON DELETE CASCADE); on SQLite a trigger updates the FTS table.
  const bool removed = conn.execute("DELETE FROM platform_search_doc WHERE kind = ? AND ref_id = ?",
                                    kind, ref_id) > 0;
  if (own) own->commit();
  return removed;
}

SearchPage search(db::Connection& conn, const SearchQuery& query) {
  const MatchTerms terms = match_terms(query.text);
  SearchPage page;
  if (terms.words.empty()) return page;
  const int limit = std::clamp(query.limit, 1, kMaxLimit);
  const int offset = std::max(query.offset, 0);
  const bool pg = conn.dialect() == db::Dialect::postgresql;

  std::vector<db::Param> params;
  std::string sql;
  std::int64_t newest_from = 0;  // SQLite: rank only documents from this rowid on
  std::size_t newest_param = 0;  // where newest_from sits in params
  if (pg) {
    sql =
        "SELECT d.kind, d.ref_id, d.title, d.url, d.body, ts_rank(d.search_vector, q.tsq)"
        " AS score FROM platform_search_doc d, (SELECT CAST(? AS tsquery) AS tsq) q"
        " WHERE d.search_vector @@ q.tsq";
    params.emplace_back(pg_tsquery(terms));
    sql +=
        " AND EXISTS (SELECT 1 FROM platform_search_grant g WHERE g.doc_id = d.id"
        " AND g.grant_key IN (";
    sql += placeholders(add_padded(params, query.viewer.grant_keys())) + "))";
    if (!query.kinds.empty()) {
      sql += " AND d.kind IN (" + placeholders(add_padded(params, query.kinds)) + ")";
    }
    sql += " ORDER BY score DESC, d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?";
    params.emplace_back(std::int64_t{limit + 1});  // one more tells whether a next page exists
    params.emplace_back(std::int64_t{offset});
  } else {
    // FTS5 ranks every match inside the index (ORDER BY rank is consumed by the virtual table)
    // and hands rows over best first; the viewer's grants are checked on those only, until the
    // page is full. The rank is pao_bm25 (bm25 with the phrases' document counts given, see
    // sqlite_ranking.hpp), lower for better matches; negated so that higher is better on both
    // engines. Title words weigh ten times body words.
    SqliteMatch m = sqlite_match(conn, terms);
    std::string& match = m.expression;
    // The newest kKindSample matches (a word with fewer needs no rank window) and how many of
    // them are of the kinds asked for (their share decides how kinds are checked), in one pass
    // over the index: each pass costs a seek per word per index segment, and a prefix stands for
    // up to kMaxPrefixWords words. Without kinds, the window's edge is all there is to find.
    std::vector<db::Param> kind_params;
    std::string in_kinds;
    if (!query.kinds.empty()) {
      in_kinds = " AND k.kind IN (" + placeholders(add_padded(kind_params, query.kinds)) + "))";
    }
    bool many = true;
    std::int64_t of_kinds = 0;
    if (!query.kinds.empty()) {
      std::vector<db::Param> sample_params = kind_params;
      sample_params.emplace_back(match);
      sample_params.emplace_back(std::int64_t{kKindSample});
      const auto sample = conn.run(
          "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM platform_search_doc k"
          " WHERE k.id = s.id" +
              in_kinds +
              "), 0) FROM (SELECT rowid AS id FROM platform_search_fts"
              " WHERE platform_search_fts MATCH ? ORDER BY rowid DESC LIMIT ?) s",
          sample_params);
      many = sample[0].i64(0) == kKindSample;
      of_kinds = sample[0].i64(1);
    }
    // Kinds: checked like grants, on each candidate's document row, when they hold a good share
    // of the matches (letters in a register of a million letters: intersecting the words with
    // the kind's index token would read a doclist of a million entries); matched as index
    // tokens when they are rare among the matches (a few projects in that register), where
    // row checks would walk thousands of other documents. Both give the same hits.
    std::string kind_filter;
    // Words found in very many documents: rank only the newest of them, about kRankWindow of
    // the kinds asked for (reading doclists backwards by rowid is cheap; ranking is not).
    std::int64_t window = kRankWindow;
    if (!in_kinds.empty()) {
      if (many && of_kinds * kRareKindShare < kKindSample) {
        std::string tokens;
        for (const auto& k : query.kinds) {
          tokens += (tokens.empty() ? "" : " OR ") + access_token("zk", k);
          m.phrase_docs.push_back(0);  // weight 0: never counts in the rank
        }
        match += " AND access_terms : (" + tokens + ")";
        kind_params.clear();
      } else {
        kind_filter =
            " AND EXISTS (SELECT 1 FROM platform_search_doc k"
            " WHERE k.id = platform_search_fts.rowid" +
            in_kinds;
        // The window's edge is found among matches of every kind (no row checks), as far back
        // as holds about kRankWindow of the kinds at the share the sample showed.
        if (of_kinds > 0) window = (kRankWindow * kKindSample + of_kinds - 1) / of_kinds;
      }
    }
    if (many && offset + limit < kRankWindow) {
      if (const auto edge =
              conn.query("SELECT rowid FROM platform_search_fts WHERE platform_search_fts MATCH ?"
                         " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                         match, window - 1);
          !edge.empty()) {
        newest_from = edge[0].i64(0);
      }
    }
    params.emplace_back(match);
    newest_param = params.size();
    params.emplace_back(newest_from);
    params.emplace_back(sqlite_rank_expression(kColumnWeights, m.phrase_docs));
    sql =
        "SELECT d.kind, d.ref_id, d.title, d.url, d.body, -top.rank AS score FROM"
        " (SELECT rowid AS id, rank FROM platform_search_fts"
        "  WHERE platform_search_fts MATCH ? AND platform_search_fts.rowid >= ?"
        "  AND rank MATCH ?"
        "  AND EXISTS (SELECT 1 FROM platform_search_grant g WHERE g.doc_id = "
        "platform_search_fts.rowid"
        "  AND g.grant_key IN (";
    sql += placeholders(add_padded(params, query.viewer.grant_keys())) + "))" + kind_filter;
    params.insert(params.end(), kind_params.begin(), kind_params.end());
    // FTS5 breaks ties in rank arbitrarily (and differently for different LIMITs), so it
    // returns a window reaching 100 past the page, which is then ordered with the ties broken
    // (newer first, then id) and cut. Pages agree unless over 100 documents tie at the edge.
    sql +=
        "  ORDER BY rank LIMIT ?) top"
        " JOIN platform_search_doc d ON d.id = top.id"
        " ORDER BY top.rank, d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?";
    params.emplace_back(std::int64_t{offset + limit + 1 + 100});
    params.emplace_back(std::int64_t{limit + 1});  // one more tells whether a next page exists
    params.emplace_back(std::int64_t{offset});
  }
  db::Rows rows;
  if (pg) {
    // PostgreSQL cannot cost a GIN scan for a tsquery that is a parameter, so the generic plan
    // of this cached statement is a sequential scan; after a few unselective searches the plan
    // cache keeps that plan for every search. A custom plan per search sees the actual query.
    // set_config(…, true) lasts to the end of the transaction (ours, or the caller's if one is
    // open) and changes only how statements are planned, never what they return.
    std::optional<db::Tx> own;
    if (!conn.in_transaction()) own.emplace(conn, db::TxMode::read);
    conn.query("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)");
    rows = conn.run(sql, params);
    if (own) own->commit();
  } else {
    rows = conn.run(sql, params);
    if (newest_from > 0 && static_cast<int>(rows.size()) <= limit) {
      // The viewer may see too few of the newest matches to fill the page: rank them all.
      params[newest_param] = std::int64_t{0};
      rows = conn.run(sql, params);
    } else {
      page.newest_only = newest_from > 0;
    }
  }
  for (const auto& r : rows) {
    if (static_cast<int>(page.hits.size()) == limit) {
      page.has_more = true;
      break;
    }
    SearchHit hit;
    hit.kind = r.str(0);
    hit.ref_id = r.str(1);
    hit.title = r.str(2);
    hit.url = r.str(3);
    hit.score = r.f64(5);
    hit.title_pieces = highlight_all(hit.title, terms);
    hit.snippet = make_snippet(r.str(4), terms);
    page.hits.push_back(std::move(hit));
  }
  return page;
}

}  // namespace pao::search
