// JSON API of the acceleration list (มาตรการเร่งรัด), the PDCA notes and the executive's
// decisions: the same use cases (acceleration.hpp) and permissions as the dashboard's and the
// project page's forms.
#include <boost/json.hpp>
#include <limits>

#include "modules/plan/acceleration.hpp"
#include "modules/plan/api.hpp"
#include "modules/plan/routes.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

constexpr http::TextRule kNote{.required = false, .max_chars = kMaxNoteChars};

json::object decision_json(const Decision& d) {
  return json::object{{"id", d.id},
                      {"subject", d.subject},
                      {"ref_id", d.ref_id},
                      {"project_id", d.project_id},
                      {"decision_th", d.decision_th},
                      {"decided_by", d.decided_by},
                      {"decided_at", d.decided_at}};
}

json::array decisions_json(const std::vector<Decision>& decisions) {
  json::array out;
  for (const auto& d : decisions) out.push_back(decision_json(d));
  return out;
}

json::object measure_json(db::Connection& conn, const AccelerationMeasure& m) {
  const auto p = find_project(conn, m.project_id);
  return json::object{{"id", m.id},
                      {"project_id", m.project_id},
                      {"project_number", p ? p->number() : ""},
                      {"project_name_th", p ? p->name_th : ""},
                      {"owner_th", m.owner_th},
                      {"reason_th", m.reason_th},
                      {"measure_th", m.measure_th},
                      {"added_by", m.added_by},
                      {"added_at", m.added_at},
                      {"decisions", decisions_json(m.decisions)}};
}

json::object note_json(const PdcaNote& n) {
  return json::object{{"id", n.id},
                      {"project_id", n.project_id},
                      {"plan_th", n.plan_th},
                      {"do_th", n.do_th},
                      {"check_th", n.check_th},
                      {"act_th", n.act_th},
                      {"written_by", n.written_by},
                      {"written_at", n.written_at},
                      {"decisions", decisions_json(n.decisions)}};
}

// The project named in the path, which must exist.
Result<std::int64_t> existing_project(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  if (!find_project(ctx.db(), *id)) return Error::not_found({"ไม่พบโครงการนี้", "No such project"});
  return *id;
}

}  // namespace

Result<http::Response> list_acceleration_json(http::Context& ctx) {
  json::array items;
  for (const auto& m : acceleration_list(ctx.db())) items.push_back(measure_json(ctx.db(), m));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> add_measure_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewMeasure m;
  m.project_id =
      in->integer("project_id", 1, std::numeric_limits<std::int64_t>::max(), true).value_or(0);
  m.owner_th = in->text("owner_th", kNote);
  m.reason_th = in->text("reason_th", kNote);
  m.measure_th = in->text("measure_th", kNote);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added =
      add_acceleration_measure(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, m);
  if (!added.ok()) return added.error();
  return http::Response::json(201, measure_json(ctx.db(), *added));
}

Result<http::Response> list_pdca_json(http::Context& ctx) {
  const auto id = existing_project(ctx);
  if (!id.ok()) return id.error();
  json::array items;
  for (const auto& n : pdca_notes(ctx.db(), *id)) items.push_back(note_json(n));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> add_pdca_json(http::Context& ctx) {
  const auto id = existing_project(ctx);
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewPdcaNote n;
  n.project_id = *id;
  n.plan_th = in->text("plan_th", kNote);
  n.do_th = in->text("do_th", kNote);
  n.check_th = in->text("check_th", kNote);
  n.act_th = in->text("act_th", kNote);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added = add_pdca_note(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, n);
  if (!added.ok()) return added.error();
  return http::Response::json(201, note_json(*added));
}

Result<http::Response> record_decision_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewDecision d;
  d.subject = in->text("subject", {.required = true, .max_chars = 20});
  d.ref_id = in->integer("ref_id", 1, std::numeric_limits<std::int64_t>::max(), true).value_or(0);
  d.decision_th = in->text("decision_th", kNote);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto decided =
      record_decision(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, d);
  if (!decided.ok()) return decided.error();
  return http::Response::json(201, decision_json(*decided));
}

// ---- schemas ------------------------------------------------------------------------------------

json::value decision_schema_of() {
  return json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "subject":{"type":"string","enum":["acceleration","pdca"]},"ref_id":{"type":"integer"},
    "project_id":{"type":"integer"},"decision_th":{"type":"string"},
    "decided_by":{"type":"string"},"decided_at":{"type":"string","format":"date-time"}}})");
}

json::value measure_schema() {
  json::object s = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "project_id":{"type":"integer"},"project_number":{"type":"string"},
    "project_name_th":{"type":"string"},"owner_th":{"type":"string"},
    "reason_th":{"type":"string"},"measure_th":{"type":"string"},"added_by":{"type":"string"},
    "added_at":{"type":"string","format":"date-time"}}})")
                       .as_object();
  s["properties"].as_object()["decisions"] =
      json::object{{"type", "array"}, {"items", decision_schema_of()}};
  return s;
}

json::value measures_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", measure_schema()}}}}}};
}

json::value new_measure_schema() {
  return json::parse(
      R"({"type":"object","required":["project_id","owner_th","reason_th","measure_th"],
    "properties":{"project_id":{"type":"integer"},"owner_th":{"type":"string","maxLength":2000},
    "reason_th":{"type":"string","maxLength":2000},"measure_th":{"type":"string","maxLength":2000}}})");
}

json::value pdca_schema() {
  json::object s = json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
    "project_id":{"type":"integer"},"plan_th":{"type":"string"},"do_th":{"type":"string"},
    "check_th":{"type":"string"},"act_th":{"type":"string"},"written_by":{"type":"string"},
    "written_at":{"type":"string","format":"date-time"}}})")
                       .as_object();
  s["properties"].as_object()["decisions"] =
      json::object{{"type", "array"}, {"items", decision_schema_of()}};
  return s;
}

json::value pdca_list_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", pdca_schema()}}}}}};
}

json::value new_pdca_schema() {
  return json::parse(R"({"type":"object","required":["plan_th","do_th","check_th","act_th"],
    "properties":{"plan_th":{"type":"string","maxLength":2000},"do_th":{"type":"string","maxLength":2000},
    "check_th":{"type":"string","maxLength":2000},"act_th":{"type":"string","maxLength":2000}}})");
}

json::value new_decision_schema() {
  return json::parse(R"({"type":"object","required":["subject","ref_id","decision_th"],
    "properties":{"subject":{"type":"string","enum":["acceleration","pdca"]},
    "ref_id":{"type":"integer","description":"The measure's or the PDCA note's id"},
    "decision_th":{"type":"string","maxLength":2000}}})");
}

}  // namespace pao::plan
