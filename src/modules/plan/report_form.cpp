// The owner's progress report form (HTML, with attachments): GET shows it for a round, POST
// files it through file_progress_report and returns to the project's history.
#include <charconv>

#include "platform/html/ctemplate.hpp"

#include "modules/plan/api.hpp"
#include "modules/plan/file_progress_report.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
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

html::UploadRule attachment_rule() {
  return {{html::FileType::pdf, html::FileType::jpeg, html::FileType::png, html::FileType::docx,
           html::FileType::xlsx},
          kMaxAttachmentBytes};
}

// What the person typed, kept when the form comes back with errors.
struct ReportForm {
  std::string round_id, percent_complete, committed, spent, activities, problems, help_needed;
  std::map<std::int64_t, std::string> kpis;  // kpi id → typed actual
};

const std::vector<std::pair<std::string, std::string>> kFields = {
    {"round_id", "plan.round_heading"},
    {"percent_complete", "plan.percent_complete"},
    {"committed_satang", "plan.committed_period"},
    {"spent_satang", "plan.spent_period"},
    {"activities_th", "plan.activities"},
    {"problems_th", "plan.problems"},
    {"help_needed_th", "plan.help_needed"},
    {"kpi_actuals", "plan.kpi_actuals"},
    {"attachment", "plan.attachment"}};

http::Response render_form(http::Context& ctx, const Project& project, const ReportForm& form,
                           const Error* error) {
  auto err = [&](const char* f) { return html::field_error(ctx, error, f); };
  Dict dict("report_form");
  dict.SetIntValue("ID", static_cast<long>(project.id));
  dict.SetValue("NUMBER", project.number());
  dict.SetValue("NAME", project.name_th);
  std::string fields;

  html::Field round{html::FieldKind::select, "round_id", text(ctx, "plan.round_heading")};
  round.value = form.round_id;
  round.error = err("round_id");
  round.hint = text(ctx, "plan.hint.round");
  for (const auto& r : list_reporting_rounds(ctx.db())) {
    const auto& years = project.fiscal_years;
    if (std::find(years.begin(), years.end(), r.fiscal_year) == years.end()) continue;
    round.choices.push_back(
        {std::to_string(r.id),
         round_label(ctx, r) + (r.open ? "" : " — " + text(ctx, "plan.round_closed_amend")), ""});
  }
  if (round.choices.empty()) dict.ShowSection("NO_ROUND");
  fields += html::field(ctx, round);

  html::Field percent{html::FieldKind::text, "percent_complete",
                      text(ctx, "plan.percent_complete")};
  percent.value = form.percent_complete;
  percent.input_mode = "numeric";
  percent.wide = false;
  percent.hint = text(ctx, "plan.hint.percent");
  percent.error = err("percent_complete");
  fields += html::field(ctx, percent);
  html::Field committed{html::FieldKind::text, "committed_satang",
                        text(ctx, "plan.committed_period")};
  committed.value = form.committed;
  committed.input_mode = "decimal";
  committed.wide = false;
  committed.hint = text(ctx, "plan.hint.baht");
  committed.error = err("committed_satang");
  fields += html::field(ctx, committed);
  html::Field spent{html::FieldKind::text, "spent_satang", text(ctx, "plan.spent_period")};
  spent.value = form.spent;
  spent.input_mode = "decimal";
  spent.wide = false;
  spent.hint = text(ctx, "plan.hint.baht");
  spent.error = err("spent_satang");
  fields += html::field(ctx, spent);
  const std::tuple<const char*, const char*, const std::string*> texts[] = {
      {"activities_th", "plan.activities", &form.activities},
      {"problems_th", "plan.problems", &form.problems},
      {"help_needed_th", "plan.help_needed", &form.help_needed}};
  for (const auto& [name, key, value] : texts) {
    html::Field t{html::FieldKind::textarea, name, text(ctx, key)};
    t.value = *value;
    t.rows = 4;
    t.error = err(name);
    fields += html::field(ctx, t);
  }
  for (const auto& k : store::project_kpis(ctx.db(), project.id)) {
    if (!k.tracked()) continue;  // retired: no longer asked for
    html::Field kpi{html::FieldKind::text, "kpi_" + std::to_string(k.id),
                    text(ctx, "plan.kpi_actual") + " " + k.name_th + " (" + k.unit_th + ")"};
    if (const auto it = form.kpis.find(k.id); it != form.kpis.end()) kpi.value = it->second;
    kpi.input_mode = "decimal";
    kpi.wide = false;
    kpi.error = err("kpi_actuals");
    fields += html::field(ctx, kpi);
  }
  html::Field attachment{html::FieldKind::file, "attachment", text(ctx, "plan.attachment")};
  attachment.hint = html::upload_hint(ctx, attachment_rule());
  attachment.accept = attachment_rule().accept();
  attachment.error = err("attachment");
  fields += html::field(ctx, attachment);
  dict.SetValue("FIELDS", fields);

  if (error) {
    ctx.html().form_errors(ctx, *error, dict, [&](const std::string& f) {
      for (const auto& [name, key] : kFields) {
        if (name == f) return text(ctx, key);
      }
      return f;
    });
  }
  html::PageInfo info;
  info.title = text(ctx, "plan.file_report") + " " + project.number();
  info.section = "plan_rounds";
  info.crumbs = {{text(ctx, "ui.home"), "/"},
                 {text(ctx, "plan.progress_title"), "/plan"},
                 {text(ctx, "plan.project") + " " + project.number(),
                  "/plan/projects/" + std::to_string(project.id)},
                 {text(ctx, "plan.file_report"), ""}};
  return ctx.html().page(ctx, info, "plan/report_form", dict,
                         error ? http_status_for(error->code) : 200);
}

Error not_owner_page() {
  return {ErrorCode::permission_denied,
          {"รายงานได้เฉพาะโครงการของส่วนราชการของท่าน",
           "You may report only on your own division's projects"},
          {},
          {}};
}

}  // namespace

Result<http::Response> report_form_page(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto project = find_project(ctx.db(), *id);
  if (!project) return no_such_project();
  if (!may_report_for(ctx.principal, store::divisions_of(ctx.db(), *id))) return not_owner_page();
  ReportForm form;
  form.round_id = ctx.request.query_param("round").value_or("");
  return render_form(ctx, *project, form, nullptr);
}

Result<http::Response> file_report_form(http::Context& ctx) {
  const auto id = project_id_param(ctx);
  if (!id.ok()) return id.error();
  const auto project = find_project(ctx.db(), *id);
  if (!project) return no_such_project();
  auto multipart = http::parse_multipart(ctx.request, {.max_file_bytes = kMaxAttachmentBytes});
  if (!multipart.ok()) return multipart.error();
  auto field = [&](std::string_view name) { return multipart->field(name).value_or(""); };
  ReportForm form{field("round_id"),         field("percent_complete"),
                  field("committed_satang"), field("spent_satang"),
                  field("activities_th"),    field("problems_th"),
                  field("help_needed_th"),   {}};

  NewReport in;
  in.project_id = *id;
  FieldErrors bad;
  in.round_id = to_int(http::trim(form.round_id)).value_or(0);
  if (in.round_id <= 0) bad.add("round_id", {"กรุณาเลือกรอบรายงาน", "choose a reporting round"});
  const auto percent = to_int(http::trim(form.percent_complete));
  in.percent_complete = percent ? static_cast<int>(*percent) : -1;
  const std::pair<const std::string*, std::int64_t*> money[] = {
      {&form.committed, &in.committed_satang}, {&form.spent, &in.spent_satang}};
  const char* money_names[] = {"committed_satang", "spent_satang"};
  for (int i = 0; i < 2; ++i) {
    const std::string typed = http::trim(*money[i].first);
    if (typed.empty()) continue;
    const auto baht = parse_baht(typed);
    if (!baht) {
      bad.add(money_names[i],
              {"ต้องเป็นจำนวนเงินบาท เช่น 12,500.50", "must be an amount in baht, e.g. 12,500.50"});
    } else {
      *money[i].second = baht->satang();
    }
  }
  in.activities_th = form.activities;
  in.problems_th = form.problems;
  in.help_needed_th = form.help_needed;
  for (const auto& k : store::project_kpis(ctx.db(), *id)) {
    if (!k.tracked()) continue;
    const std::string typed = http::trim(field("kpi_" + std::to_string(k.id)));
    form.kpis[k.id] = typed;
    if (typed.empty()) continue;
    try {
      std::size_t used = 0;
      const double v = std::stod(typed, &used);
      if (used != typed.size()) throw std::invalid_argument("trailing");
      in.kpi_actuals.push_back({k.id, v});
    } catch (const std::exception&) {
      bad.add("kpi_actuals", {"ต้องเป็นตัวเลข", "must be a number"});
    }
  }
  for (auto& part : multipart->files) {
    if (part.bytes.empty()) continue;
    if (const auto why = html::check_upload(part, attachment_rule())) {
      bad.add("attachment", *why);
      continue;
    }
    part.field_name = "attachment";
    in.attachments.push_back(std::move(part));
  }
  if (!bad.empty()) {
    const Error e = bad.to_error();
    return render_form(ctx, *project, form, &e);
  }
  auto filed = file_progress_report(ctx.db(), ctx.clock().now(), audit::actor_of(ctx),
                                    ctx.principal, in, &ctx.files());
  if (!filed.ok()) {
    if (filed.error().code == ErrorCode::permission_denied) return filed.error();
    return render_form(ctx, *project, form, &filed.error());
  }
  return html::redirect_with_flash(
      "/plan/projects/" + std::to_string(*id),
      filed->report.amendment ? "plan.flash.amendment_filed" : "plan.flash.report_filed");
}

}  // namespace pao::plan
