// The administrator's pages of the identity module (/admin/users, /admin/roles, /admin/tokens)
// through the real dispatcher, templates and session cookies, on both databases: what each person
// may see, what each form does, and that made-up secrets are shown exactly once.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "app/testing.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/request.hpp"

namespace pao::app {
namespace {

using namespace std::chrono_literals;
using Fields = std::vector<std::pair<std::string, std::string>>;

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The page's main region, without the layout (whose menu names other pages).
std::string main_of(const http::Response& r) {
  const auto from = r.body.find("<main");
  const auto to = r.body.find("</main>");
  if (from == std::string::npos || to == std::string::npos) return r.body;
  return r.body.substr(from, to - from);
}

// Every match of the first group of `pattern` in `text`.
std::vector<std::string> all(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

std::string first(const std::string& text, const std::string& pattern) {
  const auto found = all(text, pattern);
  return found.empty() ? std::string() : found.front();
}

// The secret of a "shown once" box.
std::string secret_in(const http::Response& r) {
  return first(r.body, R"re(data-test="secret">([^<]+)<)re");
}

class IdentityAdminPages : public ::testing::TestWithParam<db::Backend> {
 protected:
  TestApp app_{GetParam()};

  IdentityAdminPages() {
    app_.add_user("boss", {"admin"});
    admin_ = app_.sign_in("boss");
  }

  // A browser's form post: urlencoded, the CSRF token as the hidden _csrf field (not a header).
  http::Response post_form(const std::string& target, const Fields& fields, const TestSession& as,
                           bool with_csrf = true) {
    std::string body;
    Fields all_fields = fields;
    if (with_csrf) all_fields.emplace_back("_csrf", as.csrf);
    for (const auto& [k, v] : all_fields) {
      if (!body.empty()) body += '&';
      body += http::percent_encode(k) + "=" + http::percent_encode(v);
    }
    if (body.empty()) body = "x=1";  // a form with no fields still has a body
    return app_.send("POST", target, body, &as, /*with_csrf header=*/false);
  }
  http::Response get(const std::string& target, const TestSession& as) {
    return app_.send("GET", target, "", &as);
  }

  // The grant line of `role` on a user form (its index), as the form numbers them.
  static std::string grant_index(const std::string& form_html, const std::string& role) {
    return first(form_html, "name=\"grant_([0-9]+)_role\" value=\"" + role + "\"");
  }
  // The form fields that tick `role` with `scope` on the form `form_html`.
  static Fields grant(const std::string& form_html, const std::string& role,
                      const std::string& scope = "*") {
    const std::string i = grant_index(form_html, role);
    EXPECT_FALSE(i.empty()) << "no line for role " << role;
    return {{"grant", i}, {"grant_" + i + "_role", role}, {"grant_" + i + "_scope", scope}};
  }

  std::int64_t count_audit(const std::string& action) {
    auto c = app_.database().acquire();
    return static_cast<std::int64_t>(
        audit::find_entries(c.conn(), {.action = action, .limit = 1000}).size());
  }

  // What a new-user form sends for somsak, a finance officer with the staff role.
  Fields somsak_form() {
    const std::string form = get("/admin/users/new", admin_).body;
    Fields f{{"username", "somsak"},
             {"display_name", "สมศักดิ์ รักงาน"},
             {"email", "somsak@lamphunpao.go.th"},
             {"phone", "053 511 000"},
             {"division_code", "finance"},
             {"position_code", "finance_officer"},
             {"password", ""}};
    for (auto& kv : grant(form, "staff")) f.push_back(kv);
    return f;
  }

  TestSession admin_;
};

// ---- who may use the pages ---------------------------------------------------------------------

TEST_P(IdentityAdminPages, AClerkIsRefusedEveryAdminPageAndForm) {
  const auto id = app_.add_user("clerk1", {"clerk"});
  const auto clerk = app_.sign_in("clerk1");
  const std::string user = "/admin/users/" + std::to_string(id);
  const std::vector<std::string> pages = {"/admin/users", "/admin/users/new",   user,
                                          "/admin/roles", "/admin/roles/clerk", "/admin/tokens"};
  for (const auto& path : pages) {
    EXPECT_EQ(get(path, admin_).status, 200) << path << " (the administrator may)";
    EXPECT_EQ(get(path, clerk).status, 403) << path;
  }
  const std::vector<std::string> forms = {"/admin/users",       user,
                                          user + "/password",   "/admin/roles",
                                          "/admin/roles/clerk", "/admin/roles/clerk/delete",
                                          "/admin/tokens",      "/admin/tokens/1/revoke"};
  for (const auto& path : forms) {
    EXPECT_EQ(post_form(path, {{"x", "1"}}, clerk).status, 403) << "POST " << path;
  }
  // The menu leads only those who may follow it.
  EXPECT_FALSE(has(get("/account", clerk).body, "href=\"/admin/users\""));
  EXPECT_TRUE(has(get("/account", admin_).body, "href=\"/admin/users\""));
  EXPECT_TRUE(has(get("/account", admin_).body, "ผู้ใช้และสิทธิ์"));
}

// ---- adding a user -----------------------------------------------------------------------------

TEST_P(IdentityAdminPages, TheAddUserFormHasALabelForEveryFieldAndPostsItsCsrfToken) {
  const auto r = get("/admin/users/new", admin_);
  ASSERT_EQ(r.status, 200);
  const std::string page = main_of(r);
  EXPECT_TRUE(has(page, "<input type=\"hidden\" name=\"_csrf\" value=\"" + admin_.csrf + "\">"));
  for (const char* id : {"username", "display_name", "email", "phone", "division_code",
                         "position_code", "password"}) {
    EXPECT_TRUE(has(page, std::string("<label for=\"") + id + "\">")) << id;
    EXPECT_TRUE(has(page, std::string("id=\"") + id + "\"")) << id;
  }
  // One line per built-in role, each with its own label; only admin has no scope to pick.
  for (const char* role :
       {"admin", "executive", "division_head", "clerk", "staff", "it_staff", "auditor"}) {
    const std::string i = grant_index(page, role);
    ASSERT_FALSE(i.empty()) << role;
    EXPECT_TRUE(has(page, "<label class=\"checkbox grant__role\" for=\"grant-" + i + "\">"));
    EXPECT_EQ(has(page, "<label for=\"grant-" + i + "-scope\">"), std::string(role) != "admin")
        << role;
  }
  EXPECT_TRUE(has(page, "<option value=\"finance\">กองคลัง</option>"));
  EXPECT_TRUE(has(page, "<option value=\"*\" selected>ทั้งองค์กร</option>"));
}

TEST_P(IdentityAdminPages, AddingAUserShowsTheGeneratedPasswordOnceAndListsThem) {
  const auto r = post_form("/admin/users", somsak_form(), admin_);
  ASSERT_EQ(r.status, 201) << main_of(r);
  EXPECT_EQ(header_of(r, "Location"), "") << "answered directly, not redirected";
  EXPECT_EQ(header_of(r, "Cache-Control"), "no-store");
  const std::string password = secret_in(r);
  ASSERT_GE(password.size(), 10u) << main_of(r);
  EXPECT_TRUE(has(main_of(r), "คัดลอกเก็บไว้ตอนนี้ ระบบจะไม่แสดงอีก"));
  EXPECT_TRUE(has(main_of(r), "<h1>สมศักดิ์ รักงาน</h1>")) << "the new user's own page";
  for (const auto& [k, v] : r.headers) EXPECT_FALSE(has(v, password)) << k;

  // It is the password: the new user signs in with it.
  const auto somsak = app_.sign_in("somsak", password);
  EXPECT_FALSE(somsak.csrf.empty());

  // Shown once: the user's page never shows it again.
  const std::string id = first(r.body, R"re(action="/admin/users/([0-9]+)")re");
  ASSERT_FALSE(id.empty());
  const auto again = get("/admin/users/" + id, admin_);
  ASSERT_EQ(again.status, 200);
  EXPECT_FALSE(has(again.body, password));
  EXPECT_FALSE(has(again.body, "data-test=\"secret\""));

  const auto list = get("/admin/users", admin_);
  ASSERT_EQ(list.status, 200);
  const std::string row =
      main_of(list).substr(main_of(list).find("data-username=\"somsak\""), 1000);
  EXPECT_TRUE(has(row, "href=\"/admin/users/" + id + "\">สมศักดิ์ รักงาน</a>"));
  EXPECT_TRUE(has(row, "กองคลัง"));
  EXPECT_TRUE(has(row, "<td>นักวิชาการเงินและบัญชี</td>"));
  EXPECT_TRUE(has(row, "<span class=\"tag\">เจ้าหน้าที่</span>"));
  EXPECT_TRUE(has(row, "ใช้งาน"));
  EXPECT_FALSE(has(list.body, password));
  EXPECT_EQ(count_audit("identity.user.create"), 2);  // boss (by the test) and somsak
}

TEST_P(IdentityAdminPages, AChosenPasswordIsNeverShownAndTheAnswerRedirectsToTheUser) {
  auto form = somsak_form();
  for (auto& [k, v] : form) {
    if (k == "password") v = "a chosen long secret";
  }
  const auto r = post_form("/admin/users", form, admin_);
  ASSERT_EQ(r.status, 303) << main_of(r);
  const std::string to = header_of(r, "Location");
  EXPECT_TRUE(std::regex_match(to, std::regex("/admin/users/[0-9]+\\?added=1"))) << to;
  const auto page = get(to, admin_);
  EXPECT_TRUE(has(main_of(page), "เพิ่มผู้ใช้แล้ว"));
  EXPECT_FALSE(has(page.body, "a chosen long secret"));
  EXPECT_FALSE(app_.sign_in("somsak", "a chosen long secret").csrf.empty());
}

TEST_P(IdentityAdminPages, AFormErrorKeepsTheInputAndNamesEachBadFieldInTheSummary) {
  auto form = somsak_form();
  for (auto& [k, v] : form) {
    if (k == "username") v = "Bad Name!";
    if (k == "email") v = "not-an-email";
    if (k == "password") v = "short";
  }
  const auto r = post_form("/admin/users", form, admin_);
  ASSERT_EQ(r.status, 400) << main_of(r);
  const std::string page = main_of(r);
  EXPECT_TRUE(has(page, "class=\"error-summary\""));
  EXPECT_TRUE(has(page, "<a href=\"#username\">ชื่อผู้ใช้: ใช้ a-z 0-9"));
  EXPECT_TRUE(has(page, "<a href=\"#email\">อีเมล: รูปแบบอีเมลไม่ถูกต้อง</a>"));
  EXPECT_TRUE(has(page, "<a href=\"#password\">รหัสผ่านเริ่มต้น: ต้องยาวอย่างน้อย 10"));
  EXPECT_FALSE(has(page, "href=\"#display_name\"")) << "the name was fine";
  // In the form's order, top to bottom.
  EXPECT_LT(page.find("href=\"#username\""), page.find("href=\"#email\""));
  EXPECT_LT(page.find("href=\"#email\""), page.find("href=\"#password\""));
  EXPECT_TRUE(has(page, "<span class=\"field__error\" id=\"email-error\">"));
  EXPECT_TRUE(has(page, "aria-describedby=\"email-hint email-error\" aria-invalid=\"true\""));
  // What was typed is kept (but never the password).
  EXPECT_TRUE(has(page, "value=\"Bad Name!\""));
  EXPECT_TRUE(has(page, "value=\"สมศักดิ์ รักงาน\""));
  EXPECT_TRUE(has(page, "value=\"not-an-email\""));
  EXPECT_TRUE(has(page, "value=\"053 511 000\""));
  EXPECT_TRUE(has(page, "<option value=\"finance\" selected>"));
  EXPECT_TRUE(has(page, "<option value=\"finance_officer\" selected>"));
  const std::string staff = grant_index(page, "staff");
  EXPECT_TRUE(has(page, "name=\"grant\" value=\"" + staff + "\" checked"));
  EXPECT_FALSE(has(page, "value=\"short\""));
  EXPECT_TRUE(has(r.body, "<title>ข้อผิดพลาด: เพิ่มผู้ใช้ ·"));
  EXPECT_EQ(count_audit("identity.user.create"), 1) << "only boss";
}

TEST_P(IdentityAdminPages, ATakenUsernameIsAConflictShownOnTheForm) {
  auto form = somsak_form();
  for (auto& [k, v] : form) {
    if (k == "username") v = "boss";
  }
  const auto r = post_form("/admin/users", form, admin_);
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(has(main_of(r), "<a href=\"#username\">ชื่อผู้ใช้: มีผู้ใช้แล้ว</a>"));
}

TEST_P(IdentityAdminPages, ACustomRoleIsDeletedFromItsPageOnlyOnceNobodyHoldsIt) {
  ASSERT_EQ(
      post_form("/admin/roles", {{"key", "hr"}, {"name_th", "งานบุคคล"}, {"name_en", "HR"}}, admin_)
          .status,
      303);
  EXPECT_FALSE(has(get("/admin/roles/clerk", admin_).body, "/admin/roles/clerk/delete"))
      << "a built-in role offers no delete button";
  EXPECT_TRUE(has(get("/admin/roles/hr", admin_).body, "action=\"/admin/roles/hr/delete\""));
  app_.add_user("hrclerk", {"hr"});
  const auto held = post_form("/admin/roles/hr/delete", {}, admin_);
  EXPECT_EQ(held.status, 409);
  EXPECT_TRUE(has(main_of(held), "ยังมีผู้ใช้ 1 คนถือบทบาทนี้")) << main_of(held);
  EXPECT_EQ(count_audit("identity.role.delete"), 0);
  {
    auto c = app_.database().acquire();
    c->execute("DELETE FROM identity_user_role WHERE role_key = 'hr'");
  }
  const auto gone = post_form("/admin/roles/hr/delete", {}, admin_);
  ASSERT_EQ(gone.status, 303);
  EXPECT_EQ(header_of(gone, "Location"), "/admin/roles?flash=identity.flash.role_deleted");
  EXPECT_EQ(get("/admin/roles/hr", admin_).status, 404);
  EXPECT_EQ(count_audit("identity.role.delete"), 1);
}

TEST_P(IdentityAdminPages, OnlyARoleManagerMayGrantTheAdministratorRoleThroughTheForm) {
  // A custom role that manages accounts but not roles, made through the role pages.
  ASSERT_EQ(
      post_form("/admin/roles", {{"key", "hr"}, {"name_th", "งานบุคคล"}, {"name_en", "HR"}}, admin_)
          .status,
      303);
  ASSERT_EQ(
      post_form("/admin/roles/hr",
                {{"permissions", "identity.users.view"}, {"permissions", "identity.users.manage"}},
                admin_)
          .status,
      303);
  app_.add_user("hrclerk", {"hr"});
  const auto hr = app_.sign_in("hrclerk");
  const std::string form_html = get("/admin/users/new", hr).body;
  const std::string admin_line = grant_index(form_html, "admin");
  EXPECT_TRUE(has(form_html, "id=\"grant-" + admin_line + "\" name=\"grant\" value=\"" +
                                 admin_line + "\" disabled"));
  auto form = somsak_form();
  for (auto& kv : grant(form_html, "admin")) form.push_back(kv);
  const auto r = post_form("/admin/users", form, hr);
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(has(main_of(r), "เฉพาะผู้จัดการบทบาทเท่านั้นที่ให้สิทธิ์ผู้ดูแลระบบได้"));
  EXPECT_TRUE(has(main_of(r), "value=\"somsak\"")) << "the form, with the input kept";
  EXPECT_EQ(count_audit("identity.user.create"), 2) << "boss and hrclerk only";
}

// ---- one user's page ---------------------------------------------------------------------------

TEST_P(IdentityAdminPages, EditingAUserSavesAndTheHistorySaysWhoChangedWhat) {
  const auto id = std::to_string(app_.add_user("leaver", {"staff"}, "finance"));
  const auto leaver = app_.sign_in("leaver");
  const std::string form_html = get("/admin/users/" + id, admin_).body;
  Fields f{{"display_name", "ผู้ลาออก ไปแล้ว"},
           {"email", ""},
           {"phone", ""},
           {"division_code", "finance"},
           {"position_code", ""}};  // "active" unticked
  for (auto& kv : grant(form_html, "staff", "finance")) f.push_back(kv);
  const auto r = post_form("/admin/users/" + id, f, admin_);
  ASSERT_EQ(r.status, 303) << main_of(r);
  EXPECT_EQ(header_of(r, "Location"), "/admin/users/" + id + "?saved=1");
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &leaver).status, 401) << "deactivated: signed out";

  const auto page = get(header_of(r, "Location"), admin_);
  const std::string html = main_of(page);
  EXPECT_TRUE(has(html, "บันทึกข้อมูลผู้ใช้แล้ว"));
  EXPECT_TRUE(has(html, "<h1>ผู้ลาออก ไปแล้ว</h1>"));
  EXPECT_TRUE(has(html, "tag tag--off\">ปิดใช้งาน"));
  EXPECT_TRUE(has(html, "<span class=\"tag\">เจ้าหน้าที่ · กองคลัง</span>"));
  EXPECT_FALSE(has(html, "id=\"active\" name=\"active\" value=\"1\" checked"));
  // The history: newest first, the administrator's change on top with before → after.
  const std::string history = html.substr(html.find("data-test=\"history\""));
  const auto actions = all(history, R"re(data-action="([a-z_.]+)")re");
  ASSERT_GE(actions.size(), 3u);
  EXPECT_EQ(actions[0], "identity.user.update");
  EXPECT_EQ(actions.back(), "identity.user.create");
  EXPECT_TRUE(has(history, "<td>boss</td>"));
  EXPECT_TRUE(has(history, "แก้ไขข้อมูล"));
  EXPECT_TRUE(has(history,
                  "<strong>ชื่อ-สกุล</strong>: <span class=\"muted\">ทดสอบ leaver</span> "
                  "→ ผู้ลาออก ไปแล้ว"));
  EXPECT_TRUE(has(history, "25 พ.ย. 2569 09:00 น.")) << "Bangkok time, Buddhist era";
  // Viewing a staff record is a personal-data read (PDPA), as through the API.
  auto c = app_.database().acquire();
  const auto reads = audit::find_personal_reads(c.conn(), std::string("boss"), std::nullopt, 10);
  ASSERT_GE(reads.size(), 1u);
  EXPECT_EQ(reads[0].entity_id, id);
}

TEST_P(IdentityAdminPages, ResettingAPasswordShowsANewOneOnceAndEndsTheirSessions) {
  const auto id = std::to_string(app_.add_user("forgetful", {"staff"}));
  const auto old_session = app_.sign_in("forgetful");
  const auto r = post_form("/admin/users/" + id + "/password", {}, admin_);
  ASSERT_EQ(r.status, 200) << main_of(r);
  EXPECT_EQ(header_of(r, "Cache-Control"), "no-store");
  const std::string password = secret_in(r);
  ASSERT_GE(password.size(), 10u);
  EXPECT_TRUE(has(main_of(r), "ตั้งรหัสผ่านใหม่แล้ว"));
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &old_session).status, 401);
  EXPECT_FALSE(app_.sign_in("forgetful", password).csrf.empty());
  EXPECT_FALSE(has(get("/admin/users/" + id, admin_).body, password));
  EXPECT_EQ(count_audit("identity.user.password_reset"), 1);
}

TEST_P(IdentityAdminPages, TimesOnMyAccountAreInBangkokWithTheBuddhistEra) {
  const auto th = get("/account", admin_);
  EXPECT_TRUE(has(main_of(th), ">25 พ.ย. 2569 09:00 น.</time>")) << main_of(th);
  EXPECT_FALSE(has(main_of(th), ">2026-11-25T02:00:00Z<"));
  const auto en = get("/account?lang=en", admin_);
  EXPECT_TRUE(has(main_of(en), ">25 Nov 2026 09:00</time>"));
}

// ---- the list ----------------------------------------------------------------------------------

TEST_P(IdentityAdminPages, ADivisionHeadSeesOnlyTheirDivisionsStaff) {
  app_.add_user("head", {"division_head@finance"}, "finance");
  app_.add_user("mate", {"staff"}, "finance");
  const auto other = app_.add_user("other", {"staff"}, "engineering");
  const auto head = app_.sign_in("head");
  const auto r = get("/admin/users", head);
  ASSERT_EQ(r.status, 200);
  const auto shown = all(main_of(r), R"re(data-username="([a-z.]+)")re");
  EXPECT_EQ(std::set<std::string>(shown.begin(), shown.end()),
            (std::set<std::string>{"head", "mate"}));
  EXPECT_TRUE(has(main_of(r), "แสดงเฉพาะบุคลากรในส่วนราชการที่คุณดูแล"));
  // Only their divisions to filter by; nothing to add.
  EXPECT_EQ(all(main_of(r), R"re(<option value="([a-z_]+)")re"),
            (std::vector<std::string>{"finance", "active", "inactive"}));
  EXPECT_FALSE(has(main_of(r), "href=\"/admin/users/new\""));
  EXPECT_EQ(get("/admin/users/" + std::to_string(other), head).status, 403);
  // The administrator sees everyone.
  const auto everyone =
      all(main_of(get("/admin/users", admin_)), R"re(data-username="([a-z.]+)")re");
  EXPECT_EQ(everyone.size(), 4u);
}

TEST_P(IdentityAdminPages, TheListFiltersByTextDivisionAndStatus) {
  app_.add_user("somchai", {"staff"}, "finance");
  app_.add_user("somying", {"staff"}, "engineering");
  const auto gone = app_.add_user("somsri", {"staff"}, "finance");
  {
    auto c = app_.database().acquire();
    c->execute("UPDATE identity_user SET active = 0 WHERE id = ?", gone);
  }
  auto names = [&](const std::string& query) {
    const auto found =
        all(main_of(get("/admin/users" + query, admin_)), R"re(data-username="([a-z.]+)")re");
    return std::set<std::string>(found.begin(), found.end());
  };
  EXPECT_EQ(names("?q=som"), (std::set<std::string>{"somchai", "somying", "somsri"}));
  EXPECT_EQ(names("?q=som&division=finance"), (std::set<std::string>{"somchai", "somsri"}));
  EXPECT_EQ(names("?q=som&division=finance&status=active"), (std::set<std::string>{"somchai"}));
  EXPECT_EQ(names("?status=inactive"), (std::set<std::string>{"somsri"}));
  const auto kept = main_of(get("/admin/users?q=som&division=finance&status=inactive", admin_));
  EXPECT_TRUE(has(kept, "value=\"som\""));
  EXPECT_TRUE(has(kept, "<option value=\"finance\" selected>"));
  EXPECT_TRUE(has(kept, "<option value=\"inactive\" selected>"));
  EXPECT_TRUE(has(main_of(get("/admin/users?q=nobody", admin_)), "data-test=\"no-users\""));
}

TEST_P(IdentityAdminPages, ThePagerWalksEveryUserOnceKeepingTheFilter) {
  for (int i = 0; i < 4; ++i) app_.add_user("clerk" + std::to_string(i), {"clerk"}, "finance");
  std::vector<std::string> seen;
  std::string target = "/admin/users?division=finance&limit=3";
  int pages = 0;
  while (!target.empty() && pages < 10) {
    const auto r = get(target, admin_);
    ASSERT_EQ(r.status, 200) << target;
    ++pages;
    for (auto& u : all(main_of(r), R"re(data-username="([a-z0-9.]+)")re")) seen.push_back(u);
    std::string next = first(main_of(r), R"re(href="([^"]+)" rel="next")re");
    for (std::size_t at; (at = next.find("&amp;")) != std::string::npos;) next.replace(at, 5, "&");
    if (!next.empty()) {
      EXPECT_TRUE(has(next, "division=finance")) << next;
      next += "&limit=3";
      EXPECT_TRUE(has(main_of(r), "data-test=\"next-page\""));
    }
    target = next;
  }
  EXPECT_EQ(pages, 2);
  EXPECT_EQ(seen, (std::vector<std::string>{"clerk0", "clerk1", "clerk2", "clerk3"}));
}

TEST_P(IdentityAdminPages, PagesSpeakEnglishWhenAsked) {
  const auto r = get("/admin/users?lang=en", admin_);
  EXPECT_TRUE(has(main_of(r), "<h1>Staff accounts</h1>"));
  EXPECT_TRUE(has(main_of(r), "<caption>Staff accounts</caption>"));
  EXPECT_TRUE(has(main_of(get("/admin/roles?lang=en", admin_)), "Roles and permissions"));
  EXPECT_TRUE(has(main_of(get("/admin/tokens?lang=en", admin_)), "Issue a token"));
}

// ---- roles -------------------------------------------------------------------------------------

TEST_P(IdentityAdminPages, TickingAPermissionOnARoleGivesItsHoldersAccessAndUntickingTakesItAway) {
  app_.add_user("clerk1", {"clerk"});
  const auto clerk = app_.sign_in("clerk1");
  EXPECT_EQ(get("/admin/users", clerk).status, 403);

  const auto page = get("/admin/roles/clerk", admin_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(main_of(page), "<legend>ผู้ใช้และสิทธิ์</legend>"));
  EXPECT_TRUE(has(main_of(page),
                  "<label class=\"checkbox permission\" for=\"permissions-identity.users.view\">"));
  const auto before = all(main_of(page), R"re(name="permissions" value="([a-z_.]+)" checked)re");
  Fields f;
  for (const auto& p : before) f.emplace_back("permissions", p);
  f.emplace_back("permissions", "identity.users.view");
  const auto saved = post_form("/admin/roles/clerk", f, admin_);
  ASSERT_EQ(saved.status, 303) << main_of(saved);
  EXPECT_EQ(header_of(saved, "Location"), "/admin/roles/clerk?saved=1");
  EXPECT_EQ(get("/admin/users", clerk).status, 200);
  const auto shown = main_of(get("/admin/roles/clerk?saved=1", admin_));
  EXPECT_TRUE(has(shown, "value=\"identity.users.view\" checked"));
  EXPECT_TRUE(has(shown, "บันทึกสิทธิ์ของบทบาทแล้ว"));

  Fields back;
  for (const auto& p : before) back.emplace_back("permissions", p);
  ASSERT_EQ(post_form("/admin/roles/clerk", back, admin_).status, 303);
  EXPECT_EQ(get("/admin/users", clerk).status, 403);
  EXPECT_EQ(count_audit("identity.role.update"), 2);
}

TEST_P(IdentityAdminPages, TheAdministratorRoleIsShownReadOnlyAndCannotBeChanged) {
  const auto r = get("/admin/roles/admin", admin_);
  ASSERT_EQ(r.status, 200);
  const std::string page = main_of(r);
  EXPECT_TRUE(has(page, "data-test=\"admin-role\""));
  EXPECT_FALSE(has(page, "action=\"/admin/roles/admin\""));
  const auto boxes = all(page, R"re(name="permissions" value="([a-z_.]+)" checked disabled)re");
  EXPECT_GE(boxes.size(), 5u);
  EXPECT_EQ(boxes.size(), all(page, R"re(name="permissions" value="([a-z_.]+)")re").size());
  const auto refused = post_form("/admin/roles/admin", {}, admin_);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(count_audit("identity.role.update"), 0);
  // The list: the administrator holds every permission, the count says so.
  const auto list = main_of(get("/admin/roles", admin_));
  const std::string admin_row = list.substr(list.find("data-key=\"admin\""), 600);
  EXPECT_TRUE(has(admin_row, std::to_string(boxes.size()) + " <span class=\"muted\">(ทุกสิทธิ์)"));
}

TEST_P(IdentityAdminPages, AddingARoleLeadsToItsPermissionsAndABadKeyIsNamed) {
  const auto bad =
      post_form("/admin/roles", {{"key", "HR!"}, {"name_th", "งานบุคคล"}, {"name_en", ""}}, admin_);
  ASSERT_EQ(bad.status, 400);
  EXPECT_TRUE(has(main_of(bad), "<a href=\"#key\">รหัสบทบาท:"));
  EXPECT_TRUE(has(main_of(bad), "<a href=\"#name_en\">ชื่อบทบาท (ภาษาอังกฤษ): ต้องระบุ</a>"));
  EXPECT_TRUE(has(main_of(bad), "value=\"งานบุคคล\""));
  const auto ok =
      post_form("/admin/roles", {{"key", "hr"}, {"name_th", "งานบุคคล"}, {"name_en", "HR"}}, admin_);
  ASSERT_EQ(ok.status, 303);
  EXPECT_EQ(header_of(ok, "Location"), "/admin/roles/hr?added=1");
  const auto page = main_of(get("/admin/roles/hr?added=1", admin_));
  EXPECT_TRUE(has(page, "เพิ่มบทบาทแล้ว"));
  EXPECT_FALSE(has(page, "checked")) << "a new role holds nothing";
  EXPECT_EQ(
      post_form("/admin/roles", {{"key", "hr"}, {"name_th", "ซ้ำ"}, {"name_en", "Again"}}, admin_)
          .status,
      409);
}

// ---- API tokens --------------------------------------------------------------------------------

TEST_P(IdentityAdminPages, ANewTokensSecretIsShownOnceAndTheListNeverContainsIt) {
  const auto r = post_form(
      "/admin/tokens",
      {{"name", "ocs-agents"}, {"scopes", "identity.users.view"}, {"expires_at", "2026-12-31"}},
      admin_);
  ASSERT_EQ(r.status, 201) << main_of(r);
  EXPECT_EQ(header_of(r, "Cache-Control"), "no-store");
  const std::string secret = secret_in(r);
  ASSERT_TRUE(secret.starts_with("pao_")) << main_of(r);
  EXPECT_TRUE(has(main_of(r), "คัดลอกเก็บไว้ตอนนี้"));
  const std::vector<std::pair<std::string, std::string>> bearer = {
      {"Authorization", "Bearer " + secret}};
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 200);

  const auto list = get("/admin/tokens", admin_);
  ASSERT_EQ(list.status, 200);
  EXPECT_FALSE(has(list.body, secret));
  EXPECT_FALSE(has(list.body, secret.substr(0, 12)));
  const std::string row =
      main_of(list).substr(main_of(list).find("data-name=\"ocs-agents\""), 1500);
  EXPECT_TRUE(has(row, "<code>identity.users.view</code>"));
  EXPECT_TRUE(has(row, "ถึงสิ้นวันที่ 31 ธ.ค. 2569")) << row;
  EXPECT_TRUE(has(row, "boss"));
  EXPECT_TRUE(has(row, "ใช้งานได้"));
  EXPECT_FALSE(has(row, "ยังไม่เคยใช้")) << "it was just used";
}

TEST_P(IdentityAdminPages, ATokenFormErrorKeepsTheInput) {
  const auto r =
      post_form("/admin/tokens", {{"name", "Bad Name"}, {"expires_at", "2020-01-01"}}, admin_);
  ASSERT_EQ(r.status, 400);
  const std::string page = main_of(r);
  EXPECT_TRUE(has(page, "<a href=\"#name\">ชื่อโทเค็น:"));
  EXPECT_TRUE(has(page, "<a href=\"#scopes\">สิทธิ์ของโทเค็น: ต้องระบุอย่างน้อยหนึ่งสิทธิ์</a>"));
  EXPECT_TRUE(has(page, "<a href=\"#expires_at\">วันหมดอายุ: ต้องเป็นวันเวลาในอนาคต</a>"));
  EXPECT_TRUE(has(page, "value=\"Bad Name\""));
  EXPECT_TRUE(has(page, "value=\"2020-01-01\""));
  EXPECT_FALSE(has(page, "data-test=\"secret\""));
}

TEST_P(IdentityAdminPages, RevokingATokenStopsItAndTheListSaysSo) {
  ASSERT_EQ(post_form("/admin/tokens", {{"name", "line-relay"}, {"scopes", "identity.users.view"}},
                      admin_)
                .status,
            201);
  const auto created =
      post_form("/admin/tokens", {{"name", "agents"}, {"scopes", "identity.users.view"}}, admin_);
  ASSERT_EQ(created.status, 201);
  const std::vector<std::pair<std::string, std::string>> bearer = {
      {"Authorization", "Bearer " + secret_in(created)}};
  const std::string list = main_of(get("/admin/tokens", admin_));
  const std::string row = list.substr(list.find("data-name=\"agents\""));
  const std::string action = first(row, R"re(action="(/admin/tokens/[0-9]+/revoke)")re");
  ASSERT_FALSE(action.empty());

  const auto r = post_form(action, {}, admin_);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(header_of(r, "Location"), "/admin/tokens?revoked=agents");
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 401);
  const std::string after = main_of(get(header_of(r, "Location"), admin_));
  EXPECT_TRUE(has(after, "เพิกถอนโทเค็นแล้ว: agents"));
  const std::string agents = after.substr(after.find("data-name=\"agents\""), 1500);
  EXPECT_TRUE(has(agents, "เพิกถอนแล้ว"));
  EXPECT_FALSE(has(agents.substr(0, agents.find("</tr>")), "/revoke")) << "nothing left to revoke";
  const std::string relay = after.substr(after.find("data-name=\"line-relay\""), 1500);
  EXPECT_TRUE(has(relay.substr(0, relay.find("</tr>")), "/revoke")) << "the other one is untouched";
  EXPECT_EQ(count_audit("identity.token.revoke"), 1);
  EXPECT_EQ(post_form("/admin/tokens/999/revoke", {}, admin_).status, 404);
}

// ---- CSRF --------------------------------------------------------------------------------------

TEST_P(IdentityAdminPages, EveryFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing) {
  const auto id = std::to_string(app_.add_user("somchai", {"staff"}));
  const auto token =
      post_form("/admin/tokens", {{"name", "agents"}, {"scopes", "identity.users.view"}}, admin_);
  ASSERT_EQ(token.status, 201);
  const std::string token_path =
      first(main_of(get("/admin/tokens", admin_)), R"re(action="(/admin/tokens/[0-9]+/revoke)")re");
  ASSERT_FALSE(token_path.empty());
  const std::string new_user = get("/admin/users/new", admin_).body;
  Fields user{{"username", "sneaky"}, {"display_name", "แอบ"}};
  const std::vector<std::pair<std::string, Fields>> posts = {
      {"/admin/users", user},
      {"/admin/users/" + id, {{"display_name", "เปลี่ยนชื่อ"}}},
      {"/admin/users/" + id + "/password", {}},
      {"/admin/roles", {{"key", "sneaky"}, {"name_th", "แอบ"}, {"name_en", "Sneaky"}}},
      {"/admin/roles/clerk", {{"permissions", "identity.users.manage"}}},
      {"/admin/tokens", {{"name", "sneaky"}, {"scopes", "identity.users.manage"}}},
      {token_path, {}}};
  const auto entries_before = count_audit("identity.");
  for (const auto& [path, fields] : posts) {
    EXPECT_EQ(post_form(path, fields, admin_, /*with_csrf=*/false).status, 403) << path;
    auto wrong = admin_;
    wrong.csrf = std::string(admin_.csrf.size(), 'x');
    EXPECT_EQ(post_form(path, fields, wrong).status, 403) << path << " (a wrong token)";
  }
  EXPECT_EQ(count_audit("identity."), entries_before) << "nothing was written";
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true,
                      {{"Authorization", "Bearer " + secret_in(token)}})
                .status,
            200);
  // The same post with the token goes through.
  EXPECT_EQ(post_form("/admin/users/" + id + "/password", {}, admin_).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Db, IdentityAdminPages, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
