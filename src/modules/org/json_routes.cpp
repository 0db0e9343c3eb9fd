// JSON API of the org module: the same facts as the home page for other systems, and the
// administrator's writes (the same use cases as the admin pages).
#include <boost/json.hpp>
#include <charconv>

#include "modules/org/api.hpp"
#include "modules/org/input_rules.hpp"
#include "modules/org/manage_divisions.hpp"
#include "modules/org/manage_positions.hpp"
#include "modules/org/manage_profile.hpp"
#include "modules/org/routes.hpp"
#include "modules/org/store.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::org {

namespace json = boost::json;

namespace {

json::object profile_json(const Profile& p) {
  json::array missions(p.digital_missions_th.begin(), p.digital_missions_th.end());
  return json::object{{"name_th", p.name_th},
                      {"name_en", p.name_en},
                      {"short_name_th", p.short_name_th},
                      {"short_name_en", p.short_name_en},
                      {"province_th", p.province_th},
                      {"vision_th", p.vision_th},
                      {"digital_vision_th", p.digital_vision_th},
                      {"digital_vision_en", p.digital_vision_en},
                      {"digital_plan_th", p.digital_plan_th},
                      {"digital_missions_th", std::move(missions)}};
}

json::object division_json(const Division& d) {
  return json::object{
      {"code", d.code},       {"name_th", d.name_th},       {"short_name_th", d.short_name_th},
      {"name_en", d.name_en}, {"sort_order", d.sort_order}, {"active", d.active}};
}

json::object position_json(const Position& p) {
  return json::object{{"code", p.code},
                      {"name_th", p.name_th},
                      {"name_en", p.name_en},
                      {"sort_order", p.sort_order},
                      {"active", p.active}};
}

// Adds the use case's own field errors to those of the JSON shape, so one answer names every
// bad field (a field already refused for its type keeps that message).
void reject_all(http::JsonInput& in, const FieldErrors& errors) {
  if (errors.empty()) return;
  for (const auto& [field, why] : errors.to_error().fields) {
    if (!in.has_error(field)) in.reject(field, why);
  }
}

// A PATCH may repeat the record's code (a client sending back what it read) but not change it.
void refuse_code_change(http::JsonInput& in, const std::string& code) {
  if (!in.has("code")) return;
  if (in.text("code") != code) in.reject("code", code_unchangeable_message());
}

std::optional<int> sort_order(http::JsonInput& in) {
  const auto n = in.integer("sort_order", 0, kMaxSortOrder);
  if (!n) return std::nullopt;
  return static_cast<int>(*n);
}

// The positions list's cursor: "<sort_order>:<code>" of the last position sent.
std::string position_key(const Position& p) {
  return std::to_string(p.sort_order) + ":" + p.code;
}
std::optional<store::PositionKey> parse_position_key(const std::string& key) {
  const auto colon = key.find(':');
  if (colon == std::string::npos) return std::nullopt;
  store::PositionKey k;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + colon, k.sort_order);
  if (ec != std::errc() || end != key.data() + colon) return std::nullopt;
  k.code = key.substr(colon + 1);
  return k;
}

}  // namespace

// ---- public -------------------------------------------------------------------------------------

Result<http::Response> get_profile_json(http::Context& ctx) {
  return http::Response::json(200, profile_json(get_profile(ctx.db())));
}

Result<http::Response> list_divisions_json(http::Context& ctx) {
  json::array items;
  for (const auto& d : list_divisions(ctx.db())) {
    items.push_back(json::object{{"code", d.code},
                                 {"name_th", d.name_th},
                                 {"short_name_th", d.short_name_th},
                                 {"name_en", d.name_en}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> list_positions_json(http::Context& ctx) {
  auto page = http::read_page_request(ctx.request, 100, 200);
  if (!page.ok()) return page.error();
  std::optional<store::PositionKey> after;
  if (page->after) {
    after = parse_position_key(*page->after);
    if (!after) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
          .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
    }
  }
  auto rows = store::list_positions_after(ctx.db(), after, page->limit + 1);
  std::optional<std::string> last_key;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last_key = position_key(rows.back());
  }
  json::array items;
  for (const auto& p : rows) {
    items.push_back(json::object{{"code", p.code}, {"name_th", p.name_th}, {"name_en", p.name_en}});
  }
  return http::Response::json(200, http::page_json(std::move(items), last_key));
}

// ---- administration -----------------------------------------------------------------------------

Result<http::Response> add_division_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewDivision d;
  d.code = in->text("code");
  d.name_th = in->text("name_th");
  d.short_name_th = in->text("short_name_th");
  d.name_en = in->text("name_en");
  d.sort_order = sort_order(*in);
  reject_all(*in, check_new_division(d));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added = add_division(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), d);
  if (!added.ok()) return added.error();
  return http::Response::json(201, division_json(*added));
}

Result<http::Response> update_division_json(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  refuse_code_change(*in, code);
  DivisionChanges c;
  c.name_th = in->optional_text("name_th");
  c.short_name_th = in->optional_text("short_name_th");
  c.name_en = in->optional_text("name_en");
  c.sort_order = sort_order(*in);
  c.active = in->boolean("active");
  reject_all(*in, check_division_changes(c));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto updated = update_division(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), code, c);
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, division_json(*updated));
}

Result<http::Response> add_position_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewPosition p;
  p.code = in->text("code");
  p.name_th = in->text("name_th");
  p.name_en = in->text("name_en");
  p.sort_order = sort_order(*in);
  reject_all(*in, check_new_position(p));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added = add_position(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), p);
  if (!added.ok()) return added.error();
  return http::Response::json(201, position_json(*added));
}

Result<http::Response> update_position_json(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  refuse_code_change(*in, code);
  PositionChanges c;
  c.name_th = in->optional_text("name_th");
  c.name_en = in->optional_text("name_en");
  c.sort_order = sort_order(*in);
  c.active = in->boolean("active");
  reject_all(*in, check_position_changes(c));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto updated = update_position(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), code, c);
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, position_json(*updated));
}

Result<http::Response> update_profile_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  ProfileChanges c;
  c.name_th = in->optional_text("name_th");
  c.name_en = in->optional_text("name_en");
  c.short_name_th = in->optional_text("short_name_th");
  c.short_name_en = in->optional_text("short_name_en");
  c.province_th = in->optional_text("province_th");
  c.vision_th = in->optional_text("vision_th");
  c.digital_vision_th = in->optional_text("digital_vision_th");
  c.digital_vision_en = in->optional_text("digital_vision_en");
  c.digital_plan_th = in->optional_text("digital_plan_th");
  reject_all(*in, check_profile_changes(c));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto updated = update_profile(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), c);
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, profile_json(*updated));
}

// ---- schemas ------------------------------------------------------------------------------------

json::value error_schema_ref() {
  return json::object{{"$ref", "#/components/schemas/Error"}};
}

json::value profile_schema() {
  return json::parse(R"({"type":"object","properties":{
    "name_th":{"type":"string"},"name_en":{"type":"string"},
    "short_name_th":{"type":"string"},"short_name_en":{"type":"string"},
    "province_th":{"type":"string"},"vision_th":{"type":"string"},
    "digital_vision_th":{"type":"string"},"digital_vision_en":{"type":"string"},
    "digital_plan_th":{"type":"string"},
    "digital_missions_th":{"type":"array","items":{"type":"string"}}}})");
}

json::value profile_changes_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "description":"Only the fields sent change; each, when sent, must not be blank.",
    "properties":{
    "name_th":{"type":"string","maxLength":200,"example":"องค์การบริหารส่วนจังหวัดลำพูน"},
    "name_en":{"type":"string","maxLength":200},
    "short_name_th":{"type":"string","maxLength":100,"example":"อบจ.ลำพูน"},
    "short_name_en":{"type":"string","maxLength":100},
    "province_th":{"type":"string","maxLength":100},
    "vision_th":{"type":"string","maxLength":1000},
    "digital_vision_th":{"type":"string","maxLength":1000},
    "digital_vision_en":{"type":"string","maxLength":1000},
    "digital_plan_th":{"type":"string","maxLength":200}}})");
}

json::value divisions_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{"code":{"type":"string","example":"strategy_budget"},
    "name_th":{"type":"string"},"short_name_th":{"type":"string"},"name_en":{"type":"string"}}}}}})");
}

json::value division_schema() {
  return json::parse(R"({"type":"object",
    "required":["code","name_th","short_name_th","name_en","sort_order","active"],
    "properties":{"code":{"type":"string","example":"strategy_budget"},
    "name_th":{"type":"string","example":"กองยุทธศาสตร์และงบประมาณ"},
    "short_name_th":{"type":"string","example":"กองยุทธศาสตร์ฯ"},
    "name_en":{"type":"string","example":"Strategy and Budget Division"},
    "sort_order":{"type":"integer","example":30},
    "active":{"type":"boolean"}}})");
}

json::value new_division_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "required":["code","name_th","name_en"],
    "properties":{
    "code":{"type":"string","pattern":"^[a-z][a-z0-9_]{1,39}$","example":"smart_city",
      "description":"Stable key other systems store; can never be changed"},
    "name_th":{"type":"string","maxLength":200,"example":"กองเมืองอัจฉริยะ"},
    "short_name_th":{"type":"string","maxLength":100,
      "description":"Defaults to name_th when blank or left out"},
    "name_en":{"type":"string","maxLength":200,"example":"Smart City Division"},
    "sort_order":{"type":"integer","minimum":0,"maximum":1000000,
      "description":"Smaller first; defaults to after the last division"}}})");
}

json::value division_changes_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "description":"Only the fields sent change. The code cannot change (sending the same code is allowed).",
    "properties":{
    "code":{"type":"string","description":"If sent, must equal the code in the path"},
    "name_th":{"type":"string","maxLength":200},
    "short_name_th":{"type":"string","maxLength":100,"description":"Blank: the Thai name"},
    "name_en":{"type":"string","maxLength":200},
    "sort_order":{"type":"integer","minimum":0,"maximum":1000000},
    "active":{"type":"boolean","description":"false hides the division from pickers; it is never deleted"}}})");
}

json::value positions_schema() {
  return json::parse(R"({"type":"object","required":["items","next_cursor"],"properties":{
    "items":{"type":"array","items":{"type":"object","properties":{
      "code":{"type":"string","example":"computer_technical_officer"},
      "name_th":{"type":"string","example":"นักวิชาการคอมพิวเตอร์"},
      "name_en":{"type":"string","example":"Computer Technical Officer"}}}},
    "next_cursor":{"type":"string","nullable":true,
      "description":"Pass as ?cursor= for the next page; null on the last page"}}})");
}

json::value position_schema() {
  return json::parse(R"({"type":"object",
    "required":["code","name_th","name_en","sort_order","active"],
    "properties":{"code":{"type":"string","example":"computer_technical_officer"},
    "name_th":{"type":"string","example":"นักวิชาการคอมพิวเตอร์"},
    "name_en":{"type":"string","example":"Computer Technical Officer"},
    "sort_order":{"type":"integer","example":80},
    "active":{"type":"boolean"}}})");
}

json::value new_position_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "required":["code","name_th","name_en"],
    "properties":{
    "code":{"type":"string","pattern":"^[a-z][a-z0-9_]{1,39}$","example":"data_analyst",
      "description":"Stable key other systems store; can never be changed"},
    "name_th":{"type":"string","maxLength":200,"example":"นักวิเคราะห์ข้อมูล"},
    "name_en":{"type":"string","maxLength":200,"example":"Data Analyst"},
    "sort_order":{"type":"integer","minimum":0,"maximum":1000000,
      "description":"Smaller first; defaults to after the last position"}}})");
}

json::value position_changes_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "description":"Only the fields sent change. The code cannot change (sending the same code is allowed).",
    "properties":{
    "code":{"type":"string","description":"If sent, must equal the code in the path"},
    "name_th":{"type":"string","maxLength":200},
    "name_en":{"type":"string","maxLength":200},
    "sort_order":{"type":"integer","minimum":0,"maximum":1000000},
    "active":{"type":"boolean","description":"false hides the position from pickers; it is never deleted"}}})");
}

}  // namespace pao::org
