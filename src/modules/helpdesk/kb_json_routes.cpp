// The knowledge base on the JSON API: read an article, write one or its next version (IT staff),
// say whether it helped — the same use cases as the pages in kb_pages.cpp.
#include <boost/json.hpp>

#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "platform/http/json_input.hpp"

namespace pao::helpdesk {

namespace {

namespace json = boost::json;

Error no_such_article() {
  return Error::not_found({"ไม่พบบทความนี้", "No such article"});
}

json::object article_json(const Article& a) {
  json::object o{{"id", a.id},
                 {"category", a.category},
                 {"staff_only", a.staff_only},
                 {"version", a.version},
                 {"title_th", a.title_th},
                 {"body_th", a.body_th},
                 {"title_en", a.title_en},
                 {"body_en", a.body_en},
                 {"helpful_yes", a.helpful_yes},
                 {"helpful_no", a.helpful_no},
                 {"created_at", a.created_at},
                 {"updated_at", a.updated_at}};
  if (a.from_ticket_id) o["from_ticket_id"] = *a.from_ticket_id;
  return o;
}

Result<ArticleInput> read_article(const http::Request& request) {
  auto in = http::JsonInput::parse(request);
  if (!in.ok()) return in.error();
  ArticleInput a;
  a.category = in->text("category", {.required = true, .max_chars = 40});
  a.staff_only = in->boolean("staff_only").value_or(false);
  a.title_th = in->text("title_th", {.required = true, .max_chars = 200});
  a.body_th = in->text("body_th", {.required = true, .max_chars = 20000});
  a.title_en = in->text("title_en", {.max_chars = 200});
  a.body_en = in->text("body_en", {.max_chars = 20000});
  a.from_ticket_id = in->integer("from_ticket_id", 1, INT64_MAX);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  return a;
}

Result<http::Response> get_article_json(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);  // the same {id} rule
  const auto a = id ? find_article(ctx.db(), *id, caller_of(ctx).it_staff) : std::nullopt;
  if (!a) return no_such_article();
  return http::Response::json(200, article_json(*a));
}

Result<http::Response> save_article_json(http::Context& ctx, std::optional<std::int64_t> id,
                                         int status) {
  const auto in = read_article(ctx.request);
  if (!in.ok()) return in.error();
  auto saved = save_article(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), id, *in);
  if (!saved.ok()) return saved.error();
  return http::Response::json(status, article_json(*saved));
}

Result<http::Response> helpful_json(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);
  if (!id) return no_such_article();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto helpful = in->boolean("helpful", true);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  const Caller caller = caller_of(ctx);
  if (auto s = count_helpful(ctx.db(), ctx.clock().now(), caller.actor, caller.user_id, *id,
                             caller.it_staff, *helpful);
      !s.ok()) {
    return s.error();
  }
  return get_article_json(ctx);
}

const char* kArticleSchema = R"({"type":"object","properties":{"id":{"type":"integer"},
  "category":{"type":"string"},"staff_only":{"type":"boolean"},"version":{"type":"integer"},
  "title_th":{"type":"string"},"body_th":{"type":"string"},"title_en":{"type":"string"},
  "body_en":{"type":"string"},"helpful_yes":{"type":"integer"},"helpful_no":{"type":"integer"},
  "from_ticket_id":{"type":"integer"}}})";
const char* kArticleInputSchema = R"({"type":"object","required":["category","title_th","body_th"],
  "properties":{"category":{"type":"string"},"staff_only":{"type":"boolean"},
  "title_th":{"type":"string"},"body_th":{"type":"string"},"title_en":{"type":"string"},
  "body_en":{"type":"string"},"from_ticket_id":{"type":"integer"}}})";

}  // namespace

void add_kb_json_routes(http::Router& routes) {
  routes.get("/api/v1/helpdesk/kb/articles/{id}")
      .permission(kReport)
      .tag("helpdesk")
      .summary("A knowledge-base article (a staff-only one for IT staff only)")
      .path_param("id", "integer", "Article id")
      .response(200, "The article", json::parse(kArticleSchema))
      .response(404, "No such article, or not for this reader")
      .handle(get_article_json);
  routes.post("/api/v1/helpdesk/kb/articles")
      .permission(kWork)
      .tag("helpdesk")
      .summary("Write a knowledge-base article (IT staff)")
      .request_body(json::parse(kArticleInputSchema))
      .response(201, "Written (version 1)", json::parse(kArticleSchema))
      .handle([](http::Context& ctx) { return save_article_json(ctx, std::nullopt, 201); });
  routes.put("/api/v1/helpdesk/kb/articles/{id}")
      .permission(kWork)
      .tag("helpdesk")
      .summary("Write the next version of an article (earlier versions are kept)")
      .path_param("id", "integer", "Article id")
      .request_body(json::parse(kArticleInputSchema))
      .response(200, "The new version", json::parse(kArticleSchema))
      .handle([](http::Context& ctx) -> Result<http::Response> {
        const auto id = ticket_id_of(ctx);
        if (!id) return no_such_article();
        return save_article_json(ctx, *id, 200);
      });
  routes.post("/api/v1/helpdesk/kb/articles/{id}/helpful")
      .permission(kReport)
      .tag("helpdesk")
      .summary("Say whether an article helped")
      .path_param("id", "integer", "Article id")
      .request_body(json::parse(
          R"({"type":"object","required":["helpful"],"properties":{"helpful":{"type":"boolean"}}})"))
      .response(200, "The article with its counts", json::parse(kArticleSchema))
      .handle(helpful_json);
}

}  // namespace pao::helpdesk
