// The knowledge base's pages (read, search, say whether it helped; IT writes and revises) and its
// JSON search, which the report form asks while the problem is typed and the chatbot will ask.
#include <boost/json.hpp>

#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::helpdesk {

namespace {

namespace json = boost::json;
using Dict = ctemplate::TemplateDictionary;
using html::FieldKind;
using Form = std::vector<std::pair<std::string, std::string>>;

Error no_such_article() {
  return Error::not_found({"ไม่พบบทความนี้", "No such article"});
}

std::string value_of(const Form& form, std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::optional<std::int64_t> article_id(const http::Context& ctx) {
  return ticket_id_of(ctx);  // the same {id} rule
}

std::string marked(const std::vector<search::TextPiece>& pieces) {
  std::string out;
  for (const auto& p : pieces) {
    std::string esc;
    for (const char c : p.text) {
      switch (c) {
        case '<':
          esc += "&lt;";
          break;
        case '>':
          esc += "&gt;";
          break;
        case '&':
          esc += "&amp;";
          break;
        case '"':
          esc += "&quot;";
          break;
        case '\'':
          esc += "&#39;";
          break;
        default:
          esc += c;
      }
    }
    out += p.highlighted ? "<mark>" + esc + "</mark>" : esc;
  }
  return out;
}

json::array pieces_json(const std::vector<search::TextPiece>& pieces) {
  json::array a;
  for (const auto& p : pieces) a.push_back(json::object{{"text", p.text}, {"mark", p.highlighted}});
  return a;
}

Result<http::Response> search_json(http::Context& ctx) {
  const std::string q = ctx.request.query_param("q").value_or("");
  if (http::utf8_length(q) > 500) {
    return Error::invalid({"คำค้นยาวเกินไป", "The question is too long"})
        .field("q", {"ยาวเกิน 500 ตัวอักษร", "is over 500 characters"});
  }
  json::array items;
  for (const auto& h : find_articles(ctx.db(), q, caller_of(ctx).it_staff, 5)) {
    items.push_back(json::object{{"id", h.id},
                                 {"title", h.title},
                                 {"category", h.category},
                                 {"url", h.url},
                                 {"title_pieces", pieces_json(h.title_pieces)},
                                 {"snippet", pieces_json(h.snippet)}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> kb_home(http::Context& ctx) {
  const Caller caller = caller_of(ctx);
  const std::string q = http::trim(ctx.request.query_param("q").value_or(""));
  const std::string category = ctx.request.query_param("category").value_or("");
  Dict dict("helpdesk_kb");
  dict.SetValue("Q", q);
  for (const auto& c : list_categories(ctx.db())) {
    auto* d = dict.AddSectionDictionary("CATEGORY");
    d->SetValue("CODE", c.code);
    d->SetValue("NAME", ctx.lang == "en" ? c.name_en : c.name_th);
    if (c.code == category) d->ShowSection("CURRENT");
  }
  if (!q.empty()) {
    dict.ShowSection("SEARCHED");
    for (const auto& h : find_articles(ctx.db(), q, caller.it_staff, 20)) {
      auto* d = dict.AddSectionDictionary("HIT");
      d->SetValue("URL", h.url);
      d->SetValue("TITLE", marked(h.title_pieces));
      d->SetValue("SNIPPET", marked(h.snippet));
    }
  } else {
    for (const auto& a : list_articles(ctx.db(), category, caller.it_staff)) {
      auto* d = dict.AddSectionDictionary("ARTICLE");
      d->SetIntValue("ID", a.id);
      d->SetValue("TITLE", a.title_th);
      if (a.staff_only) d->ShowSection("STAFF_ONLY");
    }
  }
  if (caller.it_staff) dict.ShowSection("CAN_WRITE");
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.kb");
  info.section = "helpdesk";
  return ctx.html().page(ctx, info, "helpdesk/kb", dict);
}

Result<http::Response> article_page(http::Context& ctx) {
  const auto id = article_id(ctx);
  if (!id) return no_such_article();
  const Caller caller = caller_of(ctx);
  const auto a = find_article(ctx.db(), *id, caller.it_staff);
  if (!a) return no_such_article();
  Dict dict("helpdesk_kb_article");
  dict.SetIntValue("ID", a->id);
  const bool en = ctx.lang == "en" && !a->title_en.empty();
  dict.SetValue("TITLE", en ? a->title_en : a->title_th);
  dict.SetValue("BODY", en ? a->body_en : a->body_th);
  dict.SetIntValue("VERSION", a->version);
  dict.SetValue("UPDATED_AT", shown_time(ctx, a->updated_at));
  dict.SetIntValue("YES", a->helpful_yes);
  dict.SetIntValue("NO", a->helpful_no);
  if (a->staff_only) dict.ShowSection("STAFF_ONLY");
  if (caller.it_staff) dict.ShowSection("CAN_WRITE");
  html::PageInfo info;
  info.title = en ? a->title_en : a->title_th;
  info.section = "helpdesk";
  info.crumbs = {{t(ctx, "helpdesk.kb"), "/helpdesk/kb"}};
  return ctx.html().page(ctx, info, "helpdesk/kb_article", dict);
}

Result<http::Response> helpful_form(http::Context& ctx) {
  const auto id = article_id(ctx);
  if (!id) return no_such_article();
  const auto form = ctx.request.form();
  const Caller caller = caller_of(ctx);
  const auto done = count_helpful(ctx.db(), ctx.clock().now(), caller.actor, caller.user_id, *id,
                                  caller.it_staff, value_of(form, "helpful") == "yes");
  if (!done.ok()) return done.error();
  return html::redirect_with_flash("/helpdesk/kb/" + std::to_string(*id), "helpdesk.flash.thanks");
}

Result<http::Response> show_article_form(http::Context& ctx, std::optional<std::int64_t> id,
                                         const ArticleInput& in, const Error* error) {
  auto err = [&](const std::string& f) { return html::field_error(ctx, error, f); };
  html::Field category{FieldKind::select, "category", t(ctx, "helpdesk.field.category")};
  category.value = in.category;
  category.error = err("category");
  category.choices.push_back({"", "—", {}});
  for (const auto& c : list_categories(ctx.db()))
    category.choices.push_back({c.code, c.name_th, {}});
  html::Field title_th{FieldKind::text, "title_th", t(ctx, "helpdesk.field.title_th")};
  title_th.value = in.title_th;
  title_th.error = err("title_th");
  html::Field body_th{FieldKind::textarea, "body_th", t(ctx, "helpdesk.field.body_th")};
  body_th.value = in.body_th;
  body_th.error = err("body_th");
  body_th.rows = 10;
  html::Field title_en{FieldKind::text, "title_en", t(ctx, "helpdesk.field.title_en")};
  title_en.value = in.title_en;
  title_en.error = err("title_en");
  html::Field body_en{FieldKind::textarea, "body_en", t(ctx, "helpdesk.field.body_en")};
  body_en.value = in.body_en;
  body_en.error = err("body_en");
  body_en.rows = 6;
  html::Field staff_only{FieldKind::checkbox, "staff_only", t(ctx, "helpdesk.field.staff_only")};
  staff_only.value = in.staff_only ? "1" : "";
  Dict dict("helpdesk_kb_form");
  dict.SetValue("ACTION",
                id ? "/helpdesk/kb/" + std::to_string(*id) + "/edit" : "/helpdesk/kb/new");
  dict.SetValue("FIELDS", html::field(ctx, category) + html::field(ctx, title_th) +
                              html::field(ctx, body_th) + html::field(ctx, title_en) +
                              html::field(ctx, body_en) + html::field(ctx, staff_only));
  if (in.from_ticket_id) dict.SetIntValue("FROM_TICKET", *in.from_ticket_id);
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return t(ctx, "helpdesk.field." + f); },
                           {"category", "title_th", "body_th", "title_en", "body_en"});
  }
  html::PageInfo info;
  info.title = t(ctx, id ? "helpdesk.kb_edit" : "helpdesk.kb_new");
  info.section = "helpdesk";
  info.crumbs = {{t(ctx, "helpdesk.kb"), "/helpdesk/kb"}};
  return ctx.html().page(ctx, info, "helpdesk/kb_form", dict, error ? 400 : 200);
}

ArticleInput input_of(const Form& f) {
  ArticleInput in;
  in.category = value_of(f, "category");
  in.staff_only = !value_of(f, "staff_only").empty();
  in.title_th = http::trim(value_of(f, "title_th"));
  in.body_th = http::trim(value_of(f, "body_th"));
  in.title_en = http::trim(value_of(f, "title_en"));
  in.body_en = http::trim(value_of(f, "body_en"));
  const auto from = std::atoll(value_of(f, "from_ticket").c_str());
  if (from > 0) in.from_ticket_id = from;
  return in;
}

Result<http::Response> new_article_form(http::Context& ctx) {
  ArticleInput in;
  // "Resolve with a solution that can become an article": from a ticket, its title and fix.
  if (const auto from = ctx.request.query_param("from_ticket")) {
    const auto id = std::atoll(from->c_str());
    auto v = view_ticket(ctx.db(), caller_of(ctx), id);
    if (v.ok()) {
      in.from_ticket_id = id;
      in.title_th = v->ticket.title;
      in.body_th = v->ticket.solution;
    }
  }
  return show_article_form(ctx, std::nullopt, in, nullptr);
}

Result<http::Response> save_form(http::Context& ctx, std::optional<std::int64_t> id) {
  const auto in = input_of(ctx.request.form());
  auto saved = save_article(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), id, in);
  if (!saved.ok()) {
    if (saved.error().code != ErrorCode::invalid_argument) return saved.error();
    return show_article_form(ctx, id, in, &saved.error());
  }
  return html::redirect_with_flash("/helpdesk/kb/" + std::to_string(saved->id),
                                   "helpdesk.flash.saved");
}

Result<http::Response> edit_article_form(http::Context& ctx) {
  const auto id = article_id(ctx);
  if (!id) return no_such_article();
  const auto a = find_article(ctx.db(), *id, true);
  if (!a) return no_such_article();
  return show_article_form(
      ctx, id, {a->category, a->staff_only, a->title_th, a->body_th, a->title_en, a->body_en, {}},
      nullptr);
}

}  // namespace

void add_kb_routes(http::Router& routes) {
  routes.get("/api/v1/helpdesk/kb/search")
      .permission(kReport)
      .tag("helpdesk")
      .summary("Knowledge-base articles answering a question (Thai or English), best first")
      .query_param("q", "string", "The question or problem as typed", true)
      .response(200, "Up to 5 articles with the question's words marked",
                json::parse(R"({"type":"object","properties":{"items":{"type":"array",
                  "items":{"type":"object","properties":{"id":{"type":"integer"},
                  "title":{"type":"string"},"category":{"type":"string"},"url":{"type":"string"},
                  "title_pieces":{"type":"array"},"snippet":{"type":"array"}}}}}})"))
      .handle(search_json);
  routes.get("/helpdesk/kb").permission(kReport).summary("Knowledge base").handle(kb_home);
  routes.get("/helpdesk/kb/new")
      .permission(kWork)
      .summary("Write an article")
      .handle(new_article_form);
  routes.post("/helpdesk/kb/new")
      .permission(kWork)
      .body_limit(256 * 1024)
      .summary("Save a new article")
      .handle([](http::Context& ctx) { return save_form(ctx, std::nullopt); });
  routes.get("/helpdesk/kb/{id}").permission(kReport).summary("An article").handle(article_page);
  routes.post("/helpdesk/kb/{id}/helpful")
      .permission(kReport)
      .body_limit(4 * 1024)
      .summary("Say whether the article helped")
      .handle(helpful_form);
  routes.get("/helpdesk/kb/{id}/edit")
      .permission(kWork)
      .summary("Revise an article")
      .handle(edit_article_form);
  routes.post("/helpdesk/kb/{id}/edit")
      .permission(kWork)
      .body_limit(256 * 1024)
      .summary("Save the next version of an article")
      .handle([](http::Context& ctx) {
        const auto id = article_id(ctx);
        if (!id) return Result<http::Response>(no_such_article());
        return save_form(ctx, id);
      });
}

}  // namespace pao::helpdesk
