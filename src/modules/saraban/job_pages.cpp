// Pages of a job (เรื่อง): the job with its letters, files and history, the forms for each step,
// and a person's inbox of jobs with overdue ones first.
#include "platform/html/ctemplate.hpp"

#include <charconv>
#include <map>

#include "modules/identity/api.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/delegation.hpp"
#include "modules/saraban/job_history.hpp"
#include "modules/saraban/job_steps.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/files/files.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace {

std::optional<std::int64_t> positive_id(std::string_view s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

Error no_such_job() {
  return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
}

std::string status_tag(const http::Context& ctx, const std::string& status) {
  const html::Tone tone = status == "approved" || status == "signed" ? html::Tone::success
                          : status == "returned"                     ? html::Tone::warning
                                                                     : html::Tone::info;
  return html::status_tag(ctx.html().text(ctx.lang, "saraban.status." + status), tone);
}

bool overdue(const Job& j, TimePoint now) {
  return !j.due_date.empty() && j.status == "open" && j.due_date < to_iso_date(bangkok_date(now));
}

std::string select_field(const http::Context& ctx, const std::string& name,
                         const std::string& label, std::vector<html::Choice> choices) {
  html::Field f;
  f.kind = html::FieldKind::select;
  f.name = name;
  f.label = label;
  f.choices = std::move(choices);
  return html::field(ctx, f);
}

std::string text_field(const http::Context& ctx, const std::string& name, const std::string& label,
                       const std::string& hint = {}, html::FieldKind kind = html::FieldKind::text,
                       const std::string& id_suffix = {}) {
  html::Field f;
  f.kind = kind;
  f.name = name + id_suffix;
  f.label = label;
  f.hint = hint;
  f.rows = 3;
  std::string out = html::field(ctx, f);
  if (id_suffix.empty()) return out;
  // Several forms on one page share field names; ids stay unique, names are as posted.
  const std::string from = "name=\"" + name + id_suffix + "\"";
  if (const auto at = out.find(from); at != std::string::npos) {
    out.replace(at, from.size(), "name=\"" + name + "\"");
  }
  return out;
}

}  // namespace

Result<http::Response> job_page(http::Context& ctx) {
  const auto id = positive_id(ctx.request.path_param("id"));
  if (!id) return no_such_job();
  auto view = view_job(ctx.db(), ctx.clock().now(), person_of(ctx), *id);
  if (!view.ok()) return view.error();
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const bool visible = view->job.secrecy == Secrecy::none || view->viewer_named;

  ctemplate::TemplateDictionary dict("job");
  dict.SetIntValue("JOB_ID", static_cast<int>(*id));
  dict.SetValue("TITLE", visible ? view->job.title : t("saraban.secret.hidden"));
  dict.SetValue("STATUS_TAG", status_tag(ctx, view->job.status));
  if (view->job.urgency != Urgency::normal) {
    dict.SetValueAndShowSection(
        "URGENCY_TAG",
        html::status_tag(urgency_label(view->job.urgency).in(ctx.lang), html::Tone::danger),
        "URGENT");
  }
  if (view->job.secrecy != Secrecy::none) {
    dict.SetValueAndShowSection(
        "SECRECY_TAG",
        html::status_tag(secrecy_label(view->job.secrecy).in(ctx.lang), html::Tone::warning),
        "SECRET");
  }
  if (!view->job.due_date.empty()) {
    auto* due = dict.AddSectionDictionary("DUE");
    due->SetValue("DUE_DATE", shown_date(ctx, view->job.due_date));
    if (overdue(view->job, ctx.clock().now())) {
      due->SetValueAndShowSection(
          "OVERDUE_TAG", html::status_tag(t("saraban.overdue"), html::Tone::danger), "OVERDUE");
    }
  }
  for (const auto& l : view->letters) {
    auto* row = dict.AddSectionDictionary("LETTER");
    fill_letter_row(ctx, *row, l);
    row->SetValue("YEAR_BE", std::to_string(l.year + kBuddhistEraOffset));
    if (!visible) continue;
    for (const auto& f : files::list_files(ctx.db(), {"saraban", "letter", std::to_string(l.id)})) {
      auto* file = row->AddSectionDictionary("FILE");
      file->SetValue("URL", files::file_url(f));
      file->SetValue("NAME", f.name);
    }
  }
  for (const auto& a : view->history) {
    auto* step = dict.AddSectionDictionary("STEP");
    step->SetValue("KIND", t(std::string("saraban.step.") + action_kind_name(a.kind)));
    step->SetValue("KIND_NAME", action_kind_name(a.kind));
    step->SetValue("AT", shown_time(ctx, a.at));
    step->SetValue("AT_UTC", a.at);
    step->SetValue("ACTOR", a.actor_name);
    if (!a.actor_position.empty())
      step->SetValueAndShowSection("POSITION", a.actor_position, "HAS_POSITION");
    if (!a.on_behalf_of.empty())
      step->SetValueAndShowSection("ON_BEHALF", a.on_behalf_of, "HAS_ON_BEHALF");
    if (!a.to_name.empty()) step->SetValueAndShowSection("TO", a.to_name, "HAS_TO");
    if (a.register_no && a.kind == ActionKind::forward) {
      step->SetValueAndShowSection("DIVISION_NO", std::to_string(*a.register_no),
                                   "HAS_DIVISION_NO");
    }
    if (!a.note.empty()) step->SetValueAndShowSection("NOTE", a.note, "HAS_NOTE");
    if (!a.document_sha256.empty()) {
      step->SetValueAndShowSection("SHA256", a.document_sha256, "HAS_SHA256");
    }
  }

  if (visible) fill_draft_choice(ctx, dict, *id);  // templates_pages.cpp
  const bool can_forward = ctx.principal.can(kForward);
  // A delegate decides on the jobs waiting for whom they act for (delegation.hpp).
  const bool can_approve =
      ctx.principal.can(kApprove) ||
      acting_for(ctx.db(), ctx.clock().now(), ctx.principal.id, *id).has_value();
  const bool may_act = visible && view->job.status != "closed";
  if (may_act && (view->viewer_named || can_forward || can_approve)) {
    dict.ShowSection("CAN_COMMENT");
    dict.SetValue("COMMENT_NOTE", text_field(ctx, "note", t("saraban.field.comment"), {},
                                             html::FieldKind::textarea, "-comment"));
    dict.SetValue("COMMENT_BEHALF",
                  text_field(ctx, "on_behalf_of", t("saraban.field.on_behalf_of"),
                             t("saraban.hint.on_behalf_of"), html::FieldKind::text, "-comment"));
  }
  if (may_act && can_forward) {
    dict.ShowSection("CAN_FORWARD");
    std::vector<html::Choice> divisions;
    for (const auto& d : org::list_divisions(ctx.db()))
      divisions.push_back({d.code, d.name_th, {}});
    dict.SetValue("DIVISION_FIELD",
                  select_field(ctx, "division", t("saraban.field.division"), std::move(divisions)));
    dict.SetValue("FORWARD_NOTE", text_field(ctx, "note", t("saraban.field.note"), {},
                                             html::FieldKind::text, "-forward"));
    dict.SetValue("USER_FIELD",
                  text_field(ctx, "user", t("saraban.field.user"), t("saraban.hint.user")));
    dict.SetValue("ROUTE_NOTE", text_field(ctx, "note", t("saraban.field.note"), {},
                                           html::FieldKind::text, "-route"));
  }
  if (may_act && can_approve) {
    dict.ShowSection("CAN_APPROVE");
    dict.SetValue("APPROVE_NOTE", text_field(ctx, "note", t("saraban.field.order"), {},
                                             html::FieldKind::textarea, "-approve"));
    dict.SetValue("APPROVE_BEHALF",
                  text_field(ctx, "on_behalf_of", t("saraban.field.on_behalf_of"),
                             t("saraban.hint.on_behalf_of"), html::FieldKind::text, "-approve"));
    std::vector<html::Choice> pdfs;
    for (const auto& l : view->letters) {
      for (const auto& f :
           files::list_files(ctx.db(), {"saraban", "letter", std::to_string(l.id)})) {
        if (f.mime == "application/pdf") pdfs.push_back({std::to_string(f.id), f.name, {}});
      }
    }
    if (!pdfs.empty()) {
      dict.ShowSection("CAN_SIGN");
      dict.SetValue("DOCUMENT_FIELD",
                    select_field(ctx, "document", t("saraban.field.document"), std::move(pdfs)));
    }
  }
  html::PageInfo info;
  info.title = t("saraban.job.title") + " " + std::to_string(*id);
  info.section = "saraban";
  info.crumbs = {{t("saraban.inbox.title"), "/saraban/inbox"}};
  return renderer.page(ctx, info, "saraban/job", dict);
}

Result<http::Response> take_step_form(http::Context& ctx) {
  const auto id = positive_id(ctx.request.path_param("id"));
  if (!id) return no_such_job();
  const FormValues v = read_form(ctx.request);
  auto value = [&](const char* k) {
    const auto it = v.find(k);
    return it == v.end() ? std::string() : it->second;
  };
  const auto kind = parse_action_kind(value("kind"));
  if (!kind) {
    return Error::invalid({"ไม่รู้จักการดำเนินการนี้", "Unknown step"})
        .field("kind", {"ไม่รู้จัก", "is not a step"});
  }
  Step step;
  step.kind = *kind;
  step.note = value("note");
  step.on_behalf_of = value("on_behalf_of");
  if (step.kind == ActionKind::forward) {
    if (const auto d = org::find_division(ctx.db(), value("division")); d && d->active) {
      step.division_code = d->code;
      step.division_name = d->name_th;
    }
  }
  if (step.kind == ActionKind::route) {
    const auto u = identity::find_user_by_username(ctx.db(), http::trim(value("user")));
    if (u && u->active) {
      step.user_id = u->id;
      step.user_name = u->display_name.empty() ? u->username : u->display_name;
    }
  }
  if (step.kind == ActionKind::sign) {
    const auto file_id = positive_id(value("document"));
    const auto f = file_id ? files::find_file(ctx.db(), *file_id) : std::nullopt;
    if (f && !f->detached_at && f->owner.module == "saraban" && f->mime == "application/pdf") {
      const auto l = store::find_letter(ctx.db(), std::stoll(f->owner.id), ctx.principal.id);
      if (l && l->job_id == *id) step.document_sha256 = f->sha256;
    }
  }
  Powers powers{ctx.principal.can(kForward), ctx.principal.can(kApprove)};
  auto done = take_step(ctx.db(), ctx.clock().now(), person_of(ctx), powers, *id, step);
  if (!done.ok()) return done.error();
  return html::redirect_with_flash("/saraban/jobs/" + std::to_string(*id),
                                   "saraban.flash.step_taken");
}

Result<http::Response> inbox_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  auto items = store::inbox_of(ctx.db(), ctx.principal.id, 200);
  std::map<std::int64_t, std::string> acting;  // job → whom the viewer acts for on it
  ctemplate::TemplateDictionary dict("inbox");
  if (ctx.principal.can(kApprove)) dict.ShowSection("CAN_OVERDUE");
  // The jobs waiting for whom the viewer acts for (delegation.hpp), marked as such.
  for (auto& d : jobs_waiting_for_principals(ctx.db(), ctx.clock().now(), ctx.principal.id, 200)) {
    items.push_back({d.job, d.last_action_at});
    acting[d.job.id] = d.delegation.principal_name;
  }
  if (items.empty()) {
    dict.SetValue(
        "EMPTY", html::empty_state(
                     ctx, {t("saraban.inbox.empty_title"), t("saraban.inbox.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_JOBS");
  }
  int overdue_count = 0;
  for (const auto& item : items) {
    auto* row = dict.AddSectionDictionary("JOB");
    if (const auto it = acting.find(item.job.id); it != acting.end()) {
      row->SetValueAndShowSection("ACTING_FOR", it->second, "HAS_ACTING_FOR");
    }
    row->SetIntValue("ID", static_cast<int>(item.job.id));
    row->SetValue("TITLE", item.job.title);
    row->SetValue("STATUS_TAG", status_tag(ctx, item.job.status));
    row->SetValue("DUE", shown_date(ctx, item.job.due_date));
    row->SetValue("LAST", shown_time(ctx, item.last_action_at));
    if (item.job.urgency != Urgency::normal) {
      row->SetValueAndShowSection(
          "URGENCY_TAG",
          html::status_tag(urgency_label(item.job.urgency).in(ctx.lang), html::Tone::danger),
          "URGENT");
    }
    if (overdue(item.job, ctx.clock().now())) {
      ++overdue_count;
      row->SetValueAndShowSection(
          "OVERDUE_TAG", html::status_tag(t("saraban.overdue"), html::Tone::danger), "OVERDUE");
    }
  }
  if (overdue_count > 0)
    dict.SetValueAndShowSection("OVERDUE_COUNT", std::to_string(overdue_count), "HAS_OVERDUE");
  html::PageInfo info;
  info.title = t("saraban.inbox.title");
  info.section = "saraban";
  return renderer.page(ctx, info, "saraban/inbox", dict);
}

Result<http::Response> overdue_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const std::string today = to_iso_date(bangkok_date(ctx.clock().now()));
  ctemplate::TemplateDictionary dict("overdue");
  int shown = 0;
  for (const auto& o : store::overdue_jobs(ctx.db(), today, ctx.principal.id, 500)) {
    // A head of some divisions sees what was forwarded there; a head everywhere sees all.
    if (!ctx.principal.can_everywhere(kApprove) &&
        (o.division_code.empty() || !ctx.principal.can_in(kApprove, o.division_code))) {
      continue;
    }
    auto* row = dict.AddSectionDictionary("JOB");
    row->SetIntValue("ID", static_cast<int>(o.job.id));
    const bool visible = o.job.secrecy == Secrecy::none || o.viewer_named;
    row->SetValue("TITLE", visible ? o.job.title : t("saraban.secret.hidden"));
    row->SetValue("DUE", shown_date(ctx, o.job.due_date));
    row->SetIntValue(
        "DAYS", days_between(*parse_thai_date(o.job.due_date), bangkok_date(ctx.clock().now())));
    row->SetValue("DIVISION", o.division_name);
    if (o.job.urgency != Urgency::normal) {
      row->SetValueAndShowSection(
          "URGENCY_TAG",
          html::status_tag(urgency_label(o.job.urgency).in(ctx.lang), html::Tone::danger),
          "URGENT");
    }
    ++shown;
  }
  if (shown == 0) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {t("saraban.overdue.empty_title"), t("saraban.overdue.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_JOBS");
  }
  dict.SetIntValue("COUNT", shown);
  html::PageInfo info;
  info.title = t("saraban.overdue.title");
  info.section = "saraban_overdue";
  return renderer.page(ctx, info, "saraban/overdue", dict);
}

}  // namespace pao::saraban
