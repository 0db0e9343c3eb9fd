// The IT head's settings page: SLA targets per priority (a change is a new SLA version) and
// whether requesters see their division's tickets.
#include "modules/helpdesk/desk_settings.hpp"
#include "modules/helpdesk/html_routes.hpp"
#include "modules/helpdesk/permissions.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::helpdesk {

namespace {

using Dict = ctemplate::TemplateDictionary;
using html::FieldKind;
using Form = std::vector<std::pair<std::string, std::string>>;

std::string value_of(const Form& form, std::string_view name) {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

// Minutes typed in a field; -1 for anything but 1–6 digits (the rules then name the field).
std::int64_t minutes_of(const std::string& text) {
  const std::string s = http::trim(text);
  if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) {
    return -1;
  }
  return std::stoll(s);
}

Result<http::Response> show(http::Context& ctx, const DeskSettings& s, const Form* kept,
                            const Error* error) {
  Dict dict("helpdesk_settings");
  dict.SetIntValue("SLA_VERSION", s.sla_version);
  for (const auto& target : s.targets) {
    const std::string p = priority_name(target.priority);
    auto* row = dict.AddSectionDictionary("PRIORITY");
    row->SetValue("NAME", t(ctx, "helpdesk.priority." + p));
    auto minutes_field = [&](const std::string& name, std::int64_t minutes, const char* label) {
      html::Field f{FieldKind::text, name, t(ctx, label)};
      f.input_mode = "numeric";
      f.wide = false;
      f.value = kept ? value_of(*kept, name) : std::to_string(minutes);
      f.error = html::field_error(ctx, error, name);
      return html::field(ctx, f);
    };
    row->SetValue(
        "OWN", minutes_field("own_" + p, target.to_own.count() / 60, "helpdesk.field.own_minutes"));
    row->SetValue("RESOLVE", minutes_field("resolve_" + p, target.to_resolve.count() / 60,
                                           "helpdesk.field.resolve_minutes"));
  }
  html::Field division{FieldKind::checkbox, "division_sees_tickets",
                       t(ctx, "helpdesk.field.division_sees_tickets")};
  division.value =
      (kept ? !value_of(*kept, "division_sees_tickets").empty() : s.division_sees_tickets) ? "1"
                                                                                           : "";
  dict.SetValue("DIVISION_FIELD", html::field(ctx, division));
  if (error) {
    ctx.html().form_errors(ctx, *error, dict, [&](const std::string& f) {
      return f.rfind("own_", 0) == 0
                 ? t(ctx, "helpdesk.field.own_minutes") + " (" + f.substr(4) + ")"
                 : t(ctx, "helpdesk.field.resolve_minutes") + " (" + f.substr(f.find('_') + 1) +
                       ")";
    });
  }
  html::PageInfo info;
  info.title = t(ctx, "helpdesk.settings");
  info.section = "helpdesk_queue";
  return ctx.html().page(ctx, info, "helpdesk/settings", dict, error ? 400 : 200);
}

Result<http::Response> settings_page(http::Context& ctx) {
  return show(ctx, desk_settings(ctx.db()), nullptr, nullptr);
}

Result<http::Response> save_settings(http::Context& ctx) {
  const Form form = ctx.request.form();
  DeskSettings wanted = desk_settings(ctx.db());
  for (auto& target : wanted.targets) {
    const std::string p = priority_name(target.priority);
    target.to_own = std::chrono::minutes(minutes_of(value_of(form, "own_" + p)));
    target.to_resolve = std::chrono::minutes(minutes_of(value_of(form, "resolve_" + p)));
  }
  wanted.division_sees_tickets = !value_of(form, "division_sees_tickets").empty();
  const DeskSettings current = desk_settings(ctx.db());
  auto saved = change_desk_settings(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), wanted);
  if (!saved.ok()) {
    if (saved.error().code != ErrorCode::invalid_argument) return saved.error();
    return show(ctx, current, &form, &saved.error());
  }
  return html::redirect_with_flash("/helpdesk/settings", "helpdesk.flash.saved");
}

}  // namespace

void add_settings_routes(http::Router& routes) {
  routes.get("/helpdesk/settings")
      .permission(kManage)
      .summary("SLA targets and who sees which tickets")
      .handle(settings_page);
  routes.post("/helpdesk/settings")
      .permission(kManage)
      .body_limit(16 * 1024)
      .summary("Save the SLA targets (a new version) and division visibility")
      .handle(save_settings);
}

}  // namespace pao::helpdesk
