// The planner's page for the delay margin (เกณฑ์ล่าช้า): how many percentage points behind plan
// make a project "delayed". The same use case as PUT /api/v1/plan/settings (set_delay_margin).
#include <charconv>
#include <cstdio>

#include "modules/plan/manage_projects.hpp"
#include "modules/plan/routes.hpp"
#include "modules/plan/store.hpp"
#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"

namespace pao::plan {

namespace {

using Dict = ctemplate::TemplateDictionary;

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

std::string margin_text(double margin) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", margin);
  return buf;
}

// A number as typed ("10", "7.5"); nullopt for anything else.
std::optional<double> read_number(const std::string& typed) {
  const auto t = http::trim(typed);
  double v = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return v;
}

http::Response render_settings(http::Context& ctx, const std::string& typed, const Error* error) {
  Dict dict("settings");
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string&) { return text(ctx, "plan.delay_margin"); });
  }
  html::Field margin{html::FieldKind::text, "delay_margin", text(ctx, "plan.delay_margin")};
  margin.hint = text(ctx, "plan.hint.delay_margin");
  margin.value = typed;
  margin.input_mode = "decimal";
  margin.wide = false;
  margin.error = html::field_error(ctx, error, "delay_margin");
  dict.SetValue("MARGIN_FIELD", html::field(ctx, margin));
  html::PageInfo info;
  info.title = text(ctx, "plan.settings_title");
  info.section = "plan_dashboard";
  info.crumbs = {
      {text(ctx, "ui.home"), "/"}, {text(ctx, "plan.progress_title"), "/plan"}, {info.title, ""}};
  return ctx.html().page(ctx, info, "plan/settings", dict,
                         error ? http_status_for(error->code) : 200);
}

}  // namespace

Result<http::Response> settings_page(http::Context& ctx) {
  return render_settings(ctx, margin_text(store::delay_margin(ctx.db())), nullptr);
}

Result<http::Response> set_margin_form(http::Context& ctx) {
  const auto form = ctx.request.form();
  std::string typed;
  for (const auto& [k, v] : form) {
    if (k == "delay_margin") typed = v;
  }
  const auto margin = read_number(typed);
  if (!margin) {
    const Error bad =
        Error::invalid({"เกณฑ์ไม่ถูกต้อง", "The margin is not valid"})
            .field("delay_margin", {"ต้องเป็นตัวเลข เช่น 10", "must be a number, e.g. 10"});
    return render_settings(ctx, typed, &bad);
  }
  auto set =
      set_delay_margin(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal, *margin);
  if (!set.ok()) {
    if (set.error().code == ErrorCode::permission_denied) return set.error();
    return render_settings(ctx, typed, &set.error());
  }
  return html::redirect_with_flash("/plan/settings", "plan.flash.margin_saved");
}

}  // namespace pao::plan
