#include "modules/site_search/module.hpp"

#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/registry/registry.hpp"
#include "platform/search/search_index.hpp"

namespace pao::site_search {

namespace json = boost::json;

namespace {

constexpr int kPageSize = 20;

struct Request {
  std::string text;
  std::vector<std::string> kinds;
  int limit = kPageSize;
  int offset = 0;
};

int int_param(const http::Request& r, const char* name, int fallback, int min, int max,
              FieldErrors& errors) {
  const auto v = r.query_param(name);
  if (!v || v->empty()) return fallback;
  int n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
    errors.add(name, {"ต้องเป็นจำนวนเต็ม " + std::to_string(min) + " ถึง " + std::to_string(max),
                      "must be a whole number from " + std::to_string(min) + " to " +
                          std::to_string(max)});
    return fallback;
  }
  return n;
}

// q, kind (repeatable, must be a registered kind), limit, offset.
Result<Request> read_request(const http::Context& ctx, const Registry& registry) {
  Request out;
  FieldErrors errors;
  out.text = http::trim(ctx.request.query_param("q").value_or(""));
  if (http::utf8_length(out.text) > 200) {
    errors.add("q", {"ยาวเกิน 200 ตัวอักษร", "is longer than 200 characters"});
  }
  for (const auto& [k, v] : ctx.request.query) {
    if (k != "kind" || v.empty()) continue;
    const auto& sources = registry.search_sources();
    const bool known = std::any_of(sources.begin(), sources.end(),
                                   [&](const SearchSource& s) { return s.kind == v; });
    if (!known) {
      errors.add("kind", {"ไม่รู้จักประเภท " + v, "unknown kind " + v});
    } else {
      out.kinds.push_back(v);
    }
  }
  out.limit = int_param(ctx.request, "limit", kPageSize, 1, 100, errors);
  out.offset = int_param(ctx.request, "offset", 0, 0, 10000, errors);
  if (!errors.empty()) return errors.to_error();
  return out;
}

search::SearchPage run(http::Context& ctx, const Request& r) {
  search::SearchQuery q;
  q.text = r.text;
  q.viewer = search::Viewer::of(ctx.principal);
  q.kinds = r.kinds;
  q.limit = r.limit;
  q.offset = r.offset;
  return search::search(ctx.db(), q);
}

json::array pieces_json(const std::vector<search::TextPiece>& pieces) {
  json::array a;
  for (const auto& p : pieces) a.push_back(json::object{{"text", p.text}, {"mark", p.highlighted}});
  return a;
}

// Pieces as HTML: each piece escaped, matches in <mark>.
std::string pieces_html(const std::vector<search::TextPiece>& pieces) {
  std::string out;
  for (const auto& p : pieces) {
    std::string escaped;
    for (char c : p.text) {
      switch (c) {
        case '&':
          escaped += "&amp;";
          break;
        case '<':
          escaped += "&lt;";
          break;
        case '>':
          escaped += "&gt;";
          break;
        case '"':
          escaped += "&quot;";
          break;
        case '\'':
          escaped += "&#39;";
          break;
        default:
          escaped += c;
      }
    }
    out += p.highlighted ? "<mark>" + escaped + "</mark>" : escaped;
  }
  return out;
}

const Message* label_of(const Registry& registry, const std::string& kind) {
  for (const auto& s : registry.search_sources()) {
    if (s.kind == kind) return &s.label;
  }
  return nullptr;
}

Result<http::Response> search_json(http::Context& ctx, const Registry& registry) {
  auto r = read_request(ctx, registry);
  if (!r.ok()) return r.error();
  const auto page = run(ctx, *r);
  json::array items;
  for (const auto& h : page.hits) {
    const Message* label = label_of(registry, h.kind);
    items.push_back(json::object{{"kind", h.kind},
                                 {"kind_label", label ? label->in(ctx.lang) : h.kind},
                                 {"id", h.ref_id},
                                 {"title", h.title},
                                 {"url", h.url},
                                 {"score", h.score},
                                 {"title_pieces", pieces_json(h.title_pieces)},
                                 {"snippet", pieces_json(h.snippet)}});
  }
  return http::Response::json(
      200, json::object{{"items", std::move(items)},
                        {"newest_only", page.newest_only},
                        {"next_offset", page.has_more ? json::value(r->offset + r->limit)
                                                      : json::value(nullptr)}});
}

Result<http::Response> search_page(http::Context& ctx, const Registry& registry) {
  ctemplate::TemplateDictionary dict("search");
  auto r = read_request(ctx, registry);
  if (!r.ok()) {
    ctx.html().form_errors(ctx, r.error(), dict, [&](const std::string& f) {
      return ctx.html().text(ctx.lang, "site_search.field_" + f);
    });
  }
  const Request req = r.ok() ? *r : Request{};
  dict.SetValue("Q", req.text);
  for (const auto& s : registry.search_sources()) {
    auto* k = dict.AddSectionDictionary("KIND");
    k->SetValue("VALUE", s.kind);
    k->SetValue("LABEL", s.label.in(ctx.lang));
    if (std::find(req.kinds.begin(), req.kinds.end(), s.kind) != req.kinds.end()) {
      k->ShowSection("SELECTED");
    }
  }
  if (r.ok() && !req.text.empty()) {
    const auto page = run(ctx, req);
    if (page.newest_only) dict.ShowSection("NEWEST_ONLY");
    if (page.hits.empty()) {
      dict.ShowSection("NO_RESULTS");
    } else {
      dict.ShowSection("HAS_RESULTS");
      dict.SetIntValue("FIRST", req.offset + 1);
      dict.SetIntValue("LAST", req.offset + static_cast<int>(page.hits.size()));
    }
    for (const auto& h : page.hits) {
      auto* d = dict.AddSectionDictionary("HIT");
      d->SetValue("URL", h.url);
      d->SetValue("TITLE_HTML", pieces_html(h.title_pieces.empty()
                                                ? std::vector<search::TextPiece>{{h.title, false}}
                                                : h.title_pieces));
      d->SetValue("SNIPPET_HTML", pieces_html(h.snippet));
      const Message* label = label_of(registry, h.kind);
      d->SetValue("KIND", label ? label->in(ctx.lang) : h.kind);
    }
    auto link = [&](int offset) {
      std::string href = "/search?q=" + http::percent_encode(req.text);
      for (const auto& k : req.kinds) href += "&kind=" + http::percent_encode(k);
      return href + "&offset=" + std::to_string(offset);
    };
    if (req.offset > 0) {
      dict.SetValueAndShowSection("PREV_HREF", link(std::max(0, req.offset - req.limit)), "PREV");
    }
    if (page.has_more)
      dict.SetValueAndShowSection("NEXT_HREF", link(req.offset + req.limit), "NEXT");
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "site_search.title");
  info.section = "search";
  return ctx.html().page(ctx, info, "site_search/search", dict, r.ok() ? 200 : 400);
}

}  // namespace

void register_site_search_module(Registry& registry) {
  const Registry* reg = &registry;
  registry.routes()
      .get("/search")
      .allow_anonymous()
      .summary("Search every system (what the caller may see)")
      .handle([reg](http::Context& ctx) { return search_page(ctx, *reg); });
  registry.routes()
      .get("/api/v1/search")
      .allow_anonymous()
      .tag("search")
      .summary("Search every system: documents the caller may see, best first, with marked words")
      .query_param("q", "string", "The words to find (Thai or English)", true)
      .query_param("kind", "string", "Only this kind (repeatable), e.g. plan.project")
      .query_param("limit", "integer", "1–100 (default 20)")
      .query_param("offset", "integer", "Skip this many (default 0)")
      .response(200, "Hits", json::parse(R"({"type":"object","properties":{
        "items":{"type":"array","items":{"type":"object","properties":{
          "kind":{"type":"string"},"kind_label":{"type":"string"},"id":{"type":"string"},
          "title":{"type":"string"},"url":{"type":"string"},"score":{"type":"number"},
          "title_pieces":{"type":"array","items":{"type":"object","properties":{
            "text":{"type":"string"},"mark":{"type":"boolean"}}}},
          "snippet":{"type":"array","items":{"type":"object","properties":{
            "text":{"type":"string"},"mark":{"type":"boolean"}}}}}}},
        "newest_only":{"type":"boolean","description":"so many matches that only the newest were ranked: add a word"},
        "next_offset":{"type":["integer","null"]}}})"))
      .handle([reg](http::Context& ctx) { return search_json(ctx, *reg); });
  registry.add_menu({"search", "site_search.title", "/search", std::nullopt, 90});
}

}  // namespace pao::site_search
