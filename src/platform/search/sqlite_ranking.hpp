// SQLite: the ranking function of the search (ADR 0002), `pao_bm25`, an FTS5 auxiliary function
// available on every SQLite connection the process opens.
//
// It is Okapi BM25 exactly as FTS5's built-in bm25() computes it (k1 = 1.2, b = 0.75, column
// weights, the same inverse document frequency), with one difference: the number of documents
// holding each phrase of the query is given by the caller instead of being counted. bm25() counts
// it by reading the phrase's whole doclist before it ranks the first row, so a search for a word
// found in every one of a million letters spent ~200 ms counting, even when it then ranked only
// the newest few thousand. The search keeps those counts in platform_search_term.
//
//   rank MATCH 'pao_bm25(10.0, 1.0, 0.0, 1000000, 35)'
//     column weights (one per FTS column), then one document count per phrase, in the order the
//     phrases appear in the MATCH expression; a phrase without a count is taken to be rare.
//
// Like bm25() it returns the negated score (lower is better: FTS5 sorts rank ascending).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pao::search {

// The rank expression for a MATCH over the FTS table: `pao_bm25(<weights>, <counts>)`.
std::string sqlite_rank_expression(const std::vector<double>& column_weights,
                                   const std::vector<std::int64_t>& phrase_documents);

}  // namespace pao::search
