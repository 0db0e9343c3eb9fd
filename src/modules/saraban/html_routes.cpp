// Pages of e-Saraban: the incoming register and the registration form. The same use cases as
// the JSON API.
#include "platform/html/ctemplate.hpp"

#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/files/files.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/time/thai_date.hpp"

using pao::html::date_field_text;

namespace pao::saraban {

namespace {

constexpr int kPerPage = 50;
const html::UploadRule kScanRule{{files::FileType::pdf}, 20 << 20};

const std::vector<std::string> kFormFields = {"reference", "dated",   "from",      "to",  "subject",
                                              "urgency",   "secrecy", "reply_due", "file"};

std::string value(const FormValues& v, const std::string& name) {
  const auto it = v.find(name);
  return it == v.end() ? std::string() : it->second;
}

Result<http::Response> render_form(http::Context& ctx, const FormValues& v, const Error* error) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("incoming_form");
  auto err = [&](const std::string& f) { return html::field_error(ctx, error, f); };
  if (error) {
    renderer.form_errors(
        ctx, *error, dict, [&](const std::string& f) { return t("saraban.field." + f); },
        kFormFields);
  }
  auto text_field = [&](const std::string& name, html::FieldKind kind = html::FieldKind::text) {
    html::Field f;
    f.kind = kind;
    f.name = name;
    f.label = t("saraban.field." + name);
    f.value = value(v, name);
    f.error = err(name);
    if (kind == html::FieldKind::textarea) f.rows = 3;
    return html::field(ctx, f);
  };
  html::Field urgency;
  urgency.kind = html::FieldKind::radios;
  urgency.name = "urgency";
  urgency.label = t("saraban.field.urgency");
  urgency.value = value(v, "urgency").empty() ? "normal" : value(v, "urgency");
  for (const Urgency u :
       {Urgency::normal, Urgency::urgent, Urgency::very_urgent, Urgency::most_urgent}) {
    urgency.choices.push_back({urgency_name(u), urgency_label(u).in(ctx.lang), {}});
  }
  html::Field secrecy;
  secrecy.kind = html::FieldKind::select;
  secrecy.name = "secrecy";
  secrecy.label = t("saraban.field.secrecy");
  secrecy.hint = t("saraban.hint.secrecy");
  secrecy.value = value(v, "secrecy");
  for (const Secrecy s :
       {Secrecy::none, Secrecy::confidential, Secrecy::secret, Secrecy::top_secret}) {
    secrecy.choices.push_back({secrecy_name(s), secrecy_label(s).in(ctx.lang), {}});
  }
  html::Field file;
  file.kind = html::FieldKind::file;
  file.name = "file";
  file.label = t("saraban.field.file");
  file.hint = html::upload_hint(ctx, kScanRule);
  file.accept = kScanRule.accept();
  file.error = err("file");

  dict.SetValue("REFERENCE_FIELD", text_field("reference"));
  dict.SetValue("DATED_FIELD", text_field("dated", html::FieldKind::date));
  dict.SetValue("FROM_FIELD", text_field("from"));
  dict.SetValue("TO_FIELD", text_field("to"));
  dict.SetValue("SUBJECT_FIELD", text_field("subject", html::FieldKind::textarea));
  dict.SetValue("URGENCY_FIELD", html::field(ctx, urgency));
  dict.SetValue("SECRECY_FIELD", html::field(ctx, secrecy));
  dict.SetValue("REPLY_DUE_FIELD", text_field("reply_due", html::FieldKind::date));
  dict.SetValue("FILE_FIELD", html::field(ctx, file));
  html::PageInfo info;
  info.title = t("saraban.incoming.new");
  info.section = "saraban";
  info.crumbs = {{t("saraban.incoming.title"), "/saraban/incoming"}};
  return renderer.page(ctx, info, "saraban/incoming_form", dict, error ? 400 : 200);
}

}  // namespace

Result<http::Response> incoming_form_page(http::Context& ctx) {
  return render_form(ctx, {}, nullptr);
}

Result<http::Response> register_incoming_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  IncomingLetter in;
  FieldErrors form;
  in.reference = value(v, "reference");
  in.from = value(v, "from");
  in.to = value(v, "to");
  in.subject = value(v, "subject");
  in.dated = read_date(v, "dated", form);
  in.reply_due = read_date(v, "reply_due", form);
  in.urgency = parse_urgency(value(v, "urgency")).value_or(Urgency::normal);
  in.secrecy = parse_secrecy(value(v, "secrecy")).value_or(Secrecy::none);
  const auto files = ctx.request.files();
  const http::UploadedPart* scan = nullptr;
  for (const auto& f : files) {
    if (f.field_name == "file" && !f.bytes.empty()) scan = &f;
  }
  if (scan) {
    if (const auto why = html::check_upload(*scan, kScanRule)) form.add("file", *why);
  }
  FieldErrors all = check_incoming_letter(in);
  if (!form.empty() || !all.empty()) {
    Error e = all.empty() ? form.to_error() : all.to_error();
    for (const auto& [f, why] : form.to_error().fields) e.fields.emplace(f, why);
    return render_form(ctx, v, &e);
  }
  const Person by = person_of(ctx);
  db::Tx tx(ctx.db());
  auto letter = register_incoming_letter(ctx.db(), ctx.clock().now(), by, in);
  if (!letter.ok()) return render_form(ctx, v, &letter.error());
  if (scan) {
    auto stored = files::store_upload(ctx.db(), ctx.files(), ctx.clock().now(), by.actor, *scan,
                                      {"saraban", "letter", std::to_string(letter->id)});
    if (!stored.ok()) return render_form(ctx, v, &stored.error());
  }
  tx.commit();
  return html::redirect_with_flash("/saraban/jobs/" + std::to_string(letter->job_id),
                                   "saraban.flash.registered");
}

Result<http::Response> incoming_register_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  const int this_year = register_year(ctx.clock().now());
  FieldErrors bad;
  const FormValues q(ctx.request.query.begin(), ctx.request.query.end());
  store::LetterFilter f;
  f.register_code = kIncoming;
  f.year = read_year(q, this_year);
  const auto from = read_date(q, "from", bad);
  const auto to = read_date(q, "to", bad);
  if (from) f.from_day = to_iso_date(*from);
  if (to) f.to_day = to_iso_date(*to);
  const auto total = static_cast<int>(store::count_letters(ctx.db(), f));
  const html::PageWindow window = html::read_page(ctx.request, kPerPage, total);
  f.limit = kPerPage;
  f.offset = window.offset();
  const auto letters = store::list_letters(ctx.db(), f, ctx.principal.id);

  ctemplate::TemplateDictionary dict("incoming_register");
  dict.SetValue("YEAR_BE", std::to_string(f.year + kBuddhistEraOffset));
  dict.SetIntValue("YEAR", f.year);
  for (int y = this_year; y >= this_year - 4; --y) {
    auto* opt = dict.AddSectionDictionary("YEAR_OPTION");
    opt->SetIntValue("VALUE", y);
    opt->SetIntValue("LABEL", y + kBuddhistEraOffset);
    if (y == f.year) opt->ShowSection("SELECTED");
  }
  dict.SetValue("FROM_FIELD", filter_date_field(ctx, "from", t("saraban.filter.from"), q, bad));
  dict.SetValue("TO_FIELD", filter_date_field(ctx, "to", t("saraban.filter.to"), q, bad));
  if (ctx.principal.can(kRegister)) dict.ShowSection("CAN_REGISTER");
  std::string export_query = "year=" + std::to_string(f.year);
  if (from) export_query += "&from=" + date_field_text(*from);
  if (to) export_query += "&to=" + date_field_text(*to);
  dict.SetValue("EXPORT_QUERY", export_query);
  dict.SetValue("COUNT", html::format_number(total));
  if (letters.empty()) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {t("saraban.incoming.empty_title"), t("saraban.incoming.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_LETTERS");
  }
  for (const auto& l : letters) fill_letter_row(ctx, *dict.AddSectionDictionary("LETTER"), l);
  dict.SetValue("PAGER", html::pager(ctx, window));
  html::PageInfo info;
  info.title = t("saraban.incoming.title");
  info.section = "saraban";
  return renderer.page(ctx, info, "saraban/incoming_register", dict);
}

}  // namespace pao::saraban
