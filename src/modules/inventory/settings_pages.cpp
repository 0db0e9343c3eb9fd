// The warranty dashboard's settings page (/inventory/warranty/settings): the reminder stages.
// Thin: reads the form and calls reminder_settings.hpp, as the JSON route does.
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/reminder_settings.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/audit/audit_log.hpp"

namespace pao::inventory {

namespace {

http::Response show_settings(http::Context& ctx, const std::string& days, const Error* error) {
  FormPage page;
  page.title = text(ctx, "inventory.settings.title");
  page.action = "/inventory/warranty/settings";
  page.submit = text(ctx, "inventory.save");
  page.cancel_href = "/inventory/warranty";
  const auto current = reminder_stages(ctx.db(), default_reminder_days());
  page.intro = text(ctx, current.is_default ? "inventory.settings.using_default"
                                            : "inventory.settings.using_saved") +
               " " + days_text(current.days);
  html::Field f;
  f.kind = html::FieldKind::text;
  f.name = "days";
  f.label = text(ctx, "inventory.field.reminder_days");
  f.hint = text(ctx, "inventory.settings.hint");
  f.value = days;
  f.input_mode = "numeric";
  page.fields.push_back(f);
  return form_page(ctx, page, error,
                   {{text(ctx, "inventory.title"), "/inventory"},
                    {text(ctx, "inventory.dashboard"), "/inventory/warranty"}},
                   error ? 400 : 200);
}

}  // namespace

Result<http::Response> reminder_settings_page(http::Context& ctx) {
  return show_settings(ctx, days_text(reminder_stages(ctx.db(), default_reminder_days()).days),
                       nullptr);
}

Result<http::Response> save_reminder_settings_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  const std::string typed = value(v, "days");
  auto days = read_reminder_days(typed);
  if (!days.ok()) return show_settings(ctx, typed, &days.error());
  auto done = set_reminder_stages(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *days,
                                  default_reminder_days());
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show_settings(ctx, typed, &done.error());
  }
  return html::redirect_with_flash("/inventory/warranty", "inventory.flash.settings_saved");
}

}  // namespace pao::inventory
