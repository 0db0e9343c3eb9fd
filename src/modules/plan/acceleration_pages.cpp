// The acceleration list on the dashboard and the PDCA notes on a project's page, with the forms
// that add measures, notes and the executive's decisions. Thin: acceleration.hpp does the work.
#include <charconv>

#include "platform/html/ctemplate.hpp"

#include "modules/plan/acceleration.hpp"
#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::plan {

namespace {

using Dict = ctemplate::TemplateDictionary;

std::string form_value(const std::vector<std::pair<std::string, std::string>>& form,
                       std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::int64_t to_id(std::string_view s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() ? v : 0;
}

std::string when(const http::Context& ctx, const std::string& iso) {
  TimePoint t;
  if (!parse_iso_time(iso, t)) return iso;
  return ctx.lang == "en" ? format_english_date_time(t) : format_thai_date_time(t);
}

void add_decisions(const http::Context& ctx, Dict* into, const std::vector<Decision>& decisions) {
  for (const auto& d : decisions) {
    auto* row = into->AddSectionDictionary("DECISION");
    row->SetValue("TEXT", d.decision_th);
    row->SetValue("BY", d.decided_by);
    row->SetValue("AT", when(ctx, d.decided_at));
  }
}

// A field error from a refused form is shown on the page it came from as a flash-like notice:
// these short forms sit on pages with other content, so they come back as an error page.
Result<http::Response> back_or_error(const Result<std::int64_t>& done, const std::string& to,
                                     const char* flash) {
  if (!done.ok()) return done.error();
  return html::redirect_with_flash(to, flash);
}

}  // namespace

void show_acceleration_list(http::Context& ctx, Dict& dict, const Dashboard& d) {
  const bool planner = is_planner(ctx.principal);
  const bool executive = ctx.principal.can(kDecidePermission);
  auto& conn = ctx.db();
  const auto measures = acceleration_list(conn);
  for (const auto& m : measures) {
    auto* row = dict.AddSectionDictionary("MEASURE");
    row->SetIntValue("ID", static_cast<long>(m.id));
    const auto p = find_project(conn, m.project_id);
    row->SetIntValue("PROJECT_ID", static_cast<long>(m.project_id));
    row->SetValue("PROJECT", p ? p->number() + " " + p->name_th : "");
    row->SetValue("OWNER", m.owner_th);
    row->SetValue("REASON", m.reason_th);
    row->SetValue("MEASURE_TEXT", m.measure_th);
    add_decisions(ctx, row, m.decisions);
    if (m.decisions.empty()) row->ShowSection("NO_DECISION");
    if (executive) row->ShowSection("CAN_DECIDE");
  }
  if (measures.empty()) dict.ShowSection("NO_MEASURES");
  if (planner) {
    auto* form = dict.AddSectionDictionary("ADD_MEASURE");
    for (const auto& p : d.delayed) {
      auto* o = form->AddSectionDictionary("DELAYED_OPTION");
      o->SetIntValue("ID", static_cast<long>(p.project.id));
      o->SetValue("LABEL", p.project.number() + " " + p.project.name_th);
    }
  }
}

void show_pdca_notes(http::Context& ctx, Dict& dict, std::int64_t project_id) {
  const bool executive = ctx.principal.can(kDecidePermission);
  const auto notes = pdca_notes(ctx.db(), project_id);
  for (const auto& n : notes) {
    auto* row = dict.AddSectionDictionary("PDCA");
    row->SetIntValue("ID", static_cast<long>(n.id));
    row->SetValue("PLAN_TEXT", n.plan_th);
    row->SetValue("DO_TEXT", n.do_th);
    row->SetValue("CHECK_TEXT", n.check_th);
    row->SetValue("ACT_TEXT", n.act_th);
    row->SetValue("BY", n.written_by);
    row->SetValue("AT", when(ctx, n.written_at));
    add_decisions(ctx, row, n.decisions);
    if (executive) row->ShowSection("CAN_DECIDE");
  }
  if (notes.empty()) dict.ShowSection("NO_PDCA");
  if (may_report_for(ctx.principal, store::divisions_of(ctx.db(), project_id))) {
    dict.ShowSection("ADD_PDCA");
  }
}

Result<http::Response> add_measure_form(http::Context& ctx) {
  const auto form = ctx.request.form();
  NewMeasure in{to_id(form_value(form, "project_id")), form_value(form, "owner_th"),
                form_value(form, "reason_th"), form_value(form, "measure_th")};
  auto added = add_acceleration_measure(ctx.db(), ctx.clock().now(), audit::actor_of(ctx),
                                        ctx.principal, in);
  return back_or_error(added.ok() ? Result<std::int64_t>(added->id) : added.error(),
                       "/plan/dashboard", "plan.flash.measure_added");
}

Result<http::Response> add_pdca_form(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto form = ctx.request.form();
  NewPdcaNote in{*id, form_value(form, "plan_th"), form_value(form, "do_th"),
                 form_value(form, "check_th"), form_value(form, "act_th")};
  auto added = add_pdca_note(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, in);
  return back_or_error(added.ok() ? Result<std::int64_t>(added->id) : added.error(),
                       "/plan/projects/" + std::to_string(*id), "plan.flash.pdca_added");
}

Result<http::Response> record_decision_form(http::Context& ctx) {
  const auto form = ctx.request.form();
  NewDecision in{form_value(form, "subject"), to_id(form_value(form, "ref_id")),
                 form_value(form, "decision_th")};
  auto decided =
      record_decision(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, in);
  if (!decided.ok()) return decided.error();
  const std::string to = in.subject == "pdca"
                             ? "/plan/projects/" + std::to_string(decided->project_id)
                             : std::string("/plan/dashboard");
  return html::redirect_with_flash(to, "plan.flash.decision_recorded");
}

}  // namespace pao::plan
