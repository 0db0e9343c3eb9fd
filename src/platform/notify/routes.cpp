#include "platform/notify/routes.hpp"

#include <boost/json.hpp>

#include "platform/audit/audit_log.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/notify/notification.hpp"

namespace pao::notify {

namespace json = boost::json;

namespace {

const char* kItemSchema = R"({"type":"object","properties":{
  "id":{"type":"integer"},"created_at":{"type":"string","format":"date-time"},
  "subject":{"type":"string","example":"มีหนังสือรับใหม่ เลขที่ 125/2569"},
  "body_text":{"type":"string"},"link":{"type":"string","example":"/saraban/incoming/125"},
  "read":{"type":"boolean"},"read_at":{"type":["string","null"],"format":"date-time"}}})";

const char* kPreferencesSchema = R"({"type":"object","properties":{
  "in_app":{"type":"boolean"},"email":{"type":"boolean"}}})";

Error not_a_person() {
  return Error{ErrorCode::permission_denied,
               {"การแจ้งเตือนมีเฉพาะบัญชีผู้ใช้", "Only people have notifications"},
               {},
               "notifications asked for by a token"};
}

Error no_such_notification() {
  return Error::not_found({"ไม่พบการแจ้งเตือนนี้", "No such notification"});
}

json::object item_json(const InAppItem& n) {
  return {{"id", n.id},
          {"created_at", n.created_at},
          {"subject", n.subject},
          {"body_text", n.body_text},
          {"link", n.link},
          {"read", n.read_at.has_value()},
          {"read_at", n.read_at ? json::value(*n.read_at) : json::value(nullptr)}};
}

json::object preferences_json(const std::map<Channel, bool>& p) {
  json::object out;
  for (const auto& [c, on] : p) out[channel_name(c)] = on;
  return out;
}

Result<http::Response> list_json(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  auto page = http::read_page_request(ctx.request, 20, 100);
  if (!page.ok()) return page.error();
  const auto before = http::after_id(*page);
  if (page->after && !before) {
    return Error::invalid({"ค่า cursor ไม่ถูกต้อง", "The cursor is not valid"})
        .field("cursor", {"ไม่ถูกต้อง", "is not valid"});
  }
  auto items = list_in_app(ctx.db(), ctx.principal.id, before, page->limit + 1);
  std::optional<std::string> last;
  if (static_cast<int>(items.size()) > page->limit) {
    items.pop_back();
    last = std::to_string(items.back().id);
  }
  json::array a;
  for (const auto& n : items) a.push_back(item_json(n));
  auto body = http::page_json(std::move(a), last);
  body["unread_count"] = unread_count(ctx.db(), ctx.principal.id);
  return http::Response::json(200, body);
}

Result<http::Response> read_json(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  const std::string& s = ctx.request.path_param("id");
  std::int64_t id = 0;
  try {
    std::size_t used = 0;
    id = std::stoll(s, &used);
    if (used != s.size() || id <= 0) return no_such_notification();
  } catch (const std::exception&) {
    return no_such_notification();
  }
  if (!mark_read(ctx.db(), ctx.clock().now(), ctx.principal.id, id)) {
    return no_such_notification();
  }
  return http::Response::json(
      200,
      json::object{
          {"id", id}, {"read", true}, {"unread_count", unread_count(ctx.db(), ctx.principal.id)}});
}

Result<http::Response> get_preferences_json(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  return http::Response::json(200, preferences_json(preferences(ctx.db(), ctx.principal.id)));
}

Result<http::Response> put_preferences_json(http::Context& ctx) {
  if (ctx.principal.kind != auth::PrincipalKind::user) return not_a_person();
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  std::map<Channel, bool> wanted;
  for (const Channel c : kChannels) {
    if (const auto on = in->boolean(channel_name(c))) wanted[c] = *on;
  }
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  for (const auto& [c, on] : wanted) {
    set_preference(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.id, c, on);
  }
  return http::Response::json(200, preferences_json(preferences(ctx.db(), ctx.principal.id)));
}

}  // namespace

void add_notification_routes(http::Router& routes) {
  routes.get("/api/v1/notifications")
      .signed_in()
      .tag("notifications")
      .summary("Your in-app notifications, newest first, with the unread count")
      .query_param("limit", "integer", "At most this many (1–100, default 20)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(
          200, "One page of notifications",
          json::parse(
              std::string(R"({"type":"object","properties":{"items":{"type":"array","items":)") +
              kItemSchema +
              R"(},"next_cursor":{"type":["string","null"]},"unread_count":{"type":"integer"}}})"))
      .response(403, "Called with an API token: only people have notifications")
      .handle(list_json);

  routes.post("/api/v1/notifications/{id}/read")
      .signed_in()
      .tag("notifications")
      .summary("Marks one of your notifications read")
      .path_param("id", "integer", "Notification id")
      .response(200, "Marked read",
                json::parse(R"({"type":"object","properties":{"id":{"type":"integer"},
                  "read":{"type":"boolean"},"unread_count":{"type":"integer"}}})"))
      .response(404, "No notification of yours has this id")
      .handle(read_json);

  routes.get("/api/v1/notifications/preferences")
      .signed_in()
      .tag("notifications")
      .summary("Which channels you receive notifications on")
      .response(200, "Your channels", json::parse(kPreferencesSchema))
      .handle(get_preferences_json);

  routes.put("/api/v1/notifications/preferences")
      .signed_in()
      .tag("notifications")
      .summary("Turns channels on or off (any subset)")
      .request_body(json::parse(kPreferencesSchema))
      .response(200, "Your channels now", json::parse(kPreferencesSchema))
      .response(400, "A value is not a boolean, or a channel is unknown")
      .handle(put_preferences_json);
}

}  // namespace pao::notify
