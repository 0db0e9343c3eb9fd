// Opening a ticket by e-mail, through the real dispatcher on both databases: the mail server's
// token hands in a message, the staff member with the sender's address becomes the requester,
// the attachment becomes the ticket's file; a second hand-in of the same Message-ID is 409, an
// unknown sender 422 with nothing stored, and nobody without helpdesk.intake may hand in.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "modules/identity/api.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

// A 1×1 PNG screenshot.
const char* kPng =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5Er"
    "kJggg==";

std::string mail_from(const std::string& from, const std::string& message_id) {
  return "From: " + from +
         "\r\n"
         "Subject: "
         "=?UTF-8?B?"
         "4LmA4LiE4Lij4Li34LmI4Lit4LiH4Lie4Li04Lih4Lie4LmM4LmE4Lih4LmI4LiX4Liz4LiH4Liy4LiZ?="
         "\r\nMessage-ID: <" +
         message_id +
         ">\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
         "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\npaper jam on floor 2\r\n"
         "--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; "
         "filename=shot.png\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         std::string(kPng) + "\r\n--b--\r\n";
}

class HelpdeskMail : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    somsri_id_ = app_.add_user("somsri", {"staff"}, "finance");
    app_.add_user("tech", {"it_staff"}, "office_of_chief");
    auto lease = app_.database().acquire();
    lease.conn().execute("UPDATE identity_user SET email = 'Somsri@LamphunPAO.go.th' WHERE id = ?",
                         somsri_id_);
    std::vector<std::string> known;
    for (const auto& p : app_.app().registry().permissions()) known.push_back(p.key);
    auto token =
        identity::create_token(lease.conn(), app_.clock().now(), audit::system_actor("test"),
                               {"desk-mail", {"helpdesk.intake"}, std::nullopt}, known);
    EXPECT_TRUE(token.ok());
    secret_ = token.ok() ? token->secret : "";
  }
  http::Response hand_in(const std::string& raw) {
    return app_.send("POST", "/api/v1/helpdesk/mail", raw, nullptr, false,
                     {{"Content-Type", "message/rfc822"}, {"Authorization", "Bearer " + secret_}});
  }
  std::int64_t count(const std::string& sql) {
    auto lease = app_.database().acquire();
    return lease.conn().query_one(sql)->i64(0);
  }

  TestApp app_{GetParam()};
  std::int64_t somsri_id_ = 0;
  std::string secret_;
};

TEST_P(HelpdeskMail, AnEmailFromAStaffMemberOpensTheirTicketWithItsAttachment) {
  const auto r = hand_in(mail_from("สมศรี ใจดี <somsri@lamphunpao.go.th>", "t1@lamphunpao.go.th"));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto t = json::parse(r.body).as_object();
  EXPECT_EQ(t.at("status"), "new");
  EXPECT_EQ(t.at("title"), "เครื่องพิมพ์ไม่ทำงาน");
  const std::string id = std::to_string(t.at("id").as_int64());
  // The requester sees it as theirs, with the text and the attached screenshot.
  auto somsri = app_.sign_in("somsri");
  const auto page = app_.send("GET", "/helpdesk/tickets/" + id, "", &somsri);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("paper jam on floor 2"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_file WHERE owner_module = 'helpdesk' AND "
                  "owner_kind = 'ticket' AND owner_id = '" +
                  id + "'"),
            1);
  // IT staff are told of it as of any new ticket.
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_notification WHERE link = '/helpdesk/tickets/" +
                  id + "'"),
            2);
  // The same message again (a relay retrying) opens nothing.
  EXPECT_EQ(hand_in(mail_from("somsri@lamphunpao.go.th", "t1@lamphunpao.go.th")).status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_ticket"), 1);
}

TEST_P(HelpdeskMail, AnUnknownSenderIs422AndNothingIsStored) {
  const auto r = hand_in(mail_from("stranger@example.com", "t2@example.com"));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_NE(r.body.find("\"from\""), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_ticket"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_mail"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM platform_file"), 0);
  EXPECT_EQ(hand_in(mail_from("no address here", "t3@example.com")).status, 422);
}

TEST_P(HelpdeskMail, OnlyTheIntakeTokenMayHandInAndOnlyEmails) {
  EXPECT_EQ(hand_in("this is not an e-mail").status, 400);
  const auto raw = mail_from("somsri@lamphunpao.go.th", "t4@lamphunpao.go.th");
  EXPECT_EQ(app_.send("POST", "/api/v1/helpdesk/mail", raw, nullptr, false,
                      {{"Content-Type", "message/rfc822"}})
                .status,
            401);
  auto tech = app_.sign_in("tech");
  EXPECT_EQ(app_.send("POST", "/api/v1/helpdesk/mail", raw, &tech, true,
                      {{"Content-Type", "message/rfc822"}})
                .status,
            403);
  EXPECT_EQ(count("SELECT COUNT(*) FROM helpdesk_ticket"), 0);
}

INSTANTIATE_TEST_SUITE_P(Db, HelpdeskMail, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
