// The helpdesk's pages: report a problem, my tickets, one ticket with its actions. The IT queue
// is in queue_page.cpp. Every form posts to the same use cases as the JSON API.
#include "modules/helpdesk/html_routes.hpp"

#include "modules/helpdesk/knowledge_base.hpp"

#include "modules/helpdesk/permissions.hpp"
#include "modules/helpdesk/routes.hpp"
#include "modules/helpdesk/store.hpp"
#include "modules/inventory/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/files/files.hpp"
#include "platform/html/components.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::helpdesk {

namespace {

using Dict = ctemplate::TemplateDictionary;
using html::FieldKind;

const html::UploadRule& screenshot_rule() {
  static const html::UploadRule rule{
      {html::FileType::png, html::FileType::jpeg, html::FileType::pdf}, 5 << 20};
  return rule;
}

std::string form_value(const std::vector<std::pair<std::string, std::string>>& form,
                       std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

// The devices the signed-in person uses (theirs first, then their division's), to pick from.
std::vector<inventory::HeldAsset> my_assets(http::Context& ctx) {
  const auto& p = ctx.principal;
  return inventory::assets_held_by(ctx.db(), {p.name, p.display_name, p.division}, 30);
}

// "416-66-0012 · โน้ตบุ๊ก Lenovo ThinkPad E14 (fin-nb-03)"
std::string asset_label(http::Context& ctx, const inventory::HeldAsset& a) {
  std::string label = a.asset_no + " · " + t(ctx, "helpdesk.asset_kind." + a.kind);
  for (const auto* part : {&a.brand, &a.model}) {
    if (!part->empty()) label += " " + *part;
  }
  if (!a.hostname.empty()) label += " (" + a.hostname + ")";
  return label;
}

Result<http::Response> show_new_form(http::Context& ctx, const NewTicket& kept,
                                     const Error* error) {
  auto err = [&](const std::string& f) { return html::field_error(ctx, error, f); };
  html::Field title{FieldKind::text, "title", t(ctx, "helpdesk.field.title")};
  title.hint = t(ctx, "helpdesk.hint.title");
  title.value = kept.title;
  title.error = err("title");
  title.autocomplete = "off";
  html::Field urgency{FieldKind::radios, "urgency", t(ctx, "helpdesk.field.urgency")};
  urgency.value = kept.urgency;
  urgency.error = err("urgency");
  for (const char* u : {"high", "medium", "low"}) {
    urgency.choices.push_back({u, t(ctx, std::string("helpdesk.urgency.") + u), {}});
  }
  // Their own devices as choices; the number typed (or brought by a QR label) when none fits.
  const auto mine = my_assets(ctx);
  html::Field picked{FieldKind::radios, "my_asset", t(ctx, "helpdesk.field.my_asset")};
  bool kept_is_mine = false;
  for (const auto& a : mine) {
    picked.choices.push_back({a.asset_no, asset_label(ctx, a),
                              a.theirs ? a.location : t(ctx, "helpdesk.asset_of_division")});
    if (a.asset_no == kept.asset_no) kept_is_mine = true;
  }
  picked.choices.push_back({"", t(ctx, "helpdesk.asset_other"), {}});
  picked.value = kept_is_mine ? kept.asset_no : "";
  html::Field asset{FieldKind::text, "asset_no", t(ctx, "helpdesk.field.asset_no")};
  asset.hint = t(ctx, "helpdesk.hint.asset_no");
  asset.value = kept_is_mine ? "" : kept.asset_no;
  asset.error = err("asset_no");
  asset.wide = false;
  asset.autocomplete = "off";
  html::Field category{FieldKind::select, "category", t(ctx, "helpdesk.field.problem_kind")};
  category.value = kept.category;
  category.error = err("category");
  category.choices.push_back({"", t(ctx, "helpdesk.not_sure"), {}});
  for (const auto& c : list_categories(ctx.db())) {
    category.choices.push_back({c.code, ctx.lang == "en" ? c.name_en : c.name_th, {}});
  }
  html::Field description{FieldKind::textarea, "description", t(ctx, "helpdesk.field.description")};
  description.value = kept.description;
  description.error = err("description");
  description.rows = 4;
  html::Field shot{FieldKind::file, "screenshot", t(ctx, "helpdesk.field.screenshot")};
  shot.hint = html::upload_hint(ctx, screenshot_rule());
  shot.accept = screenshot_rule().accept();
  shot.error = err("screenshot");
  Dict dict("helpdesk_new");
  dict.SetValue("TITLE_FIELD", html::field(ctx, title));
  dict.SetValue("FIELDS", html::field(ctx, category) +
                              (mine.empty() ? "" : html::field(ctx, picked)) +
                              html::field(ctx, asset) + html::field(ctx, urgency) +
                              html::field(ctx, description) + html::field(ctx, shot));
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return t(ctx, "helpdesk.field." + f); },
                           {"title", "asset_no", "urgency", "description", "screenshot"});
  }
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.report");
  info.section = "helpdesk";
  info.crumbs = {{t(ctx, "helpdesk.my_tickets"), "/helpdesk"}};
  return ctx.html().page(ctx, info, "helpdesk/new", dict, error ? 400 : 200);
}

Result<http::Response> new_form(http::Context& ctx) {
  NewTicket kept;
  kept.asset_no = ctx.request.query_param("asset").value_or("");
  kept.title = ctx.request.query_param("title").value_or("");
  return show_new_form(ctx, kept, nullptr);
}

Result<http::Response> send_new_form(http::Context& ctx, const FindItStaff& it_staff) {
  const Caller caller = caller_of(ctx);
  const auto form = ctx.request.form();
  NewTicket in;
  in.title = http::trim(form_value(form, "title"));
  in.description = http::trim(form_value(form, "description"));
  in.urgency = form_value(form, "urgency");
  if (in.urgency.empty()) in.urgency = "medium";
  // A device picked from their list, else the number typed.
  in.asset_no = form_value(form, "my_asset");
  if (in.asset_no.empty()) in.asset_no = http::trim(form_value(form, "asset_no"));
  in.category = form_value(form, "category");
  FieldErrors errors = check_new_ticket(in);
  const auto uploads = ctx.request.files();
  const http::UploadedPart* shot = nullptr;
  for (const auto& part : uploads) {
    if (part.field_name != "screenshot") continue;
    if (const auto why = html::check_upload(part, screenshot_rule())) {
      errors.add("screenshot", *why);
    } else {
      shot = &part;
    }
  }
  if (!errors.empty()) {
    Error e = errors.to_error();
    e.message = {t(ctx, "helpdesk.problem"), t(ctx, "helpdesk.problem")};
    return show_new_form(ctx, in, &e);
  }
  db::Tx tx(ctx.db());
  auto made = report_problem(tx.conn(), ctx.clock().now(), caller, in, it_staff);
  if (!made.ok()) return show_new_form(ctx, in, &made.error());
  if (shot) {
    auto stored = files::store_upload(tx.conn(), ctx.files(), ctx.clock().now(), caller.actor,
                                      *shot, {"helpdesk", "ticket", std::to_string(made->id)},
                                      {screenshot_rule().max_bytes});
    if (!stored.ok()) return show_new_form(ctx, in, &stored.error());
  }
  tx.commit();
  return html::redirect_with_flash(ticket_page_path(made->id), "helpdesk.flash.reported");
}

Result<http::Response> my_tickets(http::Context& ctx) {
  const Caller caller = caller_of(ctx);
  constexpr int kPerPage = 25;
  const auto before_text = ctx.request.query_param("before");
  std::optional<std::int64_t> before;
  if (before_text) before = std::atoll(before_text->c_str());
  auto rows = store::requester_page(ctx.db(), caller.user_id, visible_division(ctx.db(), caller),
                                    before, kPerPage + 1);
  const bool more = rows.size() > static_cast<std::size_t>(kPerPage);
  if (more) rows.pop_back();
  Dict dict("helpdesk_mine");
  if (rows.empty() && !before) {
    dict.SetValue("EMPTY", html::empty_state(
                               ctx, {t(ctx, "helpdesk.empty_title"), t(ctx, "helpdesk.empty_body"),
                                     t(ctx, "helpdesk.report"), "/helpdesk/new"}));
  } else {
    dict.ShowSection("HAS_ROWS");
  }
  for (const auto& r : rows) fill_row(ctx, *dict.AddSectionDictionary("ROW"), r);
  if (before) dict.ShowSection("FIRST");
  if (more) dict.SetValueAndShowSection("BEFORE", std::to_string(rows.back().id), "MORE");
  if (caller.it_staff) dict.ShowSection("IS_IT");
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.my_tickets");
  info.section = "helpdesk";
  return ctx.html().page(ctx, info, "helpdesk/mine", dict);
}

}  // namespace

std::string t(const http::Context& ctx, const std::string& key) {
  return ctx.html().text(ctx.lang, key);
}

std::string shown_time(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint at{};
  if (!parse_iso_time(iso_utc, at)) return iso_utc;
  return ctx.lang == "en" ? format_english_date_time(at) : format_thai_date_time(at);
}

std::string ticket_page_path(std::int64_t id) {
  return "/helpdesk/tickets/" + std::to_string(id);
}

std::string status_tag(const http::Context& ctx, Status s) {
  html::Tone tone = html::Tone::neutral;
  switch (s) {
    case Status::fresh:
      tone = html::Tone::info;
      break;
    case Status::waiting:
      tone = html::Tone::warning;
      break;
    case Status::resolved:
    case Status::closed:
      tone = html::Tone::success;
      break;
    default:
      break;
  }
  return html::status_tag(t(ctx, std::string("helpdesk.status.") + status_name(s)), tone);
}

void fill_row(const http::Context& ctx, Dict& row, const store::TicketRow& r) {
  row.SetIntValue("ID", r.id);
  row.SetValue("TITLE", r.title);
  row.SetValue("STATUS_TAG", status_tag(ctx, r.status));
  row.SetValue("PRIORITY", t(ctx, std::string("helpdesk.priority.") + priority_name(r.priority)));
  row.SetValue("REQUESTER", r.requester_name);
  row.SetValue("ASSIGNEE", r.assignee_name);
  row.SetValue("ASSET_NO", r.asset_no);
  row.SetValue("CREATED_AT", shown_time(ctx, r.created_at));
  row.SetValue("CREATED_AT_UTC", r.created_at);
}

void add_html_routes(http::Router& routes, const FindItStaff& it_staff) {
  routes.get("/helpdesk").permission(kReport).summary("My tickets").handle(my_tickets);
  routes.get("/helpdesk/new")
      .permission(kReport)
      .summary("Report a problem (?asset= prefills the device, as the QR labels link)")
      .handle(new_form);
  routes.post("/helpdesk/new")
      .permission(kReport)
      .body_limit(6 << 20)
      .summary("Send a problem report")
      .handle([it_staff](http::Context& ctx) { return send_new_form(ctx, it_staff); });
  add_ticket_page_routes(routes);
  add_queue_page_routes(routes);
  add_kb_routes(routes);
  add_kb_json_routes(routes);
  add_report_routes(routes);
  add_settings_routes(routes);
}

}  // namespace pao::helpdesk
