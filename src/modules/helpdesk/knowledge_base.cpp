#include "modules/helpdesk/knowledge_base.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/store.hpp"
#include "platform/http/json_input.hpp"
#include "platform/search/search_index.hpp"

namespace pao::helpdesk {

namespace {

constexpr const char* kKind = "helpdesk.article";

std::string article_url(std::int64_t id) {
  return "/helpdesk/kb/" + std::to_string(id);
}

void index_article(db::Connection& conn, const Article& a, TimePoint at) {
  search::upsert(conn, {kKind,
                        std::to_string(a.id),
                        a.title_th + " " + a.title_en,
                        a.body_th + "\n" + a.body_en,
                        article_url(a.id),
                        {a.staff_only ? search::Grant::permission(kWork) : search::Grant::staff()},
                        at});
}

boost::json::value jtext(const std::string& s) {
  return boost::json::string(s);
}

}  // namespace

std::vector<KbCategory> list_categories(db::Connection& conn) {
  return store::kb_categories(conn);
}

FieldErrors check_article(db::Connection& conn, const ArticleInput& in) {
  FieldErrors e;
  if (!store::kb_category_exists(conn, in.category)) {
    e.add("category", {"เลือกหมวดหมู่", "Choose a category"});
  }
  const auto title = http::utf8_length(in.title_th);
  if (title == 0) e.add("title_th", {"ต้องระบุ", "is required"});
  if (title > 200) e.add("title_th", {"ยาวเกิน 200 ตัวอักษร", "is over 200 characters"});
  const auto body = http::utf8_length(in.body_th);
  if (body == 0) e.add("body_th", {"ต้องระบุ", "is required"});
  if (body > 20000 || http::utf8_length(in.body_en) > 20000) {
    e.add(body > 20000 ? "body_th" : "body_en",
          {"ยาวเกิน 20,000 ตัวอักษร", "is over 20,000 characters"});
  }
  if (http::utf8_length(in.title_en) > 200) {
    e.add("title_en", {"ยาวเกิน 200 ตัวอักษร", "is over 200 characters"});
  }
  return e;
}

Result<Article> save_article(db::Connection& conn, TimePoint at, const audit::Actor& by,
                             std::optional<std::int64_t> id, const ArticleInput& in) {
  if (auto bad = check_article(conn, in); !bad.empty()) return bad.to_error();
  db::Tx tx(conn);
  Article a;
  std::optional<Article> before;
  if (id) {
    before = store::find_article(conn, *id);
    if (!before) return Error::not_found({"ไม่พบบทความนี้", "No such article"});
    a = *before;
    a.version = before->version + 1;
  } else {
    a.created_at = to_iso_utc(at);
    a.from_ticket_id = in.from_ticket_id;
  }
  a.category = in.category;
  a.staff_only = in.staff_only;
  a.title_th = in.title_th;
  a.body_th = in.body_th;
  a.title_en = in.title_en;
  a.body_en = in.body_en;
  a.updated_at = to_iso_utc(at);
  if (id) {
    store::update_article(conn, a);
  } else {
    a.id = store::insert_article(conn, a);
  }
  store::insert_article_version(conn, a, by.name);
  index_article(conn, a, at);
  audit::Changes changes;
  const Article empty;
  const Article& b = before ? *before : empty;
  changes.set("title_th", jtext(b.title_th), jtext(a.title_th))
      .set("category", jtext(b.category), jtext(a.category))
      .set("staff_only", b.staff_only, a.staff_only)
      .set("version", before ? b.version : 0, a.version);
  if (b.body_th != a.body_th) changes.note("body_th_changed", true);
  audit::record(conn, at, by,
                {id ? "helpdesk.article.update" : "helpdesk.article.create", "kb_article",
                 std::to_string(a.id), changes});
  tx.commit();
  return a;
}

std::optional<Article> find_article(db::Connection& conn, std::int64_t id, bool it_staff) {
  auto a = store::find_article(conn, id);
  if (!a || (a->staff_only && !it_staff)) return std::nullopt;
  return a;
}

std::vector<Article> list_articles(db::Connection& conn, const std::string& category,
                                   bool it_staff) {
  return store::list_articles(conn, category, it_staff);
}

pao::Status count_helpful(db::Connection& conn, TimePoint at, const audit::Actor& by,
                          std::int64_t user_id, std::int64_t id, bool it_staff, bool helpful) {
  db::Tx tx(conn);
  if (!find_article(conn, id, it_staff)) {
    return Error::not_found({"ไม่พบบทความนี้", "No such article"});
  }
  const auto before = store::helpful_answer(conn, id, user_id);
  if (before == helpful) return ok_status();  // already counted
  store::answer_helpful(conn, id, user_id, before, helpful, to_iso_utc(at));
  audit::Changes changes;
  changes.set("helpful", before ? boost::json::value(*before) : boost::json::value(nullptr),
              helpful);
  audit::record(conn, at, by,
                {"helpdesk.article.helpful", "kb_article", std::to_string(id), changes});
  tx.commit();
  return ok_status();
}

void index_all_articles(db::Connection& conn, TimePoint at) {
  db::Tx tx(conn);
  search::remove_kind(conn, kKind);
  for (const auto& a : store::list_articles(conn, "", true)) index_article(conn, a, at);
  tx.commit();
}

namespace {

std::vector<search::SearchHit> search_articles(db::Connection& conn, const std::string& text,
                                               bool it_staff, int limit) {
  search::SearchQuery q;
  q.text = text;
  q.kinds = {kKind};
  q.limit = limit;
  q.viewer.signed_in = true;
  if (it_staff) q.viewer.permissions.insert(kWork);
  return search::search(conn, q).hits;
}

}  // namespace

std::vector<ArticleHit> find_articles(db::Connection& conn, const std::string& question,
                                      bool it_staff, int limit) {
  limit = std::clamp(limit, 1, 20);
  auto hits = search_articles(conn, question, it_staff, limit);
  if (hits.empty()) {
    // Every word must match; a long question ("printer jams every morning") may match no
    // article in full, so its longer space-separated parts are tried one by one.
    std::vector<std::string> parts;
    std::string part;
    for (const char c : question + " ") {
      if (c == ' ') {
        if (http::utf8_length(part) >= 3) parts.push_back(part);
        part.clear();
      } else {
        part += c;
      }
    }
    if (parts.size() > 1) {
      for (std::size_t i = 0; i < parts.size() && i < 6; ++i) {
        for (auto& h : search_articles(conn, parts[i] + " ", it_staff, limit)) {
          const bool seen = std::any_of(hits.begin(), hits.end(),
                                        [&](const auto& x) { return x.ref_id == h.ref_id; });
          if (!seen) hits.push_back(std::move(h));
        }
      }
      if (hits.size() > static_cast<std::size_t>(limit)) hits.resize(limit);
    }
  }
  std::vector<ArticleHit> out;
  for (auto& h : hits) {
    ArticleHit a;
    a.id = std::atoll(h.ref_id.c_str());
    const auto stored = store::find_article(conn, a.id);
    if (!stored) continue;
    a.title = stored->title_th;
    a.category = stored->category;
    a.url = h.url;
    a.title_pieces = std::move(h.title_pieces);
    a.snippet = std::move(h.snippet);
    a.score = h.score;
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace pao::helpdesk
