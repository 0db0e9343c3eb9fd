// Pages of e-Saraban: the incoming letter's registration form. The same use cases as
// the JSON API.
#include "platform/html/ctemplate.hpp"

#include <charconv>

#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/mail_intake.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/pdf_text.hpp"
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
  if (const auto mail_id = value(v, "mail_id"); !mail_id.empty()) {
    auto* mail = dict.AddSectionDictionary("MAIL");
    mail->SetValue("MAIL_ID", mail_id);
    mail->SetValue("MAIL_TEXT", value(v, "mail_text"));
    mail->SetValue("MAIL_FILES", value(v, "mail_files"));
  }
  html::PageInfo info;
  info.title = t("saraban.incoming.new");
  info.section = "saraban_incoming";
  info.crumbs = {{t("saraban.incoming.title"), "/saraban/incoming"}};
  return renderer.page(ctx, info, "saraban/incoming_form", dict, error ? 400 : 200);
}

}  // namespace

Result<http::Response> incoming_form_page(http::Context& ctx) {
  FormValues v;
  // From an e-mail draft (/saraban/mail): what the e-mail says, for the clerk to complete.
  if (const auto mail = ctx.request.query_param("mail")) {
    std::int64_t id = 0;
    try {
      id = std::stoll(*mail);
    } catch (const std::exception&) {
    }
    const auto draft = id > 0 ? find_mail_draft(ctx.db(), id) : std::nullopt;
    if (!draft || draft->status != "draft") {
      return Error::not_found({"ไม่พบอีเมลที่รอลงทะเบียนนี้", "There is no such e-mail waiting"});
    }
    v["mail_id"] = std::to_string(draft->id);
    v["from"] = draft->from;
    v["subject"] = draft->subject;
    v["mail_text"] = draft->text.substr(0, 2000);
    v["mail_files"] = std::to_string(draft->attachments);
  }
  return render_form(ctx, v, nullptr);
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
  // Read the scan's words before the transaction: pdftotext may take a moment.
  const std::optional<std::string> scan_text = scan ? extract_pdf_text(scan->bytes) : std::nullopt;
  db::Tx tx(ctx.db());
  const std::string mail_id = value(v, "mail_id");
  std::int64_t draft_id = 0;
  if (!mail_id.empty()) {
    const auto [end, ec] =
        std::from_chars(mail_id.data(), mail_id.data() + mail_id.size(), draft_id);
    if (ec != std::errc() || end != mail_id.data() + mail_id.size()) draft_id = -1;
  }
  auto letter = mail_id.empty() ? register_incoming_letter(ctx.db(), ctx.clock().now(), by, in)
                                : register_mail_draft(ctx.db(), ctx.files(), ctx.clock().now(), by,
                                                      draft_id, in);
  if (!letter.ok()) {
    if (letter.error().fields.empty()) return letter.error();
    return render_form(ctx, v, &letter.error());
  }
  if (scan) {
    auto stored = files::store_upload(ctx.db(), ctx.files(), ctx.clock().now(), by.actor, *scan,
                                      {"saraban", "letter", std::to_string(letter->id)});
    if (!stored.ok()) return render_form(ctx, v, &stored.error());
    if (scan_text) keep_file_text(ctx.db(), ctx.clock().now(), letter->id, stored->id, *scan_text);
  }
  tx.commit();
  return html::redirect_with_flash("/saraban/jobs/" + std::to_string(letter->job_id),
                                   "saraban.flash.registered");
}

}  // namespace pao::saraban
