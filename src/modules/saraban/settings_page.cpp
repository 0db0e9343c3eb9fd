// The numbering settings page (/saraban/settings, administrators): the agency code and each
// register's reference format, each with the ที่ its next number would get. "Preview" shows what
// typed formats would give without saving; "Save" stores them (audited) — later numbers only.
#include "platform/html/ctemplate.hpp"

#include "modules/saraban/numbering_settings.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"

namespace pao::saraban {

namespace {

Result<http::Response> render_settings(http::Context& ctx, const NumberingSettings& s,
                                       const Error* error, bool preview) {
  auto& renderer = ctx.html();
  auto t = [&](const std::string& key) { return renderer.text(ctx.lang, key); };
  ctemplate::TemplateDictionary dict("settings");
  std::vector<std::string> order = {"agency_code"};
  for (const auto& r : s.registers) order.push_back("formats." + r.reg.code);
  if (error) {
    renderer.form_errors(
        ctx, *error, dict,
        [&](const std::string& f) {
          for (const auto& r : s.registers) {
            if (f == "formats." + r.reg.code)
              return ctx.lang == "en" ? r.reg.name_en : r.reg.name_th;
          }
          return t("saraban.settings.agency_code");
        },
        order);
  }
  html::Field agency;
  agency.name = "agency_code";
  agency.label = t("saraban.settings.agency_code");
  agency.hint = t("saraban.settings.agency_code_hint");
  agency.value = s.agency_code;
  agency.error = html::field_error(ctx, error, "agency_code");
  agency.wide = false;
  dict.SetValue("AGENCY_FIELD", html::field(ctx, agency));
  for (const auto& r : s.registers) {
    auto* row = dict.AddSectionDictionary("REGISTER");
    html::Field f;
    f.name = "formats." + r.reg.code;
    f.label = ctx.lang == "en" ? r.reg.name_en : r.reg.name_th;
    f.hint = t("saraban.settings.format_hint");
    f.value = r.reg.reference_format;
    f.error = html::field_error(ctx, error, f.name);
    f.wide = false;
    row->SetValue("FIELD", html::field(ctx, f));
    row->SetValue("CODE", r.reg.code);
    row->SetValue("NEXT_NO", std::to_string(r.next_no));
    row->SetValue("NEXT_REFERENCE", r.next_reference);
  }
  if (preview) dict.ShowSection("PREVIEW");
  html::PageInfo info;
  info.title = t("saraban.settings.title");
  info.section = "saraban_settings";
  return renderer.page(ctx, info, "saraban/settings", dict, error ? 400 : 200);
}

}  // namespace

Result<http::Response> settings_page(http::Context& ctx) {
  return render_settings(ctx, numbering_settings(ctx.db(), ctx.clock().now()), nullptr, false);
}

Result<http::Response> save_settings_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  NumberingChange change;
  if (const auto it = v.find("agency_code"); it != v.end()) change.agency_code = it->second;
  for (const auto& [name, text] : v) {
    if (name.starts_with("formats.")) change.formats[name.substr(8)] = text;
  }
  const TimePoint now = ctx.clock().now();
  const auto it = v.find("do");
  const bool preview = it != v.end() && it->second == "preview";
  const FieldErrors bad = check_numbering_change(ctx.db(), change);
  if (preview || !bad.empty()) {
    const Error e = bad.to_error();
    return render_settings(ctx, preview_numbering_change(ctx.db(), now, change),
                           bad.empty() ? nullptr : &e, preview);
  }
  auto saved = change_numbering_settings(ctx.db(), now, person_of(ctx), change);
  if (!saved.ok()) return saved.error();
  return html::redirect_with_flash("/saraban/settings", "saraban.flash.settings_saved");
}

}  // namespace pao::saraban
