// The knowledge base (คลังความรู้ไอที): IT staff write and revise articles; everyone reads the
// public ones and says whether one helped. Each save is a new version (the old ones are kept)
// and re-indexes the article in the platform search in the same transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/helpdesk/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::helpdesk {

struct KbCategory {
  std::string code, name_th, name_en;
};

struct Article {
  std::int64_t id = 0;
  std::string category;
  bool staff_only = false;
  int version = 1;
  std::string title_th, body_th, title_en, body_en;
  std::int64_t helpful_yes = 0, helpful_no = 0;
  std::optional<std::int64_t> from_ticket_id;
  std::string created_at, updated_at;
};

struct ArticleInput {
  std::string category;
  bool staff_only = false;
  std::string title_th, body_th, title_en, body_en;
  std::optional<std::int64_t> from_ticket_id;  // a ticket whose solution it grew from
};

std::vector<KbCategory> list_categories(db::Connection& conn);

// Field errors of an article: a known category, a Thai title (≤ 200) and body (≤ 20,000).
FieldErrors check_article(db::Connection& conn, const ArticleInput& in);

// Writes a new article (id nullopt) or the next version of article `id`; audited, indexed.
// invalid_argument naming each bad field; not_found for an unknown id.
Result<Article> save_article(db::Connection& conn, TimePoint at, const audit::Actor& by,
                             std::optional<std::int64_t> id, const ArticleInput& in);

// The article when the viewer may read it (a staff-only one only for IT staff); nullopt else.
std::optional<Article> find_article(db::Connection& conn, std::int64_t id, bool it_staff);

// Articles of a category (all when empty), title order.
std::vector<Article> list_articles(db::Connection& conn, const std::string& category,
                                   bool it_staff);

// Records the viewer's answer to "was this helpful?": one per person and article — answering
// again replaces the earlier answer in the tallies, the same answer twice counts once. Audited.
// not_found when the viewer may not read it.
pao::Status count_helpful(db::Connection& conn, TimePoint at, const audit::Actor& by,
                          std::int64_t user_id, std::int64_t id, bool it_staff, bool helpful);

// Re-indexes every article (pao search reindex).
void index_all_articles(db::Connection& conn, TimePoint at);

}  // namespace pao::helpdesk
