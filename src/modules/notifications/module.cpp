#include "modules/notifications/module.hpp"

#include "platform/html/ctemplate.hpp"

#include "platform/audit/audit_log.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/notify/notification.hpp"
#include "platform/registry/registry.hpp"
#include "platform/text/utf8.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::notifications {

namespace {

constexpr int kPerPage = 25;
constexpr std::size_t kBodyChars = 280;  // the list shows the start of a long body

Error not_a_person() {
  return Error{ErrorCode::permission_denied,
               {"การแจ้งเตือนมีเฉพาะบัญชีผู้ใช้", "Only people have notifications"},
               {},
               "notifications page asked for by a token"};
}

Error no_such_notification() {
  return Error::not_found({"ไม่พบการแจ้งเตือนนี้", "No such notification"});
}

// A positive id from text ("12"); nullopt for anything else.
std::optional<std::int64_t> positive_id(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n > 0 ? std::optional(n) : std::nullopt;
}

// Only paths of this site: "/saraban/incoming/125", never "//evil.example" or "https://…".
bool is_local_link(const std::string& link) {
  return link.size() > 1 && link[0] == '/' && link[1] != '/' && link[1] != '\\';
}

std::string shown_time(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint t{};
  if (!parse_iso_time(iso_utc, t)) return iso_utc;
  return ctx.lang == "en" ? format_english_date_time(t) : format_thai_date_time(t);
}

Result<http::Response> show_list(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  const auto before_text = ctx.request.query_param("before");
  const auto before = before_text ? positive_id(*before_text) : std::nullopt;
  auto items = notify::list_in_app(ctx.db(), ctx.principal.id, before, kPerPage + 1);
  const bool more = items.size() > static_cast<std::size_t>(kPerPage);
  if (more) items.pop_back();
  const auto unread = notify::unread_count(ctx.db(), ctx.principal.id);
  auto& renderer = ctx.html();
  auto t = [&](const char* key) { return renderer.text(ctx.lang, key); };

  ctemplate::TemplateDictionary dict("notifications");
  if (unread > 0) {
    dict.ShowSection("HAS_UNREAD");
    dict.SetValue("UNREAD_COUNT", html::format_number(static_cast<double>(unread)));
  }
  if (items.empty() && !before) {
    dict.SetValue(
        "EMPTY", html::empty_state(
                     ctx, {t("notifications.empty_title"), t("notifications.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_ITEMS");
  }
  const std::string unread_tag = html::status_tag(t("notifications.unread"), html::Tone::info);
  for (const auto& n : items) {
    auto* row = dict.AddSectionDictionary("ITEM");
    row->SetIntValue("ID", n.id);
    row->SetValue("SUBJECT", n.subject);
    if (!n.body_text.empty()) {
      row->SetValueAndShowSection("BODY", text::truncate_chars(n.body_text, kBodyChars),
                                  "HAS_BODY");
    }
    row->SetValue("CREATED_AT_UTC", n.created_at);
    row->SetValue("CREATED_AT", shown_time(ctx, n.created_at));
    if (!n.read_at) {
      row->ShowSection("UNREAD");
      row->SetValue("UNREAD_TAG", unread_tag);
    }
    if (is_local_link(n.link)) {
      row->ShowSection("HAS_LINK");
    } else if (!n.read_at) {
      row->ShowSection("READ_ONLY");
    }
  }
  if (before || more) {
    auto* pages = dict.AddSectionDictionary("PAGES");
    if (before) pages->ShowSection("NEWEST");
    if (more) pages->SetValueAndShowSection("BEFORE", std::to_string(items.back().id), "OLDER");
  }
  const auto prefs = notify::preferences(ctx.db(), ctx.principal.id);
  auto box = [&](notify::Channel c, const char* label) {
    html::Field f;
    f.kind = html::FieldKind::checkbox;
    f.name = notify::channel_name(c);
    f.label = t(label);
    f.value = prefs.at(c) ? "1" : "";
    return html::field(ctx, f);
  };
  dict.SetValue("IN_APP_FIELD", box(notify::Channel::in_app, "notifications.channel_in_app"));
  dict.SetValue("EMAIL_FIELD", box(notify::Channel::email, "notifications.channel_email"));
  html::PageInfo info;
  info.title = t("notifications.title");
  return renderer.page(ctx, info, "notifications/inbox", dict, 200);
}

// Marks one read and goes where it points (or back to the list when it points nowhere).
Result<http::Response> open_one(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  const auto id = positive_id(ctx.request.path_param("id"));
  if (!id) return no_such_notification();
  const auto n = notify::find_in_app(ctx.db(), ctx.principal.id, *id);
  if (!n) return no_such_notification();
  notify::mark_read(ctx.db(), ctx.clock().now(), ctx.principal.id, *id);
  if (is_local_link(n->link)) return http::Response::redirect(n->link);
  return html::redirect_with_flash("/notifications", "notifications.flash.read");
}

Result<http::Response> read_all(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  notify::mark_all_read(ctx.db(), ctx.clock().now(), ctx.principal.id);
  return html::redirect_with_flash("/notifications", "notifications.flash.all_read");
}

// The form sends a box only when ticked: every channel not sent is turned off.
Result<http::Response> save_channels(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  const auto form = ctx.request.form();
  const auto current = notify::preferences(ctx.db(), ctx.principal.id);
  db::Tx tx(ctx.db());
  for (const notify::Channel c : notify::kChannels) {
    bool on = false;
    for (const auto& [k, v] : form) on = on || (k == notify::channel_name(c) && !v.empty());
    if (current.at(c) != on) {
      notify::set_preference(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.id, c,
                             on);
    }
  }
  tx.commit();
  return html::redirect_with_flash("/notifications", "notifications.flash.saved");
}

}  // namespace

void register_notifications_module(Registry& registry) {
  auto& routes = registry.routes();
  routes.get("/notifications").signed_in().summary("My notifications").handle(show_list);
  routes.post("/notifications/{id}/open")
      .signed_in()
      .summary("Open a notification: mark it read and go to what it is about")
      .handle(open_one);
  routes.post("/notifications/read-all")
      .signed_in()
      .summary("Mark all my notifications read")
      .handle(read_all);
  routes.post("/notifications/preferences")
      .signed_in()
      .summary("Choose the channels I am notified on")
      .handle(save_channels);
}

}  // namespace pao::notifications
