#include "modules/plan/plans.hpp"

#include <algorithm>
#include <set>

#include "modules/plan/permissions.hpp"
#include "modules/plan/plan_store.hpp"
#include "modules/plan/search_documents.hpp"
#include "modules/plan/seed.hpp"
#include "modules/plan/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace json = boost::json;

namespace {

Error not_planner() {
  return {ErrorCode::permission_denied,
          {"เฉพาะผู้จัดทำแผนแก้ไขแผน ยุทธศาสตร์ และเป้าประสงค์ได้",
           "Only the planner may change plans, strategies and goals"},
          {},
          {}};
}

bool one_of(const std::vector<std::string>& set, const std::string& v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

json::array strings(const std::vector<std::string>& items) {
  return json::array(items.begin(), items.end());
}

// The plan as typed, trimmed; field errors for what breaks the rules.
Result<PlanInput> checked_plan(const PlanInput& raw) {
  PlanInput in = raw;
  in.name_th = http::trim(in.name_th);
  FieldErrors e;
  if (!one_of(kPlanKinds, in.kind)) {
    e.add("kind", {"ต้องเป็นแผนปฏิบัติการดิจิทัล แผนพัฒนาท้องถิ่น หรือแผนดำเนินงานประจำปี",
                   "must be digital, local_development or yearly_action"});
  }
  if (in.name_th.empty()) e.add("name_th", {"กรุณากรอกชื่อแผน", "is required"});
  if (http::utf8_length(in.name_th) > 300) {
    e.add("name_th", {"ยาวเกิน 300 ตัวอักษร", "is longer than 300 characters"});
  }
  const bool first_ok = in.first_year >= 2500 && in.first_year <= 2700;
  const bool last_ok = in.last_year >= 2500 && in.last_year <= 2700;
  if (!first_ok) e.add("first_year", {"ต้องเป็นปี พ.ศ. เช่น 2570", "must be a B.E. year, e.g. 2570"});
  if (!last_ok) e.add("last_year", {"ต้องเป็นปี พ.ศ. เช่น 2570", "must be a B.E. year, e.g. 2570"});
  if (first_ok && last_ok) {
    if (in.last_year < in.first_year) {
      e.add("last_year", {"ต้องไม่ก่อนปีแรกของแผน", "must not be before the plan's first year"});
    } else if (in.kind == "yearly_action" && in.last_year != in.first_year) {
      e.add("last_year", {"แผนดำเนินงานประจำปีครอบคลุมปีงบประมาณเดียว",
                          "a yearly action plan covers one fiscal year"});
    } else if (in.kind == "local_development" && in.last_year - in.first_year != 4) {
      e.add("last_year", {"แผนพัฒนาท้องถิ่นครอบคลุม 5 ปี", "a local development plan covers five years"});
    }
  }
  if (!one_of(kPlanStatuses, in.status)) {
    e.add("status", {"ต้องเป็นร่าง ใช้บังคับ หรือสิ้นสุดแล้ว", "must be draft, in_force or ended"});
  }
  if (!e.empty()) return e.to_error();
  return in;
}

Result<StrategyInput> checked_strategy(db::Connection& conn, std::int64_t plan_id,
                                       const StrategyInput& raw, int except_id) {
  StrategyInput in;
  in.number = raw.number;
  in.name_th = http::trim(raw.name_th);
  for (const auto& m : raw.missions_th) {
    auto t = http::trim(m);
    if (!t.empty()) in.missions_th.push_back(std::move(t));
  }
  FieldErrors e;
  if (in.number < 1 || in.number > 99) {
    e.add("number", {"ต้องเป็นเลข 1–99", "must be a number from 1 to 99"});
  } else if (store::strategy_number_taken(conn, plan_id, in.number, except_id)) {
    e.add("number", {"แผนนี้มียุทธศาสตร์ที่ " + std::to_string(in.number) + " แล้ว",
                     "the plan has a strategy " + std::to_string(in.number) + " already"});
  }
  if (in.name_th.empty()) e.add("name_th", {"กรุณากรอกชื่อยุทธศาสตร์", "is required"});
  if (http::utf8_length(in.name_th) > 500) {
    e.add("name_th", {"ยาวเกิน 500 ตัวอักษร", "is longer than 500 characters"});
  }
  for (const auto& m : in.missions_th) {
    if (http::utf8_length(m) > 1000 || m.find(" | ") != std::string::npos) {
      e.add("missions_th", {"แต่ละข้อต้องไม่เกิน 1,000 ตัวอักษรและไม่มี “ | ”",
                            "each must be at most 1,000 characters without “ | ”"});
      break;
    }
  }
  if (!e.empty()) return e.to_error();
  return in;
}

Result<std::string> checked_goal(const std::string& raw) {
  auto text = http::trim(raw);
  if (text.empty()) {
    return Error::invalid({"กรุณากรอกเป้าประสงค์", "The goal is required"})
        .field("text_th", {"กรุณากรอก", "is required"});
  }
  if (http::utf8_length(text) > 1000) {
    return Error::invalid({"เป้าประสงค์ยาวเกินไป", "The goal is too long"})
        .field("text_th", {"ยาวเกิน 1,000 ตัวอักษร", "is longer than 1,000 characters"});
  }
  return text;
}

void audit_plan(audit::Changes& c, const PlanInput* before, const PlanInput& after) {
  if (!before) {
    c.added("kind", json::string(after.kind))
        .added("name_th", json::string(after.name_th))
        .added("first_year", after.first_year)
        .added("last_year", after.last_year)
        .added("status", json::string(after.status));
    return;
  }
  c.set("kind", json::string(before->kind), json::string(after.kind))
      .set("name_th", json::string(before->name_th), json::string(after.name_th))
      .set("first_year", before->first_year, after.first_year)
      .set("last_year", before->last_year, after.last_year)
      .set("status", json::string(before->status), json::string(after.status));
}

PlanInput input_of(const Plan& p) {
  return {p.kind, p.name_th, p.first_year, p.last_year, p.status};
}

// Renumbers the strategy's goals 1..n in the order given.
void write_order(db::Connection& conn, const std::vector<std::int64_t>& ids) {
  int position = 0;
  for (const auto id : ids) store::set_goal_position(conn, id, ++position);
}

std::vector<std::int64_t> goal_ids(const Strategy& s) {
  std::vector<std::int64_t> out;
  for (const auto& g : s.goals) out.push_back(g.id);
  return out;
}

}  // namespace

Error no_such_plan() {
  return Error::not_found({"ไม่พบแผนนี้", "No such plan"});
}
Error no_such_strategy() {
  return Error::not_found({"ไม่พบยุทธศาสตร์นี้", "No such strategy"});
}
Error no_such_goal() {
  return Error::not_found({"ไม่พบเป้าประสงค์นี้", "No such goal"});
}

std::vector<Plan> list_plans(db::Connection& conn) {
  return store::list_plans(conn);
}

std::optional<Plan> find_plan(db::Connection& conn, std::int64_t id) {
  return store::find_plan(conn, id);
}

bool may_see_plan(const Plan& p, const auth::Principal& who) {
  return p.status != "draft" || who.can(kViewPermission);
}

std::optional<Plan> find_visible_plan(db::Connection& conn, std::int64_t id,
                                      const auth::Principal& who) {
  auto p = store::find_plan(conn, id);
  if (p && !may_see_plan(*p, who)) return std::nullopt;
  return p;
}

std::optional<PlanDetail> plan_detail(db::Connection& conn, std::int64_t id) {
  db::Tx tx(conn, db::TxMode::read);
  auto plan = store::find_plan(conn, id);
  if (!plan) return std::nullopt;
  PlanDetail d{std::move(*plan), store::plan_strategies(conn, id), {}};
  for (auto& p : list_projects(conn)) {
    if (p.plan_id == id) d.projects.push_back(std::move(p));
  }
  tx.commit();
  return d;
}

std::optional<Strategy> find_strategy(db::Connection& conn, int id) {
  return store::find_strategy(conn, id);
}

Result<Plan> create_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, const PlanInput& raw) {
  if (!is_planner(who)) return not_planner();
  auto in = checked_plan(raw);
  if (!in.ok()) return in.error();
  db::Tx tx(conn);
  const auto id = store::insert_plan(conn, *in);
  audit::Changes c;
  audit_plan(c, nullptr, *in);
  audit::record(conn, at, by, {"plan.plan.create", "plan_plan", std::to_string(id), c});
  auto out = *store::find_plan(conn, id);
  tx.commit();
  return out;
}

Result<Plan> update_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t id, const PlanInput& raw) {
  if (!is_planner(who)) return not_planner();
  auto in = checked_plan(raw);
  if (!in.ok()) return in.error();
  db::Tx tx(conn);
  const auto before = store::find_plan(conn, id);
  if (!before) return no_such_plan();
  if (const int n = store::projects_outside(conn, id, in->first_year, in->last_year); n > 0) {
    const auto count = std::to_string(n);
    return Error::invalid({"มีโครงการ " + count + " โครงการที่ดำเนินการนอกช่วงปีนี้",
                           std::to_string(n) + " project(s) run in years outside this span"})
        .field("first_year", {"โครงการ " + count + " โครงการอยู่นอกช่วงปี",
                              count + " project(s) fall outside the span"});
  }
  store::update_plan(conn, id, *in);
  audit::Changes c;
  const auto was = input_of(*before);
  audit_plan(c, &was, *in);
  audit::record(conn, at, by, {"plan.plan.update", "plan_plan", std::to_string(id), c});
  if (before->status != in->status) {  // adopted or back to draft: who may find its projects
    for (const auto& p : list_projects(conn)) {
      if (p.plan_id == id) index_project(conn, at, p);
    }
  }
  auto out = *store::find_plan(conn, id);
  tx.commit();
  return out;
}

Result<Strategy> add_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const auth::Principal& who, std::int64_t plan_id,
                              const StrategyInput& raw) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  store::lock_strategies(conn);  // two planners adding at once: one after the other
  if (!store::find_plan(conn, plan_id)) return no_such_plan();
  auto in = checked_strategy(conn, plan_id, raw, 0);
  if (!in.ok()) return in.error();
  const int id = store::insert_strategy(conn, plan_id, *in);
  audit::Changes c;
  c.added("plan_id", plan_id)
      .added("number", in->number)
      .added("name_th", json::string(in->name_th))
      .added("missions_th", strings(in->missions_th));
  audit::record(conn, at, by, {"plan.strategy.add", "plan_strategy", std::to_string(id), c});
  auto out = *store::find_strategy(conn, id);
  tx.commit();
  return out;
}

Result<Strategy> update_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const auth::Principal& who, int strategy_id,
                                 const StrategyInput& raw) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  store::lock_strategies(conn);  // a renumbering checks the numbers as they stand
  const auto before = store::find_strategy(conn, strategy_id);
  if (!before) return no_such_strategy();
  auto in = checked_strategy(conn, before->plan_id, raw, strategy_id);
  if (!in.ok()) return in.error();
  store::update_strategy(conn, strategy_id, *in);
  audit::Changes c;
  c.set("number", before->number, in->number)
      .set("name_th", json::string(before->name_th), json::string(in->name_th))
      .set("missions_th", strings(before->missions_th), strings(in->missions_th));
  audit::record(conn, at, by,
                {"plan.strategy.update", "plan_strategy", std::to_string(strategy_id), c});
  auto out = *store::find_strategy(conn, strategy_id);
  if (before->number != in->number) {  // its projects' numbers ("2.4") changed
    for (const auto& p : list_projects(conn)) {
      if (p.strategy_id == strategy_id) index_project(conn, at, p);
    }
  }
  tx.commit();
  return out;
}

Status delete_plan(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const auth::Principal& who, std::int64_t plan_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  store::lock_strategies(conn);  // no strategy is added to it meanwhile
  const auto before = store::find_plan(conn, plan_id);
  if (!before) return no_such_plan();
  if (before->status != "draft") {
    return Error::conflict({"ลบได้เฉพาะแผนที่ยังเป็นร่าง แผนที่ประกาศใช้หรือสิ้นสุดแล้วต้องเก็บไว้เป็นหลักฐาน",
                            "Only a draft plan can be deleted; a plan in force or ended is kept "
                            "as a record"});
  }
  if (before->project_count > 0) {
    const auto n = std::to_string(before->project_count);
    return Error::conflict({"ลบแผนนี้ไม่ได้ ยังมีโครงการ " + n + " โครงการ",
                            "The plan still has " + n + " project(s); it cannot be deleted"});
  }
  std::vector<std::string> strategies;
  for (const auto& s : store::plan_strategies(conn, plan_id)) {
    strategies.push_back(std::to_string(s.number) + " " + s.name_th);
  }
  store::delete_plan(conn, plan_id);
  audit::Changes c;
  c.removed("kind", json::string(before->kind))
      .removed("name_th", json::string(before->name_th))
      .removed("first_year", before->first_year)
      .removed("last_year", before->last_year)
      .removed("status", json::string(before->status))
      .removed("strategies", strings(strategies));
  audit::record(conn, at, by, {"plan.plan.delete", "plan_plan", std::to_string(plan_id), c});
  tx.commit();
  return ok_status();
}

Status delete_strategy(db::Connection& conn, TimePoint at, const audit::Actor& by,
                       const auth::Principal& who, int strategy_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto before = store::find_strategy(conn, strategy_id);
  if (!before) return no_such_strategy();
  if (before->project_count > 0) {
    const auto n = std::to_string(before->project_count);
    return Error::conflict({"ลบยุทธศาสตร์นี้ไม่ได้ ยังมีโครงการ " + n + " โครงการ",
                            "The strategy still has " + n + " project(s); it cannot be deleted"});
  }
  std::vector<std::string> goals;
  for (const auto& g : before->goals) goals.push_back(g.text_th);
  store::delete_strategy(conn, strategy_id);
  audit::Changes c;
  c.removed("plan_id", before->plan_id)
      .removed("number", before->number)
      .removed("name_th", json::string(before->name_th))
      .removed("missions_th", strings(before->missions_th))
      .removed("goals_th", strings(goals));
  audit::record(conn, at, by,
                {"plan.strategy.delete", "plan_strategy", std::to_string(strategy_id), c});
  tx.commit();
  return ok_status();
}

Result<Goal> add_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                      const auth::Principal& who, int strategy_id, const std::string& raw) {
  if (!is_planner(who)) return not_planner();
  auto text = checked_goal(raw);
  if (!text.ok()) return text.error();
  db::Tx tx(conn);
  if (!store::find_strategy(conn, strategy_id)) return no_such_strategy();
  const auto id = store::insert_goal(conn, strategy_id, *text);
  const auto goal = *store::find_goal(conn, id);
  audit::Changes c;
  c.added("strategy_id", strategy_id)
      .added("position", goal.position)
      .added("text_th", json::string(goal.text_th));
  audit::record(conn, at, by, {"plan.goal.add", "plan_goal", std::to_string(id), c});
  tx.commit();
  return goal;
}

Result<Goal> update_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                         const auth::Principal& who, std::int64_t goal_id, const std::string& raw) {
  if (!is_planner(who)) return not_planner();
  auto text = checked_goal(raw);
  if (!text.ok()) return text.error();
  db::Tx tx(conn);
  auto goal = store::find_goal(conn, goal_id);
  if (!goal) return no_such_goal();
  store::update_goal(conn, goal_id, *text);
  audit::Changes c;
  c.set("text_th", json::string(goal->text_th), json::string(*text));
  audit::record(conn, at, by, {"plan.goal.update", "plan_goal", std::to_string(goal_id), c});
  goal->text_th = *text;
  tx.commit();
  return *goal;
}

Status remove_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                   const auth::Principal& who, std::int64_t goal_id) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto goal = store::find_goal(conn, goal_id);
  if (!goal) return no_such_goal();
  store::delete_goal(conn, goal_id);
  write_order(conn, goal_ids(*store::find_strategy(conn, goal->strategy_id)));
  audit::Changes c;
  c.removed("strategy_id", goal->strategy_id)
      .removed("position", goal->position)
      .removed("text_th", json::string(goal->text_th));
  audit::record(conn, at, by, {"plan.goal.remove", "plan_goal", std::to_string(goal_id), c});
  tx.commit();
  return ok_status();
}

Status reorder_goals(db::Connection& conn, TimePoint at, const audit::Actor& by,
                     const auth::Principal& who, int strategy_id,
                     const std::vector<std::int64_t>& ids) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto s = store::find_strategy(conn, strategy_id);
  if (!s) return no_such_strategy();
  const auto before = goal_ids(*s);
  const std::set<std::int64_t> have(before.begin(), before.end());
  const std::set<std::int64_t> given(ids.begin(), ids.end());
  if (given != have || ids.size() != before.size()) {
    return Error::invalid({"ลำดับเป้าประสงค์ไม่ครบหรือไม่ตรงกับยุทธศาสตร์",
                           "The order must list each of the strategy's goals once"})
        .field("goal_ids", {"ต้องมีเป้าประสงค์ทุกข้อของยุทธศาสตร์ข้อละครั้ง",
                            "must list each of the strategy's goals exactly once"});
  }
  write_order(conn, ids);
  audit::Changes c;
  c.set("goal_ids", json::array(before.begin(), before.end()), json::array(ids.begin(), ids.end()));
  audit::record(conn, at, by,
                {"plan.goal.reorder", "plan_strategy", std::to_string(strategy_id), c});
  tx.commit();
  return ok_status();
}

Status move_goal(db::Connection& conn, TimePoint at, const audit::Actor& by,
                 const auth::Principal& who, std::int64_t goal_id, int step) {
  if (!is_planner(who)) return not_planner();
  std::vector<std::int64_t> order;
  int strategy_id = 0;
  {
    const auto goal = store::find_goal(conn, goal_id);
    if (!goal) return no_such_goal();
    strategy_id = goal->strategy_id;
    order = goal_ids(*store::find_strategy(conn, strategy_id));
  }
  const auto it = std::find(order.begin(), order.end(), goal_id);
  const auto at_index = it - order.begin();
  const auto to = at_index + (step < 0 ? -1 : 1);
  if (to < 0 || to >= static_cast<std::ptrdiff_t>(order.size())) return ok_status();
  std::swap(order[static_cast<std::size_t>(at_index)], order[static_cast<std::size_t>(to)]);
  return reorder_goals(conn, at, by, who, strategy_id, order);
}

Result<Project> add_project(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const auth::Principal& who, int strategy_id, const NewProject& in) {
  if (!is_planner(who)) return not_planner();
  db::Tx tx(conn);
  const auto s = store::find_strategy(conn, strategy_id);
  if (!s) return no_such_strategy();
  const auto plan = *store::find_plan(conn, s->plan_id);
  FieldErrors e;
  const auto name = http::trim(in.name_th);
  if (name.empty()) e.add("name_th", {"กรุณากรอกชื่อโครงการ", "is required"});
  if (http::utf8_length(name) > 500) {
    e.add("name_th", {"ยาวเกิน 500 ตัวอักษร", "is longer than 500 characters"});
  }
  if (in.seq < 0 || in.seq > 999) {
    e.add("seq", {"ต้องเป็นเลข 1–999", "must be a number from 1 to 999"});
  } else if (in.seq > 0 && store::seq_taken(conn, strategy_id, in.seq)) {
    e.add("seq", {"ยุทธศาสตร์นี้มีโครงการที่ " + std::to_string(s->number) + "." + std::to_string(in.seq) +
                      " แล้ว",
                  "the strategy has a project " + std::to_string(s->number) + "." +
                      std::to_string(in.seq) + " already"});
  }
  const std::set<int> years(in.fiscal_years.begin(), in.fiscal_years.end());
  const std::string span = std::to_string(plan.first_year) + "–" + std::to_string(plan.last_year);
  if (years.empty()) {
    e.add("fiscal_years", {"ต้องมีอย่างน้อยหนึ่งปี", "needs at least one year"});
  } else if (*years.begin() < plan.first_year || *years.rbegin() > plan.last_year) {
    e.add("fiscal_years", {"ต้องอยู่ในช่วงปีของแผน " + span, "must lie within the plan's " + span});
  }
  const auto& names = division_names_th();
  const std::set<std::string> divisions(in.divisions.begin(), in.divisions.end());
  std::string responsible;
  for (const auto& d : divisions) {
    const auto it = names.find(d);
    if (it == names.end()) {
      e.add("divisions", {"ไม่รู้จักหน่วยงาน “" + d + "”", "unknown division “" + d + "”"});
      break;
    }
    responsible += (responsible.empty() ? "" : ";") + it->second;
  }
  if (divisions.empty()) e.add("divisions", {"ต้องมีหน่วยงานรับผิดชอบ", "needs a responsible division"});
  if (!e.empty()) return e.to_error();

  const int seq = in.seq > 0 ? in.seq : store::next_seq(conn, strategy_id);
  const auto [id, added] =
      store::upsert_project(conn, strategy_id, seq, name, http::trim(in.objectives_th), responsible,
                            http::trim(in.system_kind), {years.begin(), years.end()},
                            {divisions.begin(), divisions.end()});
  (void)added;
  store::refresh_summary(conn, id);
  auto project = *find_project(conn, id);
  index_project(conn, at, project);
  audit::Changes c;
  c.added("plan_id", plan.id)
      .added("strategy_id", strategy_id)
      .added("number", json::string(project.number()))
      .added("name_th", json::string(project.name_th))
      .added("fiscal_years", json::array(project.fiscal_years.begin(), project.fiscal_years.end()))
      .added("divisions", json::array(divisions.begin(), divisions.end()));
  audit::record(conn, at, by, {"plan.project.add", "plan_project", std::to_string(id), c});
  tx.commit();
  return project;
}

}  // namespace pao::plan
