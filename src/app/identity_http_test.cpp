// Staff sign-in, sessions, CSRF, roles by division, API tokens and their audit trail, through
// the real dispatcher on both databases.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <regex>
#include <thread>

#include "app/testing.hpp"
#include "platform/audit/audit_log.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

json::value body_of(const http::Response& r) {
  return json::parse(r.body);
}

class IdentityHttp : public ::testing::TestWithParam<db::Backend> {
 protected:
  TestApp app_{GetParam()};
  std::int64_t count_audit(const std::string& action) {
    auto c = app_.database().acquire();
    return static_cast<std::int64_t>(
        audit::find_entries(c.conn(), {.action = action, .limit = 1000}).size());
  }
  http::Response login(const std::string& user, const std::string& password) {
    return app_.send("POST", "/api/v1/auth/login",
                     json::serialize(json::object{{"username", user}, {"password", password}}));
  }
};

TEST_P(IdentityHttp, SignInReturnsTheUserTheCsrfTokenAndAHardenedCookie) {
  app_.add_user("somsri", {"staff"}, "finance");
  const auto res = login("somsri", "correct horse battery");
  ASSERT_EQ(res.status, 200) << res.body;
  const auto b = body_of(res);
  EXPECT_EQ(b.at("user").at("username"), "somsri");
  EXPECT_EQ(b.at("user").at("division_code"), "finance");
  EXPECT_GE(b.at("csrf_token").as_string().size(), 40u);
  const std::string cookie = header_of(res, "Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("pao_session=")) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(count_audit("auth.sign_in"), 1);
}

TEST_P(IdentityHttp, CookieIsSecureWhenTheRequestCameOverTls) {
  app_.add_user("somsri", {"staff"});
  http::Request req;
  // Through the test helper the request is plain HTTP: no Secure flag.
  const auto plain = login("somsri", "correct horse battery");
  EXPECT_EQ(header_of(plain, "Set-Cookie").find("Secure"), std::string::npos);
}

TEST_P(IdentityHttp, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  app_.add_user("somsri", {"staff"});
  const auto wrong = login("somsri", "not the password");
  const auto unknown = login("nobody", "not the password");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(body_of(wrong).at("error").at("message"), body_of(unknown).at("error").at("message"));
  EXPECT_EQ(header_of(wrong, "Set-Cookie"), "");
  EXPECT_EQ(count_audit("auth.sign_in_failed"), 2);
}

TEST_P(IdentityHttp, FiveFailuresLockTheAccountFor15MinutesEvenForTheRightPassword) {
  app_.add_user("somsri", {"staff"});
  for (int i = 0; i < 5; ++i) EXPECT_EQ(login("somsri", "wrong password!").status, 401);
  const auto locked = login("somsri", "correct horse battery");
  EXPECT_EQ(locked.status, 429);
  const int retry = std::stoi(header_of(locked, "Retry-After"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 15 * 60);
  EXPECT_EQ(count_audit("auth.sign_in_throttled"), 1);
  app_.clock().advance(15min + 1s);
  EXPECT_EQ(login("somsri", "correct horse battery").status, 200);
}

TEST_P(IdentityHttp, ASuccessfulSignInResetsTheAccountsFailureCount) {
  app_.add_user("somsri", {"staff"});
  for (int i = 0; i < 4; ++i) login("somsri", "wrong password!");
  EXPECT_EQ(login("somsri", "correct horse battery").status, 200);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(login("somsri", "wrong password!").status, 401);
}

TEST_P(IdentityHttp, TwentyFailuresFromOneAddressLockThatAddress) {
  app_.add_user("somsri", {"staff"});
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(login("guess" + std::to_string(i), "wrong password!").status, 401);
  }
  EXPECT_EQ(login("somsri", "correct horse battery").status, 429);
}

TEST_P(IdentityHttp, SessionEndsAfterTwoIdleHours) {
  app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 200);
  app_.clock().advance(1h + 59min);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 200);  // activity keeps it alive
  app_.clock().advance(2h);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 401);
}

TEST_P(IdentityHttp, SessionEndsTwelveHoursAfterSignInHoweverBusy) {
  app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  for (int hour = 1; hour < 12; ++hour) {
    app_.clock().advance(1h);
    ASSERT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 200) << hour;
  }
  app_.clock().advance(1h);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 401);
}

TEST_P(IdentityHttp, StateChangingCallsWithTheCookieNeedTheCsrfToken) {
  app_.add_user("boss", {"admin"});
  const auto s = app_.sign_in("boss");
  const std::string body =
      R"({"username":"newbie","display_name":"มือใหม่","password":"long enough pw"})";
  const auto missing = app_.send("POST", "/api/v1/users", body, &s, /*with_csrf=*/false);
  EXPECT_EQ(missing.status, 403);
  auto wrong = s;
  wrong.csrf = std::string(s.csrf.size(), 'x');
  EXPECT_EQ(app_.send("POST", "/api/v1/users", body, &wrong).status, 403);
  EXPECT_EQ(app_.send("POST", "/api/v1/users", body, &s).status, 201);
}

TEST_P(IdentityHttp, HtmlFormsCarryTheTokenAsAHiddenField) {
  app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  const auto page = app_.send("GET", "/account", "", &s);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("name=\"_csrf\" value=\"" + s.csrf + "\""), std::string::npos);
  // Sign-out without the token is refused; with it, the session ends.
  EXPECT_EQ(app_.send("POST", "/logout", "x=1", &s, false).status, 403);
  const auto out = app_.send("POST", "/logout", "_csrf=" + s.csrf, &s, false);
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &s).status, 401);
  EXPECT_EQ(count_audit("auth.sign_out"), 1);
}

TEST_P(IdentityHttp, SignInPageFormSetsTheCookieAndReturnsToTheRequestedPage) {
  app_.add_user("somsri", {"staff"});
  const auto anonymous = app_.send("GET", "/account");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(header_of(anonymous, "Location"), "/login?next=%2Faccount");
  const auto wrong = app_.send("POST", "/login", "username=somsri&password=nope&next=%2Faccount");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_NE(wrong.body.find("value=\"somsri\""), std::string::npos) << "input kept";
  EXPECT_NE(wrong.body.find("error-summary"), std::string::npos);
  const auto ok =
      app_.send("POST", "/login", "username=somsri&password=correct+horse+battery&next=%2Faccount");
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(header_of(ok, "Location"), "/account");
  const auto offsite = app_.send(
      "POST", "/login", "username=somsri&password=correct+horse+battery&next=%2F%2Fevil.example");
  EXPECT_EQ(header_of(offsite, "Location"), "/account");
}

TEST_P(IdentityHttp, ACrossSiteSignInFormIsRefused) {
  app_.add_user("somsri", {"staff"});
  const auto res = app_.send("POST", "/login", "username=somsri&password=correct+horse+battery",
                             nullptr, true, {{"Origin", "https://evil.example"}});
  EXPECT_EQ(res.status, 403);
}

TEST_P(IdentityHttp, ADivisionHeadSeesOnlyTheirDivisionsStaff) {
  app_.add_user("head", {"division_head@finance"}, "finance");
  const auto mate = app_.add_user("mate", {"staff"}, "finance");
  const auto other = app_.add_user("other", {"staff"}, "engineering");
  const auto s = app_.sign_in("head");
  const auto list = body_of(app_.send("GET", "/api/v1/users", "", &s));
  std::set<std::string> seen;
  for (const auto& u : list.at("items").as_array())
    seen.insert(std::string(u.at("username").as_string()));
  EXPECT_EQ(seen, (std::set<std::string>{"head", "mate"}));
  EXPECT_EQ(app_.send("GET", "/api/v1/users/" + std::to_string(mate), "", &s).status, 200);
  EXPECT_EQ(app_.send("GET", "/api/v1/users/" + std::to_string(other), "", &s).status, 403);
  // The same role held everywhere sees everyone.
  app_.add_user("chief", {"division_head"}, "office_of_chief");
  const auto c = app_.sign_in("chief");
  EXPECT_EQ(app_.send("GET", "/api/v1/users/" + std::to_string(other), "", &c).status, 200);
  const auto me = body_of(app_.send("GET", "/api/v1/me", "", &s));
  EXPECT_EQ(me.at("permissions").at("identity.users.view"), json::array{"finance"});
}

TEST_P(IdentityHttp, ReadingAStaffRecordIsLoggedAsAPersonalDataRead) {
  app_.add_user("boss", {"admin"});
  const auto id = app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("boss");
  ASSERT_EQ(app_.send("GET", "/api/v1/users/" + std::to_string(id), "", &s).status, 200);
  auto c = app_.database().acquire();
  const auto reads = audit::find_personal_reads(c.conn(), std::string("boss"), std::nullopt, 10);
  ASSERT_EQ(reads.size(), 1u);
  EXPECT_EQ(reads[0].entity_id, std::to_string(id));
}

TEST_P(IdentityHttp, ATokenHoldsOnlyItsScopesAndStopsWorkingWhenRevoked) {
  app_.add_user("boss", {"admin"});
  const auto s = app_.sign_in("boss");
  const auto created = app_.send("POST", "/api/v1/tokens",
                                 R"({"name":"agents","scopes":["identity.users.view"]})", &s);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string token = std::string(body_of(created).at("token").as_string());
  const std::string id = std::to_string(body_of(created).at("id").as_int64());
  const std::vector<std::pair<std::string, std::string>> bearer = {
      {"Authorization", "Bearer " + token}};
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 200);
  EXPECT_EQ(app_.send("POST", "/api/v1/users", R"({"username":"x"})", nullptr, true, bearer).status,
            403);
  // The secret is never listed; last use is.
  const auto listed = app_.send("GET", "/api/v1/tokens", "", &s);
  EXPECT_EQ(listed.body.find(token), std::string::npos);
  EXPECT_FALSE(body_of(listed).at("items").at(0).at("last_used_at").is_null());
  EXPECT_EQ(app_.send("DELETE", "/api/v1/tokens/" + id, "", &s).status, 200);
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 401);
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true,
                      {{"Authorization", "Bearer pao_made_up"}})
                .status,
            401);
}

TEST_P(IdentityHttp, AnExpiredTokenIsRefused) {
  app_.add_user("boss", {"admin"});
  const auto s = app_.sign_in("boss");
  const auto created = app_.send(
      "POST", "/api/v1/tokens",
      R"({"name":"short","scopes":["identity.users.view"],"expires_at":"2026-11-26T00:00:00Z"})",
      &s);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::vector<std::pair<std::string, std::string>> bearer = {
      {"Authorization", "Bearer " + std::string(body_of(created).at("token").as_string())}};
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 200);
  app_.clock().advance(24h);
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", nullptr, true, bearer).status, 401);
}

TEST_P(IdentityHttp, ChangingMyPasswordNeedsTheCurrentOneAndSignsOutMyOtherDevices) {
  app_.add_user("somsri", {"staff"});
  const auto phone = app_.sign_in("somsri");
  const auto desk = app_.sign_in("somsri");
  const auto wrong =
      app_.send("POST", "/api/v1/me/password",
                R"({"current_password":"guess guess","new_password":"a brand new secret"})", &desk);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_TRUE(body_of(wrong).at("error").at("fields").as_object().contains("current_password"));
  EXPECT_EQ(
      app_.send(
              "POST", "/api/v1/me/password",
              R"({"current_password":"correct horse battery","new_password":"a brand new secret"})",
              &desk)
          .status,
      200);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &desk).status, 200);
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &phone).status, 401);
  EXPECT_EQ(login("somsri", "a brand new secret").status, 200);
}

TEST_P(IdentityHttp, DeactivatingAUserEndsTheirSessionsButKeepsTheirHistory) {
  app_.add_user("boss", {"admin"});
  const auto id = app_.add_user("leaver", {"staff"});
  const auto admin = app_.sign_in("boss");
  const auto leaver = app_.sign_in("leaver");
  const auto res =
      app_.send("PATCH", "/api/v1/users/" + std::to_string(id), R"({"active":false})", &admin);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(app_.send("GET", "/api/v1/me", "", &leaver).status, 401);
  EXPECT_EQ(login("leaver", "correct horse battery").status, 401);
  EXPECT_EQ(app_.send("GET", "/api/v1/users/" + std::to_string(id), "", &admin).status, 200);
  auto c = app_.database().acquire();
  const auto history = audit::find_entries(c.conn(), {.actor_name = "leaver"});
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].action, "auth.sign_in_failed");
  EXPECT_NE(history[0].changes.find("inactive"), std::string::npos);
  EXPECT_EQ(history[1].action, "auth.sign_in");
}

TEST_P(IdentityHttp, OnlyARoleManagerMayGrantTheAdministratorRole) {
  app_.add_user("hrclerk", {"staff"});
  {
    // A custom role that manages users but not roles.
    auto c = app_.database().acquire();
    c->execute(
        "INSERT INTO identity_role (key, name_th, name_en) VALUES ('hrclerk', 'บุคคล', 'HR')");
    c->execute(
        "INSERT INTO identity_role_permission (role_key, permission, granted) VALUES "
        "('hrclerk', 'identity.users.manage', 1)");
    c->execute(
        "INSERT INTO identity_user_role (user_id, role_key, scope) SELECT id, 'hrclerk', '*' "
        "FROM identity_user WHERE username = 'hrclerk'");
  }
  const auto s = app_.sign_in("hrclerk");
  const auto res = app_.send(
      "POST", "/api/v1/users",
      R"({"username":"sneaky","display_name":"แอบ","password":"long enough pw","roles":["admin"]})",
      &s);
  EXPECT_EQ(res.status, 403);
  EXPECT_EQ(
      app_.send(
              "POST", "/api/v1/users",
              R"({"username":"fine","display_name":"ปกติ","password":"long enough pw","roles":["staff"]})",
              &s)
          .status,
      201);
}

TEST_P(IdentityHttp, AManagerScopedToADivisionManagesOnlyThatDivisionsStaff) {
  app_.add_user("hrfin", {"staff"}, "finance");
  {
    // A custom role that sees and manages staff, granted for the finance division only.
    auto c = app_.database().acquire();
    c->execute(
        "INSERT INTO identity_role (key, name_th, name_en) VALUES ('hrdiv', 'บุคคลกอง', 'HR')");
    c->execute(
        "INSERT INTO identity_role_permission (role_key, permission, granted) VALUES "
        "('hrdiv', 'identity.users.manage', 1), ('hrdiv', 'identity.users.view', 1)");
    c->execute(
        "INSERT INTO identity_user_role (user_id, role_key, scope) SELECT id, 'hrdiv', "
        "'finance' FROM identity_user WHERE username = 'hrfin'");
  }
  const auto mate = app_.add_user("mate", {"staff"}, "finance");
  const auto other = app_.add_user("other", {"staff"}, "engineering");
  const auto s = app_.sign_in("hrfin");
  const auto add = [&](const std::string& division) {
    return app_.send("POST", "/api/v1/users",
                     R"({"username":"new)" + division +
                         R"(","display_name":"ใหม่",)"
                         R"("password":"long enough pw","division_code":")" +
                         division + R"("})",
                     &s);
  };
  EXPECT_EQ(add("finance").status, 201);
  const auto outside = add("engineering");
  EXPECT_EQ(outside.status, 403);
  EXPECT_TRUE(body_of(outside).at("error").at("fields").as_object().contains("division_code"));
  const auto user = [](std::int64_t id) { return "/api/v1/users/" + std::to_string(id); };
  EXPECT_EQ(app_.send("PATCH", user(mate), R"({"phone":"053 000 111"})", &s).status, 200);
  // Moving a user out of the manager's divisions, or touching someone outside them, is refused
  // and changes nothing.
  EXPECT_EQ(app_.send("PATCH", user(mate), R"({"division_code":"engineering"})", &s).status, 403);
  EXPECT_EQ(app_.send("PATCH", user(other), R"({"phone":"053 000 222"})", &s).status, 403);
  EXPECT_EQ(app_.send("POST", user(other) + "/password", "{}", &s).status, 403);
  const auto after = body_of(app_.send("GET", user(mate), "", &s));
  EXPECT_EQ(after.at("division_code"), "finance");
  EXPECT_EQ(after.at("phone"), "053 000 111");
}

TEST_P(IdentityHttp, ValidationErrorsNameEachField) {
  app_.add_user("boss", {"admin"});
  const auto s = app_.sign_in("boss");
  const auto res = app_.send(
      "POST", "/api/v1/users",
      R"({"username":"A!","display_name":"","division_code":"atlantis","password":"short","roles":["king"]})",
      &s);
  ASSERT_EQ(res.status, 400);
  const json::value body = body_of(res);
  const auto& fields = body.at("error").at("fields").as_object();
  for (const char* f : {"username", "display_name", "division_code", "password", "roles"}) {
    EXPECT_TRUE(fields.contains(f)) << f;
  }
  const auto dup =
      app_.send("POST", "/api/v1/users",
                R"({"username":"boss","display_name":"ซ้ำ","password":"long enough pw"})", &s);
  EXPECT_EQ(dup.status, 409);
}

TEST_P(IdentityHttp, RolePermissionChangesTakeEffectOnTheNextRequest) {
  app_.add_user("boss", {"admin"});
  app_.add_user("clerk1", {"clerk"});
  const auto admin = app_.sign_in("boss");
  const auto clerk = app_.sign_in("clerk1");
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", &clerk).status, 403);
  ASSERT_EQ(app_.send("PUT", "/api/v1/roles/clerk/permissions",
                      R"({"permissions":["identity.users.view"]})", &admin)
                .status,
            200);
  EXPECT_EQ(app_.send("GET", "/api/v1/users", "", &clerk).status, 200);
  EXPECT_EQ(
      app_.send("PUT", "/api/v1/roles/admin/permissions", R"({"permissions":[]})", &admin).status,
      400);
}

TEST_P(IdentityHttp, ACustomRoleCanBeDeletedOnceNobodyHoldsItButABuiltInOneNever) {
  app_.add_user("boss", {"admin"});
  const auto admin = app_.sign_in("boss");
  ASSERT_EQ(app_.send("POST", "/api/v1/roles",
                      R"({"key":"hr_officer","name_th":"ผู้ตรวจ","name_en":"Auditor",)"
                      R"("permissions":["identity.users.view"]})",
                      &admin)
                .status,
            201);
  const auto holder = app_.add_user("checker", {"hr_officer"});
  const auto held = app_.send("DELETE", "/api/v1/roles/hr_officer", "", &admin);
  EXPECT_EQ(held.status, 409);
  EXPECT_NE(held.body.find("1"), std::string::npos) << "names how many hold it: " << held.body;
  EXPECT_EQ(app_.send("DELETE", "/api/v1/roles/clerk", "", &admin).status, 409);
  EXPECT_EQ(app_.send("DELETE", "/api/v1/roles/nosuch", "", &admin).status, 404);

  // Take the role from its holder, then it goes, and the trail keeps what it was.
  ASSERT_EQ(app_.send("PATCH", "/api/v1/users/" + std::to_string(holder), R"({"roles":[]})", &admin)
                .status,
            200);
  EXPECT_EQ(app_.send("DELETE", "/api/v1/roles/hr_officer", "", &admin).status, 200);
  const auto roles = app_.send("GET", "/api/v1/roles", "", &admin);
  EXPECT_EQ(roles.body.find("\"hr_officer\""), std::string::npos);
  EXPECT_NE(roles.body.find("\"clerk\""), std::string::npos);
  auto c = app_.database().acquire();
  const auto trail = audit::find_entries(c.conn(), {.action = "identity.role.delete"});
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].entity_id, "hr_officer");
  EXPECT_NE(trail[0].changes.find("identity.users.view"), std::string::npos) << trail[0].changes;
  EXPECT_NE(trail[0].changes.find("ผู้ตรวจ"), std::string::npos) << trail[0].changes;
}

TEST_P(IdentityHttp, EveryRouteRefusesAnonymousCallersAndUsersWithoutItsPermission) {
  app_.add_user("nobody", {});
  const auto s = app_.sign_in("nobody");
  int checked = 0;
  for (const auto& r : app_.app().registry().routes().routes()) {
    if (r->anonymous) continue;
    const std::string path = std::regex_replace(r->pattern, std::regex(R"(\{[a-z_]+\*?\})"), "1");
    const auto anonymous = app_.send(r->method, path);
    if (r->kind == http::RouteKind::html && r->method == "GET") {
      EXPECT_EQ(anonymous.status, 303) << r->method << " " << r->pattern;
    } else {
      EXPECT_EQ(anonymous.status, 401) << r->method << " " << r->pattern;
    }
    if (!r->permission) continue;
    EXPECT_EQ(app_.send(r->method, path, "", &s).status, 403) << r->method << " " << r->pattern;
    ++checked;
  }
  EXPECT_GT(checked, 10);
}

TEST_P(IdentityHttp, TheAuditChainStaysIntactUnderConcurrentWritesThroughTheApi) {
  app_.add_user("boss", {"admin"});
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 4; ++i) ids.push_back(app_.add_user("staff" + std::to_string(i), {"staff"}));
  const auto s = app_.sign_in("boss");
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        const auto body = json::serialize(
            json::object{{"phone", "053-" + std::to_string(t) + std::to_string(1000 + i)}});
        if (app_.send("PATCH", "/api/v1/users/" + std::to_string(ids[t]), body, &s).status == 200)
          ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok, 40);
  auto c = app_.database().acquire();
  const auto v = audit::verify_chain(c.conn());
  EXPECT_TRUE(v.intact) << v.first_bad_seq << " " << v.reason;
  EXPECT_EQ(audit::find_entries(c.conn(), {.action = "identity.user.update", .limit = 100}).size(),
            40u);
}

INSTANTIATE_TEST_SUITE_P(Db, IdentityHttp, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
