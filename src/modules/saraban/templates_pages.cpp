// Pages of letter templates (แบบฟอร์มหนังสือ): the library and its form (clerks), and drafting
// from a template on a job's page — the outgoing form opens filled in and posts to the job, so
// the letter it registers belongs to that job and shows in its timeline.
#include "platform/html/ctemplate.hpp"

#include <charconv>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/letter_templates.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/outgoing_form.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

namespace {

constexpr const char* kTemplateRegisters[] = {kOutgoing, kCircular, kOrders, kAnnouncements};
const std::vector<std::string> kTemplateFields = {"name", "kind", "register", "subject",
                                                  "to",   "body", "closing"};

std::optional<std::int64_t> id_of(std::string_view s) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n <= 0) return std::nullopt;
  return n;
}

std::string value(const FormValues& v, const std::string& name) {
  const auto it = v.find(name);
  return it == v.end() ? std::string() : it->second;
}

Error no_such_template() {
  return Error::not_found({"ไม่พบแบบฟอร์มหนังสือนี้", "There is no such letter template"});
}

std::string register_name(http::Context& ctx, const std::string& code) {
  const auto r = find_register(ctx.db(), code);
  if (!r) return code;
  return ctx.lang == "en" ? r->name_en : r->name_th;
}

FormValues values_of(const LetterTemplate& t) {
  return {{"name", t.name},
          {"kind", letter_kind_name(t.kind)},
          {"register", t.register_code},
          {"subject", t.subject},
          {"to", t.to},
          {"body", t.body},
          {"closing", t.closing}};
}

LetterTemplate template_of(const FormValues& v) {
  LetterTemplate t;
  t.name = value(v, "name");
  t.kind = parse_letter_kind(value(v, "kind")).value_or(LetterKind::external);
  t.register_code = value(v, "register");
  t.subject = value(v, "subject");
  t.to = value(v, "to");
  t.body = value(v, "body");
  t.closing = value(v, "closing");
  return t;
}

void fill_placeholder_help(http::Context& ctx, ctemplate::TemplateDictionary& dict) {
  for (const auto& p : placeholders()) {
    auto* row = dict.AddSectionDictionary("PLACEHOLDER");
    row->SetValue("NAME", std::string("{{") + p.name + "}}");
    row->SetValue("MEANING", p.meaning.in(ctx.lang));
  }
}

Result<http::Response> render_template_form(http::Context& ctx, const FormValues& v,
                                            std::optional<std::int64_t> id, const Error* error) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("letter_template_form");
  if (error) {
    renderer.form_errors(
        ctx, *error, dict, [&](const std::string& f) { return t("saraban.template.field." + f); },
        kTemplateFields);
  }
  auto make = [&](const std::string& name, html::FieldKind kind) {
    html::Field f;
    f.kind = kind;
    f.name = name;
    f.label = t("saraban.template.field." + name);
    f.value = value(v, name);
    f.error = html::field_error(ctx, error, name);
    f.rows = name == "body" ? 10 : 2;
    return f;
  };
  std::string fields = html::field(ctx, make("name", html::FieldKind::text));
  html::Field kind = make("kind", html::FieldKind::select);
  for (const auto k :
       {LetterKind::external, LetterKind::memo, LetterKind::order, LetterKind::announcement}) {
    kind.choices.push_back(
        {letter_kind_name(k), t(std::string("saraban.kind.") + letter_kind_name(k)), {}});
  }
  fields += html::field(ctx, kind);
  html::Field reg = make("register", html::FieldKind::select);
  for (const char* c : kTemplateRegisters) reg.choices.push_back({c, register_name(ctx, c), {}});
  fields += html::field(ctx, reg);
  fields += html::field(ctx, make("subject", html::FieldKind::text));
  fields += html::field(ctx, make("to", html::FieldKind::text));
  fields += html::field(ctx, make("body", html::FieldKind::textarea));
  fields += html::field(ctx, make("closing", html::FieldKind::textarea));
  dict.SetValue("FIELDS", fields);
  fill_placeholder_help(ctx, dict);
  const std::string title = id ? t("saraban.template.edit") : t("saraban.template.new");
  dict.SetValue("TITLE", title);
  dict.SetValue("ACTION", id ? "/saraban/templates/" + std::to_string(*id) : "/saraban/templates");
  if (id) dict.SetValueAndShowSection("ID", std::to_string(*id), "CAN_ARCHIVE");
  html::PageInfo info;
  info.title = title;
  info.section = "saraban_templates";
  info.crumbs = {{t("saraban.templates.title"), "/saraban/templates"}};
  return renderer.page(ctx, info, "saraban/letter_template_form", dict, error ? 400 : 200);
}

// Whether the caller may draft (and register) a letter of job `job_id`: a clerk, a person
// named on the job (it was routed to them, they acted on it), or one acting for the person the
// job waits for (a delegation in force).
bool may_draft_for(http::Context& ctx, std::int64_t job_id) {
  if (ctx.principal.can(kRegister)) return true;
  if (ctx.principal.kind != auth::PrincipalKind::user) return false;
  return store::is_member(ctx.db(), job_id, ctx.principal.id) ||
         acting_for(ctx.db(), ctx.clock().now(), ctx.principal.id, job_id).has_value();
}

Error may_not_draft() {
  return Error{
      ErrorCode::permission_denied,
      {"ร่างและออกเลขหนังสือของเรื่องนี้ได้เฉพาะเจ้าหน้าที่สารบรรณหรือผู้ที่ได้รับมอบหมายเรื่อง",
       "Only a clerk or a person the job was routed to may draft and register its letters"},
      {},
      {}};
}

}  // namespace

Result<http::Response> templates_page(http::Context& ctx) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("letter_templates");
  const auto all = list_letter_templates(ctx.db(), true);
  for (const auto& lt : all) {
    auto* row = dict.AddSectionDictionary("TEMPLATE");
    row->SetIntValue("ID", static_cast<int>(lt.id));
    row->SetValue("NAME", lt.name);
    row->SetValue("KIND", t(std::string("saraban.kind.") + letter_kind_name(lt.kind)));
    row->SetValue("REGISTER", register_name(ctx, lt.register_code));
    row->SetIntValue("VERSION", lt.version);
    row->SetValue("UPDATED", shown_time(ctx, lt.updated_at));
    row->SetValue("UPDATED_BY", lt.updated_by);
    if (!lt.active) {
      row->SetValueAndShowSection(
          "ARCHIVED_TAG", html::status_tag(t("saraban.template.archived"), html::Tone::neutral),
          "ARCHIVED");
    }
  }
  if (all.empty()) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {t("saraban.templates.empty_title"), t("saraban.templates.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_TEMPLATES");
  }
  fill_placeholder_help(ctx, dict);
  html::PageInfo info;
  info.title = t("saraban.templates.title");
  info.section = "saraban_templates";
  return renderer.page(ctx, info, "saraban/letter_templates", dict);
}

Result<http::Response> template_form_page(http::Context& ctx) {
  const std::string& path_id = ctx.request.path_param("id");
  if (path_id.empty()) {
    return render_template_form(ctx, {{"kind", "external"}, {"register", kOutgoing}}, std::nullopt,
                                nullptr);
  }
  const auto id = id_of(path_id);
  const auto lt = id ? find_letter_template(ctx.db(), *id) : std::nullopt;
  if (!lt) return no_such_template();
  return render_template_form(ctx, values_of(*lt), id, nullptr);
}

Result<http::Response> save_template_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  const std::string& path_id = ctx.request.path_param("id");
  std::optional<std::int64_t> id;
  if (!path_id.empty()) {
    id = id_of(path_id);
    if (!id) return no_such_template();
  }
  const LetterTemplate lt = template_of(v);
  auto saved = id ? update_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), *id, lt)
                  : create_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), lt);
  if (!saved.ok()) {
    if (!saved.error().fields.empty()) return render_template_form(ctx, v, id, &saved.error());
    return saved.error();
  }
  return html::redirect_with_flash("/saraban/templates", "saraban.flash.template_saved");
}

Result<http::Response> archive_template_form(http::Context& ctx) {
  const auto id = id_of(ctx.request.path_param("id"));
  if (!id) return no_such_template();
  if (auto s = archive_letter_template(ctx.db(), ctx.clock().now(), person_of(ctx), *id); !s.ok()) {
    return s.error();
  }
  return html::redirect_with_flash("/saraban/templates", "saraban.flash.template_archived");
}

void fill_draft_choice(http::Context& ctx, ctemplate::TemplateDictionary& dict,
                       std::int64_t job_id) {
  if (!may_draft_for(ctx, job_id)) return;
  const auto all = list_letter_templates(ctx.db());
  if (all.empty()) return;
  html::Field f;
  f.kind = html::FieldKind::select;
  f.name = "template";
  f.label = ctx.html().text(ctx.lang, "saraban.draft.template");
  for (const auto& lt : all) f.choices.push_back({std::to_string(lt.id), lt.name, {}});
  dict.ShowSection("CAN_DRAFT");
  dict.SetValue("TEMPLATE_FIELD", html::field(ctx, f));
}

Result<http::Response> draft_page(http::Context& ctx) {
  const auto job = id_of(ctx.request.path_param("id"));
  if (!job) return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
  if (!may_draft_for(ctx, *job)) return may_not_draft();
  const auto template_id = id_of(ctx.request.query_param("template").value_or(""));
  if (!template_id) {
    return Error::invalid({"กรุณาเลือกแบบฟอร์มหนังสือ", "Choose a letter template"})
        .field("template", {"กรุณาเลือก", "is required"});
  }
  auto d = draft_from_template(ctx.db(), ctx.clock().now(), person_of(ctx), *template_id, job);
  if (!d.ok()) return d.error();
  FormValues v;
  v["register"] = d->register_code;
  v["kind"] = letter_kind_name(d->kind);
  v["agency"] = "องค์การบริหารส่วนจังหวัดลำพูน";
  v["to"] = d->to;
  v["subject"] = d->subject;
  v["body"] = d->body;
  v["signer_name"] = d->signer_name;
  v["signer_position"] = d->signer_position;
  const auto lt = find_letter_template(ctx.db(), *template_id);
  OutgoingFormPage page;
  page.action = "/saraban/jobs/" + std::to_string(*job) + "/reply";
  page.job_id = job;
  page.title = ctx.html().text(ctx.lang, "saraban.draft.title") + ": " + lt->name;
  page.intro = ctx.html().text(ctx.lang, "saraban.draft.intro");
  return render_outgoing_form(ctx, v, nullptr, page);
}

Result<http::Response> reply_form(http::Context& ctx) {
  const auto job = id_of(ctx.request.path_param("id"));
  if (!job) return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
  if (!may_draft_for(ctx, *job)) return may_not_draft();
  OutgoingFormPage page;
  page.action = "/saraban/jobs/" + std::to_string(*job) + "/reply";
  page.job_id = job;
  page.title = ctx.html().text(ctx.lang, "saraban.draft.title");
  page.intro = ctx.html().text(ctx.lang, "saraban.draft.intro");
  return issue_from_outgoing_form(ctx, read_form(ctx.request), page);
}

}  // namespace pao::saraban
