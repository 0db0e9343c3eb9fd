// The platform's full-text search over Thai and English: modules put documents in, a search box
// gets back the ones its viewer may see, best first, with the matching words marked.
//
// A module indexes each searchable thing (a letter, a project, a ticket) as a SearchDoc, in the
// same transaction as the change to the thing itself, and removes it when the thing goes. Text is
// broken into words by thai_segmenter.hpp on the way in and on the way out, so Thai, which has no
// spaces between words, is found word by word. Documents live in `platform_search_doc`; SQLite
// indexes them in an FTS5 table, PostgreSQL in a tsvector column with a GIN index (ADR 0002).
//
// Who sees what is decided in SQL: each document lists the grants that let a viewer see it, and
// a search returns only documents holding at least one grant the viewer has. A document with no
// grants is refused (it could never be found).
//
// Thread safety: these are plain functions over the caller's db::Connection (one thread at a
// time, as always); they keep no state of their own.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/search/snippet.hpp"
#include "platform/time/clock.hpp"

namespace pao::search {

// One reason a viewer may see a document. A document carries one or more; any one is enough.
class Grant {
 public:
  // Anyone, signed in or not (public announcements, the public profile).
  static Grant everyone() { return Grant("public"); }
  // Any signed-in user or API token.
  static Grant staff() { return Grant("staff"); }
  // Whoever holds permission `key` ("saraban.read_all").
  static Grant permission(std::string_view key) { return Grant("permission:" + std::string(key)); }
  // Members of division `code` ("finance"), as org_division codes.
  static Grant division(std::string_view code) { return Grant("division:" + std::string(code)); }
  // One user, e.g. the owner of a draft or the requester of a ticket.
  static Grant user(std::int64_t user_id) { return Grant("user:" + std::to_string(user_id)); }

  // As stored: "public", "staff", "permission:saraban.read_all", "division:finance", "user:42".
  const std::string& key() const { return key_; }
  bool operator==(const Grant&) const = default;

 private:
  explicit Grant(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

// The person (or API token) searching, as far as visibility goes.
struct Viewer {
  bool signed_in = false;
  std::optional<std::int64_t> user_id;  // a user; empty for anonymous and for API tokens
  std::set<std::string> permissions;
  std::vector<std::string> divisions;  // division codes the user belongs to

  // A citizen on a public page: sees only Grant::everyone() documents.
  static Viewer anonymous() { return {}; }
  // The principal of a request; `divisions` defaults to the principal's own division.
  static Viewer of(const auth::Principal& p, std::vector<std::string> divisions = {});

  // The grant keys this viewer holds (what a document's grants are matched against).
  std::vector<std::string> grant_keys() const;
};

// One searchable thing, as its module describes it.
struct SearchDoc {
  std::string kind;    // "<module>.<thing>", e.g. "saraban.letter"; with ref_id, the identity
  std::string ref_id;  // the thing's id in its module, as text
  std::string title;   // plain text; title words rank above body words
  std::string body;    // plain text (no HTML); only its first 20,000 words are indexed
  std::string url;     // where a hit leads, e.g. "/saraban/letters/42"
  std::vector<Grant> visible_to;  // at least one
  TimePoint updated_at{};         // from the Clock; newer wins ties in ranking
};

struct SearchQuery {
  std::string text;  // what the person typed
  Viewer viewer;
  std::vector<std::string> kinds;  // only these kinds; empty means all
  int limit = 20;                  // clamped to 1…100
  int offset = 0;                  // negative counts as 0
};

struct SearchHit {
  std::string kind;
  std::string ref_id;
  std::string title;
  std::string url;
  double score = 0;                     // higher is better; comparable only within one search
  std::vector<TextPiece> title_pieces;  // the title with matching words highlighted
  std::vector<TextPiece> snippet;       // ~160 characters of body around the first match
};

struct SearchPage {
  std::vector<SearchHit> hits;
  bool has_more = false;  // another page follows (offset + limit)
  // The words matched so many documents (over kRankWindow, SQLite) that only the newest of them
  // were ranked: tell the person to add a word to reach older ones.
  bool newest_only = false;
};

// On SQLite, a search ranks at most this many matching documents, the newest: ranking costs
// time per match, and a word found in a third of a million documents is not a search anyone
// reads to the end. See ADR 0002.
inline constexpr int kRankWindow = 5'000;

// The schema of module "platform_search": tables platform_search_doc and platform_search_grant
// on both engines, plus the FTS5 table platform_search_fts and its sync triggers on SQLite, or
// the search_vector column and its GIN index on PostgreSQL. The caller adds these to the
// migrations it applies (db::apply_migrations).
std::vector<db::Migration> search_migrations();

// Adds the document, or replaces everything stored for (kind, ref_id): text, url, grants and
// time, so words it no longer holds stop finding it. Runs inside the caller's transaction when
// there is one (index the change with the change), else in its own. Throws std::invalid_argument
// when kind or ref_id is empty or visible_to is empty (a bug in the calling module), db::DbError
// when the database fails.
void upsert(db::Connection& conn, const SearchDoc& doc);

// Removes every document of `kind` (before a module re-indexes them all); returns how many.
// Like remove(), runs inside the caller's transaction when there is one, else in its own.
std::int64_t remove_kind(db::Connection& conn, std::string_view kind);

// Removes the document (kind, ref_id) with its grants; true if there was one. On SQLite the
// word counts (platform_search_term) lose its words in the same transaction.
bool remove(db::Connection& conn, std::string_view kind, std::string_view ref_id);

// The documents visible to query.viewer that hold every word of query.text (the last word also
// as a prefix when it has two or more characters and the text does not end in a space; on
// SQLite the prefix stands for the 64 words it begins that are in most documents), best
// first: SQLite ranks with BM25 (pao_bm25, see sqlite_ranking.hpp), PostgreSQL with ts_rank, a word
// in the title counting ten times a word in the body; ties go to the more recently updated. Only
// the first 16 words of a query count. A query with no words (empty, punctuation only) finds
// nothing. On PostgreSQL the search runs in a read-only transaction of its own when the caller has
// none (to plan it per query, see ADR 0002). Throws db::DbError when the database fails.
SearchPage search(db::Connection& conn, const SearchQuery& query);

}  // namespace pao::search
