// Telling IT staff of a new ticket no assignment rule takes, through the real dispatcher on both
// databases: identity's "who holds a permission" respects role scopes and deactivation, and each
// IT person gets one in-app and one e-mail notification per new ticket, without private data.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "modules/identity/api.hpp"

namespace pao::helpdesk {
namespace {

namespace json = boost::json;

class HelpdeskItStaff : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    somsri_id_ = app_.add_user("somsri", {"staff"}, "finance");
    tech_id_ = app_.add_user("tech", {"it_staff"}, "office_of_chief");
    fin_tech_id_ = app_.add_user("fintech", {"staff", "it_staff@finance"}, "finance");
    eng_tech_id_ = app_.add_user("engtech", {"it_staff@engineering"}, "engineering");
    gone_id_ = app_.add_user("gone", {"it_staff"}, "office_of_chief");
    auto lease = app_.database().acquire();
    lease.conn().execute("UPDATE identity_user SET active = 0 WHERE id = ?", gone_id_);
  }
  std::vector<std::int64_t> holders(const std::string& permission, const std::string& division) {
    auto lease = app_.database().acquire();
    std::vector<std::int64_t> ids;
    for (const auto& u : identity::active_users_with_permission(
             lease.conn(), app_.app().registry().permissions(), permission, division)) {
      ids.push_back(u.id);
    }
    return ids;
  }
  std::int64_t count(const std::string& sql, std::int64_t a) {
    auto lease = app_.database().acquire();
    return lease.conn().query_one(sql, a)->i64(0);
  }

  app::TestApp app_{GetParam()};
  std::int64_t somsri_id_ = 0, tech_id_ = 0, fin_tech_id_ = 0, eng_tech_id_ = 0, gone_id_ = 0;
};

TEST_P(HelpdeskItStaff, HoldersOfAPermissionRespectScopesAndDeactivation) {
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(holders("helpdesk.work", "finance"), (V{tech_id_, fin_tech_id_}));
  EXPECT_EQ(holders("helpdesk.work", "engineering"), (V{tech_id_, eng_tech_id_}));
  EXPECT_EQ(holders("helpdesk.work", ""), (V{tech_id_}));
  // Every staff member reports problems; a scoped grant counts only in its division.
  EXPECT_EQ(holders("helpdesk.report", "finance"), (V{somsri_id_, tech_id_, fin_tech_id_}));
  EXPECT_TRUE(holders("no.such.permission", "finance").empty());
}

TEST_P(HelpdeskItStaff, ANewTicketNoRuleTakesIsToldOnceToEachItPersonOfItsDivision) {
  auto somsri = app_.sign_in("somsri");
  const auto r = app_.send("POST", "/api/v1/helpdesk/tickets",
                           R"({"title":"เครื่องพิมพ์ไม่ทำงาน","description":"รหัสผ่าน 1234 อยู่ในนี้",)"
                           R"("urgency":"high"})",
                           &somsri);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto id = json::parse(r.body).at("id").as_int64();
  const std::string link = "/helpdesk/tickets/" + std::to_string(id);
  const std::string per_person =
      "SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND link = '" + link +
      "'";
  EXPECT_EQ(count(per_person, tech_id_), 2);      // in the app and by e-mail
  EXPECT_EQ(count(per_person, fin_tech_id_), 2);  // IT of the requester's division
  EXPECT_EQ(count(per_person, eng_tech_id_), 0);  // IT of another division
  EXPECT_EQ(count(per_person, gone_id_), 0);      // deactivated
  EXPECT_EQ(count(per_person, somsri_id_), 0);    // the requester knows already
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_notification WHERE channel = 'email' AND "
                  "recipient_user_id = ?",
                  tech_id_),
            1);
  // The title and the urgency only: not the description the requester typed.
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ? AND "
                  "body_text LIKE '%1234%'",
                  tech_id_),
            0);
}

TEST_P(HelpdeskItStaff, ATicketAnAssignmentRuleTakesTellsOnlyItsPerson) {
  {
    auto lease = app_.database().acquire();
    lease.conn().execute(
        "INSERT INTO helpdesk_assignment_rule (category, assignee_id, assignee_name, updated_at) "
        "VALUES ('printer', ?, 'ทดสอบ fintech', '2026-12-01T00:00:00Z')",
        fin_tech_id_);
  }
  auto somsri = app_.sign_in("somsri");
  const auto r = app_.send("POST", "/api/v1/helpdesk/tickets",
                           R"({"title":"เครื่องพิมพ์ไม่ทำงาน","category":"printer"})", &somsri);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ?", tech_id_), 0);
  EXPECT_EQ(
      count("SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ?", fin_tech_id_),
      2);
}

INSTANTIATE_TEST_SUITE_P(Engines, HelpdeskItStaff, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
