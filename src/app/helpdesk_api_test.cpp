// The helpdesk's JSON API through the real dispatcher, on both databases: the interfaces the
// acceptance checks use, who may see and write what, and refusals.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"

namespace pao::helpdesk {
namespace {

namespace json = boost::json;

class HelpdeskApi : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("somsri", {"staff"}, "finance");
    app_.add_user("malee", {"staff"}, "finance");
    app_.add_user("chai", {"staff"}, "engineering");
    app_.add_user("tech", {"it_staff"}, "office_of_chief");
    somsri_ = app_.sign_in("somsri");
    tech_ = app_.sign_in("tech");
  }
  http::Response post(const std::string& path, const json::object& body,
                      const app::TestSession& s) {
    return app_.send("POST", path, json::serialize(body), &s);
  }
  static json::value body_of(const http::Response& r) { return json::parse(r.body); }
  std::int64_t report(const app::TestSession& s) {
    const auto r = post("/api/v1/helpdesk/tickets",
                        {{"title", "เครื่องพิมพ์ไม่ทำงาน"},
                         {"description", "กระดาษติด"},
                         {"urgency", "high"},
                         {"asset_no", "416-66-0012"}},
                        s);
    EXPECT_EQ(r.status, 201) << r.body;
    return body_of(r).at("id").as_int64();
  }
  std::string ticket_path(std::int64_t id) {
    return "/api/v1/helpdesk/tickets/" + std::to_string(id);
  }

  app::TestApp app_{GetParam()};
  app::TestSession somsri_, tech_;
};

TEST_P(HelpdeskApi, ReportingAnswers201WithTheNewTicket) {
  const auto r =
      post("/api/v1/helpdesk/tickets",
           {{"title", "Wi-Fi หลุดบ่อย"}, {"description", "ชั้น 2"}, {"urgency", "low"}}, somsri_);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto t = body_of(r).as_object();
  EXPECT_GT(t.at("id").as_int64(), 0);
  EXPECT_EQ(t.at("status"), "new");
  EXPECT_EQ(t.at("urgency"), "low");
  EXPECT_EQ(t.at("priority"), "low");
  EXPECT_EQ(t.at("sla_version"), 1);
}

TEST_P(HelpdeskApi, ABadReportAnswers400NamingTheFields) {
  const auto r = post("/api/v1/helpdesk/tickets",
                      {{"title", ""}, {"urgency", "asap"}, {"colour", 1}}, somsri_);
  ASSERT_EQ(r.status, 400) << r.body;
  const auto fields = body_of(r).at("error").at("fields").as_object();
  EXPECT_TRUE(fields.contains("title"));
  EXPECT_TRUE(fields.contains("urgency"));
  EXPECT_TRUE(fields.contains("colour"));
}

TEST_P(HelpdeskApi, TheRequesterAndITSeeTheTicketOthersGet404) {
  const auto id = report(somsri_);
  EXPECT_EQ(app_.send("GET", ticket_path(id), "", &somsri_).status, 200);
  EXPECT_EQ(app_.send("GET", ticket_path(id), "", &tech_).status, 200);
  const auto malee = app_.sign_in("malee");
  EXPECT_EQ(app_.send("GET", ticket_path(id), "", &malee).status, 200) << "same division";
  const auto chai = app_.sign_in("chai");
  EXPECT_EQ(app_.send("GET", ticket_path(id), "", &chai).status, 404);
  EXPECT_EQ(app_.send("GET", "/api/v1/helpdesk/tickets/x", "", &chai).status, 404);
}

TEST_P(HelpdeskApi, NotesAreITsOnlyAndPrivateOnesNeverReachTheRequester) {
  const auto id = report(somsri_);
  const auto note = post(ticket_path(id) + "/notes",
                         {{"body", "รหัสผ่านเราเตอร์ ZX-SECRET-9"}, {"private", true}}, tech_);
  ASSERT_EQ(note.status, 201) << note.body;
  EXPECT_EQ(body_of(note).at("private"), true);
  ASSERT_EQ(post(ticket_path(id) + "/notes", {{"body", "จะไปดูบ่ายนี้"}}, tech_).status, 201);
  EXPECT_EQ(post(ticket_path(id) + "/notes", {{"body", "x"}, {"private", true}}, somsri_).status,
            403);
  const auto mine = app_.send("GET", ticket_path(id), "", &somsri_);
  EXPECT_EQ(mine.body.find("ZX-SECRET-9"), std::string::npos);
  EXPECT_NE(mine.body.find("จะไปดูบ่ายนี้"), std::string::npos);
  EXPECT_NE(app_.send("GET", ticket_path(id), "", &tech_).body.find("ZX-SECRET-9"),
            std::string::npos);
  const auto inbox = app_.send("GET", "/api/v1/notifications", "", &somsri_);
  EXPECT_EQ(inbox.body.find("ZX-SECRET-9"), std::string::npos);
  EXPECT_NE(inbox.body.find("จะไปดูบ่ายนี้"), std::string::npos) << inbox.body;
}

TEST_P(HelpdeskApi, StepsMoveTheTicketAndRefuseOutOfOrder) {
  const auto id = report(somsri_);
  const auto early = post(ticket_path(id) + "/steps", {{"step", "resolve"}}, tech_);
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(post(ticket_path(id) + "/steps", {{"step", "take"}}, somsri_).status, 403);
  EXPECT_EQ(post(ticket_path(id) + "/steps", {{"step", "fly"}}, tech_).status, 400);
  for (const char* s : {"take", "start", "ask_requester"}) {
    ASSERT_EQ(post(ticket_path(id) + "/steps", {{"step", s}}, tech_).status, 200) << s;
  }
  EXPECT_EQ(body_of(app_.send("GET", ticket_path(id), "", &somsri_)).at("sla_paused"), true);
  ASSERT_EQ(post(ticket_path(id) + "/replies", {{"body", "เครื่อง HP ชั้น 3"}}, somsri_).status, 201);
  EXPECT_EQ(body_of(app_.send("GET", ticket_path(id), "", &somsri_)).at("status"), "in_progress");
  const auto resolved =
      post(ticket_path(id) + "/steps", {{"step", "resolve"}, {"solution", "เปลี่ยนลูกยาง"}}, tech_);
  ASSERT_EQ(resolved.status, 200) << resolved.body;
  const auto rated = post(ticket_path(id) + "/rating", {{"rating", 4}, {"comment", "ดี"}}, somsri_);
  ASSERT_EQ(rated.status, 200) << rated.body;
  EXPECT_EQ(body_of(rated).at("rating"), 4);
  EXPECT_EQ(post(ticket_path(id) + "/rating", {{"rating", 9}}, somsri_).status, 400);
}

TEST_P(HelpdeskApi, TheQueueIsITsAndPagesByDeadlineWithKeptCounts) {
  for (int i = 0; i < 5; ++i) report(somsri_);
  EXPECT_EQ(app_.send("GET", "/api/v1/helpdesk/queue", "", &somsri_).status, 403);
  const auto first = app_.send("GET", "/api/v1/helpdesk/queue?limit=3", "", &tech_);
  ASSERT_EQ(first.status, 200) << first.body;
  const auto page = body_of(first).as_object();
  EXPECT_EQ(page.at("items").as_array().size(), 3u);
  EXPECT_EQ(page.at("counts").at("new"), 5);
  const std::string cursor(page.at("next_cursor").as_string());
  const auto second =
      body_of(app_.send("GET", "/api/v1/helpdesk/queue?limit=3&cursor=" + cursor, "", &tech_));
  EXPECT_EQ(second.at("items").as_array().size(), 2u);
  EXPECT_TRUE(second.at("next_cursor").is_null());
  const auto mine = body_of(app_.send("GET", "/api/v1/helpdesk/tickets", "", &somsri_));
  EXPECT_EQ(mine.at("items").as_array().size(), 5u);
}

TEST_P(HelpdeskApi, ITWritesAndRevisesArticlesOnTheApiAndStaffSayWhetherTheyHelped) {
  const json::object article{{"category", "printer"},
                             {"title_th", "เครื่องพิมพ์กระดาษติด"},
                             {"body_th", "เปิดฝาหลัง ดึงกระดาษออกช้า ๆ"}};
  EXPECT_EQ(post("/api/v1/helpdesk/kb/articles", article, somsri_).status, 403)
      << "only IT writes articles";
  const auto bad = post("/api/v1/helpdesk/kb/articles", {{"category", "printer"}}, tech_);
  ASSERT_EQ(bad.status, 400);
  EXPECT_TRUE(body_of(bad).at("error").at("fields").as_object().contains("title_th"));

  const auto made = post("/api/v1/helpdesk/kb/articles", article, tech_);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = body_of(made).at("id").as_int64();
  EXPECT_EQ(body_of(made).at("version").as_int64(), 1);
  const std::string path = "/api/v1/helpdesk/kb/articles/" + std::to_string(id);
  json::object revised = article;
  revised["body_th"] = "ปิดเครื่องก่อน แล้วเปิดฝาหลังดึงกระดาษออก";
  EXPECT_EQ(app_.send("PUT", path, json::serialize(revised), &somsri_).status, 403);
  const auto next = app_.send("PUT", path, json::serialize(revised), &tech_);
  ASSERT_EQ(next.status, 200) << next.body;
  EXPECT_EQ(body_of(next).at("version").as_int64(), 2);

  const auto read = app_.send("GET", path, "", &somsri_);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(body_of(read).at("body_th"), "ปิดเครื่องก่อน แล้วเปิดฝาหลังดึงกระดาษออก");
  const auto helped = post(path + "/helpful", {{"helpful", true}}, somsri_);
  ASSERT_EQ(helped.status, 200) << helped.body;
  EXPECT_EQ(body_of(helped).at("helpful_yes").as_int64(), 1);
  EXPECT_EQ(post(path + "/helpful", {}, somsri_).status, 400);

  // A staff-only article is not there for the requester.
  json::object internal = article;
  internal["staff_only"] = true;
  const auto hidden = body_of(post("/api/v1/helpdesk/kb/articles", internal, tech_));
  const std::string hidden_path =
      "/api/v1/helpdesk/kb/articles/" + std::to_string(hidden.at("id").as_int64());
  EXPECT_EQ(app_.send("GET", hidden_path, "", &somsri_).status, 404);
  EXPECT_EQ(app_.send("GET", hidden_path, "", &tech_).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Db, HelpdeskApi, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
