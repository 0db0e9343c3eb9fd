// What other modules may use of the helpdesk (the future staff IT chatbot first of all): the
// knowledge base's one search, the same the ticket form and the knowledge-base page use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/search/snippet.hpp"

namespace pao::helpdesk {

// One article found for a question.
struct ArticleHit {
  std::int64_t id = 0;
  std::string title;                            // Thai title
  std::string category;                         // category code ("printer")
  std::string url;                              // "/helpdesk/kb/12"
  std::vector<search::TextPiece> title_pieces;  // the title, question words highlighted
  std::vector<search::TextPiece> snippet;       // ~160 characters around the first match
  double score = 0;                             // higher is better, within one answer only
};

// The knowledge-base articles answering `question` (Thai or English, any wording: words are
// broken by the platform's Thai segmenter), best first, at most `limit` (1–20). Public articles
// only, unless `it_staff` (then staff-only ones too). An empty or wordless question finds none.
// Reads only; safe on any connection outside or inside a transaction.
std::vector<ArticleHit> find_articles(db::Connection& conn, const std::string& question,
                                      bool it_staff, int limit = 5);

}  // namespace pao::helpdesk
