// A division's sub-register on the page (/saraban/registers/division:<code>, and
// /saraban/division-register for the signed-in clerk's own division) and in the JSON API
// (GET /api/v1/saraban/registers/{code}) — the same use case (division_register.hpp).
#include "platform/html/ctemplate.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "modules/org/api.hpp"
#include "modules/saraban/division_register.hpp"
#include "modules/saraban/json_params.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/routes_division.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/pagination.hpp"
#include "platform/registry/registry.hpp"

namespace pao::saraban {

namespace json = boost::json;

namespace {

constexpr int kPerPage = 50;

std::string register_path(const std::string& code) {
  return "/saraban/registers/" + code;
}

// A central register's page is the register page of its kind.
std::optional<std::string> central_page(const std::string& code) {
  if (code == kIncoming) return std::string("/saraban/incoming");
  for (const char* c : {kOutgoing, kCircular, kOrders, kAnnouncements}) {
    if (code == c) return "/saraban/outgoing?register=" + code;
  }
  return std::nullopt;
}

const char* status_key(NumberStatus s) {
  return s == NumberStatus::reserved    ? "saraban.division.reserved"
         : s == NumberStatus::cancelled ? "saraban.division.cancelled"
                                        : "saraban.division.used";
}

Result<http::Response> render_register_lines(http::Context& ctx, const Register& reg) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const TimePoint now = ctx.clock().now();
  const int this_year = register_year(now);
  const FormValues q(ctx.request.query.begin(), ctx.request.query.end());
  FieldErrors bad;
  RegisterQuery query;
  query.register_code = reg.code;
  query.year = read_year(q, this_year);
  query.from = read_date(q, "from", bad);
  query.to = read_date(q, "to", bad);
  const auto total = static_cast<int>(count_register_lines(ctx.db(), query));
  const html::PageWindow window = html::read_page(ctx.request, kPerPage, total);
  query.limit = kPerPage;
  query.offset = window.offset();
  const auto lines = register_lines(ctx.db(), now, person_of(ctx), query);

  ctemplate::TemplateDictionary dict("division_register");
  const std::string title = ctx.lang == "en" ? reg.name_en : reg.name_th;
  const std::string path = register_path(reg.code);
  dict.SetValue("TITLE", title);
  dict.SetValue("PATH", path);
  dict.SetValue("CODE", reg.code);
  dict.SetValue("YEAR_BE", std::to_string(query.year + kBuddhistEraOffset));
  for (int y = this_year; y >= this_year - 4; --y) {
    auto* opt = dict.AddSectionDictionary("YEAR_OPTION");
    opt->SetIntValue("VALUE", y);
    opt->SetIntValue("LABEL", y + kBuddhistEraOffset);
    if (y == query.year) opt->ShowSection("SELECTED");
  }
  // A central clerk reads every division's register: a picker to go to another.
  if (ctx.principal.can_everywhere(kRegister)) {
    auto* pick = dict.AddSectionDictionary("DIVISION_PICK");
    for (const auto& d : org::list_divisions(ctx.db())) {
      auto* opt = pick->AddSectionDictionary("DIVISION_OPTION");
      opt->SetValue("VALUE", d.code);
      opt->SetValue("LABEL", ctx.lang == "en" && !d.name_en.empty() ? d.name_en : d.name_th);
      if (d.code == reg.division_code) opt->ShowSection("SELECTED");
    }
  }
  dict.SetValue("FROM_FIELD", filter_date_field(ctx, "from", t("saraban.filter.from"), q, bad));
  dict.SetValue("TO_FIELD", filter_date_field(ctx, "to", t("saraban.filter.to"), q, bad));
  std::string export_query = "year=" + std::to_string(query.year);
  if (query.from) export_query += "&from=" + html::date_field_text(*query.from);
  if (query.to) export_query += "&to=" + html::date_field_text(*query.to);
  dict.SetValue("EXPORT_QUERY", export_query);
  dict.SetValue("COUNT", html::format_number(total));
  if (lines.empty()) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {t("saraban.division.empty_title"), t("saraban.division.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_LINES");
  }
  for (const auto& line : lines) {
    auto* row = dict.AddSectionDictionary("LINE");
    row->SetValue("TAKEN", shown_time(ctx, line.number.taken_at));
    row->SetValue("TAKEN_UTC", line.number.taken_at);
    if (line.letter) {
      fill_letter_row(ctx, *row, *line.letter);
      row->ShowSection("HAS_LETTER");
    } else {
      row->SetValueAndShowSection("STATE", t(status_key(line.number.status)), "NO_LETTER");
      row->SetValue("NOTE", line.number.note);
    }
    // fill_letter_row set the central number; this register's own number wins.
    row->SetValue("NO", std::to_string(line.number.number));
  }
  dict.SetValue("PAGER", html::pager(ctx, window));
  html::PageInfo info;
  info.title = title;
  info.section = "saraban_division";
  return renderer.page(ctx, info, "saraban/division_register", dict);
}

json::object line_json(const RegisterLine& line) {
  json::object o{{"register", line.number.register_code},
                 {"year", line.number.year},
                 {"number", line.number.number},
                 {"status", number_status_name(line.number.status)},
                 {"received_at", line.number.taken_at},
                 {"received_by", line.number.taken_by},
                 {"note", line.number.note}};
  o["letter"] = line.letter ? json::value(letter_json(*line.letter)) : json::value(nullptr);
  return o;
}

}  // namespace

Result<http::Response> register_lines_page(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  if (const auto central = central_page(code)) return http::Response::redirect(*central);
  auto reg = open_register(ctx.db(), ctx.principal, code);
  if (!reg.ok()) return reg.error();
  return render_register_lines(ctx, *reg);
}

Result<http::Response> my_division_register(http::Context& ctx) {
  std::string division = ctx.request.query_param("division").value_or(ctx.principal.division);
  if (division.empty() && ctx.principal.can_everywhere(kRegister)) {
    const auto all = org::list_divisions(ctx.db());
    if (!all.empty()) division = all.front().code;
  }
  if (division.empty()) {
    return Error::not_found(
        {"บัญชีของคุณไม่ได้สังกัดกองใด จึงไม่มีทะเบียนรับของกอง",
         "Your account belongs to no division, so it has no division register"});
  }
  return http::Response::redirect(register_path(division_register(division)));
}

Result<http::Response> register_lines_json(http::Context& ctx) {
  auto reg = open_register(ctx.db(), ctx.principal, ctx.request.path_param("code"));
  if (!reg.ok()) return reg.error();
  Error error;
  RegisterQuery q;
  q.register_code = reg->code;
  const auto year = year_param(ctx.request, ctx.clock().now(), error);
  if (!year) return error;
  q.year = *year;
  q.from = day_param(ctx.request, "from", error);
  q.to = day_param(ctx.request, "to", error);
  if (!error.fields.empty()) return error;
  auto page = http::read_page_request(ctx.request, 100, 500);
  if (!page.ok()) return page.error();
  if (page->after) {
    q.after = register_cursor(*page->after);
    if (!q.after) return bad_query("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  q.limit = page->limit + 1;
  auto lines = register_lines(ctx.db(), ctx.clock().now(), person_of(ctx), q);
  std::optional<std::string> last_key;
  if (lines.size() > static_cast<std::size_t>(page->limit)) {
    lines.resize(static_cast<std::size_t>(page->limit));
    last_key = std::to_string(lines.back().urgency_rank) + ":" +
               std::to_string(lines.back().number.number);
  }
  json::array items;
  for (const auto& line : lines) items.push_back(line_json(line));
  json::object o = http::page_json(std::move(items), last_key);
  o["register"] = reg->code;
  o["name"] = ctx.lang == "en" ? reg->name_en : reg->name_th;
  return http::Response::json(200, o);
}

void add_division_register(Registry& registry) {
  auto& routes = registry.routes();
  routes.get("/api/v1/saraban/registers/{code}")
      .permission(kView)
      .tag("saraban")
      .summary(
          "A register read from its numbers — for a division's sub-register "
          "(division:<code>) the letters forwarded to it, each with its number there and when it "
          "came in; the most urgent first, then newest number first. A division's register only "
          "for its staff and the central clerks; secret letters without their subject for "
          "people not named on them")
      .path_param("code", "string", "The register: division:<division code>, or incoming …")
      .query_param("year", "integer", "C.E. calendar year (default: this year in Bangkok)")
      .query_param("from", "string", "First day received into the register (2026-11-01)")
      .query_param("to", "string", "Last day received, inclusive")
      .query_param("limit", "integer", "Lines per page, 1–500 (default 100)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of the register", register_lines_schema())
      .response(400, "A bad year, date, limit or cursor; `fields` names it",
                json::object{{"$ref", "#/components/schemas/Error"}})
      .response(403, "Another division's register",
                json::object{{"$ref", "#/components/schemas/Error"}})
      .response(404, "No such register", json::object{{"$ref", "#/components/schemas/Error"}})
      .handle(register_lines_json);
  routes.get("/saraban/division-register").permission(kView).handle(my_division_register);
  routes.get("/saraban/registers/{code}").permission(kView).handle(register_lines_page);
}

json::value register_lines_schema() {
  json::value line = json::parse(R"js({"type":"object","properties":{
      "register":{"type":"string"},"year":{"type":"integer"},
      "number":{"type":"integer","description":"The number in this register, 1… per calendar year"},
      "status":{"type":"string","enum":["used","reserved","cancelled"]},
      "received_at":{"type":"string","format":"date-time","description":"When it came into this register"},
      "received_by":{"type":"string"},"note":{"type":"string"}}})js");
  line.as_object()["properties"].as_object()["letter"] = letter_schema();
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"register", json::object{{"type", "string"}}},
                    {"name", json::object{{"type", "string"}}},
                    {"items", json::object{{"type", "array"}, {"items", line}}},
                    {"next_cursor", json::object{{"type", json::array{"string", "null"}}}}}}};
}

}  // namespace pao::saraban
