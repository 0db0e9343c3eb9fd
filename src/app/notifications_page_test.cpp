// The /notifications page people reach from the header's bell: their own list, opening one,
// marking all read and choosing channels, through the real dispatcher on both databases.
#include <gtest/gtest.h>

#include "app/testing.hpp"
#include "platform/notify/notification.hpp"

namespace pao::app {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class NotificationsPage : public ::testing::TestWithParam<db::Backend> {
 protected:
  TestApp app_{GetParam()};
  std::int64_t notify(std::int64_t user, const std::string& subject, const std::string& link) {
    auto c = app_.database().acquire();
    return *notify::enqueue(c.conn(), app_.clock().now(),
                            {.recipient_user_id = user,
                             .subject = subject,
                             .body_text = "รายละเอียดของ " + subject,
                             .link = link});
  }
  std::int64_t unread(std::int64_t user) {
    auto c = app_.database().acquire();
    return notify::unread_count(c.conn(), user);
  }
};

TEST_P(NotificationsPage, TheBellLinksToMyListWhichShowsOnlyMineNewestFirst) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto somchai = app_.add_user("somchai", {"staff"});
  notify(somsri, "หนังสือเลขรับ 17 ถึงคุณ", "/saraban/jobs/17");
  notify(somsri, "ใบแจ้งซ่อม 5 ได้รับการแก้ไขแล้ว", "/helpdesk/tickets/5");
  notify(somchai, "ของสมชาย", "/plan");
  const auto s = app_.sign_in("somsri");
  const auto home = app_.send("GET", "/", "", &s);
  EXPECT_TRUE(contains(home.body, "href=\"/notifications\"")) << "the bell is a link";
  const auto page = app_.send("GET", "/notifications", "", &s);
  ASSERT_EQ(page.status, 200) << page.body;
  const auto first = page.body.find("ใบแจ้งซ่อม 5");
  const auto second = page.body.find("หนังสือเลขรับ 17");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second) << "newest first";
  EXPECT_TRUE(contains(page.body, "รายละเอียดของ หนังสือเลขรับ 17"));
  EXPECT_FALSE(contains(page.body, "ของสมชาย"));
  EXPECT_TRUE(contains(page.body, "notification--unread"));
}

TEST_P(NotificationsPage, OpeningOneMarksItReadAndGoesWhereItPoints) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto somchai = app_.add_user("somchai", {"staff"});
  const auto mine = notify(somsri, "หนังสือเลขรับ 17", "/saraban/jobs/17");
  const auto theirs = notify(somchai, "ของสมชาย", "/plan");
  const auto s = app_.sign_in("somsri");
  const auto open = app_.send("POST", "/notifications/" + std::to_string(mine) + "/open", "", &s);
  EXPECT_EQ(open.status, 303);
  EXPECT_EQ(header_of(open, "Location"), "/saraban/jobs/17");
  EXPECT_EQ(unread(somsri), 0);
  // Someone else's notification is "not found", and stays unread.
  EXPECT_EQ(app_.send("POST", "/notifications/" + std::to_string(theirs) + "/open", "", &s).status,
            404);
  EXPECT_EQ(unread(somchai), 1);
  EXPECT_EQ(app_.send("POST", "/notifications/abc/open", "", &s).status, 404);
}

TEST_P(NotificationsPage, ALinkOutsideTheSiteIsNeverFollowed) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto odd = notify(somsri, "ลิงก์แปลก", "//evil.example/x");
  const auto s = app_.sign_in("somsri");
  const auto open = app_.send("POST", "/notifications/" + std::to_string(odd) + "/open", "", &s);
  EXPECT_EQ(open.status, 303);
  EXPECT_EQ(header_of(open, "Location").rfind("/notifications", 0), 0u);
  EXPECT_EQ(unread(somsri), 0);
}

TEST_P(NotificationsPage, MarkAllReadTouchesOnlyMine) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto somchai = app_.add_user("somchai", {"staff"});
  for (int i = 0; i < 3; ++i) notify(somsri, "เรื่อง " + std::to_string(i), "/plan");
  notify(somchai, "ของสมชาย", "/plan");
  const auto s = app_.sign_in("somsri");
  EXPECT_EQ(app_.send("POST", "/notifications/read-all", "", &s).status, 303);
  EXPECT_EQ(unread(somsri), 0);
  EXPECT_EQ(unread(somchai), 1);
  EXPECT_FALSE(contains(app_.send("GET", "/notifications", "", &s).body, "notification--unread"));
}

TEST_P(NotificationsPage, UntickingEmailTurnsItOffAndIsAudited) {
  const auto somsri = app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  // Only the in-app box is ticked: e-mail goes off.
  EXPECT_EQ(app_.send("POST", "/notifications/preferences", "in_app=1", &s).status, 303);
  {
    auto c = app_.database().acquire();
    const auto prefs = notify::preferences(c.conn(), somsri);
    EXPECT_TRUE(prefs.at(notify::Channel::in_app));
    EXPECT_FALSE(prefs.at(notify::Channel::email));
    EXPECT_FALSE(notify::enqueue(
        c.conn(), app_.clock().now(),
        {.recipient_user_id = somsri, .channel = notify::Channel::email, .subject = "ไม่ควรส่ง"}))
        << "a channel turned off receives nothing";
    audit::Filter f;
    f.action = "platform.notification_preference.update";
    EXPECT_EQ(audit::find_entries(c.conn(), f).size(), 1u) << "only the changed channel";
  }
  const auto page = app_.send("GET", "/notifications", "", &s);
  EXPECT_TRUE(contains(page.body, "name=\"in_app\" value=\"1\" checked"));
}

TEST_P(NotificationsPage, FormsNeedTheCsrfTokenAndASignedInPerson) {
  app_.add_user("somsri", {"staff"});
  const auto s = app_.sign_in("somsri");
  EXPECT_EQ(app_.send("POST", "/notifications/read-all", "", &s, false).status, 403);
  const auto anonymous = app_.send("GET", "/notifications");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(header_of(anonymous, "Location").rfind("/login", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(Db, NotificationsPage, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
