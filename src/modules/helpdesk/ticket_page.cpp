// One ticket's page: its details and service level, the timeline (private notes and work only
// for IT), and the forms for what the viewer may do next. Each form posts to one use case.
#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "modules/inventory/api.hpp"
#include "platform/files/files.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::helpdesk {

namespace {

using Dict = ctemplate::TemplateDictionary;
using html::FieldKind;
using Outcome = pao::Status;
using Form = std::vector<std::pair<std::string, std::string>>;

Error no_such_ticket() {
  return Error::not_found({"ไม่พบใบแจ้งซ่อมนี้", "No such ticket"});
}

std::string value_of(const Form& form, std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

// The steps `caller` may take on `t` now, in the order they are offered.
std::vector<Step> offered_steps(const Caller& caller, const Ticket& t) {
  std::vector<Step> out;
  const bool requester = t.requester_id == caller.user_id;
  for (const Step s : kSteps) {
    if (!next_status(t.status, s)) continue;
    if (s == Step::resolve) continue;  // its own form, with the solution
    if (caller.it_staff || (requester && requester_may(s))) out.push_back(s);
  }
  return out;
}

void fill_timeline(const http::Context& ctx, Dict& dict, const std::vector<Entry>& entries,
                   const std::vector<KbCategory>& categories) {
  const auto category_name = [&](const std::optional<std::string>& code) {
    if (!code || code->empty()) return t(ctx, "helpdesk.not_sure");
    for (const auto& c : categories) {
      if (c.code == *code) return ctx.lang == "en" ? c.name_en : c.name_th;
    }
    return *code;
  };
  const auto priority_label = [&](const std::optional<std::string>& name) {
    return t(ctx, "helpdesk.priority." + name.value_or("medium"));
  };
  for (const auto& e : entries) {
    auto* d = dict.AddSectionDictionary("ENTRY");
    d->SetIntValue("ID", e.id);
    d->SetValue("AUTHOR", e.author_name);
    d->SetValue("AT", shown_time(ctx, e.created_at));
    d->SetValue("AT_UTC", e.created_at);
    d->SetValue("KIND", entry_kind_name(e.kind));
    if (!e.body.empty()) d->SetValueAndShowSection("BODY", e.body, "HAS_BODY");
    switch (e.kind) {
      case EntryKind::note:
        d->ShowSection("NOTE");
        break;
      case EntryKind::work:
        d->SetIntValue("MINUTES", e.minutes);
        d->SetValue("PARTS", e.parts);
        d->ShowSection("WORK");
        break;
      case EntryKind::status:
        if (const auto s = status_from(e.to_status.value_or(""))) {
          d->SetValueAndShowSection("TO_STATUS", status_tag(ctx, *s), "STATUS");
        }
        break;
      case EntryKind::priority:
      case EntryKind::category: {
        const bool p = e.kind == EntryKind::priority;
        auto* c = d->AddSectionDictionary("CHANGED");
        c->SetValue("FIELD", t(ctx, p ? "helpdesk.field.priority" : "helpdesk.field.category"));
        c->SetValue("FROM", p ? priority_label(e.from_status) : category_name(e.from_status));
        c->SetValue("TO", p ? priority_label(e.to_status) : category_name(e.to_status));
        break;
      }
      case EntryKind::reply:
        break;
    }
  }
}

// IT's own forms: priority and category, time and parts.
void fill_it_forms(http::Context& ctx, Dict& dict, const Ticket& tk, const Error* error,
                   const Form& kept) {
  auto err = [&](const std::string& f) { return html::field_error(ctx, error, f); };
  html::Field priority{FieldKind::select, "priority", t(ctx, "helpdesk.field.priority")};
  priority.value = priority_name(tk.priority);
  for (const auto p : {Priority::critical, Priority::high, Priority::medium, Priority::low}) {
    priority.choices.push_back(
        {priority_name(p), t(ctx, std::string("helpdesk.priority.") + priority_name(p)), {}});
  }
  html::Field category{FieldKind::select, "category", t(ctx, "helpdesk.field.category")};
  category.value = tk.category;
  category.error = err("category");
  category.choices.push_back({"", t(ctx, "helpdesk.not_sure"), {}});
  for (const auto& c : list_categories(ctx.db())) {
    category.choices.push_back({c.code, ctx.lang == "en" ? c.name_en : c.name_th, {}});
  }
  html::Field minutes{FieldKind::text, "minutes", t(ctx, "helpdesk.field.minutes")};
  minutes.input_mode = "numeric";
  minutes.wide = false;
  minutes.value = value_of(kept, "minutes");
  minutes.error = err("minutes");
  html::Field parts{FieldKind::text, "parts", t(ctx, "helpdesk.field.parts")};
  parts.value = value_of(kept, "parts");
  parts.error = err("parts");
  html::Field note{FieldKind::text, "note", t(ctx, "helpdesk.field.note")};
  note.value = value_of(kept, "note");
  auto* forms = dict.AddSectionDictionary("IT_FORMS");
  forms->SetValue("PRIORITY_FIELDS", html::field(ctx, priority) + html::field(ctx, category));
  forms->SetValue("WORK_FIELDS",
                  html::field(ctx, minutes) + html::field(ctx, parts) + html::field(ctx, note));
}

Result<http::Response> show_ticket(http::Context& ctx, std::int64_t id, const Error* error,
                                   const Form& kept) {
  const Caller caller = caller_of(ctx);
  auto view = view_ticket(ctx.db(), caller, id);
  if (!view.ok()) return view.error();
  const Ticket& tk = view->ticket;
  auto err = [&](const std::string& f) { return html::field_error(ctx, error, f); };
  Dict dict("helpdesk_ticket");
  dict.SetIntValue("ID", tk.id);
  dict.SetValue("TITLE", tk.title);
  dict.SetValue("STATUS_TAG", status_tag(ctx, tk.status));
  dict.SetValue("PRIORITY", t(ctx, std::string("helpdesk.priority.") + priority_name(tk.priority)));
  dict.SetValue("REQUESTER", tk.requester_name);
  dict.SetValue("CREATED_AT", shown_time(ctx, tk.created_at));
  if (!tk.description.empty())
    dict.SetValueAndShowSection("DESCRIPTION", tk.description, "HAS_DESCRIPTION");
  if (!tk.asset_no.empty()) {
    dict.SetValueAndShowSection("ASSET_NO", tk.asset_no, "HAS_ASSET");
    // To the inventory's page of the device, when it is registered and the reader may open it.
    if (ctx.principal.can(inventory::kViewAssetsPermission)) {
      if (const auto a = inventory::find_asset_by_number(ctx.db(), tk.asset_no)) {
        dict.SetValueAndShowSection("ASSET_URL", a->url, "ASSET_LINK");
      }
    }
  }
  if (!tk.assignee_name.empty())
    dict.SetValueAndShowSection("ASSIGNEE", tk.assignee_name, "HAS_ASSIGNEE");
  const auto categories = list_categories(ctx.db());
  for (const auto& c : categories) {
    if (c.code == tk.category) {
      dict.SetValueAndShowSection("CATEGORY", ctx.lang == "en" ? c.name_en : c.name_th,
                                  "HAS_CATEGORY");
    }
  }
  dict.SetIntValue("SLA_VERSION", tk.sla.sla_version);
  if (is_open(tk.status)) {
    auto* sla = dict.AddSectionDictionary("SLA");
    if (!tk.owned_at)
      sla->SetValueAndShowSection("OWN_DUE", shown_time(ctx, to_iso_utc(tk.sla.own_due)),
                                  "UNOWNED");
    sla->SetValue("RESOLVE_DUE", shown_time(ctx, to_iso_utc(tk.sla.resolve_due)));
    if (tk.sla.paused_since) {
      sla->SetValueAndShowSection(
          "PAUSED_TAG", html::status_tag(t(ctx, "helpdesk.paused"), html::Tone::warning), "PAUSED");
    } else if (tk.sla.resolve_due < ctx.clock().now()) {
      sla->SetValueAndShowSection("OVERDUE_TAG",
                                  html::status_tag(t(ctx, "helpdesk.overdue"), html::Tone::danger),
                                  "OVERDUE");
    }
  }
  if (!tk.solution.empty()) {
    auto* solution = dict.AddSectionDictionary("HAS_SOLUTION");
    solution->SetValue("SOLUTION", tk.solution);
    if (caller.it_staff) solution->ShowSection("IS_IT");
  }
  if (tk.rating) {
    auto* r = dict.AddSectionDictionary("RATED");
    r->SetIntValue("RATING", *tk.rating);
    if (!tk.rating_comment.empty())
      r->SetValueAndShowSection("COMMENT", tk.rating_comment, "HAS_COMMENT");
  }
  for (const auto& f : files::list_files(ctx.db(), {"helpdesk", "ticket", std::to_string(tk.id)})) {
    auto* d = dict.AddSectionDictionary("FILE");
    d->SetValue("URL", files::file_url(f));
    d->SetValue("NAME", f.name);
    if (f.mime.rfind("image/", 0) == 0) d->ShowSection("IMAGE");
  }
  fill_timeline(ctx, dict, view->timeline, categories);
  for (const Step s : offered_steps(caller, tk)) {
    auto* d = dict.AddSectionDictionary("STEP");
    d->SetValue("STEP", step_name(s));
    d->SetValue("LABEL", t(ctx, std::string("helpdesk.step.") + step_name(s)));
    if (s == Step::reopen) d->ShowSection("SECONDARY");
  }
  if (tk.status != Status::closed) {
    html::Field body{FieldKind::textarea, "body", t(ctx, "helpdesk.field.body")};
    body.rows = 3;
    body.value = value_of(kept, "body");
    body.error = err("body");
    std::string reply = html::field(ctx, body);
    if (caller.it_staff) {
      html::Field priv{FieldKind::checkbox, "private", t(ctx, "helpdesk.field.private")};
      priv.value = value_of(kept, "private");
      reply += html::field(ctx, priv);
    }
    dict.SetValueAndShowSection("REPLY_FIELDS", reply, "CAN_REPLY");
  }
  if (caller.it_staff && next_status(tk.status, Step::resolve)) {
    html::Field solution{FieldKind::textarea, "solution", t(ctx, "helpdesk.field.solution")};
    solution.hint = t(ctx, "helpdesk.hint.solution");
    solution.rows = 3;
    solution.value = value_of(kept, "solution");
    solution.error = err("solution");
    dict.SetValueAndShowSection("SOLUTION_FIELD", html::field(ctx, solution), "CAN_RESOLVE");
  }
  if (caller.it_staff && tk.status != Status::closed) {
    fill_it_forms(ctx, dict, tk, error, kept);
  }
  if (tk.requester_id == caller.user_id && !tk.rating &&
      (tk.status == Status::resolved || tk.status == Status::closed)) {
    html::Field rating{FieldKind::radios, "rating", t(ctx, "helpdesk.field.rating")};
    rating.value = value_of(kept, "rating");
    rating.error = err("rating");
    for (const char* n : {"5", "4", "3", "2", "1"}) rating.choices.push_back({n, n, {}});
    html::Field comment{FieldKind::textarea, "comment", t(ctx, "helpdesk.field.comment")};
    comment.rows = 2;
    comment.value = value_of(kept, "comment");
    dict.SetValueAndShowSection("RATING_FIELDS",
                                html::field(ctx, rating) + html::field(ctx, comment), "CAN_RATE");
  }
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return t(ctx, "helpdesk.field." + f); });
  }
  html::PageInfo info;
  info.title = "#" + std::to_string(tk.id) + " " + tk.title;
  info.section = caller.it_staff ? "helpdesk_queue" : "helpdesk";
  info.crumbs = {caller.it_staff ? html::Crumb{t(ctx, "helpdesk.menu_queue"), "/helpdesk/queue"}
                                 : html::Crumb{t(ctx, "helpdesk.my_tickets"), "/helpdesk"}};
  return ctx.html().page(ctx, info, "helpdesk/ticket", dict, error ? 400 : 200);
}

Result<http::Response> ticket_page(http::Context& ctx) {
  const auto id = ticket_id_of(ctx);
  if (!id) return no_such_ticket();
  return show_ticket(ctx, *id, nullptr, {});
}

// Runs one form's use case: back to the ticket with a notice, or the ticket again with the
// form's errors (bad input) or the error page (anything else).
template <class F>
Result<http::Response> act(http::Context& ctx, const char* flash, F&& use_case) {
  const auto id = ticket_id_of(ctx);
  if (!id) return no_such_ticket();
  const Form form = ctx.request.form();
  const Outcome outcome = use_case(*id, form);
  if (!outcome.ok()) {
    if (outcome.error().code != ErrorCode::invalid_argument) return outcome.error();
    return show_ticket(ctx, *id, &outcome.error(), form);
  }
  return html::redirect_with_flash(ticket_page_path(*id), flash);
}

template <class T>
Outcome as_status(const Result<T>& r) {
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<http::Response> reply_form(http::Context& ctx) {
  return act(ctx, "helpdesk.flash.saved", [&](std::int64_t id, const Form& f) {
    return as_status(add_reply(ctx.db(), ctx.clock().now(), caller_of(ctx), id, value_of(f, "body"),
                               !value_of(f, "private").empty()));
  });
}

Result<http::Response> step_form(http::Context& ctx) {
  return act(ctx, "helpdesk.flash.saved", [&](std::int64_t id, const Form& f) -> Outcome {
    const auto step = step_from(value_of(f, "step"));
    if (!step) {
      return Error::invalid({"ไม่รู้จักขั้นตอนนี้", "Unknown step"})
          .field("step", {"ไม่ถูกต้อง", "is not a step"});
    }
    return as_status(
        take_step(ctx.db(), ctx.clock().now(), caller_of(ctx), id, *step, value_of(f, "solution")));
  });
}

Result<http::Response> priority_form(http::Context& ctx) {
  return act(ctx, "helpdesk.flash.saved", [&](std::int64_t id, const Form& f) -> Outcome {
    const auto p = priority_from(value_of(f, "priority"));
    if (!p) {
      return Error::invalid({"ความสำคัญไม่ถูกต้อง", "Unknown priority"})
          .field("priority", {"ไม่ถูกต้อง", "is not a priority"});
    }
    return as_status(set_priority(ctx.db(), ctx.clock().now(), caller_of(ctx), id, *p,
                                  http::trim(value_of(f, "category"))));
  });
}

Result<http::Response> work_form(http::Context& ctx) {
  return act(ctx, "helpdesk.flash.saved", [&](std::int64_t id, const Form& f) {
    const std::string m = http::trim(value_of(f, "minutes"));
    int minutes = 0;
    if (!m.empty() && m.size() < 6 && m.find_first_not_of("0123456789") == std::string::npos) {
      minutes = std::stoi(m);
    }
    return as_status(log_work(ctx.db(), ctx.clock().now(), caller_of(ctx), id, minutes,
                              value_of(f, "parts"), value_of(f, "note")));
  });
}

Result<http::Response> rating_form(http::Context& ctx) {
  return act(ctx, "helpdesk.flash.rated", [&](std::int64_t id, const Form& f) {
    const std::string r = value_of(f, "rating");
    const int rating = r.size() == 1 && r[0] >= '1' && r[0] <= '5' ? r[0] - '0' : 0;
    return as_status(
        rate_fix(ctx.db(), ctx.clock().now(), caller_of(ctx), id, rating, value_of(f, "comment")));
  });
}

}  // namespace

void add_ticket_page_routes(http::Router& routes) {
  routes.get("/helpdesk/tickets/{id}")
      .permission(kReport)
      .summary("One ticket: details, timeline, what I may do next")
      .handle(ticket_page);
  routes.post("/helpdesk/tickets/{id}/reply")
      .permission(kReport)
      .body_limit(64 * 1024)
      .summary("Reply (IT may tick private)")
      .handle(reply_form);
  routes.post("/helpdesk/tickets/{id}/step")
      .permission(kReport)
      .body_limit(64 * 1024)
      .summary("Move the ticket on")
      .handle(step_form);
  routes.post("/helpdesk/tickets/{id}/priority")
      .permission(kWork)
      .body_limit(16 * 1024)
      .summary("Set priority and category")
      .handle(priority_form);
  routes.post("/helpdesk/tickets/{id}/work")
      .permission(kWork)
      .body_limit(16 * 1024)
      .summary("Log time and parts")
      .handle(work_form);
  routes.post("/helpdesk/tickets/{id}/rating")
      .permission(kReport)
      .body_limit(16 * 1024)
      .summary("Rate the fix")
      .handle(rating_form);
}

}  // namespace pao::helpdesk
