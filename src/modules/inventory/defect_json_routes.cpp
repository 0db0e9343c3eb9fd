// JSON API of the defect workflow and the warranty dashboard: the same use cases as the
// contract page (defects.hpp) and the dashboard page.
#include <boost/json.hpp>

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/defects.hpp"
#include "modules/inventory/reminder_settings.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/store.hpp"
#include "modules/saraban/api.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> contract_id(http::Context& ctx) {
  const std::string& s = ctx.request.path_param("id");
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const std::int64_t n = std::stoll(s);
  return n > 0 ? std::optional(n) : std::nullopt;
}

json::object contract_brief(const Contract& c) {
  return json::object{{"id", c.id},
                      {"contract_no", c.f.contract_no},
                      {"subject", c.f.subject},
                      {"contractor_name", c.f.contractor_name},
                      {"warranty_ends_on", c.warranty_ends_on}};
}

}  // namespace

Result<http::Response> record_inspection_json(http::Context& ctx) {
  const auto id = contract_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  Inspection i;
  i.inspected_on = in->text("inspected_on", {.required = true, .max_chars = 10});
  i.committee = in->text("committee", {.max_chars = 4000});
  i.findings = in->text("findings", {.max_chars = 8000});
  i.has_defect = in->boolean("has_defect").value_or(false);
  i.reinspection = in->boolean("reinspection").value_or(false);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto done = record_inspection(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, i);
  if (!done.ok()) return done.error();
  return http::Response::json(201, json::object{{"id", done->id},
                                                {"inspected_on", done->inspected_on},
                                                {"has_defect", done->has_defect},
                                                {"reinspection", done->reinspection}});
}

Result<http::Response> send_notice_json(http::Context& ctx) {
  const auto id = contract_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  DefectNotice n;
  n.sent_on = in->text("sent_on", {.required = true, .max_chars = 10});
  n.fix_by = in->text("fix_by", {.required = true, .max_chars = 10});
  n.details = in->text("details", {.required = true, .max_chars = 8000});
  NoticeLetter letter;
  letter.to = in->text("to", {.max_chars = 300});
  letter.urgency = in->text("urgency", {.max_chars = 20});
  letter.signer_name = in->text("signer_name", {.max_chars = 200});
  letter.signer_position = in->text("signer_position", {.max_chars = 300});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto done = send_defect_notice(ctx.db(), ctx.files(), ctx.clock().now(), audit::actor_of(ctx),
                                 *id, n, letter);
  if (!done.ok()) return done.error();
  return http::Response::json(
      201, json::object{{"id", done->id},
                        {"sent_on", done->sent_on},
                        {"fix_by", done->fix_by},
                        {"letter_ref", done->letter_ref},
                        {"letter_id", done->letter_id},
                        {"letter_page", saraban::letter_page(done->letter_job_id)}});
}

Result<http::Response> close_security_json(http::Context& ctx) {
  const auto id = contract_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  SecurityClosing s;
  s.outcome = in->text("outcome", {.required = true, .max_chars = 20});
  s.closed_on = in->text("closed_on", {.required = true, .max_chars = 10});
  s.approved_by = in->text("approved_by", {.required = true, .max_chars = 200});
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto done = close_security(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, s);
  if (!done.ok()) return done.error();
  return http::Response::json(
      200, json::object{{"security_outcome", s.outcome}, {"security_closed_on", s.closed_on}});
}

Result<http::Response> warranty_dashboard_json(http::Context& ctx) {
  const Date today = bangkok_date(ctx.clock().now());
  json::array ending, overdue, defects, to_return;
  for (const auto& c : store::ended_without_inspection(ctx.db(), to_iso_date(today))) {
    overdue.push_back(contract_brief(c));
  }
  for (const auto& c : store::contracts_ending_between(ctx.db(), to_iso_date(today),
                                                       to_iso_date(add_days(today, 90)))) {
    ending.push_back(contract_brief(c));
  }
  for (const auto& n : store::open_notices(ctx.db())) {
    defects.push_back(json::object{{"contract_id", n.contract_id},
                                   {"contract_no", n.contract_no},
                                   {"notice_id", n.notice.id},
                                   {"fix_by", n.notice.fix_by},
                                   {"details", n.notice.details}});
  }
  for (const auto& c : store::securities_to_return(ctx.db(), to_iso_date(today))) {
    to_return.push_back(contract_brief(c));
  }
  return http::Response::json(200, json::object{{"ending_within_90_days", std::move(ending)},
                                                {"ended_without_inspection", std::move(overdue)},
                                                {"open_defects", std::move(defects)},
                                                {"securities_to_return", std::move(to_return)}});
}

json::value inspection_input_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,"required":["inspected_on"],
    "properties":{"inspected_on":{"type":"string","format":"date"},
    "committee":{"type":"string"},"findings":{"type":"string"},
    "has_defect":{"type":"boolean"},
    "reinspection":{"type":"boolean","description":"true after a notice: no defect marks open notices fixed"}}})");
}

static json::value stages_json(const ReminderStages& st) {
  json::array days;
  for (const int d : st.days) days.emplace_back(d);
  return json::object{{"days", days}, {"is_default", st.is_default}};
}

Result<http::Response> reminder_stages_json(http::Context& ctx) {
  return http::Response::json(200, stages_json(reminder_stages(ctx.db(), default_reminder_days())));
}

Result<http::Response> set_reminder_stages_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);  // checks it is a JSON object
  if (!in.ok()) return in.error();
  // JsonInput reads text, numbers and lists of text; the list of integers is read here.
  const json::object body = json::parse(ctx.request.body).as_object();
  FieldErrors errors;
  std::vector<int> days;
  const auto* v = body.if_contains("days");
  if (!v || !v->is_array()) {
    errors.add("days", {"ต้องเป็นรายการจำนวนวัน", "must be a list of numbers of days"});
  } else {
    for (const auto& d : v->as_array()) {
      if (!d.is_int64() || d.as_int64() < -100000 || d.as_int64() > 100000) {
        errors.add("days", {"ต้องเป็นจำนวนเต็ม", "must be whole numbers"});
        break;
      }
      days.push_back(static_cast<int>(d.as_int64()));
    }
  }
  for (const auto& [key, _] : body) {
    if (key != "days") errors.add(std::string(key), {"ไม่รู้จักช่องนี้", "is not a known field"});
  }
  if (!errors.empty()) return errors.to_error();
  auto done = set_reminder_stages(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), days,
                                  default_reminder_days());
  if (!done.ok()) return done.error();
  return http::Response::json(200, stages_json(*done));
}

json::value reminder_stages_schema() {
  return json::parse(R"({"type":"object","properties":{
    "days":{"type":"array","items":{"type":"integer"},"description":"Largest first"},
    "is_default":{"type":"boolean","description":"true: nobody set them; the default applies"}}})");
}

json::value reminder_stages_input_schema() {
  return json::parse(R"({"type":"object","required":["days"],"properties":{
    "days":{"type":"array","items":{"type":"integer","minimum":1,"maximum":365},
    "minItems":1,"maxItems":10,"uniqueItems":true}}})");
}

json::value notice_input_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "required":["sent_on","fix_by","details"],
    "properties":{"sent_on":{"type":"string","format":"date"},
    "fix_by":{"type":"string","format":"date"},"details":{"type":"string"},
    "to":{"type":"string","description":"The addressee; default: the contractor"},
    "urgency":{"type":"string","enum":["normal","urgent","very_urgent","most_urgent"]},
    "signer_name":{"type":"string","description":"Default: the acting user"},
    "signer_position":{
  "type" : "string", "description" : "Default: the acting user's position"
}
}
})");
}

json::value security_input_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "required":["outcome","closed_on","approved_by"],
    "properties":{"outcome":{"type":"string","enum":["returned","claimed"]},
    "closed_on":{"type":"string","format":"date"},"approved_by":{"type":"string"}}})");
}

json::value dashboard_schema() {
  return json::parse(R"({"type":"object","properties":{
    "ending_within_90_days":{"type":"array","items":{"type":"object"}},
    "ended_without_inspection":{"type":"array","items":{"type":"object"}},
    "open_defects":{"type":"array","items":{"type":"object"}},
    "securities_to_return":{"type":"array","items":{"type":"object"}}}})");
}

}  // namespace pao::inventory
