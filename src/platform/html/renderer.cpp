#include "platform/html/renderer.hpp"

#include <cctype>

#include "platform/auth/principal.hpp"

#include "platform/html/ctemplate.hpp"

#include <ctemplate/template.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>

#include "platform/assets/embedded.hpp"
#include "platform/html/components.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"
#include "platform/i18n/catalog.hpp"

namespace pao::html {
namespace {

constexpr std::string_view kTemplateExt = ".tpl";

// "modules/org/templates/home.tpl" → "org/home"; "platform/templates/layout.tpl" →
// "platform/layout"; anything else → "".
std::string template_name(std::string_view path) {
  if (!path.ends_with(kTemplateExt)) return {};
  path.remove_suffix(kTemplateExt.size());
  const auto marker = path.find("/templates/");
  if (marker == std::string_view::npos) return {};
  std::string_view owner = path.substr(0, marker);
  if (owner.starts_with("modules/")) owner.remove_prefix(std::string_view("modules/").size());
  return std::string(owner) + "/" + std::string(path.substr(marker + 11));
}

std::string cache_key(std::string_view name, std::string_view lang) {
  return std::string(name) + "@" + std::string(lang);
}

// The current path with ?lang=<lang>, other query parameters kept (except ?flash=).
std::string language_link(const http::Request& req, std::string_view lang) {
  std::string href;
  for (const char c : req.path) {
    if (c == '/') {
      href.push_back('/');
    } else {
      href.append(http::percent_encode(std::string_view(&c, 1)));
    }
  }
  href += '?';
  for (const auto& [k, v] : req.query) {
    if (k == "lang" || k == "flash") continue;  // a flash notice is shown once
    href.append(http::percent_encode(k)).append("=").append(http::percent_encode(v)).append("&");
  }
  href.append("lang=").append(lang);
  return href;
}

}  // namespace

Renderer::Renderer(const i18n::Catalog& catalog, const http::StaticFiles& statics,
                   std::vector<MenuEntry> menu, std::function<SiteInfo()> site_provider)
    : catalog_(catalog),
      statics_(statics),
      menu_(std::move(menu)),
      site_provider_(std::move(site_provider)) {
  std::stable_sort(menu_.begin(), menu_.end(),
                   [](const MenuEntry& a, const MenuEntry& b) { return a.order < b.order; });
}

void Renderer::add_menu(const http::Context& ctx, const std::string& section,
                        ctemplate::TemplateDictionary& layout) const {
  const auto group_of = [](const MenuEntry& m) -> const std::string& {
    return m.group.empty() ? m.key : m.group;
  };
  std::vector<const MenuEntry*> visible;
  std::string current_group;
  for (const auto& m : menu_) {
    if (m.permission && !ctx.principal.can(*m.permission)) continue;
    visible.push_back(&m);
    if (m.key == section) current_group = group_of(m);
  }
  std::set<std::string> listed;
  std::vector<const MenuEntry*> tabs;
  for (const MenuEntry* m : visible) {
    const std::string& group = group_of(*m);
    if (group == current_group) tabs.push_back(m);
    if (!listed.insert(group).second) continue;
    std::string label_key = m->label_key;
    for (const auto& other : menu_) {
      if (group_of(other) == group && !other.group_label_key.empty()) {
        label_key = other.group_label_key;
      }
    }
    auto* item = layout.AddSectionDictionary("MENU");
    item->SetValue("LABEL", text(ctx.lang, label_key));
    item->SetValue("HREF", m->href);
    if (group == current_group) {
      item->ShowSection("CURRENT");
      layout.SetValue("SUBNAV_LABEL", text(ctx.lang, label_key));
    }
  }
  if (tabs.size() < 2) return;
  layout.ShowSection("HAS_SUBNAV");
  for (const MenuEntry* m : tabs) {
    auto* tab = layout.AddSectionDictionary("SUBNAV");
    tab->SetValue("LABEL", text(ctx.lang, m->label_key));
    tab->SetValue("HREF", m->href);
    if (m->key == section) tab->ShowSection("CURRENT");
  }
}

void Renderer::load_templates() {
  // ctemplate's cache is process-wide and refuses a second copy of a name. The templates are
  // embedded in the binary, so a name loaded once (by an earlier Renderer: tests make several)
  // already holds this very text.
  static std::mutex loaded_mutex;
  static std::set<std::string> loaded;
  std::lock_guard lock(loaded_mutex);
  for (const auto* f : assets::under("")) {
    const std::string name = template_name(f->path);
    if (name.empty()) continue;
    for (std::string_view lang : i18n::kLanguages) {
      const std::string text = catalog_.expand_markers(f->view(), lang, f->path);
      const std::string key = cache_key(name, lang);
      if (loaded.count(key)) continue;
      if (!ctemplate::StringToTemplateCache(key, text, ctemplate::DO_NOT_STRIP)) {
        throw std::runtime_error("template does not parse: " + std::string(f->path));
      }
      loaded.insert(key);
    }
  }
}

std::string Renderer::render(std::string_view name, std::string_view lang,
                             const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  if (!ctemplate::ExpandTemplate(cache_key(name, lang), ctemplate::DO_NOT_STRIP, &dict, &out)) {
    throw std::runtime_error("template failed to expand: " + std::string(name));
  }
  return out;
}

const std::string& Renderer::text(std::string_view lang, std::string_view key) const {
  return catalog_.text(lang, key);
}

const std::string& Renderer::static_url(std::string_view logical_path) const {
  return statics_.url(logical_path);
}

SiteInfo Renderer::site() {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(site_mutex_);
  if (!site_ || now - site_loaded_ > std::chrono::minutes(1)) {
    site_ = site_provider_();
    site_loaded_ = now;
  }
  return *site_;
}

http::Response Renderer::page(http::Context& ctx, const PageInfo& info,
                              std::string_view body_template, ctemplate::TemplateDictionary& body,
                              int status) {
  const std::string& lang = ctx.lang;
  const SiteInfo s = site();
  ctemplate::TemplateDictionary layout("layout");
  layout.SetValue("LANG", lang);
  layout.SetValue("TITLE", info.title);
  layout.SetValue("SITE_NAME", s.name.in(lang));
  layout.SetValue("SITE_SHORT_NAME", s.short_name.in(lang));
  layout.SetValue("CSS_URL", static_url("css/pao.css"));
  layout.SetValue("JS_URL", static_url("js/pao.js"));
  layout.SetValue("ICON_URL", static_url("img/emblem.svg"));
  const bool english = lang == "en";
  layout.SetValue("OTHER_LANG", english ? "th" : "en");
  layout.SetValue("OTHER_LANG_LABEL", english ? "ภาษาไทย" : "English");
  layout.SetValue("OTHER_LANG_HREF", language_link(ctx.request, english ? "th" : "en"));
  add_menu(ctx, info.section, layout);
  if (!info.crumbs.empty()) {
    layout.ShowSection("HAS_CRUMBS");
    for (const auto& c : info.crumbs) {
      auto* crumb = layout.AddSectionDictionary("CRUMB");
      crumb->SetValue("LABEL", c.label);
      if (c.href.empty()) {
        crumb->ShowSection("CURRENT_CRUMB");
      } else {
        crumb->SetValueAndShowSection("HREF", c.href, "LINK");
      }
    }
  }
  if (ctx.principal.authenticated()) {
    layout.SetValueAndShowSection("USER_NAME", ctx.principal.display_name, "SIGNED_IN");
    layout.SetValue("CSRF_TOKEN", ctx.principal.csrf_token);
    if (unread_counter_ && ctx.principal.kind == auth::PrincipalKind::user) {
      std::int64_t unread = 0;
      try {
        unread = unread_counter_(ctx);
      } catch (const std::exception&) {
        unread = 0;  // the page still renders (it may be the "database unavailable" page)
      }
      if (unread > 0) {
        layout.SetValueAndShowSection("UNREAD", unread > 99 ? "99+" : std::to_string(unread),
                                      "HAS_UNREAD");
      } else {
        layout.ShowSection("NO_UNREAD");
      }
    }
  } else if (ctx.request.path != auth::kLoginPath) {
    layout.SetValueAndShowSection(
        "LOGIN_HREF",
        std::string(auth::kLoginPath) + "?next=" + http::percent_encode(ctx.request.target),
        "SIGNED_OUT");
  }
  // A notice after post/redirect/get (?flash=, see components.hpp), above the page.
  layout.SetValue("FLASH", flash(ctx));
  // Every form on the page posts its session's CSRF token back (see http/dispatcher.cpp).
  body.SetValue("CSRF_TOKEN", ctx.principal.csrf_token);
  std::string body_html = render(body_template, lang, body);
  std::string out = render("platform/layout", lang, layout);
  // The layout holds exactly one marker where the body goes (see layout.tpl).
  static constexpr std::string_view kMarker = "<!--pao:body-->";
  const auto at = out.find(kMarker);
  if (at == std::string::npos) throw std::runtime_error("layout.tpl lacks the body marker");
  out.replace(at, kMarker.size(), body_html);
  return http::Response::html(status, std::move(out));
}

namespace {
// The fields of `error` in the form's order (`field_order` first, then any others).
std::vector<std::pair<std::string, Message>> fields_in_order(
    const Error& error, const std::vector<std::string>& field_order) {
  std::vector<std::pair<std::string, Message>> fields;
  for (const auto& f : field_order) {
    if (const auto it = error.fields.find(f); it != error.fields.end()) fields.emplace_back(*it);
  }
  for (const auto& [field, why] : error.fields) {
    if (std::find(field_order.begin(), field_order.end(), field) == field_order.end()) {
      fields.emplace_back(field, why);
    }
  }
  return fields;
}
}  // namespace

std::string Renderer::error_summary(const http::Context& ctx, const Error& error,
                                    const std::function<std::string(const std::string&)>& label,
                                    const std::vector<std::string>& field_order, bool live) const {
  ctemplate::TemplateDictionary summary("error_summary");
  summary.SetValue("MESSAGE", error.message.in(ctx.lang));
  summary.SetValue("ID", live ? "error-summary" : "error-summary-example");
  if (live) summary.ShowSection("LIVE");
  const auto fields = fields_in_order(error, field_order);
  ctemplate::TemplateDictionary* list =
      fields.empty() ? nullptr : summary.AddSectionDictionary("LIST");
  for (const auto& [field, why] : fields) {
    auto* item = list->AddSectionDictionary("ITEM");
    item->SetValue("FIELD", field);
    item->SetValue("LABEL", label(field));
    item->SetValue("WHY", why.in(ctx.lang));
  }
  return render("platform/error_summary", ctx.lang, summary);
}

void Renderer::form_errors(const http::Context& ctx, const Error& error,
                           ctemplate::TemplateDictionary& dict,
                           const std::function<std::string(const std::string&)>& label,
                           const std::vector<std::string>& field_order) const {
  for (const auto& [field, why] : error.fields) {
    std::string upper = field;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    dict.SetValueAndShowSection("ERROR_" + upper, why.in(ctx.lang), "HAS_ERROR_" + upper);
  }
  dict.SetValue("ERROR_SUMMARY", error_summary(ctx, error, label, field_order));
}

http::Response Renderer::error_page(http::Context& ctx, const Error& error) {
  ctemplate::TemplateDictionary dict("error");
  const int status = http_status_for(error.code);
  dict.SetIntValue("STATUS", status);
  dict.SetValue("MESSAGE", error.message.in(ctx.lang));
  dict.SetValue("REQUEST_ID", ctx.request.request_id);
  for (const auto& [field, why] : error.fields) {
    auto* f = dict.AddSectionDictionary("FIELD");
    f->SetValue("NAME", field);
    f->SetValue("WHY", why.in(ctx.lang));
  }
  PageInfo info;
  info.title = text(ctx.lang, "ui.error_title") + " " + std::to_string(status);
  return page(ctx, info, "platform/error", dict, status);
}

}  // namespace pao::html
