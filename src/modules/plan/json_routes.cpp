// JSON API of the plan module: the plan and each project's progress, for other systems and the
// acceptance checks (the same use cases as the pages).
#include <boost/json.hpp>
#include <charconv>
#include <limits>

#include "modules/plan/api.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/import_projects.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/routes.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> parse_int(std::string_view s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

json::object progress_json(const ProjectProgress& p) {
  json::array years(p.project.fiscal_years.begin(), p.project.fiscal_years.end());
  json::array divisions(p.divisions.begin(), p.divisions.end());
  return json::object{{"id", p.project.id},
                      {"strategy", p.project.strategy_number},
                      {"seq", p.project.seq},
                      {"number", p.project.number()},
                      {"name_th", p.project.name_th},
                      {"fiscal_years", std::move(years)},
                      {"divisions", std::move(divisions)},
                      {"status", status_name(p.status)},
                      {"percent_complete", p.actual_percent.value_or(0)},
                      {"planned_percent", p.planned_percent},
                      {"late_report", p.late_report},
                      {"budget_satang", p.budget_satang},
                      {"committed_satang", p.committed_satang},
                      {"spent_satang", p.spent_satang}};
}

}  // namespace

Date today(const http::Context& ctx) {
  return bangkok_date(ctx.clock().now());
}

Result<ProgressFilter> read_progress_filter(const http::Request& request) {
  ProgressFilter f;
  Error bad = Error::invalid({"ตัวกรองไม่ถูกต้อง", "A filter is not valid"});
  if (const auto y = request.query_param("fiscal_year"); y && !y->empty()) {
    const auto n = parse_int(*y);
    if (!n || *n < 2500 || *n > 2700) {
      bad.field("fiscal_year",
                {"ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2567", "must be a B.E. fiscal year, e.g. 2567"});
    } else {
      f.fiscal_year = static_cast<int>(*n);
    }
  }
  if (const auto s = request.query_param("strategy"); s && !s->empty()) {
    const auto n = parse_int(*s);
    if (!n || *n < 1 || *n > 99) {
      bad.field("strategy", {"ต้องเป็นเลขยุทธศาสตร์ เช่น 2", "must be a strategy number, e.g. 2"});
    } else {
      f.strategy = static_cast<int>(*n);
    }
  }
  if (const auto s = request.query_param("status"); s && !s->empty()) {
    f.status = status_from(*s);
    if (!f.status) {
      bad.field("status", {"ต้องเป็น not_started, on_track, delayed, completed หรือ cancelled",
                           "must be not_started, on_track, delayed, completed or cancelled"});
    }
  }
  if (const auto d = request.query_param("division"); d && !d->empty()) f.division = *d;
  if (const auto p = request.query_param("plan"); p && !p->empty()) {
    const auto n = parse_int(*p);
    if (!n || *n < 1) {
      bad.field("plan", {"ต้องเป็นเลขที่ของแผน เช่น 1", "must be a plan's id, e.g. 1"});
    } else {
      f.plan = *n;
    }
  }
  if (!bad.fields.empty()) return bad;
  return f;
}

Result<std::int64_t> project_id_param(const http::Context& ctx) {
  const auto id = parse_int(ctx.request.path_param("id"));
  if (!id || *id <= 0) return no_such_project();
  return *id;
}

Result<Project> project_in_path(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  auto p = find_project(ctx.db(), *id);
  if (!p) return no_such_project();
  return *p;
}

Result<http::Response> get_strategies_json(http::Context& ctx) {
  auto filter = read_progress_filter(ctx.request);
  if (!filter.ok()) return filter.error();
  const auto plan = filter->plan.value_or(kDefaultPlanId);
  if (!find_visible_plan(ctx.db(), plan, ctx.principal)) return no_such_plan();
  json::array items;
  for (const auto& s : list_strategies(ctx.db(), plan)) {
    json::array missions(s.missions_th.begin(), s.missions_th.end());
    json::array goals(s.goals_th.begin(), s.goals_th.end());
    items.push_back(json::object{{"id", s.id},
                                 {"number", s.number},
                                 {"name_th", s.name_th},
                                 {"missions_th", std::move(missions)},
                                 {"goals_th", std::move(goals)},
                                 {"project_count", s.project_count}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

// All matching projects when no `limit` is given; otherwise pages keyed by "strategy.seq".
Result<http::Response> list_projects_json(http::Context& ctx) {
  auto filter = read_progress_filter(ctx.request);
  if (!filter.ok()) return filter.error();
  if (filter->plan && !find_visible_plan(ctx.db(), *filter->plan, ctx.principal)) {
    return no_such_plan();
  }
  const auto all = list_project_progress(ctx.db(), today(ctx), *filter);
  if (!ctx.request.query_param("limit") && !ctx.request.query_param("cursor")) {
    json::array items;
    for (const auto& p : all) items.push_back(progress_json(p));
    return http::Response::json(200, json::object{{"items", std::move(items)}});
  }
  auto page = http::read_page_request(ctx.request, 50, 500);
  if (!page.ok()) return page.error();
  std::size_t start = 0;
  if (page->after) {
    const auto dot = page->after->find('.');
    const auto s = parse_int(page->after->substr(0, dot));
    const auto q =
        dot == std::string::npos ? std::nullopt : parse_int(page->after->substr(dot + 1));
    if (!s || !q) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
          .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
    }
    while (start < all.size() &&
           std::pair(all[start].project.strategy_number, all[start].project.seq) <=
               std::pair(static_cast<int>(*s), static_cast<int>(*q))) {
      ++start;
    }
  }
  json::array items;
  std::optional<std::string> last_key;
  for (std::size_t i = start; i < all.size(); ++i) {
    if (items.size() == static_cast<std::size_t>(page->limit)) {
      last_key = all[i - 1].project.number();
      break;
    }
    items.push_back(progress_json(all[i]));
  }
  return http::Response::json(200, http::page_json(std::move(items), last_key));
}

Result<http::Response> get_project_json(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto p = find_project_progress(ctx.db(), today(ctx), *id);
  if (!p || !find_visible_plan(ctx.db(), p->project.plan_id, ctx.principal)) {
    return no_such_project();
  }
  json::object out = progress_json(*p);
  out["plan_id"] = p->project.plan_id;
  out["objectives_th"] = p->project.objectives_th;
  out["responsible_th"] = p->project.responsible_th;
  json::array curve;
  for (const auto& c : p->curve) {
    curve.push_back(json::object{
        {"fiscal_year", c.fiscal_year}, {"quarter", c.quarter}, {"percent", c.percent}});
  }
  out["planned_curve"] = std::move(curve);
  json::array kpis;
  const auto progress = kpi_progress(ctx.db(), p->project.id);
  auto opt = [](const std::optional<double>& v) {
    return v ? json::value(*v) : json::value(nullptr);
  };
  for (const auto& k : progress) {
    json::object targets;
    for (const auto& [year, target] : k.kpi.targets) targets[std::to_string(year)] = target;
    kpis.push_back(json::object{{"id", k.kpi.id},
                                {"name_th", k.kpi.name_th},
                                {"unit_th", k.kpi.unit_th},
                                {"baseline", k.kpi.baseline},
                                {"direction", k.kpi.direction},
                                {"targets", std::move(targets)},
                                {"actual", opt(k.actual)},
                                {"achievement_percent", opt(k.achievement)}});
  }
  out["kpis"] = std::move(kpis);
  out["kpi_achievement_percent"] = opt(project_kpi_achievement(progress));
  return http::Response::json(200, out);
}

// ---- rounds and reports ----------------------------------------------------------------------

namespace {

json::object round_json(const Round& r) {
  return json::object{
      {"id", r.id},
      {"fiscal_year", r.fiscal_year},
      {"frequency", r.frequency},
      {"period", r.period},
      {"period_end", r.period_end},
      {"deadline", r.deadline},
      {"state", r.open ? "open" : "closed"},
      {"opened_at", r.opened_at},
      {"closed_at", r.closed_at ? json::value(*r.closed_at) : json::value(nullptr)}};
}

json::object report_json(const Report& r) {
  json::array kpis;
  for (const auto& k : r.kpi_actuals) {
    kpis.push_back(json::object{{"kpi_id", k.kpi_id}, {"actual", k.actual}});
  }
  return json::object{{"id", r.id},
                      {"round_id", r.round_id},
                      {"project_id", r.project_id},
                      {"version", r.version},
                      {"state", r.state},
                      {"amendment", r.amendment},
                      {"percent_complete", r.percent_complete},
                      {"committed_satang", r.committed_satang},
                      {"spent_satang", r.spent_satang},
                      {"activities_th", r.activities_th},
                      {"problems_th", r.problems_th},
                      {"help_needed_th", r.help_needed_th},
                      {"filed_by", r.filed_by_name},
                      {"filed_at", r.filed_at},
                      {"kpi_actuals", std::move(kpis)}};
}

Result<std::int64_t> id_param(const http::Context& ctx, Error missing) {
  const auto id = parse_int(ctx.request.path_param("id"));
  if (!id || *id <= 0) return missing;
  return *id;
}

}  // namespace

Result<http::Response> list_rounds_json(http::Context& ctx) {
  json::array items;
  for (const auto& r : list_reporting_rounds(ctx.db())) items.push_back(round_json(r));
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> open_round_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  NewRound r;
  r.fiscal_year = static_cast<int>(in->integer("fiscal_year", 2500, 2700, true).value_or(0));
  r.frequency = in->text("frequency", {.required = true, .max_chars = 20});
  r.period = static_cast<int>(in->integer("period", 1, 12, true).value_or(0));
  r.deadline = in->text("deadline", {.required = true, .max_chars = 20});
  for (const auto& [field, why] : check_new_round(r).to_error().fields) {
    if (!in->has_error(field)) in->reject(field, why);
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto opened =
      open_reporting_round(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, r);
  if (!opened.ok()) return opened.error();
  return http::Response::json(201, round_json(*opened));
}

Result<http::Response> get_round_json(http::Context& ctx) {
  const auto id = id_param(ctx, no_such_round());
  if (!id.ok()) return id.error();
  const auto round = find_reporting_round(ctx.db(), *id);
  if (!round) return no_such_round();
  json::array projects;
  for (const auto& p : round_projects(ctx.db(), *round)) {
    projects.push_back(
        json::object{{"id", p.project.id},
                     {"number", p.project.number()},
                     {"name_th", p.project.name_th},
                     {"divisions", json::array(p.divisions.begin(), p.divisions.end())},
                     {"reported", p.reported}});
  }
  json::object out = round_json(*round);
  out["projects"] = std::move(projects);
  return http::Response::json(200, out);
}

Result<http::Response> close_round_json(http::Context& ctx) {
  const auto id = id_param(ctx, no_such_round());
  if (!id.ok()) return id.error();
  auto closed =
      close_reporting_round(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id);
  if (!closed.ok()) return closed.error();
  return http::Response::json(200, round_json(*closed));
}

Result<http::Response> file_report_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  auto parsed = http::JsonInput::parse(ctx.request);
  if (!parsed.ok()) return parsed.error();
  // kpi_actuals is a list of objects, read here; JsonInput checks the plain fields.
  json::object body = json::parse(ctx.request.body).as_object();
  std::vector<KpiActual> kpis;
  bool bad_kpis = false;
  if (const auto* list = body.if_contains("kpi_actuals")) {
    if (!list->is_array()) bad_kpis = true;
    for (const auto& v : list->is_array() ? list->as_array() : json::array{}) {
      const auto* o = v.if_object();
      const auto* id = o ? o->if_contains("kpi_id") : nullptr;
      const auto* actual = o ? o->if_contains("actual") : nullptr;
      if (!id || !id->is_int64() || !actual || !(actual->is_number())) {
        bad_kpis = true;
        continue;
      }
      kpis.push_back({id->as_int64(), actual->to_number<double>()});
    }
    body.erase("kpi_actuals");
  }
  http::JsonInput in(std::move(body));
  NewReport r;
  r.project_id = *project;
  r.round_id =
      in.integer("round_id", 1, std::numeric_limits<std::int64_t>::max(), true).value_or(0);
  r.percent_complete = static_cast<int>(in.integer("percent_complete", 0, 100, true).value_or(0));
  r.committed_satang =
      in.integer("committed_satang", 0, std::numeric_limits<std::int64_t>::max()).value_or(0);
  r.spent_satang =
      in.integer("spent_satang", 0, std::numeric_limits<std::int64_t>::max()).value_or(0);
  const http::TextRule text{.required = false, .max_chars = kMaxReportTextChars};
  r.activities_th = in.text("activities_th", text);
  r.problems_th = in.text("problems_th", text);
  r.help_needed_th = in.text("help_needed_th", text);
  r.kpi_actuals = std::move(kpis);
  if (bad_kpis) {
    in.reject("kpi_actuals",
              {"ต้องเป็นรายการ {kpi_id, actual}", "must be a list of {kpi_id, actual}"});
  }
  if (auto bad = in.finish(); !bad.ok()) return bad.error();
  auto filed = file_progress_report(ctx.db(), ctx.clock().now(), audit::actor_of(ctx),
                                    ctx.principal, r, nullptr);
  if (!filed.ok()) return filed.error();
  return http::Response::json(201, report_json(filed->report));
}

Result<http::Response> list_reports_json(http::Context& ctx) {
  const auto project = project_id_param(ctx);
  if (!project.ok()) return project.error();
  if (!find_project(ctx.db(), *project)) return no_such_project();
  json::array items;
  for (const auto& h : project_history(ctx.db(), *project)) {
    json::object o = report_json(h.report);
    o["round"] = round_json(h.round);
    items.push_back(std::move(o));
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> decide_amendment_json(http::Context& ctx) {
  const auto id = id_param(ctx, Error::not_found({"ไม่พบรายงานนี้", "No such report"}));
  if (!id.ok()) return id.error();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  const auto approve = in->boolean("approve", true);
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto decided = decide_amendment(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                                  *id, approve.value_or(false));
  if (!decided.ok()) return decided.error();
  return http::Response::json(200, report_json(*decided));
}

// The import's row errors as one invalid_argument: field "rows[3].years_be" per bad cell.
Error import_error(const ImportOutcome& out) {
  Error e = Error::invalid({"ไฟล์มีแถวที่ไม่ถูกต้อง จึงไม่ได้นำเข้าโครงการใด",
                            "Some rows are not valid, so no project was imported"});
  for (const auto& r : out.errors) {
    e.field("rows[" + std::to_string(r.row) + "]" + (r.column.empty() ? "" : "." + r.column),
            r.why);
  }
  return e;
}

Result<http::Response> import_projects_json(http::Context& ctx) {
  std::int64_t plan = kDefaultPlanId;
  if (const auto p = ctx.request.query_param("plan"); p && !p->empty()) {
    const auto n = parse_int(*p);
    if (!n || *n < 1) {
      return Error::invalid({"ไม่พบแผนที่เลือก", "No such plan"})
          .field("plan", {"ต้องเป็นเลขที่ของแผน เช่น 1", "must be a plan's id, e.g. 1"});
    }
    plan = *n;
  }
  auto out = import_projects(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                             ctx.request.body, plan);
  if (!out.ok()) return out.error();
  if (!out->errors.empty()) return import_error(*out);
  return http::Response::json(200, json::object{{"added", out->added}, {"updated", out->updated}});
}

// ---- schemas ------------------------------------------------------------------------------------

json::value error_schema_ref() {
  return json::object{{"$ref", "#/components/schemas/Error"}};
}

json::value strategies_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{
      "id":{"type":"integer"},"number":{"type":"integer","description":"in its plan"},
      "name_th":{"type":"string"},
      "missions_th":{"type":"array","items":{"type":"string"}},
      "goals_th":{"type":"array","items":{"type":"string"}},
      "project_count":{"type":"integer"}}}}}})");
}

namespace {
constexpr const char* kProjectProperties = R"(
  "id":{"type":"integer"},"strategy":{"type":"integer"},"seq":{"type":"integer"},
  "number":{"type":"string","description":"strategy.seq, e.g. 2.4"},
  "name_th":{"type":"string"},
  "fiscal_years":{"type":"array","items":{"type":"integer"},"description":"B.E."},
  "divisions":{"type":"array","items":{"type":"string"},"description":"org division codes"},
  "status":{"type":"string","enum":["not_started","on_track","delayed","completed","cancelled"]},
  "percent_complete":{"type":"integer","description":"the latest accepted report's; 0 before any"},
  "planned_percent":{"type":"number","description":"planned by the end of the last quarter over"},
  "late_report":{"type":"boolean"},
  "budget_satang":{"type":"integer"},"committed_satang":{"type":"integer"},
  "spent_satang":{"type":"integer"})";
}  // namespace

json::value projects_schema() {
  return json::parse(std::string(R"({"type":"object","properties":{"items":{"type":"array",
    "items":{"type":"object","properties":{)") +
                     kProjectProperties + R"(}}},"next_cursor":{"type":["string","null"]}}})");
}

json::value project_schema() {
  return json::parse(std::string(R"({"type":"object","properties":{)") + kProjectProperties +
                     R"(,"plan_id":{"type":"integer"},"objectives_th":{"type":"string"},
    "responsible_th":{"type":"string"},
    "planned_curve":{"type":"array","items":{"type":"object","properties":{
      "fiscal_year":{"type":"integer"},"quarter":{"type":"integer"},
      "percent":{"type":"number"}}}},
    "kpis":{"type":"array","items":{"type":"object","properties":{
      "id":{"type":"integer"},"name_th":{"type":"string"},"unit_th":{"type":"string"},
      "baseline":{"type":"number"},"direction":{"type":"string"},"targets":{"type":"object"},
      "actual":{"type":["number","null"]},"achievement_percent":{"type":["number","null"]}}}},
    "kpi_achievement_percent":{"type":["number","null"]}}})");
}

json::value round_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},"fiscal_year":{"type":"integer"},
    "frequency":{"type":"string","enum":["monthly","quarterly"]},
    "period":{"type":"integer","description":"monthly 1-12 (1 = October), quarterly 1-4"},
    "period_end":{"type":"string","format":"date"},"deadline":{"type":"string","format":"date"},
    "state":{"type":"string","enum":["open","closed"]},
    "opened_at":{"type":"string"},"closed_at":{"type":["string","null"]},
    "projects":{"type":"array","items":{"type":"object","properties":{
      "id":{"type":"integer"},"number":{"type":"string"},"name_th":{"type":"string"},
      "divisions":{"type":"array","items":{"type":"string"}},"reported":{"type":"boolean"}}}}}})");
}

json::value rounds_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", round_schema()}}}}}};
}

json::value new_round_schema() {
  return json::parse(R"({"type":"object","required":["fiscal_year","frequency","period","deadline"],
    "properties":{"fiscal_year":{"type":"integer","example":2567},
    "frequency":{"type":"string","enum":["monthly","quarterly"]},
    "period":{"type":"integer","example":2},
    "deadline":{"type":"string","example":"2024-04-15"}}})");
}

json::value report_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},"round_id":{"type":"integer"},"project_id":{"type":"integer"},
    "version":{"type":"integer"},"state":{"type":"string","enum":["accepted","pending","rejected"]},
    "amendment":{"type":"boolean"},"percent_complete":{"type":"integer"},
    "committed_satang":{"type":"integer"},"spent_satang":{"type":"integer"},
    "activities_th":{"type":"string"},"problems_th":{"type":"string"},
    "help_needed_th":{"type":"string"},"filed_by":{"type":"string"},"filed_at":{"type":"string"},
    "kpi_actuals":{"type":"array","items":{"type":"object","properties":{
      "kpi_id":{"type":"integer"},"actual":{"type":"number"}}}}}})");
}

json::value reports_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", report_schema()}}}}}};
}

json::value new_report_schema() {
  return json::parse(R"({"type":"object","required":["round_id","percent_complete"],
    "properties":{"round_id":{"type":"integer"},
    "percent_complete":{"type":"integer","minimum":0,"maximum":100},
    "committed_satang":{"type":"integer","minimum":0},"spent_satang":{"type":"integer","minimum":0},
    "activities_th":{"type":"string"},"problems_th":{"type":"string"},
    "help_needed_th":{"type":"string"},
    "kpi_actuals":{"type":"array","items":{"type":"object","properties":{
      "kpi_id":{"type":"integer"},"actual":{"type":"number"}}}}}})");
}

json::value decision_schema() {
  return json::parse(R"({"type":"object","required":["approve"],
    "properties":{"approve":{"type":"boolean"}}})");
}

json::value import_schema() {
  return json::parse(R"({"type":"object","properties":{
    "added":{"type":"integer"},"updated":{"type":"integer"}}})");
}

}  // namespace pao::plan
