// The reporting pages: the planner's rounds (open, who has not reported, close, amendments to
// approve) and the owner's report form. Thin: the same use cases as the JSON API.
#include <charconv>

#include "platform/html/ctemplate.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/import_projects.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/round_exports.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/download.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/multipart.hpp"
#include "platform/money/baht.hpp"

namespace pao::plan {

namespace {

using Dict = ctemplate::TemplateDictionary;

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

std::optional<std::int64_t> to_int(std::string_view s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string form_value(const std::vector<std::pair<std::string, std::string>>& form,
                       std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::string thai_or_english_date(const http::Context& ctx, const std::string& iso) {
  const auto d = parse_thai_date(iso);
  if (!d) return iso;
  return ctx.lang == "en" ? format_english_date(*d) : format_thai_date(*d);
}

http::Response page(http::Context& ctx, const std::string& title, std::string_view tpl, Dict& dict,
                    std::vector<html::Crumb> middle = {}, int status = 200) {
  html::PageInfo info;
  info.title = title;
  info.section = "plan_rounds";
  info.crumbs = {{text(ctx, "ui.home"), "/"}, {text(ctx, "plan.progress_title"), "/plan"}};
  for (auto& c : middle) info.crumbs.push_back(std::move(c));
  info.crumbs.push_back({title, ""});
  return ctx.html().page(ctx, info, tpl, dict, status);
}

const std::vector<std::pair<std::string, std::string>> kRoundFields = {
    {"fiscal_year", "plan.fiscal_year"},
    {"frequency", "plan.frequency"},
    {"period", "plan.period"},
    {"deadline", "plan.deadline"}};

struct RoundForm {
  std::string fiscal_year, frequency = "quarterly", period, deadline;
};

http::Response render_rounds(http::Context& ctx, const RoundForm& form, const Error* error) {
  Dict dict("rounds");
  auto& conn = ctx.db();
  for (const auto& r : list_reporting_rounds(conn)) {
    auto* row = dict.AddSectionDictionary("ROUND");
    row->SetIntValue("ID", static_cast<long>(r.id));
    row->SetValue("LABEL", round_label(ctx, r));
    row->SetValue("DEADLINE", thai_or_english_date(ctx, r.deadline));
    row->SetValue("STATE",
                  html::status_tag(text(ctx, r.open ? "plan.round_open" : "plan.round_closed"),
                                   r.open ? html::Tone::success : html::Tone::neutral));
    const auto projects = round_projects(conn, r);
    int reported = 0;
    for (const auto& p : projects) reported += p.reported ? 1 : 0;
    row->SetIntValue("REPORTED", reported);
    row->SetIntValue("DUE", static_cast<long>(projects.size()));
  }
  if (list_reporting_rounds(conn).empty()) dict.ShowSection("NO_ROUNDS");
  if (is_planner(ctx.principal)) {
    auto* open = dict.AddSectionDictionary("OPEN_FORM");
    auto err = [&](const char* f) { return html::field_error(ctx, error, f); };
    std::string fields;
    html::Field year{html::FieldKind::text, "fiscal_year", text(ctx, "plan.fiscal_year")};
    year.value = form.fiscal_year;
    year.input_mode = "numeric";
    year.wide = false;
    year.hint = text(ctx, "plan.hint.fiscal_year");
    year.error = err("fiscal_year");
    fields += html::field(ctx, year);
    html::Field freq{html::FieldKind::radios, "frequency", text(ctx, "plan.frequency")};
    freq.value = form.frequency;
    freq.error = err("frequency");
    freq.choices = {{"quarterly", text(ctx, "plan.quarterly"), ""},
                    {"monthly", text(ctx, "plan.monthly"), ""}};
    fields += html::field(ctx, freq);
    html::Field period{html::FieldKind::text, "period", text(ctx, "plan.period")};
    period.value = form.period;
    period.input_mode = "numeric";
    period.wide = false;
    period.hint = text(ctx, "plan.hint.period");
    period.error = err("period");
    fields += html::field(ctx, period);
    html::Field deadline{html::FieldKind::date, "deadline", text(ctx, "plan.deadline")};
    deadline.value = form.deadline;
    deadline.error = err("deadline");
    fields += html::field(ctx, deadline);
    open->SetValue("FIELDS", fields);

    for (const auto& a : pending_amendments(conn)) {
      auto* row = dict.AddSectionDictionary("AMENDMENT");
      row->SetIntValue("ID", static_cast<long>(a.id));
      const auto p = find_project(conn, a.project_id);
      const auto r = find_reporting_round(conn, a.round_id);
      row->SetValue("PROJECT", p ? p->number() + " " + p->name_th : "");
      row->SetIntValue("PROJECT_ID", static_cast<long>(a.project_id));
      row->SetValue("ROUND", r ? round_label(ctx, *r) : "");
      row->SetIntValue("PERCENT", a.percent_complete);
      row->SetValue("FILED_BY", a.filed_by_name);
    }
  }
  if (error) {
    ctx.html().form_errors(ctx, *error, dict, [&](const std::string& f) {
      for (const auto& [name, key] : kRoundFields) {
        if (name == f) return text(ctx, key);
      }
      return f;
    });
  }
  return page(ctx, text(ctx, "plan.rounds_title"), "plan/rounds", dict, {},
              error ? http_status_for(error->code) : 200);
}

}  // namespace

Result<http::Response> rounds_page(http::Context& ctx) {
  return render_rounds(ctx, {}, nullptr);
}

Result<http::Response> open_round_form(http::Context& ctx) {
  const auto form = ctx.request.form();
  RoundForm f{form_value(form, "fiscal_year"), form_value(form, "frequency"),
              form_value(form, "period"), form_value(form, "deadline")};
  NewRound in{static_cast<int>(to_int(http::trim(f.fiscal_year)).value_or(0)), f.frequency,
              static_cast<int>(to_int(http::trim(f.period)).value_or(0)), f.deadline};
  auto opened =
      open_reporting_round(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, in);
  if (!opened.ok()) {
    if (opened.error().code == ErrorCode::permission_denied) return opened.error();
    return render_rounds(ctx, f, &opened.error());
  }
  return html::redirect_with_flash("/plan/rounds/" + std::to_string(opened->id),
                                   "plan.flash.round_opened");
}

Result<http::Response> round_page(http::Context& ctx) {
  const auto id = to_int(ctx.request.path_param("id"));
  const auto round = id ? find_reporting_round(ctx.db(), *id) : std::nullopt;
  if (!round) return no_such_round();
  Dict dict("round");
  dict.SetIntValue("ID", static_cast<long>(round->id));
  dict.SetValue("LABEL", round_label(ctx, *round));
  dict.SetValue("DEADLINE", thai_or_english_date(ctx, round->deadline));
  dict.SetValue("STATE",
                html::status_tag(text(ctx, round->open ? "plan.round_open" : "plan.round_closed"),
                                 round->open ? html::Tone::success : html::Tone::neutral));
  if (round->open && is_planner(ctx.principal)) dict.ShowSection("CAN_CLOSE");
  if (!round->open) dict.ShowSection("LOCKED");
  int missing = 0;
  for (const auto& p : round_projects(ctx.db(), *round)) {
    auto* row = dict.AddSectionDictionary("PROJECT");
    row->SetIntValue("ID", static_cast<long>(p.project.id));
    row->SetValue("NUMBER", p.project.number());
    row->SetValue("NAME", p.project.name_th);
    std::string divisions;
    for (const auto& d : p.divisions) divisions += (divisions.empty() ? "" : ", ") + d;
    row->SetValue("DIVISIONS", divisions);
    row->SetValue("REPORTED",
                  html::status_tag(text(ctx, p.reported ? "plan.reported" : "plan.not_reported"),
                                   p.reported ? html::Tone::success : html::Tone::warning));
    row->SetValue("REPORTED_FLAG", p.reported ? "yes" : "no");
    if (!p.reported) ++missing;
    if (may_report_for(ctx.principal, p.divisions)) {
      row->SetValueAndShowSection("ROUND_ID", std::to_string(round->id), "CAN_REPORT");
    }
  }
  dict.SetIntValue("MISSING", missing);
  return page(ctx, text(ctx, "plan.round_heading") + " " + round_label(ctx, *round), "plan/round",
              dict, {{text(ctx, "plan.rounds_title"), "/plan/rounds"}});
}

Result<http::Response> close_round_form(http::Context& ctx) {
  const auto id = to_int(ctx.request.path_param("id"));
  if (!id) return no_such_round();
  auto closed =
      close_reporting_round(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *id);
  if (!closed.ok()) return closed.error();
  return html::redirect_with_flash("/plan/rounds/" + std::to_string(*id),
                                   "plan.flash.round_closed");
}

Result<http::Response> decide_amendment_form(http::Context& ctx) {
  const auto id = to_int(ctx.request.path_param("id"));
  if (!id) return Error::not_found({"ไม่พบรายงานนี้", "No such report"});
  const bool approve = form_value(ctx.request.form(), "approve") == "1";
  auto decided = decide_amendment(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                                  *id, approve);
  if (!decided.ok()) return decided.error();
  return html::redirect_with_flash(
      "/plan/rounds", approve ? "plan.flash.amendment_approved" : "plan.flash.amendment_rejected");
}

namespace {

http::Response render_import(http::Context& ctx, const ImportOutcome* out, const Error* error,
                             std::int64_t plan = kDefaultPlanId) {
  Dict dict("import");
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string&) { return text(ctx, "plan.import_file"); });
  }
  if (out && out->errors.empty()) {
    dict.SetIntValue("ADDED", out->added);
    dict.SetIntValue("UPDATED", out->updated);
    dict.ShowSection("DONE");
  }
  if (out && !out->errors.empty()) {
    auto* table = dict.AddSectionDictionary("ROW_ERRORS");
    for (const auto& e : out->errors) {
      auto* row = table->AddSectionDictionary("ROW_ERROR");
      row->SetIntValue("ROW", e.row);
      row->SetValue("COLUMN", e.column);
      row->SetValue("WHY", e.why.in(ctx.lang));
    }
  }
  html::Field file{html::FieldKind::file, "file", text(ctx, "plan.import_file")};
  file.hint = text(ctx, "plan.hint.import_file");
  file.accept = ".csv,text/csv,.xlsx";
  file.error = html::field_error(ctx, error, "file");
  dict.SetValue("FILE_FIELD", html::field(ctx, file));
  dict.SetValue("PLAN_FIELD", plan_field(ctx, plan, true));
  const int status = error ? http_status_for(error->code) : out && !out->errors.empty() ? 400 : 200;
  return page(ctx, text(ctx, "plan.import_title"), "plan/import", dict, {}, status);
}

}  // namespace

Result<http::Response> import_page(http::Context& ctx) {
  const auto plan = to_int(ctx.request.query_param("plan").value_or(""));
  return render_import(ctx, nullptr, nullptr, plan.value_or(kDefaultPlanId));
}

Result<http::Response> import_form(http::Context& ctx) {
  auto form = http::parse_multipart(ctx.request, {.max_file_bytes = 2 << 20});
  if (!form.ok()) return form.error();
  std::string bytes;
  for (const auto& f : form->files) {
    if (f.field_name == "file") bytes = f.bytes;
  }
  std::int64_t plan = kDefaultPlanId;
  if (const auto n = to_int(form_value(form->fields, "plan"))) plan = *n;
  auto out = import_projects(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal,
                             bytes, plan);
  if (!out.ok()) {
    if (out.error().code == ErrorCode::permission_denied) return out.error();
    return render_import(ctx, nullptr, &out.error(), plan);
  }
  return render_import(ctx, &*out, nullptr, plan);
}

namespace {
Result<http::Response> round_download(http::Context& ctx, bool pdf) {
  const auto id = to_int(ctx.request.path_param("id"));
  const auto round = id ? find_reporting_round(ctx.db(), *id) : std::nullopt;
  if (!round) return no_such_round();
  const auto rows = round_report(ctx.db(), today(ctx), *round);
  const std::string label =
      round->frequency == "quarterly"
          ? "ไตรมาส " + std::to_string(round->period) + "/" + std::to_string(round->fiscal_year)
          : "เดือนที่ " + std::to_string(round->period) + "/" + std::to_string(round->fiscal_year);
  const std::string title = "รายงานความก้าวหน้าแผนปฏิบัติการดิจิทัล " + label;
  const std::string name = "รายงานความก้าวหน้า " + label;
  std::string file_label = name;
  for (auto& c : file_label) {
    if (c == '/') c = '-';
  }
  if (pdf) {
    return http::download(round_report_pdf(rows, title, ctx.clock().now()), file_label + ".pdf",
                          http::kPdfContentType);
  }
  return http::download(round_report_xlsx(rows, title, ctx.clock().now()), file_label + ".xlsx",
                        http::kXlsxContentType);
}
}  // namespace

Result<http::Response> round_xlsx_download(http::Context& ctx) {
  return round_download(ctx, false);
}
Result<http::Response> round_pdf_download(http::Context& ctx) {
  return round_download(ctx, true);
}

}  // namespace pao::plan
