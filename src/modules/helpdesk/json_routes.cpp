// The helpdesk's JSON API: the same use cases as the pages, documented in OpenAPI.
#include <boost/json.hpp>

#include "modules/helpdesk/mail_intake.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "modules/helpdesk/store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::helpdesk {

namespace json = boost::json;

namespace {

json::value opt(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  return json::string(*s);
}

json::object ticket_json(const Ticket& t) {
  json::object o{{"id", t.id},
                 {"title", t.title},
                 {"description", t.description},
                 {"urgency", t.urgency},
                 {"priority", priority_name(t.priority)},
                 {"category", t.category},
                 {"status", status_name(t.status)},
                 {"asset_no", t.asset_no},
                 {"requester", t.requester_name},
                 {"division", t.division},
                 {"assignee", t.assignee_name},
                 {"created_at", t.created_at},
                 {"updated_at", t.updated_at},
                 {"sla_version", t.sla.sla_version},
                 {"own_due_at", to_iso_utc(t.sla.own_due)},
                 {"resolve_due_at", to_iso_utc(t.sla.resolve_due)},
                 {"sla_paused", t.sla.paused_since.has_value()},
                 {"owned_at", opt(t.owned_at)},
                 {"resolved_at", opt(t.resolved_at)},
                 {"closed_at", opt(t.closed_at)},
                 {"solution", t.solution}};
  o["rating"] = t.rating ? json::value(*t.rating) : json::value(nullptr);
  o["rating_comment"] = t.rating_comment;
  return o;
}

json::object entry_json(const Entry& e) {
  json::object o{{"id", e.id},     {"kind", entry_kind_name(e.kind)}, {"private", e.is_private},
                 {"body", e.body}, {"author", e.author_name},         {"created_at", e.created_at}};
  if (e.kind == EntryKind::status || e.kind == EntryKind::priority ||
      e.kind == EntryKind::category) {
    o["from_status"] = opt(e.from_status);
    o["to_status"] = opt(e.to_status);
  }
  if (e.kind == EntryKind::work) {
    o["minutes"] = e.minutes;
    o["parts"] = e.parts;
  }
  return o;
}

json::object row_json(const store::TicketRow& r) {
  return json::object{{"id", r.id},
                      {"title", r.title},
                      {"status", status_name(r.status)},
                      {"priority", priority_name(r.priority)},
                      {"requester", r.requester_name},
                      {"division", r.division},
                      {"assignee", r.assignee_name},
                      {"asset_no", r.asset_no},
                      {"created_at", r.created_at}};
}

Error bad_id() {
  return Error::not_found({"ไม่พบใบแจ้งซ่อมนี้", "No such ticket"});
}

Error not_a_person() {
  return Error{ErrorCode::permission_denied,
               {"การแจ้งปัญหาต้องทำโดยบัญชีผู้ใช้", "Problems are reported by people, not tokens"},
               {},
               "helpdesk: report by a token"};
}

// The mail server hands in one e-mail; an unknown sender is 422 (the mail was understood, but
// nobody here sent it), so a relay bounces it instead of retrying.
Result<http::Response> mail_json(http::Context& ctx, const FindSender& sender,
                                 const FindItStaff& it_staff) {
  auto made = open_ticket_by_mail(ctx.db(), ctx.files(), ctx.clock().now(), audit::actor_of(ctx),
                                  ctx.request.body, sender, it_staff);
  if (!made.ok()) {
    const Error& e = made.error();
    if (e.code != ErrorCode::invalid_argument || !e.fields.contains("from")) return e;
    json::object fields{{"from", e.fields.at("from").in(ctx.lang)}};
    return http::Response::json(
        422, json::object{{"error", json::object{{"code", "unknown_sender"},
                                                 {"message", e.message.in(ctx.lang)},
                                                 {"fields", std::move(fields)},
                                                 {"request_id", ctx.request.request_id}}}});
  }
  return http::Response::json(201, ticket_json(*made));
}

Result<http::Response> report_json(http::Context& ctx, const FindItStaff& it_staff) {
  const Caller caller = caller_of(ctx);
  if (caller.user_id == 0) return not_a_person();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewTicket t;
  t.title = in->text("title", {.required = true, .max_chars = 200});
  t.description = in->text("description", {.max_chars = 5000});
  t.urgency = in->has("urgency") ? in->text("urgency") : "medium";
  t.asset_no = in->text("asset_no", {.max_chars = 40});
  t.category = in->text("category", {.max_chars = 40});
  for (const auto& [field, why] : check_new_ticket(t).to_error().fields) {
    if (!in->has_error(field) && !(field == "title" && t.title.empty())) in->reject(field, why);
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto made = report_problem(ctx.db(), ctx.clock().now(), caller, t, it_staff);
  if (!made.ok()) return made.error();
  auto res = http::Response::json(201, ticket_json(*made));
  res.headers.emplace_back("Location", "/api/v1/helpdesk/tickets/" + std::to_string(made->id));
  return res;
}

Result<http::Response> get_json(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);
  if (!id) return bad_id();
  auto v = view_ticket(ctx.db(), caller_of(ctx), *id);
  if (!v.ok()) return v.error();
  json::object o = ticket_json(v->ticket);
  json::array timeline;
  for (const auto& e : v->timeline) timeline.push_back(entry_json(e));
  o["timeline"] = std::move(timeline);
  return http::Response::json(200, o);
}

Result<http::Response> write_json(http::Context& ctx, bool it_note) {
  const auto id = ticket_id_of(ctx);
  if (!id) return bad_id();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string body = in->text("body", {.required = true, .max_chars = 10000});
  const bool is_private = it_note && in->boolean("private").value_or(false);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto e = add_reply(ctx.db(), ctx.clock().now(), caller_of(ctx), *id, body, is_private);
  if (!e.ok()) return e.error();
  return http::Response::json(201, entry_json(*e));
}

Result<http::Response> step_json(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);
  if (!id) return bad_id();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string step_text = in->text("step", {.required = true, .max_chars = 40});
  const std::string solution = in->text("solution", {.max_chars = 10000});
  const auto step = step_from(step_text);
  if (!step_text.empty() && !step) {
    in->reject("step", {"ต้องเป็น take, start, ask_requester, resume, resolve, close หรือ reopen",
                        "must be take, start, ask_requester, resume, resolve, close or reopen"});
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto t = take_step(ctx.db(), ctx.clock().now(), caller_of(ctx), *id, *step, solution);
  if (!t.ok()) return t.error();
  return http::Response::json(200, ticket_json(*t));
}

Result<http::Response> rate_json(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);
  if (!id) return bad_id();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto rating = in->integer("rating", 1, 5, true);
  const std::string comment = in->text("comment", {.max_chars = 2000});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto t = rate_fix(ctx.db(), ctx.clock().now(), caller_of(ctx), *id, static_cast<int>(*rating),
                    comment);
  if (!t.ok()) return t.error();
  return http::Response::json(200, ticket_json(*t));
}

Result<http::Response> mine_json(http::Context& ctx) {
  auto page = http::read_page_request(ctx.request, 50, 200);
  if (!page.ok()) return page.error();
  const Caller caller = caller_of(ctx);
  const auto before = http::after_id(*page);
  if (page->after && !before) {
    return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
        .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  auto rows = store::requester_page(ctx.db(), caller.user_id, visible_division(ctx.db(), caller),
                                    before, page->limit + 1);
  std::optional<std::string> last;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last = std::to_string(rows.back().id);
  }
  json::array items;
  for (const auto& r : rows) items.push_back(row_json(r));
  return http::Response::json(200, http::page_json(std::move(items), last));
}

Result<http::Response> queue_json(http::Context& ctx) {
  auto page = http::read_page_request(ctx.request, 50, 200);
  if (!page.ok()) return page.error();
  std::optional<store::QueueKey> after;
  if (page->after) {
    const auto bar = page->after->find('|');
    if (bar == std::string::npos) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
          .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
    }
    after =
        store::QueueKey{page->after->substr(0, bar), std::atoll(page->after->c_str() + bar + 1)};
  }
  auto rows = store::queue_page(ctx.db(), after, page->limit + 1);
  std::optional<std::string> last;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last = rows.back().queue_due_at + "|" + std::to_string(rows.back().id);
  }
  json::array items;
  for (const auto& r : rows) {
    auto o = row_json(r);
    o["due_at"] = r.queue_due_at;
    items.push_back(std::move(o));
  }
  json::object out = http::page_json(std::move(items), last);
  json::object counts;
  for (const auto& [s, n] : store::status_counts(ctx.db())) counts[status_name(s)] = n;
  out["counts"] = std::move(counts);
  return http::Response::json(200, out);
}

json::value error_ref() {
  return json::object{{"$ref", "#/components/schemas/Error"}};
}

json::value ticket_schema() {
  return json::parse(R"({"type":"object","required":["id","status","title"],"properties":{
    "id":{"type":"integer"},"title":{"type":"string"},"description":{"type":"string"},
    "urgency":{"type":"string","enum":["low","medium","high"]},
    "priority":{"type":"string","enum":["low","medium","high","critical"]},
    "category":{"type":"string"},
    "status":{"type":"string","enum":["new","assigned","in_progress","waiting","resolved","closed"]},
    "asset_no":{"type":"string","example":"416-66-0012"},
    "requester":{"type":"string"},"division":{"type":"string"},"assignee":{"type":"string"},
    "created_at":{"type":"string","format":"date-time"},
    "sla_version":{"type":"integer"},
    "own_due_at":{"type":"string","format":"date-time"},
    "resolve_due_at":{"type":"string","format":"date-time"},
    "sla_paused":{"type":"boolean"},
    "solution":{"type":"string"},"rating":{"type":["integer","null"]},
    "timeline":{"type":"array","items":{"type":"object"},
      "description":"Replies, status changes and (IT staff only) private notes and work"}}})");
}

json::value entry_schema() {
  return json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "kind":{"type":"string","enum":["reply","note","status","work"]},
    "private":{"type":"boolean"},"body":{"type":"string"},"author":{"type":"string"},
    "created_at":{"type":"string","format":"date-time"}}})");
}

json::value list_schema() {
  return json::parse(R"({"type":"object","properties":{
    "items":{"type":"array","items":{"type":"object"}},
    "next_cursor":{"type":["string","null"]},
    "counts":{"type":"object","description":"Tickets per status (queue only), kept on each change"}}})");
}

}  // namespace

void add_json_routes(http::Router& routes, const FindItStaff& it_staff, const FindSender& sender) {
  routes.post("/api/v1/helpdesk/mail")
      .permission(kIntake)
      .tag("helpdesk")
      .summary(
          "Hand in one e-mail (message/rfc822) sent to the service desk's address: it opens a "
          "ticket for the staff member with the sender's address, its attachments the ticket's "
          "files (for the mail server's pipe or relay, with an API token holding helpdesk.intake)")
      .body_limit(31 << 20)
      .response(201, "The ticket as opened", ticket_schema())
      .response(400, "Not an e-mail", error_ref())
      .response(409, "This Message-ID was handed in before", error_ref())
      .response(422, "No staff member has the sender's address; nothing was stored", error_ref())
      .handle([sender, it_staff](http::Context& ctx) { return mail_json(ctx, sender, it_staff); });
  routes.post("/api/v1/helpdesk/tickets")
      .permission(kReport)
      .tag("helpdesk")
      .summary("Report a problem: opens a ticket under the SLA of its urgency")
      .body_limit(64 * 1024)
      .request_body(json::parse(R"({"type":"object","additionalProperties":false,
        "required":["title"],"properties":{
        "title":{"type":"string","maxLength":200,"example":"เครื่องพิมพ์ไม่ทำงาน"},
        "description":{"type":"string","maxLength":5000},
        "urgency":{"type":"string","enum":["low","medium","high"],"default":"medium"},
        "asset_no":{"type":"string","example":"416-66-0012"},
        "category":{"type":"string","example":"printer",
          "description":"A knowledge-base category code; an assignment rule may route it"}}})"))
      .response(201, "The ticket as opened", ticket_schema())
      .response(400, "A bad field; `fields` names it", error_ref())
      .handle([it_staff](http::Context& ctx) { return report_json(ctx, it_staff); });
  routes.get("/api/v1/helpdesk/tickets")
      .permission(kReport)
      .tag("helpdesk")
      .summary("My tickets and my division's, newest first")
      .query_param("limit", "integer", "Tickets per page, 1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page", list_schema())
      .handle(mine_json);
  routes.get("/api/v1/helpdesk/queue")
      .permission(kWork)
      .tag("helpdesk")
      .summary("The IT queue: open tickets by their next deadline, most at risk first")
      .query_param("limit", "integer", "Tickets per page, 1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page, with the kept counts per status", list_schema())
      .handle(queue_json);
  routes.get("/api/v1/helpdesk/tickets/{id}")
      .permission(kReport)
      .tag("helpdesk")
      .summary("One ticket with its timeline (the requester, their division, or IT staff)")
      .path_param("id", "integer", "Ticket id")
      .response(200, "The ticket", ticket_schema())
      .response(404, "No such ticket, or not one the caller may see", error_ref())
      .handle(get_json);
  routes.post("/api/v1/helpdesk/tickets/{id}/notes")
      .permission(kWork)
      .tag("helpdesk")
      .summary("IT writes on the timeline: a public reply, or a private note only IT sees")
      .path_param("id", "integer", "Ticket id")
      .body_limit(64 * 1024)
      .request_body(json::parse(R"({"type":"object","additionalProperties":false,
        "required":["body"],"properties":{"body":{"type":"string","maxLength":10000},
        "private":{"type":"boolean","default":false}}})"))
      .response(201, "The entry", entry_schema())
      .handle([](http::Context& ctx) { return write_json(ctx, true); });
  routes.post("/api/v1/helpdesk/tickets/{id}/replies")
      .permission(kReport)
      .tag("helpdesk")
      .summary("The requester answers (a ticket waiting for them goes back to IT)")
      .path_param("id", "integer", "Ticket id")
      .body_limit(64 * 1024)
      .request_body(json::parse(R"({"type":"object","additionalProperties":false,
        "required":["body"],"properties":{"body":{"type":"string","maxLength":10000}}})"))
      .response(201, "The entry", entry_schema())
      .handle([](http::Context& ctx) { return write_json(ctx, false); });
  routes.post("/api/v1/helpdesk/tickets/{id}/steps")
      .permission(kReport)
      .tag("helpdesk")
      .summary("Move the ticket on: take, start, ask_requester, resume, resolve, close, reopen")
      .path_param("id", "integer", "Ticket id")
      .body_limit(64 * 1024)
      .request_body(json::parse(R"({"type":"object","additionalProperties":false,
        "required":["step"],"properties":{
        "step":{"type":"string","enum":["take","start","ask_requester","resume","resolve",
          "close","reopen"]},
        "solution":{"type":"string","description":"Required to resolve"}}})"))
      .response(200, "The ticket after the step", ticket_schema())
      .response(409, "The step does not lead anywhere from the ticket's status", error_ref())
      .handle(step_json);
  routes.post("/api/v1/helpdesk/tickets/{id}/rating")
      .permission(kReport)
      .tag("helpdesk")
      .summary("The requester rates the fix 1–5, once, after it is resolved")
      .path_param("id", "integer", "Ticket id")
      .body_limit(16 * 1024)
      .request_body(json::parse(R"({"type":"object","additionalProperties":false,
        "required":["rating"],"properties":{"rating":{"type":"integer","minimum":1,"maximum":5},
        "comment":{"type":"string","maxLength":2000}}})"))
      .response(200, "The ticket", ticket_schema())
      .handle(rate_json);
}

Caller caller_of(const http::Context& ctx) {
  const auto& p = ctx.principal;
  const bool person = p.kind == auth::PrincipalKind::user;
  return {person ? p.id : 0, p.display_name.empty() ? p.name : p.display_name,
          person ? p.division : std::string(), p.can(kWork), audit::actor_of(ctx)};
}

std::optional<std::int64_t> ticket_id_of(const http::Context& ctx) {
  const std::string s = ctx.request.path_param("id");
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n > 0 ? std::optional(n) : std::nullopt;
}

}  // namespace pao::helpdesk
