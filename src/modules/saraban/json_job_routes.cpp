// JSON API of jobs: a job with its letters and history, taking a step, and my inbox — the same
// use cases as the job pages.
#include <boost/json.hpp>
#include <charconv>

#include "modules/identity/api.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/delegation.hpp"
#include "modules/saraban/job_history.hpp"
#include "modules/saraban/job_steps.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace json = boost::json;

namespace {

std::optional<std::int64_t> path_id(const http::Context& ctx) {
  const std::string& s = ctx.request.path_param("id");
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

json::object step_json(const JobAction& a) {
  json::object o{{"id", a.id},
                 {"kind", action_kind_name(a.kind)},
                 {"at", a.at},
                 {"by", a.actor_name},
                 {"position", a.actor_position}};
  if (!a.on_behalf_of.empty()) o["on_behalf_of"] = a.on_behalf_of;
  if (!a.to_division.empty()) o["division"] = a.to_division;
  if (a.to_user_id) o["user_id"] = *a.to_user_id;
  if (!a.to_name.empty()) o["to"] = a.to_name;
  if (a.register_no) o["division_register_no"] = *a.register_no;
  if (!a.note.empty()) o["note"] = a.note;
  if (!a.document_sha256.empty()) o["document_sha256"] = a.document_sha256;
  return o;
}

json::object job_json(const Job& j, bool visible) {
  json::object o{{"id", j.id},
                 {"status", j.status},
                 {"urgency", urgency_name(j.urgency)},
                 {"secrecy", secrecy_name(j.secrecy)},
                 {"due_date", j.due_date.empty() ? json::value(nullptr) : json::value(j.due_date)},
                 {"created_at", j.created_at}};
  if (visible) {
    o["title"] = j.title;
  } else {
    o["title_hidden"] = true;
  }
  return o;
}

Error no_such_job() {
  return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
}

}  // namespace

Result<http::Response> get_job_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_job();
  auto view = view_job(ctx.db(), ctx.clock().now(), person_of(ctx), *id);
  if (!view.ok()) return view.error();
  const bool visible = view->job.secrecy == Secrecy::none || view->viewer_named;
  json::object o = job_json(view->job, visible);
  json::array letters;
  for (const auto& l : view->letters) letters.push_back(letter_json(l));
  json::array history;
  for (const auto& a : view->history) history.push_back(step_json(a));
  o["letters"] = std::move(letters);
  o["history"] = std::move(history);
  return http::Response::json(200, o);
}

Result<http::Response> take_step_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id) return no_such_job();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  Step step;
  const std::string kind = in->text("kind", {.required = true, .max_chars = 20});
  const auto parsed = parse_action_kind(kind);
  if (!kind.empty() &&
      (!parsed || *parsed == ActionKind::register_letter || *parsed == ActionKind::attach)) {
    in->reject("kind", {"ต้องเป็น forward, route, comment, acknowledge, approve, return หรือ sign",
                        "must be forward, route, comment, acknowledge, approve, return or sign"});
  }
  step.note = in->text("note", {.max_chars = 4000});
  step.on_behalf_of = in->text("on_behalf_of", {.max_chars = 200});
  const std::string division = in->text("division", {.max_chars = 40});
  const std::string user = in->text("user", {.max_chars = 64});
  step.document_sha256 = in->text("document_sha256", {.max_chars = 64});
  if (parsed) step.kind = *parsed;
  if (!division.empty()) {
    const auto d = org::find_division(ctx.db(), division);
    if (d && d->active) {
      step.division_code = d->code;
      step.division_name = d->name_th;
    } else {
      in->reject("division", {"ไม่มีกองนี้", "is not an active division"});
    }
  }
  if (!user.empty()) {
    const auto u = identity::find_user_by_username(ctx.db(), user);
    if (u && u->active) {
      step.user_id = u->id;
      step.user_name = u->display_name.empty() ? u->username : u->display_name;
    } else {
      in->reject("user", {"ไม่มีผู้ใช้นี้", "is not an active user"});
    }
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  const Powers powers{ctx.principal.can(kForward), ctx.principal.can(kApprove)};
  auto done = take_step(ctx.db(), ctx.clock().now(), person_of(ctx), powers, *id, step);
  if (!done.ok()) return done.error();
  return http::Response::json(201, step_json(*done));
}

Result<http::Response> inbox_json(http::Context& ctx) {
  const std::string today = to_iso_date(bangkok_date(ctx.clock().now()));
  json::array items;
  for (const auto& item : store::inbox_of(ctx.db(), ctx.principal.id, 200)) {
    json::object o = job_json(item.job, true);
    o["last_step_at"] = item.last_action_at;
    o["overdue"] =
        !item.job.due_date.empty() && item.job.status == "open" && item.job.due_date < today;
    items.push_back(std::move(o));
  }
  // The jobs waiting for whom the caller acts for (delegation.hpp).
  for (const auto& d :
       jobs_waiting_for_principals(ctx.db(), ctx.clock().now(), ctx.principal.id, 200)) {
    json::object o = job_json(d.job, true);
    o["last_step_at"] = d.last_action_at;
    o["overdue"] = !d.job.due_date.empty() && d.job.due_date < today;
    o["acting_for"] = json::object{{"delegation_id", d.delegation.id},
                                   {"user_id", d.delegation.principal_id},
                                   {"name", d.delegation.principal_name},
                                   {"position", d.delegation.principal_position}};
    items.push_back(std::move(o));
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

}  // namespace pao::saraban
