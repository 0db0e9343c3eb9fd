// SQLite: how many documents hold each word (table platform_search_term, ADR 0002). Kept in the
// same transaction as the documents by search_index.cpp; read to rank (a word in every document
// weighs least, see sqlite_ranking.hpp) and to find the words a typed prefix begins. Words are
// the segmenter's, as stored in platform_search_doc.title_terms / body_terms; a document counts
// once per word however often it holds it. All SQL of platform_search_term is here.
//
// Internal to platform/search: modules call search_index.hpp.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::search::word_counts {

// Migration 3 (SQLite): creates the table and counts the words of the documents already indexed.
void create_and_fill(db::Connection& conn);

// Before document (kind, ref_id) is written with these words: the words it gains count one
// document more each, the words it loses one fewer.
void recount_document(db::Connection& conn, const std::string& kind, const std::string& ref_id,
                      const std::vector<std::string>& title_words,
                      const std::vector<std::string>& body_words);

// Before document (kind, ref_id), or every document of `kind`, is deleted: its words count one
// document fewer.
void uncount_document(db::Connection& conn, std::string_view kind, std::string_view ref_id);
void uncount_kind(db::Connection& conn, std::string_view kind);

// How many documents hold each of `words` (a word in none is absent).
std::map<std::string, std::int64_t> documents_holding(db::Connection& conn,
                                                      const std::vector<std::string>& words);

// The words that begin with `prefix` (itself included) and are in some document, those in most
// documents first, at most `limit`, each with its count.
std::vector<std::pair<std::string, std::int64_t>> words_beginning(db::Connection& conn,
                                                                  const std::string& prefix,
                                                                  int limit);

}  // namespace pao::search::word_counts
