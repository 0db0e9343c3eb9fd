// The warranty-control pages: contracts (list, one contract with its assets, reminders and defect
// workflow, the form to register one) and the dashboard (/inventory/warranty). Thin: each POST
// calls the same use case as the JSON API.
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/defects.hpp"
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/reminder_settings.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/store.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/api.hpp"
#include "platform/html/renderer.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace {

using K = html::FieldKind;

html::Field field(K kind, std::string name, std::string label, std::string value = "") {
  html::Field f;
  f.kind = kind;
  f.name = std::move(name);
  f.label = std::move(label);
  f.value = std::move(value);
  return f;
}

std::vector<html::Crumb> crumbs(const http::Context& ctx) {
  return {{text(ctx, "inventory.title"), "/inventory"},
          {text(ctx, "inventory.contracts"), "/inventory/contracts"}};
}

std::string contract_path(std::int64_t id) {
  return "/inventory/contracts/" + std::to_string(id);
}

std::vector<html::Field> contract_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const std::string& key) { return text(ctx, "inventory.field." + key); };
  std::vector<html::Field> f;
  for (const char* name : {"egp_no", "contract_no"})
    f.push_back(field(K::text, name, t(name), value(v, name)));
  f.push_back(field(K::date, "contract_date", t("contract_date"), value(v, "contract_date")));
  f.push_back(field(K::text, "contractor_name", t("contractor_name"), value(v, "contractor_name")));
  auto tax =
      field(K::text, "contractor_tax_id", t("contractor_tax_id"), value(v, "contractor_tax_id"));
  tax.input_mode = "numeric";
  tax.hint = text(ctx, "inventory.hint.tax_id");
  f.push_back(tax);
  f.push_back(field(K::textarea, "contractor_contact", t("contractor_contact"),
                    value(v, "contractor_contact")));
  f.push_back(field(K::textarea, "subject", t("subject"), value(v, "subject")));
  auto money = field(K::text, "value", t("value"), value(v, "value"));
  money.input_mode = "decimal";
  f.push_back(money);
  f.push_back(field(K::date, "accepted_on", t("accepted_on"), value(v, "accepted_on")));
  auto months =
      field(K::text, "warranty_months", t("warranty_months"), value(v, "warranty_months"));
  months.input_mode = "numeric";
  months.wide = false;
  f.push_back(months);
  auto kind = field(K::select, "security_type", t("security_type"), value(v, "security_type"));
  kind.choices.push_back({"", text(ctx, "inventory.none"), ""});
  for (const auto& k : kSecurityTypes)
    kind.choices.push_back({k, text(ctx, "inventory.security." + k), ""});
  f.push_back(kind);
  auto amount =
      field(K::text, "security_amount", t("security_amount"), value(v, "security_amount"));
  amount.input_mode = "decimal";
  f.push_back(amount);
  f.push_back(field(K::text, "security_guarantee_no", t("security_guarantee_no"),
                    value(v, "security_guarantee_no")));
  f.push_back(field(K::date, "security_expires_on", t("security_expires_on"),
                    value(v, "security_expires_on")));
  auto division = field(K::select, "division_code", t("division"), value(v, "division_code"));
  division.choices.push_back({"", text(ctx, "inventory.none"), ""});
  for (const auto& d : org::list_divisions(ctx.db())) {
    division.choices.push_back({d.code, ctx.lang == "en" ? d.name_en : d.name_th, ""});
  }
  f.push_back(division);
  f.push_back(field(K::textarea, "committee", t("committee"), value(v, "committee")));
  return f;
}

ContractFields contract_of(const FormValues& v, FieldErrors& errors) {
  ContractFields c;
  c.egp_no = value(v, "egp_no");
  c.contract_no = value(v, "contract_no");
  c.contract_date = read_date(v, "contract_date", errors);
  c.contractor_name = value(v, "contractor_name");
  c.contractor_tax_id = value(v, "contractor_tax_id");
  c.contractor_contact = value(v, "contractor_contact");
  c.subject = value(v, "subject");
  c.value_satang = read_baht(v, "value", errors);
  c.accepted_on = read_date(v, "accepted_on", errors);
  c.warranty_months =
      static_cast<int>(read_number(v, "warranty_months", 1, 120, errors).value_or(0));
  c.security_type = value(v, "security_type");
  c.security_amount_satang = read_baht(v, "security_amount", errors);
  c.security_guarantee_no = value(v, "security_guarantee_no");
  c.security_expires_on = read_date(v, "security_expires_on", errors);
  c.division_code = value(v, "division_code");
  c.committee = value(v, "committee");
  return c;
}

http::Response show_contract_form(http::Context& ctx, const FormValues& v, const Error* error) {
  FormPage page;
  page.title = text(ctx, "inventory.new_contract");
  page.action = "/inventory/contracts";
  page.submit = text(ctx, "inventory.save");
  page.cancel_href = "/inventory/contracts";
  page.fields = contract_fields(ctx, v);
  return form_page(ctx, page, error, crumbs(ctx));
}

std::vector<html::Field> inspection_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const std::string& key) { return text(ctx, "inventory.field." + key); };
  std::vector<html::Field> f;
  f.push_back(field(K::date, "inspected_on", t("inspected_on"), value(v, "inspected_on")));
  f.push_back(field(K::textarea, "committee", t("committee"), value(v, "committee")));
  f.push_back(field(K::textarea, "findings", t("findings"), value(v, "findings")));
  auto defect = field(K::checkbox, "has_defect", t("has_defect"), value(v, "has_defect"));
  f.push_back(defect);
  auto re = field(K::checkbox, "reinspection", t("reinspection"), value(v, "reinspection"));
  f.push_back(re);
  return f;
}

html::Field urgency_field(http::Context& ctx, const std::string& chosen) {
  auto f = field(K::select, "urgency", text(ctx, "inventory.field.urgency"),
                 chosen.empty() ? "normal" : chosen);
  for (const char* u : {"normal", "urgent", "very_urgent", "most_urgent"}) {
    f.choices.push_back({u, text(ctx, std::string("inventory.urgency.") + u), ""});
  }
  return f;
}

std::vector<html::Field> notice_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const std::string& key) { return text(ctx, "inventory.field." + key); };
  return {field(K::date, "sent_on", t("sent_on"), value(v, "sent_on")),
          field(K::date, "fix_by", t("fix_by"), value(v, "fix_by")),
          field(K::textarea, "details", t("details"), value(v, "details")),
          field(K::text, "to", t("letter_to"), value(v, "to")),
          urgency_field(ctx, value(v, "urgency")),
          field(K::text, "signer_name", t("signer_name"), value(v, "signer_name")),
          field(K::text, "signer_position", t("signer_position"), value(v, "signer_position"))};
}

std::vector<html::Field> security_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const std::string& key) { return text(ctx, "inventory.field." + key); };
  auto outcome = field(K::radios, "outcome", t("outcome"), value(v, "outcome"));
  outcome.choices = {{"returned", text(ctx, "inventory.outcome.returned"), ""},
                     {"claimed", text(ctx, "inventory.outcome.claimed"), ""}};
  return {outcome, field(K::date, "closed_on", t("closed_on"), value(v, "closed_on")),
          field(K::text, "approved_by", t("approved_by"), value(v, "approved_by"))};
}

http::Response show_action_form(http::Context& ctx, std::int64_t id, const char* action,
                                const char* title_key, std::vector<html::Field> fields,
                                const Error* error) {
  FormPage page;
  page.title = text(ctx, title_key);
  page.action = contract_path(id) + "/" + action;
  page.submit = text(ctx, "inventory.save");
  page.cancel_href = contract_path(id);
  page.fields = std::move(fields);
  auto c = crumbs(ctx);
  c.push_back({text(ctx, "inventory.contract"), contract_path(id)});
  return form_page(ctx, page, error, c);
}

void add_form(http::Context& ctx, Dict& dict, const char* section,
              const std::vector<html::Field>& fields) {
  auto* d = dict.AddSectionDictionary(section);
  std::string html;
  for (const auto& f : fields) html += html::field(ctx, f);
  d->SetValue("FIELDS", html);
}

html::Tone days_tone(int days) {
  if (days < 0) return html::Tone::danger;
  if (days <= 30) return html::Tone::warning;
  return html::Tone::info;
}

std::string days_left_tag(const http::Context& ctx, const Contract& c) {
  const auto end = parse_iso_date(c.warranty_ends_on);
  if (!end) return "";
  const int days = days_between(bangkok_date(ctx.clock().now()), *end);
  const std::string label = days < 0
                                ? text(ctx, "inventory.warranty_ended")
                                : std::to_string(days) + " " + text(ctx, "inventory.days_left");
  return html::status_tag(label, days_tone(days));
}

void contract_rows(http::Context& ctx, Dict& dict, const char* section,
                   const std::vector<Contract>& list) {
  for (const auto& c : list) {
    auto* row = dict.AddSectionDictionary(section);
    row->SetIntValue("ID", c.id);
    row->SetValue("CONTRACT_NO", c.f.contract_no);
    row->SetValue("SUBJECT", c.f.subject);
    row->SetValue("CONTRACTOR", c.f.contractor_name);
    row->SetValue("ENDS", shown_date(ctx, c.warranty_ends_on));
    row->SetValue("LEFT", days_left_tag(ctx, c));
    row->SetValue("VALUE", shown_baht(c.f.value_satang));
  }
}

}  // namespace

Result<http::Response> contracts_page(http::Context& ctx) {
  Dict dict("inventory_contracts");
  const auto list = list_contracts(ctx.db(), std::nullopt, 200);
  if (list.empty()) {
    dict.SetValue("EMPTY", html::empty_state(ctx, {text(ctx, "inventory.no_contracts"),
                                                   text(ctx, "inventory.no_contracts_body"),
                                                   {},
                                                   {}}));
  } else {
    dict.ShowSection("HAS_ROWS");
  }
  contract_rows(ctx, dict, "ROW", list);
  if (ctx.principal.can(kContracts)) dict.ShowSection("CAN_MANAGE");
  html::PageInfo info;
  info.title = text(ctx, "inventory.contracts");
  info.section = "inventory_contracts";
  info.crumbs = {{text(ctx, "inventory.title"), "/inventory"}};
  return ctx.html().page(ctx, info, "inventory/contracts", dict);
}

Result<http::Response> contract_page(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto c = id ? find_contract(ctx.db(), *id) : std::nullopt;
  if (!c) return no_such_contract(id.value_or(0));
  Dict dict("inventory_contract");
  dict.SetIntValue("ID", c->id);
  dict.SetValue("CONTRACT_NO", c->f.contract_no);
  dict.SetValue("SUBJECT", c->f.subject);
  dict.SetValue("LEFT", days_left_tag(ctx, *c));
  auto fact = [&](const char* key, const std::string& v) {
    auto* row = dict.AddSectionDictionary("FACT");
    row->SetValue("LABEL", text(ctx, std::string("inventory.field.") + key));
    row->SetValue("VALUE", v.empty() ? "—" : v);
  };
  fact("egp_no", c->f.egp_no);
  fact("contract_date", shown_date(ctx, c->f.contract_date));
  fact("contractor_name", c->f.contractor_name);
  fact("contractor_tax_id", c->f.contractor_tax_id);
  fact("value", shown_baht(c->f.value_satang));
  fact("accepted_on", shown_date(ctx, c->f.accepted_on));
  fact("warranty_months", std::to_string(c->f.warranty_months));
  fact("warranty_ends_on", shown_date(ctx, c->warranty_ends_on));
  fact("security_type",
       c->f.security_type.empty() ? "" : text(ctx, "inventory.security." + c->f.security_type));
  fact("security_amount", shown_baht(c->f.security_amount_satang));
  fact("security_guarantee_no", c->f.security_guarantee_no);
  fact("security_expires_on", shown_date(ctx, c->f.security_expires_on));
  fact("division", division_name(ctx, c->f.division_code));
  fact("committee", c->f.committee);
  fact("inspected_on", shown_date(ctx, c->inspected_on));
  if (!c->security_closed_on.empty()) {
    fact("outcome", text(ctx, "inventory.outcome." + c->security_outcome) + " " +
                        shown_date(ctx, c->security_closed_on) + " (" +
                        store::security_approved_by(ctx.db(), c->id) + ")");
  }
  for (const auto asset_id : store::asset_ids_of_contract(ctx.db(), c->id)) {
    const auto a = store::asset_by_id(ctx.db(), asset_id);
    auto* row = dict.AddSectionDictionary("ASSET");
    row->SetIntValue("ID", asset_id);
    row->SetValue("NAME", (a->f.asset_no.empty() ? "#" + std::to_string(asset_id) : a->f.asset_no) +
                              " " + a->f.brand + " " + a->f.model);
  }
  for (const auto& r : store::reminders_of(ctx.db(), c->id)) {
    auto* row = dict.AddSectionDictionary("REMINDER");
    row->SetValue("KIND", text(ctx, "inventory.reminder." + r.kind));
    row->SetValue("DAYS", r.kind == "warranty" ? std::to_string(r.days_before) : "");
    row->SetValue("ABOUT", shown_date(ctx, r.about_date));
    row->SetValue("SENT", shown_time(ctx, r.sent_at));
  }
  for (const auto& i : inspections_of(ctx.db(), c->id)) {
    auto* row = dict.AddSectionDictionary("INSPECTION");
    row->SetValue("ON", shown_date(ctx, i.inspected_on));
    row->SetValue("KIND",
                  text(ctx, i.reinspection ? "inventory.reinspection" : "inventory.inspection"));
    row->SetValue(
        "RESULT",
        html::status_tag(text(ctx, i.has_defect ? "inventory.defect_found" : "inventory.no_defect"),
                         i.has_defect ? html::Tone::warning : html::Tone::success));
    row->SetValue("FINDINGS", i.findings);
  }
  for (const auto& n : notices_of(ctx.db(), c->id)) {
    auto* row = dict.AddSectionDictionary("NOTICE");
    row->SetValue("SENT", shown_date(ctx, n.sent_on));
    row->SetValue("FIX_BY", shown_date(ctx, n.fix_by));
    row->SetValue("DETAILS", n.details);
    if (n.letter_job_id != 0) {
      auto* link = row->AddSectionDictionary("LETTER_LINK");
      link->SetValue("HREF", saraban::letter_page(n.letter_job_id));
      link->SetValue("REF", n.letter_ref);
    } else if (!n.letter_ref.empty()) {
      row->AddSectionDictionary("LETTER_TEXT")->SetValue("REF", n.letter_ref);
    }
    row->SetValue("STATE",
                  n.fixed_on.empty()
                      ? html::status_tag(text(ctx, "inventory.notice_open"), html::Tone::warning)
                      : html::status_tag(
                            text(ctx, "inventory.notice_fixed") + " " + shown_date(ctx, n.fixed_on),
                            html::Tone::success));
  }
  dict.SetValue("ATTACHMENTS",
                attachments_html(ctx, "contract", c->id, ctx.principal.can(kContracts)));
  if (ctx.principal.can(kContracts) && c->security_closed_on.empty()) {
    dict.ShowSection("CAN_ACT");
    add_form(ctx, dict, "INSPECT_FORM", inspection_fields(ctx, {}));
    add_form(ctx, dict, "NOTICE_FORM", notice_fields(ctx, {}));
    add_form(ctx, dict, "SECURITY_FORM", security_fields(ctx, {}));
  }
  html::PageInfo info;
  info.title = text(ctx, "inventory.contract") + " " + c->f.contract_no;
  info.section = "inventory_contracts";
  info.crumbs = crumbs(ctx);
  return ctx.html().page(ctx, info, "inventory/contract", dict);
}

Result<http::Response> new_contract_page(http::Context& ctx) {
  return show_contract_form(ctx, {{"warranty_months", "24"}}, nullptr);
}

Result<http::Response> register_contract_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  const ContractFields f = contract_of(v, errors);
  if (auto bad = combined(errors, check_contract_fields(f)))
    return show_contract_form(ctx, v, &*bad);
  auto added = register_contract(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), f);
  if (!added.ok()) {
    if (!fixable_on_form(added.error())) return added.error();
    return show_contract_form(ctx, v, &added.error());
  }
  return html::redirect_with_flash(contract_path(added->id), "inventory.flash.saved");
}

Result<http::Response> inspect_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  Inspection in;
  in.inspected_on = read_date(v, "inspected_on", errors);
  if (in.inspected_on.empty() && !errors.has("inspected_on")) {
    errors.add("inspected_on", {"ต้องระบุ", "is required"});
  }
  in.committee = value(v, "committee");
  in.findings = value(v, "findings");
  in.has_defect = !value(v, "has_defect").empty();
  in.reinspection = !value(v, "reinspection").empty();
  auto show = [&](const Error& e) {
    return show_action_form(ctx, *id, "inspections", "inventory.record_inspection",
                            inspection_fields(ctx, v), &e);
  };
  if (auto bad = combined(errors, {})) return show(*bad);
  auto done = record_inspection(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, in);
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show(done.error());
  }
  return html::redirect_with_flash(contract_path(*id), "inventory.flash.inspected");
}

Result<http::Response> notice_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  DefectNotice n;
  n.sent_on = read_date(v, "sent_on", errors);
  n.fix_by = read_date(v, "fix_by", errors);
  n.details = value(v, "details");
  NoticeLetter letter;
  letter.to = value(v, "to");
  letter.urgency = value(v, "urgency");
  letter.signer_name = value(v, "signer_name");
  letter.signer_position = value(v, "signer_position");
  auto show = [&](const Error& e) {
    return show_action_form(ctx, *id, "notices", "inventory.send_notice", notice_fields(ctx, v),
                            &e);
  };
  if (auto bad = combined(errors, {})) return show(*bad);
  auto done = send_defect_notice(ctx.db(), ctx.files(), ctx.clock().now(), audit::actor_of(ctx),
                                 *id, n, letter);
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show(done.error());
  }
  return html::redirect_with_flash(contract_path(*id), "inventory.flash.notice_sent");
}

Result<http::Response> security_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  SecurityClosing s;
  s.outcome = value(v, "outcome");
  s.closed_on = read_date(v, "closed_on", errors);
  s.approved_by = value(v, "approved_by");
  auto show = [&](const Error& e) {
    return show_action_form(ctx, *id, "security", "inventory.close_security",
                            security_fields(ctx, v), &e);
  };
  if (auto bad = combined(errors, {})) return show(*bad);
  auto done = close_security(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *id, s);
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show(done.error());
  }
  return html::redirect_with_flash(contract_path(*id), "inventory.flash.security_closed");
}

Result<http::Response> dashboard_page(http::Context& ctx) {
  const Date today = bangkok_date(ctx.clock().now());
  Dict dict("inventory_dashboard");
  const auto ending = store::contracts_ending_between(ctx.db(), to_iso_date(today),
                                                      to_iso_date(add_days(today, 90)));
  contract_rows(ctx, dict, "ENDING", ending);
  if (ending.empty()) dict.ShowSection("NONE_ENDING");
  const auto overdue = store::ended_without_inspection(ctx.db(), to_iso_date(today));
  contract_rows(ctx, dict, "OVERDUE", overdue);
  if (overdue.empty()) dict.ShowSection("NONE_OVERDUE");
  const auto notices = store::open_notices(ctx.db());
  for (const auto& n : notices) {
    auto* row = dict.AddSectionDictionary("DEFECT");
    row->SetIntValue("ID", n.contract_id);
    row->SetValue("CONTRACT_NO", n.contract_no);
    row->SetValue("FIX_BY", shown_date(ctx, n.notice.fix_by));
    row->SetValue("DETAILS", n.notice.details);
    const auto fix_by = parse_iso_date(n.notice.fix_by);
    if (fix_by && *fix_by < today) {
      row->SetValue("LATE",
                    html::status_tag(text(ctx, "inventory.fix_overdue"), html::Tone::danger));
    }
  }
  if (notices.empty()) dict.ShowSection("NONE_DEFECTS");
  const auto to_return = store::securities_to_return(ctx.db(), to_iso_date(today));
  contract_rows(ctx, dict, "RETURN", to_return);
  if (to_return.empty()) dict.ShowSection("NONE_RETURN");
  dict.SetValue("STAGES", days_text(reminder_stages(ctx.db(), default_reminder_days()).days));
  if (ctx.principal.can(kContracts)) dict.ShowSection("CAN_SET_STAGES");
  html::PageInfo info;
  info.title = text(ctx, "inventory.dashboard");
  info.section = "inventory_warranty";
  info.crumbs = {{text(ctx, "inventory.title"), "/inventory"}};
  return ctx.html().page(ctx, info, "inventory/dashboard", dict);
}

}  // namespace pao::inventory
