// The administrator's API token pages: /admin/tokens.

#include "modules/identity/admin_page_kit.hpp"

#include <algorithm>
#include <map>

#include "modules/identity/accounts.hpp"
#include "modules/identity/submitted_form.hpp"
#include "platform/audit/field_changes.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity::admin {

namespace {

// ---- API tokens --------------------------------------------------------------------------------

const Labels kTokenLabels = {{"name", "identity.admin.token_name"},
                             {"scopes", "identity.admin.token_scopes"},
                             {"expires_at", "identity.admin.token_expires"}};

// A token's end as typed: "through 30 Nov 2569" when it ends at a Bangkok midnight (a date was
// given), else the time.
std::string shown_expiry(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint t{};
  if (!parse_iso_time(iso_utc, t)) return iso_utc;
  if (bangkok_time_of_day(t) != std::chrono::system_clock::duration::zero()) {
    return shown_time(ctx, iso_utc);
  }
  const Date last_day = add_days(bangkok_date(t), -1);
  return text(ctx, "identity.admin.through_day") + " " +
         (ctx.lang == "en" ? format_english_date(last_day) : format_thai_date(last_day));
}

http::Response render_tokens(http::Context& ctx, const IdentityConfig& cfg,
                             const SubmittedForm* sent, const Error* error,
                             const std::string& notice, const std::string& shown_once_html,
                             int status) {
  Dict dict("tokens");
  const auto now = ctx.clock().now();
  const auto tokens = store::tokens(ctx.db());
  dict.ShowSection(tokens.empty() ? "NO_TOKENS" : "HAS_TOKENS");
  for (const auto& t : tokens) {
    auto* row = dict.AddSectionDictionary("TOKEN");
    row->SetIntValue("ID", static_cast<long>(t.id));
    row->SetValue("NAME", t.name);
    for (const auto& s : t.scopes) row->AddSectionDictionary("SCOPE")->SetValue("KEY", s);
    row->SetValue("CREATED_BY", t.created_by);
    set_time(row, ctx, "CREATED_AT", t.created_at);
    if (t.expires_at) {
      row->SetValueAndShowSection("EXPIRES_UTC", *t.expires_at, "EXPIRES");
      row->SetValue("EXPIRES_TEXT", shown_expiry(ctx, *t.expires_at));
    } else {
      row->ShowSection("NEVER_EXPIRES");
    }
    if (t.last_used_at) {
      row->ShowSection("USED");
      set_time(row, ctx, "LAST_USED", *t.last_used_at);
    } else {
      row->ShowSection("NEVER_USED");
    }
    TimePoint expires{};
    if (t.revoked_at) {
      row->ShowSection("REVOKED");
      set_time(row, ctx, "REVOKED_AT", *t.revoked_at);
    } else if (t.expires_at && parse_iso_time(*t.expires_at, expires) && expires <= now) {
      row->ShowSection("EXPIRED");
    } else {
      row->ShowSection("IN_USE");
      row->ShowSection("CAN_REVOKE");
    }
  }
  dict.SetValue("VALUE_NAME", sent ? sent->value("name") : std::string());
  dict.SetValue("VALUE_EXPIRES_AT", sent ? sent->value("expires_at") : std::string());
  std::set<std::string> ticked;
  if (sent) {
    for (auto& s : sent->values("scopes")) ticked.insert(std::move(s));
  }
  show_permission_boxes(ctx, dict, "SCOPES", cfg, "scopes", "identity.admin.token_scopes",
                        "identity.admin.token_scopes_hint", ticked, false, error);
  dict.SetValue("SHOWN_ONCE", shown_once_html);
  show_notice(dict, notice);
  if (error) show_errors(ctx, dict, *error, kTokenLabels);
  return page(ctx, Tab::tokens, text(ctx, "identity.admin.tokens"), {}, "identity/tokens", dict,
              status, error);
}

}  // namespace

Result<http::Response> tokens_page(http::Context& ctx, const IdentityConfig& cfg) {
  std::string notice;
  if (const auto revoked = ctx.request.query_param("revoked")) {
    notice = text(ctx, "identity.admin.token_revoked") + ": " + *revoked;
  }
  return render_tokens(ctx, cfg, nullptr, nullptr, notice, {}, 200);
}

Result<http::Response> create_token_form(http::Context& ctx, const IdentityConfig& cfg) {
  const SubmittedForm sent(ctx.request);
  NewToken t;
  t.name = http::trim(sent.value("name"));
  t.scopes = sent.values("scopes");
  if (const auto expires = http::trim(sent.value("expires_at")); !expires.empty()) {
    t.expires_at = token_expiry(expires);
  }
  auto created = create_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), t,
                              cfg.roles.permission_keys());
  if (!created.ok()) {
    if (fixable_on_form(created.error())) {
      return render_tokens(ctx, cfg, &sent, &created.error(), {}, {},
                           http_status_for(created.error().code));
    }
    return created.error();
  }
  // The secret goes to the administrator in this answer and nowhere else: only its hash is kept.
  return render_tokens(
      ctx, cfg, nullptr, nullptr, {},
      shown_once(ctx, text(ctx, "identity.admin.token_created"),
                 text(ctx, "identity.admin.token_secret_intro") + " " + created->name,
                 created->secret, true),
      201);
}

Result<http::Response> revoke_token_form(http::Context& ctx, const IdentityConfig&) {
  auto id = id_param(ctx);
  if (!id.ok()) return id.error();
  // By its (unique) name: revoke_token would prefer a token *named* "12" to the one with id 12.
  std::optional<store::TokenRow> token;
  for (auto& t : store::tokens(ctx.db())) {
    if (t.id == *id) token = std::move(t);
  }
  if (!token) return Error::not_found({"ไม่พบโทเค็นนี้", "No such token"});
  auto done = revoke_token(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), token->name);
  if (!done.ok()) return done.error();
  return http::Response::redirect(link("/admin/tokens", {{"revoked", token->name}}));
}

}  // namespace pao::identity::admin
