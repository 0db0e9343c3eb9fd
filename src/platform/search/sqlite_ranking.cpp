#include "platform/search/sqlite_ranking.hpp"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace pao::search {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What one search needs on every row: computed on its first row, kept as FTS5 auxdata.
struct QueryStats {
  double average_length = 1;  // tokens per document
  std::vector<double> idf;    // per phrase
};

void free_stats(void* p) {
  delete static_cast<QueryStats*>(p);
}

// log((N - n + 0.5) / (n + 0.5)), at least 1e-6: a word in more than half of the documents
// still counts a little (as FTS5's bm25()).
double inverse_document_frequency(std::int64_t rows, std::int64_t n) {
  const double idf =
      std::log((static_cast<double>(rows - n) + 0.5) / (static_cast<double>(n) + 0.5));
  return idf > 0 ? idf : 1e-6;
}

int make_stats(const Fts5ExtensionApi* api, Fts5Context* fts, int nval, sqlite3_value** vals,
               QueryStats*& out) {
  sqlite3_int64 rows = 0;
  sqlite3_int64 tokens = 0;
  if (const int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK) return rc;
  if (const int rc = api->xColumnTotalSize(fts, -1, &tokens); rc != SQLITE_OK) return rc;
  auto stats = std::make_unique<QueryStats>();
  if (rows > 0) stats->average_length = static_cast<double>(tokens) / static_cast<double>(rows);
  const int columns = api->xColumnCount(fts);
  const int phrases = api->xPhraseCount(fts);
  for (int i = 0; i < phrases; ++i) {
    const int arg = columns + i;
    const std::int64_t n = arg < nval ? sqlite3_value_int64(vals[arg]) : 0;
    stats->idf.push_back(inverse_document_frequency(rows, n));
  }
  out = stats.get();
  const int rc = api->xSetAuxdata(fts, stats.release(), &free_stats);
  return rc;
}

void pao_bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nval,
              sqlite3_value** vals) {
  auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
  if (stats == nullptr) {
    if (const int rc = make_stats(api, fts, nval, vals, stats); rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  // How often each phrase occurs in this row, each occurrence weighted by its column.
  std::vector<double> frequency(stats->idf.size(), 0.0);
  int instances = 0;
  int rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0;
    int column = 0;
    int offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK && phrase >= 0 && static_cast<std::size_t>(phrase) < frequency.size()) {
      frequency[static_cast<std::size_t>(phrase)] +=
          column < nval ? sqlite3_value_double(vals[column]) : 1.0;
    }
  }
  int length = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  const double norm = kK1 * (1 - kB + kB * length / stats->average_length);
  double score = 0;
  for (std::size_t i = 0; i < frequency.size(); ++i) {
    score += stats->idf[i] * (frequency[i] * (kK1 + 1)) / (frequency[i] + norm);
  }
  sqlite3_result_double(ctx, -score);
}

// Runs for every connection SQLite opens in this process (sqlite3_auto_extension), after FTS5 is
// set up: finds FTS5's API the documented way (SELECT fts5(?1) with a bound pointer).
int install(sqlite3* db, const char** error, const sqlite3_api_routines*) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  if (api == nullptr || api->iVersion < 2) {
    *error = sqlite3_mprintf("pao: this SQLite has no FTS5, which the search needs");
    return SQLITE_ERROR;
  }
  return api->xCreateFunction(api, "pao_bm25", nullptr, &pao_bm25, nullptr);
}

// Before main(), so before any connection is opened. (This file is linked whenever the search
// is: sqlite_rank_expression() below is what search_index.cpp calls.)
[[maybe_unused]] const int kInstalled =
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&install));

}  // namespace

std::string sqlite_rank_expression(const std::vector<double>& column_weights,
                                   const std::vector<std::int64_t>& phrase_documents) {
  std::string out = "pao_bm25(";
  bool first = true;
  const auto add = [&](const std::string& v) {
    if (!first) out += ", ";
    out += v;
    first = false;
  };
  for (const double w : column_weights) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", w);
    std::string s = buf;
    if (s.find_first_of(".e") == std::string::npos) s += ".0";  // a REAL literal
    add(s);
  }
  for (const auto n : phrase_documents) add(std::to_string(n));
  return out + ")";
}

}  // namespace pao::search
