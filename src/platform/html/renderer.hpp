// Server-rendered pages: ctemplate templates (parsed once at start-up, auto-escaped as HTML) in
// the site layout with navigation from the module registry and the Thai/English switch.
//
// Template names follow where the file lives: src/modules/org/templates/home.tpl is "org/home";
// src/platform/html/templates/layout.tpl is "platform/layout". Each template is cached once per
// language with its [[message]] markers already translated (see i18n/catalog.hpp).
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/html/ctemplate.hpp"

#include "platform/error/error.hpp"
#include "platform/http/response.hpp"

namespace pao::http {
class Context;
class StaticFiles;
}  // namespace pao::http
namespace pao::i18n {
class Catalog;
}

namespace pao::html {

// One entry of the site menu. A module with several pages for different people (the service
// desk: report a problem, the IT queue, the knowledge base, reports) puts its entries in one
// `group`: the main menu shows the group once — at the first entry the person may open — and the
// group's pages show all of its entries they may open as a second row, so the main menu stays
// one short line however many modules there are.
struct MenuEntry {
  std::string key;        // "plan", used to mark the current section
  std::string label_key;  // catalogue key of the label
  std::string href;
  std::optional<std::string> permission;  // shown only to principals holding it; nullopt: all
  int order = 100;
  std::string group;            // empty: the entry is a group of its own (named by `key`)
  std::string group_label_key;  // the group's name in the main menu, set on any one entry of
                                // the group; empty: the label of the entry the menu links to
};

// Who the site belongs to: read from the database (org module) and refreshed every minute, so
// an edit made through any server shows on all of them.
struct SiteInfo {
  Message name;  // "องค์การบริหารส่วนจังหวัดลำพูน"
  Message short_name;  // "อบจ.ลำพูน"
};

struct Crumb {
  std::string label;
  std::string href;  // empty for the current page
};

struct PageInfo {
  std::string title;    // already in the page's language
  std::string section;  // MenuEntry::key to highlight
  std::vector<Crumb> crumbs;
};

class Renderer {
 public:
  Renderer(const i18n::Catalog& catalog, const http::StaticFiles& statics,
           std::vector<MenuEntry> menu, std::function<SiteInfo()> site_provider);

  // Parses every embedded template in every language. Throws std::runtime_error naming the
  // template on a syntax error or an unknown [[message]].
  void load_templates();

  // Expands template `name` in `lang` with `dict`.
  std::string render(std::string_view name, std::string_view lang,
                     const ctemplate::TemplateDictionary& dict) const;

  // A full page: `body_template` expanded with `body` inside the layout.
  // A signed-in person's page shows their unread notifications in the header, from the counter
  // set with set_unread_counter (one COUNT query on the request's connection).
  http::Response page(http::Context& ctx, const PageInfo& info, std::string_view body_template,
                      ctemplate::TemplateDictionary& body, int status = 200);

  // Puts a validation error on a form page that is shown again with the person's input:
  //   {{ERROR_SUMMARY:none}}  the box at the top ("There is a problem") linking to each field
  //                           (pre-rendered from platform/error_summary.tpl, already escaped)
  //   {{#HAS_ERROR_<FIELD>}}…{{ERROR_<FIELD>}}…{{/HAS_ERROR_<FIELD>}}  beside each field
  // `label` gives a field's label in the page's language (for the summary's links); fields are
  // linked as #<field>, so inputs use the field name as id. The summary lists the fields named
  // in `field_order` first, in that order (the form's, top to bottom), then any others.
  void form_errors(const http::Context& ctx, const Error& error,
                   ctemplate::TemplateDictionary& dict,
                   const std::function<std::string(const std::string& field)>& label,
                   const std::vector<std::string>& field_order = {}) const;

  // The error summary box alone, as form_errors puts it in {{ERROR_SUMMARY}}. `live`: announced
  // and focused when the page opens (role="alert", data-autofocus); false only for an example
  // of the box on a page that has no error (/_components).
  std::string error_summary(const http::Context& ctx, const Error& error,
                            const std::function<std::string(const std::string& field)>& label,
                            const std::vector<std::string>& field_order = {},
                            bool live = true) const;

  // The page for an error on an HTML route (404, 403, 500 …), in the request's language.
  http::Response error_page(http::Context& ctx, const Error& error);

  // How many unread notifications the signed-in person of `ctx` has (platform/notify). Unset:
  // no count in the header. A counter that throws (the database is down) shows no count.
  using UnreadCounter = std::function<std::int64_t(http::Context&)>;
  void set_unread_counter(UnreadCounter counter) { unread_counter_ = std::move(counter); }

  const i18n::Catalog& catalog() const { return catalog_; }
  const std::string& text(std::string_view lang, std::string_view key) const;
  const std::string& static_url(std::string_view logical_path) const;

  // The site's identity, from the provider, cached for a minute.
  SiteInfo site();

 private:
  // The main menu (one item per group the person may open) and, on a page of a group with
  // several entries, the group's tabs.
  void add_menu(const http::Context& ctx, const std::string& section,
                ctemplate::TemplateDictionary& layout) const;

  const i18n::Catalog& catalog_;
  const http::StaticFiles& statics_;
  std::vector<MenuEntry> menu_;
  std::function<SiteInfo()> site_provider_;
  UnreadCounter unread_counter_;
  std::mutex site_mutex_;
  std::optional<SiteInfo> site_;
  std::chrono::steady_clock::time_point site_loaded_{};
};

}  // namespace pao::html
