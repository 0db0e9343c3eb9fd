// Pages for outgoing letters and numbers: issuing a letter (number + official PDF), and the
// numbers of a register with reserving (จองเลข) and cancelling.
#include "platform/html/ctemplate.hpp"

#include <charconv>

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/outgoing_form.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/register_outgoing.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/templates_store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

namespace {

constexpr const char* kOutgoingKinds[] = {kOutgoing, kCircular, kOrders, kAnnouncements};
const std::vector<std::string> kFields = {
    "register", "kind", "reserved_no", "job_id",          "agency",  "to",
    "subject",  "body", "signer_name", "signer_position", "urgency", "secrecy"};

std::string value(const FormValues& v, const std::string& name) {
  const auto it = v.find(name);
  return it == v.end() ? std::string() : it->second;
}

std::optional<std::int64_t> number_of(const std::string& text) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}

std::vector<html::Choice> register_choices(http::Context& ctx) {
  std::vector<html::Choice> out;
  for (const char* c : kOutgoingKinds) {
    if (const auto r = find_register(ctx.db(), c)) {
      out.push_back({c, ctx.lang == "en" ? r->name_en : r->name_th, {}});
    }
  }
  return out;
}

}  // namespace

Result<http::Response> render_outgoing_form(http::Context& ctx, const FormValues& v,
                                            const Error* error, const OutgoingFormPage& page) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("outgoing_form");
  if (error) {
    renderer.form_errors(
        ctx, *error, dict, [&](const std::string& f) { return t("saraban.field." + f); }, kFields);
  }
  auto make = [&](const std::string& name, html::FieldKind kind) {
    html::Field f;
    f.kind = kind;
    f.name = name;
    f.label = t("saraban.field." + name);
    f.value = value(v, name);
    f.error = html::field_error(ctx, error, name);
    f.rows = name == "body" ? 10 : 3;
    return f;
  };
  std::string fields;
  html::Field reg = make("register", html::FieldKind::select);
  reg.choices = register_choices(ctx);
  fields += html::field(ctx, reg);
  html::Field kind = make("kind", html::FieldKind::select);
  for (const auto k :
       {LetterKind::external, LetterKind::memo, LetterKind::order, LetterKind::announcement}) {
    kind.choices.push_back(
        {letter_kind_name(k), t(std::string("saraban.kind.") + letter_kind_name(k)), {}});
  }
  fields += html::field(ctx, kind);
  for (const char* name : {"reserved_no", "job_id"}) {
    if (page.job_id && std::string(name) == "job_id") continue;
    html::Field f = make(name, html::FieldKind::text);
    f.input_mode = "numeric";
    f.wide = false;
    fields += html::field(ctx, f);
  }
  fields += html::field(ctx, make("agency", html::FieldKind::textarea));
  fields += html::field(ctx, make("to", html::FieldKind::text));
  fields += html::field(ctx, make("subject", html::FieldKind::text));
  fields += html::field(ctx, make("body", html::FieldKind::textarea));
  fields += html::field(ctx, make("signer_name", html::FieldKind::text));
  fields += html::field(ctx, make("signer_position", html::FieldKind::textarea));
  html::Field urgency = make("urgency", html::FieldKind::select);
  for (const auto u :
       {Urgency::normal, Urgency::urgent, Urgency::very_urgent, Urgency::most_urgent}) {
    urgency.choices.push_back({urgency_name(u), urgency_label(u).in(ctx.lang), {}});
  }
  fields += html::field(ctx, urgency);
  html::Field secrecy = make("secrecy", html::FieldKind::select);
  for (const auto s :
       {Secrecy::none, Secrecy::confidential, Secrecy::secret, Secrecy::top_secret}) {
    secrecy.choices.push_back({secrecy_name(s), secrecy_label(s).in(ctx.lang), {}});
  }
  fields += html::field(ctx, secrecy);
  dict.SetValue("FIELDS", fields);
  dict.SetValue("ACTION", page.action);
  const std::string title = page.title.empty() ? t("saraban.outgoing.new") : page.title;
  dict.SetValue("TITLE", title);
  dict.SetValue("INTRO", page.intro.empty() ? t("saraban.outgoing.new_intro") : page.intro);
  html::PageInfo info;
  info.title = title;
  info.section = "saraban_outgoing";
  info.crumbs = {{t("saraban.outgoing.title"), "/saraban/outgoing"}};
  dict.SetValue("CANCEL_URL", "/saraban/outgoing");
  if (page.job_id) {
    const std::string job = std::to_string(*page.job_id);
    dict.SetValue("CANCEL_URL", "/saraban/jobs/" + job);
    info.crumbs = {{t("saraban.job.title") + " " + job, "/saraban/jobs/" + job}};
  }
  return renderer.page(ctx, info, "saraban/outgoing_form", dict, error ? 400 : 200);
}

Result<http::Response> outgoing_form_page(http::Context& ctx) {
  FormValues v;
  v["agency"] = "องค์การบริหารส่วนจังหวัดลำพูน";
  if (const auto job = ctx.request.query_param("job")) v["job_id"] = *job;
  return render_outgoing_form(ctx, v, nullptr);
}

Result<http::Response> issue_outgoing_form(http::Context& ctx) {
  return issue_from_outgoing_form(ctx, read_form(ctx.request));
}

Result<http::Response> issue_from_outgoing_form(http::Context& ctx, const FormValues& v,
                                                const OutgoingFormPage& page) {
  OutgoingLetter in;
  FieldErrors form;
  in.register_code = value(v, "register");
  in.kind = parse_letter_kind(value(v, "kind")).value_or(LetterKind::external);
  for (const char* name : {"reserved_no", "job_id"}) {
    const std::string text = value(v, name);
    if (text.empty()) continue;
    const auto n = number_of(text);
    if (!n) {
      form.add(name, {"ต้องเป็นตัวเลข", "must be a number"});
    } else if (std::string(name) == "reserved_no") {
      in.reserved_no = n;
    } else {
      in.job_id = n;
    }
  }
  if (page.job_id) in.job_id = page.job_id;
  in.agency = value(v, "agency");
  in.to = value(v, "to");
  in.subject = value(v, "subject");
  in.body = value(v, "body");
  in.signer_name = value(v, "signer_name");
  in.signer_position = value(v, "signer_position");
  in.urgency = parse_urgency(value(v, "urgency")).value_or(Urgency::normal);
  in.secrecy = parse_secrecy(value(v, "secrecy")).value_or(Secrecy::none);
  const FieldErrors checks = check_outgoing_letter(in);
  if (!form.empty() || !checks.empty()) {
    Error e = checks.empty() ? form.to_error() : checks.to_error();
    if (!form.empty()) {
      for (const auto& [f, why] : form.to_error().fields) e.fields.emplace(f, why);
    }
    return render_outgoing_form(ctx, v, &e, page);
  }
  auto issued =
      register_outgoing_letter(ctx.db(), ctx.files(), ctx.clock().now(), person_of(ctx), in);
  if (!issued.ok()) {
    if (!issued.error().fields.empty()) return render_outgoing_form(ctx, v, &issued.error(), page);
    return issued.error();
  }
  return html::redirect_with_flash("/saraban/jobs/" + std::to_string(issued->letter.job_id),
                                   "saraban.flash.issued");
}

Result<http::Response> numbers_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const FormValues q(ctx.request.query.begin(), ctx.request.query.end());
  std::string code = value(q, "register");
  if (code.empty() || !find_register(ctx.db(), code)) code = kOutgoing;
  const int year = read_year(q, register_year(ctx.clock().now()));
  ctemplate::TemplateDictionary dict("numbers");
  dict.SetValue("CODE", code);
  dict.SetValue("YEAR_BE", std::to_string(year + kBuddhistEraOffset));
  for (const auto& r : list_registers(ctx.db())) {
    auto* opt = dict.AddSectionDictionary("REGISTER_OPTION");
    opt->SetValue("VALUE", r.code);
    opt->SetValue("LABEL", ctx.lang == "en" ? r.name_en : r.name_th);
    if (r.code == code) opt->ShowSection("SELECTED");
  }
  const bool can_register = ctx.principal.can(kRegister);
  if (can_register) dict.ShowSection("CAN_RESERVE");
  const auto reg = find_register(ctx.db(), code);
  const std::string agency = agency_code(ctx.db());
  // A used number shows the ที่ its letter was issued with (the format may have changed since).
  const auto issued = store::issued_references(ctx.db(), code, year);
  for (const auto& n : list_numbers(ctx.db(), code, year)) {
    auto* row = dict.AddSectionDictionary("NUMBER");
    row->SetValue("NO", std::to_string(n.number));
    row->SetIntValue("YEAR", n.year);
    const auto letter_ref = issued.find(n.number);
    row->SetValue("REFERENCE", letter_ref != issued.end() ? letter_ref->second
                               : reg && !reg->reference_format.empty()
                                   ? reference_for(*reg, agency, n.number)
                                   : std::string());
    const html::Tone tone = n.status == NumberStatus::used       ? html::Tone::success
                            : n.status == NumberStatus::reserved ? html::Tone::info
                                                                 : html::Tone::neutral;
    row->SetValue(
        "STATUS_TAG",
        html::status_tag(t(std::string("saraban.number.") + number_status_name(n.status)), tone));
    row->SetValue("STATUS", number_status_name(n.status));
    row->SetValue("NOTE", n.note);
    row->SetValue("TAKEN", shown_time(ctx, n.taken_at));
    row->SetValue("BY", n.taken_by);
    if (can_register && n.status == NumberStatus::reserved) row->ShowSection("CAN_CANCEL");
  }
  html::PageInfo info;
  info.title = t("saraban.numbers.title");
  info.section = "saraban_numbers";
  return renderer.page(ctx, info, "saraban/numbers", dict);
}

Result<http::Response> reserve_number_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  const std::string code = value(v, "register");
  auto n = reserve_number(ctx.db(), ctx.clock().now(), person_of(ctx), code, value(v, "note"));
  if (!n.ok()) return n.error();
  return html::redirect_with_flash("/saraban/numbers?register=" + code, "saraban.flash.reserved");
}

Result<http::Response> cancel_number_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  const std::string code = value(v, "register");
  const auto year = number_of(value(v, "year"));
  const auto number = number_of(value(v, "number"));
  std::string reason = value(v, "reason");
  if (reason.empty()) reason = "ยกเลิกโดย " + person_of(ctx).name;
  if (!year || !number) {
    return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The request is not valid"})
        .field("number", {"ไม่ถูกต้อง", "is not a number"});
  }
  auto n = cancel_reserved_number(ctx.db(), ctx.clock().now(), person_of(ctx), code,
                                  static_cast<int>(*year), *number, reason);
  if (!n.ok()) return n.error();
  return html::redirect_with_flash("/saraban/numbers?register=" + code, "saraban.flash.cancelled");
}

}  // namespace pao::saraban
