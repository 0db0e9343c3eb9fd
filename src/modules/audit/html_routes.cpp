// The auditor's and DPO's pages: the trail with its filter and pager, the chain check, and the
// personal-read log. Thin: the same query reading and paging as the JSON API (paging.hpp).
#include "platform/html/ctemplate.hpp"

#include "modules/audit/bangkok_time.hpp"
#include "modules/audit/paging.hpp"
#include "modules/audit/routes.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/i18n/catalog.hpp"

namespace pao::audit {

namespace {

constexpr std::size_t kMaxShownChars = 300;  // longer values are cut on screen (not in CSV)

enum class Section { entries, verify, personal_reads };

// The links between the pages of the trail (entries, verify), each only for those who may follow
// it; the current page is named, not linked. The personal-data read log is the audit group's
// other tab in the site's sub-menu, not one of these.
std::string sections(const http::Context& ctx, Section current) {
  if (current == Section::personal_reads) return {};
  ctemplate::TemplateDictionary dict("sections");
  auto item = [&](Section s, const std::string& name, const char* permission) {
    if (s == current) {
      dict.ShowSection(name + "_CURRENT");
    } else if (ctx.principal.can(permission)) {
      dict.ShowSection(name + "_LINK");
    }
  };
  item(Section::entries, "ENTRIES", kViewPermission);
  item(Section::verify, "VERIFY", kViewPermission);
  return ctx.html().render("audit/sections", ctx.lang, dict);
}

http::Response page(http::Context& ctx, const std::string& title_key, Section section,
                    std::string_view body_template, ctemplate::TemplateDictionary& dict,
                    int status = 200) {
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, title_key);
  info.section = section == Section::personal_reads ? "personal_reads" : "audit";
  dict.SetValue("SECTIONS", sections(ctx, section));
  auto r = ctx.html().page(ctx, info, body_template, dict, status);
  private_answer(r);
  return r;
}

// "12,345"
std::string grouped(std::int64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// At most kMaxShownChars code points of `s`, with "…" when cut.
std::string shortened(const std::string& s) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > kMaxShownChars) {
      return s.substr(0, i) + "…";
    }
  }
  return s;
}

void set_actor(http::Context& ctx, ctemplate::TemplateDictionary* d, const std::string& kind,
               const std::string& name, const std::string& href) {
  if (!name.empty()) {
    d->SetValueAndShowSection("ACTOR", name, "HAS_ACTOR");
    d->SetValue("ACTOR_HREF", href);
  }
  if (kind != "user") {  // a person is the usual case; say so only for the others
    const std::string key = "audit.kind_" + kind;
    d->SetValueAndShowSection(
        "LABEL", ctx.html().catalog().find(key) ? ctx.html().text(ctx.lang, key) : kind,
        "ACTOR_KIND");
  }
}

std::string field_label(const http::Context& ctx, const std::string& field) {
  if (field == "actor" && ctx.request.path == "/admin/personal-reads") {
    return ctx.html().text(ctx.lang, "audit.reader");
  }
  if (field == "cursor" || field == "limit")
    return ctx.html().text(ctx.lang, "audit.page_position");
  return ctx.html().text(ctx.lang, "audit." + field);
}

void add_entry(http::Context& ctx, ctemplate::TemplateDictionary& dict, const Entry& e) {
  auto* d = dict.AddSectionDictionary("ENTRY");
  d->SetIntValue("SEQ", static_cast<long>(e.seq));
  d->SetValue("AT_UTC", e.at);
  d->SetValue("AT", bangkok_display(e.at, ctx.lang));
  EntryFilterForm by_actor;
  by_actor.actor = e.actor_name;
  set_actor(ctx, d, e.actor_kind, e.actor_name, "/admin/audit?" + to_query_string(by_actor));
  if (!e.client_ip.empty()) d->SetValueAndShowSection("CLIENT_IP", e.client_ip, "HAS_IP");
  d->SetValue("ACTION", e.action);
  if (!e.entity_type.empty() || !e.entity_id.empty()) {
    EntryFilterForm by_entity;
    by_entity.entity_type = e.entity_type;
    by_entity.entity_id = e.entity_id;
    d->ShowSection("HAS_ENTITY");
    d->SetValue("ENTITY_TYPE", e.entity_type);
    d->SetValue("ENTITY_ID", e.entity_id);
    d->SetValue("ENTITY_HREF", "/admin/audit?" + to_query_string(by_entity));
  }
  const auto changes = read_field_changes(e.changes);
  if (!changes.empty()) d->ShowSection("HAS_CHANGES");
  for (const auto& c : changes) {
    auto* li = d->AddSectionDictionary("CHANGE");
    if (!c.field.empty()) li->SetValueAndShowSection("FIELD", c.field, "HAS_FIELD");
    if (c.is_note) {
      li->SetValueAndShowSection("VALUE", shortened(c.after), "NOTE");
    } else {
      li->ShowSection("DIFF");
      li->SetValue("BEFORE", c.had_before ? shortened(c.before) : "—");
      li->SetValue("AFTER", c.had_after ? shortened(c.after) : "—");
    }
  }
}

// "/admin/audit?actor=x&cursor=…" (`query` and `cursor` each optional).
std::string link(std::string_view path, const std::string& query, const std::string& cursor = {}) {
  std::string href(path);
  if (query.empty() && cursor.empty()) return href;
  href += '?';
  href += query;
  if (!cursor.empty()) href += (query.empty() ? "cursor=" : "&cursor=") + cursor;
  return href;
}

}  // namespace

Result<http::Response> entries_page(http::Context& ctx) {
  const EntryFilterForm form = read_entry_filter_form(ctx.request);
  ctemplate::TemplateDictionary dict("entries");
  dict.SetValue("ACTOR", form.actor);
  dict.SetValue("ACTION", form.action);
  dict.SetValue("ENTITY_TYPE", form.entity_type);
  dict.SetValue("ENTITY_ID", form.entity_id);
  dict.SetValue("FROM", form.from);
  dict.SetValue("TO", form.to);
  const auto filter = read_entry_query(ctx.request, form);
  if (!filter.ok()) {
    ctx.html().form_errors(ctx, filter.error(), dict,
                           [&](const std::string& f) { return field_label(ctx, f); });
    return page(ctx, "audit.menu", Section::entries, "audit/entries", dict, 400);
  }
  const EntryPage found = find_entry_page(ctx.db(), *filter);
  const std::string query = to_query_string(form);
  dict.ShowSection("RESULTS");
  dict.SetValue("EXPORT_HREF", link("/admin/audit/export.csv", query));
  dict.ShowSection(found.entries.empty() ? "NO_ENTRIES" : "HAS_ENTRIES");
  for (const auto& e : found.entries) add_entry(ctx, dict, e);
  if (filter->before_seq) {
    dict.SetValueAndShowSection("NEWEST_HREF", link("/admin/audit", query), "HAS_NEWER");
  }
  if (found.next_before) {
    dict.SetValueAndShowSection(
        "OLDER_HREF", link("/admin/audit", query, cursor_after(*found.next_before)), "HAS_OLDER");
  }
  return page(ctx, "audit.menu", Section::entries, "audit/entries", dict);
}

Result<http::Response> verify_page(http::Context& ctx) {
  const Verification v = verify_chain(ctx.db());
  ctemplate::TemplateDictionary dict("verify");
  dict.SetValue("COUNT", grouped(v.count));
  if (v.intact) {
    dict.ShowSection("INTACT");
  } else {
    dict.ShowSection("BROKEN");
    dict.SetIntValue("FIRST_BAD_SEQ", static_cast<long>(v.first_bad_seq));
    dict.SetValue("REASON", v.reason);
    // The page of entries that starts at the bad one.
    dict.SetValue("BAD_HREF", link("/admin/audit", "", cursor_after(v.first_bad_seq + 1)));
  }
  dict.SetValue("CHECKED_AT", bangkok_display(to_iso_utc(ctx.clock().now()), ctx.lang));
  return page(ctx, "audit.verify_link", Section::verify, "audit/verify", dict);
}

Result<http::Response> personal_reads_page(http::Context& ctx) {
  ctemplate::TemplateDictionary dict("personal_reads");
  const auto q = read_personal_read_query(ctx.request);
  dict.SetValue("ACTOR", http::trim(ctx.request.query_param("actor").value_or("")));
  if (!q.ok()) {
    ctx.html().form_errors(ctx, q.error(), dict,
                           [&](const std::string& f) { return field_label(ctx, f); });
    return page(ctx, "audit.personal_reads_menu", Section::personal_reads, "audit/personal_reads",
                dict, 400);
  }
  const PersonalReadPage found = find_personal_read_page(ctx.db(), *q);
  const std::string query = q->actor.empty() ? "" : "actor=" + http::percent_encode(q->actor);
  dict.ShowSection("RESULTS");
  dict.ShowSection(found.reads.empty() ? "NO_READS" : "HAS_READS");
  for (const auto& r : found.reads) {
    auto* d = dict.AddSectionDictionary("READ");
    d->SetIntValue("ID", static_cast<long>(r.id));
    d->SetValue("AT_UTC", r.at);
    d->SetValue("AT", bangkok_display(r.at, ctx.lang));
    set_actor(ctx, d, r.actor_kind, r.actor_name,
              "/admin/personal-reads?actor=" + http::percent_encode(r.actor_name));
    d->SetValue("ENTITY_TYPE", r.entity_type);
    d->SetValue("ENTITY_ID", r.entity_id);
    d->SetValue("PURPOSE", shortened(r.purpose));
    d->SetValue("REQUEST_ID", r.request_id);
    d->SetValue("CLIENT_IP", r.client_ip);
  }
  if (q->before_id) {
    dict.SetValueAndShowSection("NEWEST_HREF", link("/admin/personal-reads", query), "HAS_NEWER");
  }
  if (found.next_before) {
    dict.SetValueAndShowSection(
        "OLDER_HREF", link("/admin/personal-reads", query, cursor_after(*found.next_before)),
        "HAS_OLDER");
  }
  return page(ctx, "audit.personal_reads_menu", Section::personal_reads, "audit/personal_reads",
              dict);
}

}  // namespace pao::audit
