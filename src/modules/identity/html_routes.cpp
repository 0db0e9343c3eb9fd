// The sign-in page, sign-out and "my account" (password, sessions). Forms work without
// JavaScript; failures show the form again with the person's input and an error summary.
#include "platform/html/ctemplate.hpp"

#include "modules/identity/accounts.hpp"
#include "modules/identity/routes.hpp"
#include "modules/identity/submitted_form.hpp"
#include "modules/org/api.hpp"
#include "platform/html/renderer.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::identity {

namespace {

// Only local paths, so a crafted link cannot send someone to another site after sign-in.
std::string safe_next(const std::string& next) {
  if (next.empty() || next[0] != '/' || next.starts_with("//") || next.starts_with("/\\") ||
      next.find_first_of("\r\n") != std::string::npos || next.starts_with(auth::kLoginPath)) {
    return "/account";
  }
  return next;
}

http::Response login_page(http::Context& ctx, const std::string& username, const std::string& next,
                          const Error* error) {
  ctemplate::TemplateDictionary dict("login");
  dict.SetValue("USERNAME", username);
  dict.SetValue("NEXT", next);
  int status = 200;
  if (error) {
    status = http_status_for(error->code);
    // Wrong credentials name no field: which one was wrong is not said.
    ctx.html().form_errors(ctx, *error, dict, [&](const std::string& f) {
      return ctx.html().text(ctx.lang, f == "password" ? "identity.password" : "identity.username");
    });
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "ui.sign_in");
  auto res = ctx.html().page(ctx, info, "identity/login", dict, status);
  if (error && error->retry_after_seconds > 0) {
    res.header("Retry-After", std::to_string(error->retry_after_seconds));
  }
  return res;
}

Result<http::Response> show_login(http::Context& ctx, const IdentityConfig&) {
  if (ctx.principal.authenticated()) {
    return http::Response::redirect(safe_next(ctx.request.query_param("next").value_or("")));
  }
  return login_page(ctx, "", ctx.request.query_param("next").value_or(""), nullptr);
}

Result<http::Response> submit_login(http::Context& ctx, const IdentityConfig& cfg) {
  const SubmittedForm form(ctx.request);
  const std::string username = form.value("username");
  const std::string password = form.value("password");
  const std::string next = form.value("next");
  if (username.empty() || password.empty()) {
    FieldErrors e;
    if (username.empty()) e.add("username", {"กรุณากรอกชื่อผู้ใช้", "Enter your username"});
    if (password.empty()) e.add("password", {"กรุณากรอกรหัสผ่าน", "Enter your password"});
    const Error err = e.to_error();
    return login_page(ctx, username, next, &err);
  }
  auto session =
      sign_in(ctx.db(), ctx.clock().now(), cfg.policy, attempt_from(ctx, username, password));
  if (!session.ok()) return login_page(ctx, username, next, &session.error());
  auto res = http::Response::redirect(safe_next(next));
  res.header("Set-Cookie",
             session_cookie(session->cookie_value, cfg.policy.absolute, cookie_secure(ctx, cfg)));
  return res;
}

Result<http::Response> submit_logout(http::Context& ctx, const IdentityConfig& cfg) {
  if (!ctx.principal.session_key.empty()) {
    sign_out(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.session_key);
  }
  auto res = http::Response::redirect("/");
  res.header("Set-Cookie", clear_session_cookie(cookie_secure(ctx, cfg)));
  return res;
}

http::Response account_page(http::Context& ctx, const IdentityConfig& cfg, const Error* error,
                            const std::string& notice) {
  ctemplate::TemplateDictionary dict("account");
  auto& conn = ctx.db();
  if (ctx.principal.kind == auth::PrincipalKind::user) {
    if (const auto u = find_user(conn, ctx.principal.id)) {
      dict.ShowSection("PERSON");
      dict.SetValue("USERNAME", u->username);
      dict.SetValue("DISPLAY_NAME", u->display_name);
      dict.SetValue("EMAIL", u->email);
      dict.SetValue("PHONE", u->phone);
      const bool en = ctx.lang == "en";
      if (const auto d = org::find_division(conn, u->division_code)) {
        dict.SetValue("DIVISION", en ? d->name_en : d->name_th);
      }
      if (const auto p = org::find_position(conn, u->position_code)) {
        dict.SetValue("POSITION", en ? p->name_en : p->name_th);
      }
      const auto roles = list_roles(conn, cfg.roles);
      for (const auto& g : u->roles) {
        auto* r = dict.AddSectionDictionary("ROLE");
        for (const auto& role : roles) {
          if (role.key == g.role) r->SetValue("NAME", en ? role.name_en : role.name_th);
        }
        if (g.scope != auth::kEverywhere) {
          if (const auto d = org::find_division(conn, g.scope)) {
            r->SetValueAndShowSection("SCOPE", en ? d->name_en : d->name_th, "SCOPED");
          }
        }
      }
      for (const auto& s :
           list_sessions(conn, ctx.clock().now(), u->id, ctx.principal.session_key)) {
        auto* row = dict.AddSectionDictionary("SESSION");
        row->SetValue("CREATED_AT_UTC", s.created_at);
        row->SetValue("CREATED_AT", shown_time(ctx, s.created_at));
        row->SetValue("LAST_SEEN_AT_UTC", s.last_seen_at);
        row->SetValue("LAST_SEEN_AT", shown_time(ctx, s.last_seen_at));
        row->SetValue("IP", s.client_ip);
        row->SetValue("AGENT", s.user_agent);
        if (s.current) row->ShowSection("CURRENT");
      }
    }
  }
  if (!notice.empty()) dict.SetValueAndShowSection("NOTICE", notice, "HAS_NOTICE");
  int status = 200;
  if (error) {
    status = http_status_for(error->code);
    ctx.html().form_errors(ctx, *error, dict, [&](const std::string& f) {
      return ctx.html().text(ctx.lang, "identity." + f);
    });
  }
  html::PageInfo info;
  info.title = ctx.html().text(ctx.lang, "identity.my_account");
  return ctx.html().page(ctx, info, "identity/account", dict, status);
}

Result<http::Response> show_account(http::Context& ctx, const IdentityConfig& cfg) {
  std::string notice;
  if (const auto n = ctx.request.query_param("done")) {
    if (*n == "password") notice = ctx.html().text(ctx.lang, "identity.password_changed");
  }
  return account_page(ctx, cfg, nullptr, notice);
}

Result<http::Response> submit_password(http::Context& ctx, const IdentityConfig& cfg) {
  if (ctx.principal.kind != auth::PrincipalKind::user) {
    return Error{
        ErrorCode::permission_denied, {"ใช้ได้เฉพาะบัญชีผู้ใช้", "Only people have passwords"}, {}, ""};
  }
  const SubmittedForm form(ctx.request);
  const std::string next = form.value("new_password");
  Status s = ok_status();
  if (next != form.value("confirm_password")) {
    FieldErrors e;
    e.add("confirm_password", {"ไม่ตรงกับรหัสผ่านใหม่", "does not match the new password"});
    s = e.to_error();
  } else {
    s = change_own_password(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.id,
                            form.value("current_password"), next, ctx.principal.session_key);
  }
  if (!s.ok()) return account_page(ctx, cfg, &s.error(), "");
  return http::Response::redirect("/account?done=password");
}

Result<http::Response> submit_sign_out_everywhere(http::Context& ctx, const IdentityConfig& cfg) {
  if (ctx.principal.kind == auth::PrincipalKind::user) {
    sign_out_everywhere(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), ctx.principal.id);
  }
  auto res = http::Response::redirect(auth::kLoginPath);
  res.header("Set-Cookie", clear_session_cookie(cookie_secure(ctx, cfg)));
  return res;
}

}  // namespace

bool cookie_secure(const http::Context& ctx, const IdentityConfig& cfg) {
  return cfg.secure_cookies || ctx.request.secure;
}

SignInAttempt attempt_from(const http::Context& ctx, std::string username, std::string password) {
  return {std::move(username), std::move(password), ctx.request.client_ip,
          std::string(ctx.request.header("User-Agent").value_or("")), ctx.request.request_id};
}

std::string shown_time(const http::Context& ctx, const std::string& iso_utc) {
  TimePoint t{};
  if (!parse_iso_time(iso_utc, t)) return iso_utc;
  return ctx.lang == "en" ? format_english_date_time(t) : format_thai_date_time(t);
}

std::optional<std::set<std::string>> visible_divisions(const auth::Principal& p) {
  const auto it = p.permissions.find("identity.users.view");
  if (it == p.permissions.end()) return std::set<std::string>{};
  if (it->second.count(auth::kEverywhere)) return std::nullopt;
  return it->second;
}

Status may_manage_users_in(const auth::Principal& p, const std::string& division_code) {
  if (p.can_everywhere("identity.users.manage")) return ok_status();
  if (!division_code.empty() && p.can_in("identity.users.manage", division_code))
    return ok_status();
  Error e{ErrorCode::permission_denied,
          {"คุณจัดการได้เฉพาะบุคลากรในส่วนราชการที่คุณดูแล",
           "You may only manage staff of the divisions you oversee"},
          {},
          "manage user outside scoped divisions: '" + division_code + "'"};
  e.fields["division_code"] = {"อยู่นอกส่วนราชการที่คุณดูแล", "is outside the divisions you oversee"};
  return e;
}

Status may_manage_user_move(const auth::Principal& p, const std::string& from,
                            const std::optional<std::string>& to) {
  if (auto allowed = may_manage_users_in(p, from); !allowed.ok()) return allowed;
  if (to && *to != from) return may_manage_users_in(p, *to);
  return ok_status();
}

void add_html_routes(http::Router& routes, const ConfigPtr& cfg) {
  auto bind = [cfg](Result<http::Response> (*f)(http::Context&, const IdentityConfig&)) {
    return [cfg, f](http::Context& ctx) { return f(ctx, *cfg); };
  };
  routes.get(auth::kLoginPath).allow_anonymous().summary("Sign-in page").handle(bind(show_login));
  routes.post(auth::kLoginPath)
      .allow_anonymous()
      .body_limit(8 * 1024)
      .summary("Sign in")
      .handle(bind(submit_login));
  routes.post("/logout").signed_in().summary("Sign out").handle(bind(submit_logout));
  routes.get("/account").signed_in().summary("My account").handle(bind(show_account));
  routes.post("/account/password")
      .signed_in()
      .summary("Change my password")
      .handle(bind(submit_password));
  routes.post("/account/sign-out-everywhere")
      .signed_in()
      .summary("Sign out on every device")
      .handle(bind(submit_sign_out_everywhere));
}

}  // namespace pao::identity
