// JSON API of letter templates and numbering settings: the same use cases as their pages.
#include <boost/json.hpp>
#include <charconv>

#include "modules/saraban/letter_templates.hpp"
#include "modules/saraban/numbering_settings.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> id_of(std::string_view s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

Error no_such_template() {
  return Error::not_found({"ไม่พบแบบฟอร์มหนังสือนี้", "There is no such letter template"});
}

json::object template_json(const LetterTemplate& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"kind", letter_kind_name(t.kind)},
          {"register", t.register_code},
          {"subject", t.subject},
          {"to", t.to},
          {"body", t.body},
          {"closing", t.closing},
          {"active", t.active},
          {"version", t.version},
          {"updated_at", t.updated_at},
          {"updated_by", t.updated_by}};
}

// The template sent, with each field's own errors (required, too long, bad kind) first.
std::optional<LetterTemplate> read_template(http::JsonInput& in) {
  LetterTemplate t;
  t.name = in.text("name", {.max_chars = 200});
  const std::string kind = in.text("kind", {.required = true, .max_chars = 20});
  if (const auto k = parse_letter_kind(kind)) {
    t.kind = *k;
  } else if (!kind.empty()) {
    in.reject("kind", {"ต้องเป็น external, memo, order หรือ announcement",
                       "must be external, memo, order or announcement"});
  }
  t.register_code = in.text("register", {.max_chars = 40});
  t.subject = in.text("subject", {.max_chars = 1000});
  t.to = in.text("to", {.max_chars = 300});
  t.body = in.text("body", {.max_chars = 20000});
  t.closing = in.text("closing", {.max_chars = 1000});
  for (const auto& [field, why] : check_letter_template(t).to_error().fields) {
    if (!in.has_error(field)) in.reject(field, why);
  }
  if (!in.finish().ok()) return std::nullopt;
  return t;
}

json::object settings_json(const NumberingSettings& s) {
  json::array registers;
  for (const auto& r : s.registers) {
    registers.push_back(json::object{{"register", r.reg.code},
                                     {"name_th", r.reg.name_th},
                                     {"name_en", r.reg.name_en},
                                     {"format", r.reg.reference_format},
                                     {"next_no", r.next_no},
                                     {"next_reference", r.next_reference}});
  }
  return {{"agency_code", s.agency_code}, {"registers", std::move(registers)}};
}

}  // namespace

Result<http::Response> list_templates_json(http::Context& ctx) {
  const bool archived = ctx.request.query_param("archived").value_or("") == "true";
  json::array items;
  for (const auto& t : list_letter_templates(ctx.db(), archived)) items.push_back(template_json(t));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> get_template_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  const auto t = id ? find_letter_template(ctx.db(), *id) : std::nullopt;
  if (!t) return no_such_template();
  return http::Response::json(200, template_json(*t));
}

Result<http::Response> create_template_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto t = read_template(*in);
  if (!t) return in->finish().error();
  auto made = create_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), *t);
  if (!made.ok()) return made.error();
  return http::Response::json(201, template_json(*made));
}

Result<http::Response> update_template_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_template();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto t = read_template(*in);
  if (!t) return in->finish().error();
  auto saved = update_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), *id, *t);
  if (!saved.ok()) return saved.error();
  return http::Response::json(200, template_json(*saved));
}

Result<http::Response> archive_template_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_template();
  if (auto s = archive_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), *id); !s.ok()) {
    return s.error();
  }
  return http::Response::json(200, template_json(*find_letter_template(ctx.db(), *id)));
}

Result<http::Response> render_template_json(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_template();
  std::optional<std::int64_t> job;
  if (const auto text = ctx.request.query_param("job"); text && !text->empty()) {
    job = id_of(*text);
    if (!job) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The request is not valid"})
          .field("job", {"ต้องเป็นเลขเรื่อง", "must be a job's id"});
    }
  }
  auto d = draft_from_template(ctx.db(), ctx.clock().now(), person_of(ctx), *id, job);
  if (!d.ok()) return d.error();
  return http::Response::json(
      200, json::object{{"template_id", d->template_id},
                        {"job_id", d->job_id ? json::value(*d->job_id) : json::value(nullptr)},
                        {"register", d->register_code},
                        {"kind", letter_kind_name(d->kind)},
                        {"subject", d->subject},
                        {"to", d->to},
                        {"body", d->body},
                        {"signer_name", d->signer_name},
                        {"signer_position", d->signer_position}});
}

Result<http::Response> get_settings_json(http::Context& ctx) {
  return http::Response::json(200, settings_json(numbering_settings(ctx.db(), ctx.clock().now())));
}

Result<http::Response> put_settings_json(http::Context& ctx) {
  auto parsed = http::JsonInput::parse(ctx.request);
  if (!parsed.ok()) return parsed.error();
  // "formats" is an object of register → format: read here, the rest by JsonInput.
  json::object body = json::parse(ctx.request.body).as_object();
  const json::value formats = body.contains("formats") ? body.at("formats") : json::value();
  body.erase("formats");
  http::JsonInput input(std::move(body));
  auto* in = &input;
  NumberingChange change;
  change.agency_code = in->text("agency_code", {.required = true, .max_chars = 40});
  if (!formats.is_null()) {
    if (!formats.is_object()) {
      in->reject("formats",
                 {"ต้องเป็นออบเจ็กต์ ทะเบียน → รูปแบบ", "must be an object register → format"});
    } else {
      for (const auto& [code, format] : formats.as_object()) {
        if (!format.is_string()) {
          in->reject("formats." + std::string(code), {"ต้องเป็นข้อความ", "must be text"});
        } else {
          change.formats[std::string(code)] = std::string(format.as_string());
        }
      }
    }
  }
  for (const auto& [field, why] : check_numbering_change(ctx.db(), change).to_error().fields) {
    if (!in->has_error(field)) in->reject(field, why);
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto saved = change_numbering_settings(ctx.db(), ctx.clock().now(), person_of(ctx), change);
  if (!saved.ok()) return saved.error();
  return http::Response::json(200, settings_json(*saved));
}

json::value letter_template_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},"name":{"type":"string","example":"หนังสือตอบ"},
    "kind":{"type":"string","enum":["external","memo","order","announcement"]},
    "register":{"type":"string","enum":["outgoing","circular","order","announcement"]},
    "subject":{"type":"string","example":"{{เรื่องเดิม}}"},"to":{"type":"string"},
    "body":{"type":"string","description":"Paragraphs separated by blank lines; placeholders {{เรื่องเดิม}} {{ที่เดิม}} {{ลงวันที่เดิม}} {{จาก}} {{ผู้ลงนาม}} {{ตำแหน่ง}} {{วันที่}}"},
    "closing":{"type":"string","example":"จึงเรียนมาเพื่อโปรดทราบ"},
    "active":{"type":"boolean"},"version":{"type":"integer"},
    "updated_at":{"type":"string","format":"date-time"},"updated_by":{"type":"string"}}})");
}

json::value new_letter_template_schema() {
  return json::parse(R"({"type":"object","required":["name","kind","register","body"],
    "properties":{"name":{"type":"string","maxLength":200},
    "kind":{"type":"string","enum":["external","memo","order","announcement"]},
    "register":{"type":"string","enum":["outgoing","circular","order","announcement"]},
    "subject":{"type":"string","maxLength":1000},"to":{"type":"string","maxLength":300},
    "body":{"type":"string","maxLength":20000},"closing":{"type":"string","maxLength":1000}}})");
}

json::value letter_templates_schema() {
  return json::object{
      {"type", "object"},
      {"properties", json::object{{"items", json::object{{"type", "array"},
                                                         {"items", letter_template_schema()}}}}}};
}

json::value draft_letter_schema() {
  return json::parse(R"({"type":"object","properties":{
    "template_id":{"type":"integer"},"job_id":{"type":["integer","null"]},
    "register":{"type":"string"},"kind":{"type":"string"},"subject":{"type":"string"},
    "to":{"type":"string"},"body":{"type":"string"},"signer_name":{"type":"string"},
    "signer_position":{"type":"string"}}})");
}

json::value numbering_settings_schema() {
  return json::parse(R"({"type":"object","properties":{
    "agency_code":{"type":"string","example":"ลพ 51000"},
    "registers":{"type":"array","items":{"type":"object","properties":{
      "register":{"type":"string"},"name_th":{"type":"string"},"name_en":{"type":"string"},
      "format":{"type":"string","example":"{agency}/ว {no}"},"next_no":{"type":"integer"},
      "next_reference":{"type":"string","example":"ลพ 51000/ว 57"}}}}}})");
}

json::value numbering_change_schema() {
  return json::parse(R"({"type":"object","required":["agency_code"],"properties":{
    "agency_code":{"type":"string","maxLength":40},
    "formats":{"type":"object","description":"register code → format with {no} and optionally {agency}",
      "additionalProperties":{"type":"string","maxLength":100},
      "example":{"circular":"{agency}/ว {no}"}}}})");
}

}  // namespace pao::saraban
