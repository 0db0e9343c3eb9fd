// The in-app notifications' JSON API and the unread count in the page header, through the real
// dispatcher on both databases; and the jobs the product registers, through `pao jobs`.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <sstream>

#include "app/jobs_commands.hpp"
#include "app/testing.hpp"
#include "platform/notify/notification.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

class NotificationsHttp : public ::testing::TestWithParam<db::Backend> {
 protected:
  TestApp app_{GetParam()};
  std::int64_t notify(std::int64_t user, const std::string& subject) {
    auto c = app_.database().acquire();
    return *notify::enqueue(c.conn(), app_.clock().now(),
                            {.recipient_user_id = user, .subject = subject, .link = "/plan"});
  }
};

TEST_P(NotificationsHttp, ListShowsOnlyYourOwnWithTheUnreadCount) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto somchai = app_.add_user("somchai", {"staff"});
  notify(somsri, "ถึงสมศรี 1");
  notify(somsri, "ถึงสมศรี 2");
  notify(somchai, "ถึงสมชาย");
  const auto s = app_.sign_in("somsri");
  const auto res = app_.send("GET", "/api/v1/notifications", "", &s);
  ASSERT_EQ(res.status, 200) << res.body;
  const auto b = json::parse(res.body);
  EXPECT_EQ(b.at("unread_count").as_int64(), 2);
  const auto& items = b.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("subject").as_string(), "ถึงสมศรี 2");
  EXPECT_EQ(items[0].at("read").as_bool(), false);
  EXPECT_EQ(items[0].at("link").as_string(), "/plan");
  EXPECT_TRUE(b.at("next_cursor").is_null());
}

TEST_P(NotificationsHttp, ListPagesWithACursor) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  for (int i = 1; i <= 3; ++i) notify(somsri, "เรื่องที่ " + std::to_string(i));
  const auto s = app_.sign_in("somsri");
  const auto first = json::parse(app_.send("GET", "/api/v1/notifications?limit=2", "", &s).body);
  ASSERT_EQ(first.at("items").as_array().size(), 2u);
  const std::string cursor(first.at("next_cursor").as_string());
  const auto second =
      json::parse(app_.send("GET", "/api/v1/notifications?limit=2&cursor=" + cursor, "", &s).body);
  ASSERT_EQ(second.at("items").as_array().size(), 1u);
  EXPECT_EQ(second.at("items").as_array()[0].at("subject").as_string(), "เรื่องที่ 1");
}

TEST_P(NotificationsHttp, MarkingReadWorksOnYourOwnAndAnotherUsersIdIsNotFound) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto somchai = app_.add_user("somchai", {"staff"});
  const auto hers = notify(somsri, "ของสมศรี");
  const auto s = app_.sign_in("somsri");
  const auto c = app_.sign_in("somchai");
  const std::string path = "/api/v1/notifications/" + std::to_string(hers) + "/read";

  const auto theirs = app_.send("POST", path, "", &c);
  EXPECT_EQ(theirs.status, 404) << theirs.body;
  EXPECT_EQ(app_.send("POST", "/api/v1/notifications/999999/read", "", &c).status, 404);
  EXPECT_EQ(app_.send("POST", "/api/v1/notifications/abc/read", "", &c).status, 404);
  EXPECT_EQ(app_.send("POST", path, "", &s, /*with_csrf=*/false).status, 403);

  const auto mine = app_.send("POST", path, "", &s);
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(json::parse(mine.body).at("unread_count").as_int64(), 0);
  const auto list = json::parse(app_.send("GET", "/api/v1/notifications", "", &s).body);
  EXPECT_EQ(list.at("items").as_array()[0].at("read").as_bool(), true);
  (void)somchai;
}

TEST_P(NotificationsHttp, AnonymousCallersAreRefused) {
  EXPECT_EQ(app_.send("GET", "/api/v1/notifications").status, 401);
  EXPECT_EQ(app_.send("POST", "/api/v1/notifications/1/read").status, 401);
}

TEST_P(NotificationsHttp, PreferencesTurnAChannelOffForTheCaller) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  const auto put = app_.send("PUT", "/api/v1/notifications/preferences", R"({"email":false})", &s);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(json::parse(put.body), json::parse(R"({"in_app":true,"email":false})"));
  EXPECT_EQ(app_.send("PUT", "/api/v1/notifications/preferences", R"({"sms":true})", &s).status,
            400);
  auto c = app_.database().acquire();
  EXPECT_FALSE(notify::enqueue(
      c.conn(), app_.clock().now(),
      {.recipient_user_id = somsri, .channel = notify::Channel::email, .subject = "ไม่ควรส่ง"}));
}

TEST_P(NotificationsHttp, ThePageHeaderShowsTheUnreadCount) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  auto page = app_.send("GET", "/account", "", &s);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("site-header__unread"), std::string::npos) << "nothing unread";
  notify(somsri, "หนึ่ง");
  notify(somsri, "สอง");
  page = app_.send("GET", "/account", "", &s);
  EXPECT_NE(page.body.find("<span class=\"site-header__unread\">2</span> <span "
                           "class=\"visually-hidden\">"),
            std::string::npos)
      << page.body.substr(0, 3000);
}

TEST_P(NotificationsHttp, JobsRunDueRunsTheRegisteredJobsAndListShowsThem) {
  std::ostringstream out, err;
  // The first look at 03:30 Bangkok finds the session purge due (it runs every day 03:30).
  EXPECT_EQ(
      jobs_run_due(app_.app(), std::string("2026-11-26T03:30:00+07:00"), app_.clock(), out, err), 0)
      << err.str();
  EXPECT_NE(out.str().find("ok     identity.sessions.purge (due 2026-11-26 03:30 +07:00, try 1)"),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("ok     platform.notify.deliver"), std::string::npos) << out.str();
  std::ostringstream again;
  EXPECT_EQ(
      jobs_run_due(app_.app(), std::string("2026-11-26T03:30:00+07:00"), app_.clock(), again, err),
      0);
  EXPECT_EQ(again.str(), "nothing due at 2026-11-26 03:30 +07:00\n");
  EXPECT_EQ(jobs_run_due(app_.app(), std::string("yesterday"), app_.clock(), again, err), 2);

  std::ostringstream list;
  jobs_list(app_.app(), app_.clock(), list);
  EXPECT_NE(list.str().find("identity.sessions.purge\n  schedule: every day 03:30\n"
                            "  next due: 2026-11-27 03:30 +07:00\n  last run: done"),
            std::string::npos)
      << list.str();
}

TEST_P(NotificationsHttp, SessionPurgeDeletesOnlyRowsDeadForOver30Days) {
  app_.add_user("somsri", {"staff"});
  app_.sign_in("somsri");  // a session and a successful attempt, at 2026-11-25 09:00 Bangkok
  const auto count = [&](const char* table) {
    auto c = app_.database().acquire();
    return c->query_one(std::string("SELECT COUNT(*) FROM ") + table)->i64(0);
  };
  std::ostringstream out, err;
  // 30 days after it expired (12 h after sign-in) it is kept; a day later it goes.
  ASSERT_EQ(
      jobs_run_due(app_.app(), std::string("2026-12-25T03:30:00+07:00"), app_.clock(), out, err),
      0);
  EXPECT_EQ(count("identity_session"), 1) << out.str();
  EXPECT_EQ(count("identity_login_attempt"), 1);
  ASSERT_EQ(
      jobs_run_due(app_.app(), std::string("2026-12-26T03:30:00+07:00"), app_.clock(), out, err),
      0);
  EXPECT_EQ(count("identity_session"), 0) << out.str();
  EXPECT_EQ(count("identity_login_attempt"), 0);
  EXPECT_NE(out.str().find("deleted 1 sessions and 1 sign-in attempts"), std::string::npos)
      << out.str();
}

INSTANTIATE_TEST_SUITE_P(Db, NotificationsHttp, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
