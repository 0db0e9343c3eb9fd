// JSON API of e-Saraban: the same use cases as the pages.
#include <boost/json.hpp>
#include <charconv>

#include "modules/saraban/job_history.hpp"
#include "modules/saraban/json_params.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/register_outgoing.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/files/files.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace json = boost::json;

json::object letter_json(const Letter& l) {
  json::object o{{"id", l.id},
                 {"register", l.register_code},
                 {"register_no", l.register_no},
                 {"year", l.year},
                 {"reference", l.reference},
                 {"dated", l.dated.empty() ? json::value(nullptr) : json::value(l.dated)},
                 {"from", l.from},
                 {"to", l.to},
                 {"urgency", urgency_name(l.urgency)},
                 {"secrecy", secrecy_name(l.secrecy)},
                 {"received_at", l.registered_at},
                 {"registered_by", l.registered_by},
                 {"retention_years", l.retention_years},
                 {"job_id", l.job_id}};
  if (subject_visible(l)) {
    o["subject"] = l.subject;
  } else {
    o["subject_hidden"] = true;
  }
  return o;
}

namespace {

json::object number_json(const RegisterNumber& n) {
  return json::object{{"register", n.register_code},
                      {"year", n.year},
                      {"number", n.number},
                      {"status", number_status_name(n.status)},
                      {"letter_id", n.letter_id ? json::value(*n.letter_id) : json::value(nullptr)},
                      {"note", n.note},
                      {"taken_at", n.taken_at},
                      {"taken_by", n.taken_by}};
}

}  // namespace

Result<http::Response> register_incoming_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  IncomingLetter l;
  l.reference = in->text("reference", {.required = true, .max_chars = kMaxReferenceChars});
  l.dated = date_field(*in, "dated");
  if (!l.dated && !in->has_error("dated")) in->reject("dated", {"กรุณากรอก", "is required"});
  l.from = in->text("from", {.required = true, .max_chars = kMaxPartyChars});
  l.to = in->text("to", {.required = true, .max_chars = kMaxPartyChars});
  l.subject = in->text("subject", {.required = true, .max_chars = kMaxSubjectChars});
  if (const auto u = in->optional_text("urgency"); u && !u->empty()) {
    if (const auto parsed = parse_urgency(*u)) {
      l.urgency = *parsed;
    } else {
      in->reject("urgency", {"ต้องเป็น normal, urgent, very_urgent หรือ most_urgent",
                             "must be normal, urgent, very_urgent or most_urgent"});
    }
  }
  if (const auto s = in->optional_text("secrecy"); s && !s->empty()) {
    if (const auto parsed = parse_secrecy(*s)) {
      l.secrecy = *parsed;
    } else {
      in->reject("secrecy", {"ต้องเป็น none, confidential, secret หรือ top_secret",
                             "must be none, confidential, secret or top_secret"});
    }
  }
  l.reply_due = date_field(*in, "reply_due");
  if (const auto r = in->integer("retention_years", 0, 100))
    l.retention_years = static_cast<int>(*r);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto letter = register_incoming_letter(ctx.db(), ctx.clock().now(), person_of(ctx), l);
  if (!letter.ok()) return letter.error();
  return http::Response::json(201, letter_json(*letter));
}

namespace {

Result<http::Response> list_register_json(http::Context& ctx, const std::string& code) {
  Error error;
  const auto year = year_param(ctx.request, ctx.clock().now(), error);
  if (!year) return error;
  store::LetterFilter f;
  f.register_code = code;
  f.year = *year;
  if (const auto d = day_param(ctx.request, "from", error)) f.from_day = to_iso_date(*d);
  if (const auto d = day_param(ctx.request, "to", error)) f.to_day = to_iso_date(*d);
  if (!error.fields.empty()) return error;
  auto page = http::read_page_request(ctx.request, 100, 500);
  if (!page.ok()) return page.error();
  if (page->after) {
    f.after = register_cursor(*page->after);
    if (!f.after) return bad_query("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  f.limit = page->limit + 1;
  auto rows = store::list_letters(ctx.db(), f, ctx.principal.id);
  std::optional<std::string> last_key;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last_key = std::to_string(static_cast<int>(rows.back().urgency)) + ":" +
               std::to_string(rows.back().register_no);
  }
  json::array items;
  for (const auto& l : rows) items.push_back(letter_json(l));
  return http::Response::json(200, http::page_json(std::move(items), last_key));
}

}  // namespace

Result<http::Response> list_incoming_json(http::Context& ctx) {
  return list_register_json(ctx, kIncoming);
}

Result<http::Response> list_outgoing_json(http::Context& ctx) {
  const std::string code = ctx.request.query_param("register").value_or(kOutgoing);
  if (code != kOutgoing && code != kCircular && code != kOrders && code != kAnnouncements) {
    return bad_query("register", {"ต้องเป็น outgoing, circular, order หรือ announcement",
                                  "must be outgoing, circular, order or announcement"});
  }
  return list_register_json(ctx, code);
}

Result<http::Response> issue_outgoing_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  OutgoingLetter l;
  l.register_code = in->text("register", {.required = true, .max_chars = 40});
  const std::string kind = in->text("kind", {.max_chars = 20});
  if (!kind.empty()) {
    if (const auto k = parse_letter_kind(kind)) {
      l.kind = *k;
    } else {
      in->reject("kind", {"ต้องเป็น external, memo, order หรือ announcement",
                          "must be external, memo, order or announcement"});
    }
  }
  l.reserved_no = in->integer("reserved_no", 1, 1'000'000'000);
  l.job_id = in->integer("job_id", 1, std::numeric_limits<std::int64_t>::max());
  l.dated = date_field(*in, "dated");
  l.agency = in->text("agency", {.max_chars = 300});
  l.to = in->text("to", {.max_chars = 300});
  l.subject = in->text("subject", {.max_chars = 1000});
  l.body = in->text("body", {.max_chars = 20000});
  l.signer_name = in->text("signer_name", {.max_chars = 200});
  l.signer_position = in->text("signer_position", {.max_chars = 500});
  if (const auto u = in->optional_text("urgency"); u && !u->empty()) {
    if (const auto parsed = parse_urgency(*u)) {
      l.urgency = *parsed;
    } else {
      in->reject("urgency", {"ไม่ถูกต้อง", "must be normal, urgent, very_urgent or most_urgent"});
    }
  }
  if (const auto s = in->optional_text("secrecy"); s && !s->empty()) {
    if (const auto parsed = parse_secrecy(*s)) {
      l.secrecy = *parsed;
    } else {
      in->reject("secrecy", {"ไม่ถูกต้อง", "must be none, confidential, secret or top_secret"});
    }
  }
  for (const auto& [field, why] : check_outgoing_letter(l).to_error().fields) {
    if (!in->has_error(field)) in->reject(field, why);
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto issued =
      register_outgoing_letter(ctx.db(), ctx.files(), ctx.clock().now(), person_of(ctx), l);
  if (!issued.ok()) return issued.error();
  json::object o = letter_json(issued->letter);
  const auto file = files::find_file(ctx.db(), issued->file_id);
  o["file_url"] = file ? files::file_url(*file) : "";
  o["file_sha256"] = issued->file_sha256;
  return http::Response::json(201, o);
}

Result<http::Response> get_letter_json(http::Context& ctx) {
  std::int64_t id = 0;
  const std::string& text = ctx.request.path_param("id");
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  const auto letter = ec == std::errc() && end == text.data() + text.size()
                          ? store::find_letter(ctx.db(), id, ctx.principal.id)
                          : std::nullopt;
  if (!letter) return Error::not_found({"ไม่พบหนังสือนี้", "There is no such letter"});
  if (letter->secrecy != Secrecy::none && letter->viewer_named) {
    log_secret_read(ctx.db(), ctx.clock().now(), person_of(ctx), letter->id, "api");
  }
  return http::Response::json(200, letter_json(*letter));
}

Result<http::Response> reserve_number_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string reg = in->text("register", {.required = true, .max_chars = 100});
  const std::string note = in->text("note", {.max_chars = 500});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto n = reserve_number(ctx.db(), ctx.clock().now(), person_of(ctx), reg, note);
  if (!n.ok()) return n.error();
  json::object o = number_json(*n);
  if (const auto r = find_register(ctx.db(), reg); r && !r->reference_format.empty()) {
    o["reference"] = reference_for(*r, agency_code(ctx.db()), n->number);
  }
  return http::Response::json(201, o);
}

Result<http::Response> cancel_number_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const std::string reg = in->text("register", {.required = true, .max_chars = 100});
  const auto year = in->integer("year", 1900, 2400, true);
  const auto number = in->integer("number", 1, 1'000'000'000, true);
  const std::string reason = in->text("reason", {.required = true, .max_chars = 500});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto n = cancel_reserved_number(ctx.db(), ctx.clock().now(), person_of(ctx), reg,
                                  static_cast<int>(*year), *number, reason);
  if (!n.ok()) return n.error();
  return http::Response::json(200, number_json(*n));
}

Result<http::Response> list_numbers_json(http::Context& ctx) {
  Error error;
  const auto year = year_param(ctx.request, ctx.clock().now(), error);
  if (!year) return error;
  const std::string reg = ctx.request.query_param("register").value_or(kOutgoing);
  if (!find_register(ctx.db(), reg)) {
    return bad_query("register", {"ไม่มีทะเบียนนี้", "is not a register"});
  }
  json::array items;
  for (const auto& n : list_numbers(ctx.db(), reg, *year)) items.push_back(number_json(n));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

}  // namespace pao::saraban
