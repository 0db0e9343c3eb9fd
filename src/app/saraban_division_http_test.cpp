// e-Saraban's division sub-registers and delegations through the real dispatcher, on both
// databases: a forwarded letter in its division's register with the division's number (and in
// no other division's), secrecy there as in the central register, Bangkok days in the filter,
// who may read a division's register; a head's delegation in force, over, overlapping or to
// oneself, and the deputy's approval recorded as acting on the head's behalf.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TimePoint bangkok(int y, unsigned m, unsigned d, int hh = 9, int mm = 0) {
  return bangkok_time(Date{y, m, d}, std::chrono::hours(hh) + std::chrono::minutes(mm));
}

std::string letter_json(const std::string& subject, const std::string& secrecy = "none",
                        const std::string& urgency = "normal") {
  return json::serialize(json::object{{"reference", "มท 0808.2/ว 1234"},
                                      {"dated", "2026-11-20"},
                                      {"from", "กรมส่งเสริมการปกครองท้องถิ่น"},
                                      {"to", "นายกองค์การบริหารส่วนจังหวัดลำพูน"},
                                      {"subject", subject},
                                      {"urgency", urgency},
                                      {"secrecy", secrecy}});
}

class SarabanDivision : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("clerk1", {"clerk"});
    app_.add_user("edu_staff", {"staff"}, "education");
    app_.add_user("fin_staff", {"staff"}, "finance");
    app_.add_user("head1", {"division_head"}, "education");
    app_.add_user("deputy1", {"staff"}, "education");
    clerk_ = app_.sign_in("clerk1");
    edu_ = app_.sign_in("edu_staff");
    fin_ = app_.sign_in("fin_staff");
    head_ = app_.sign_in("head1");
    deputy_ = app_.sign_in("deputy1");
  }
  // Registers a letter and returns its job id.
  std::string registered(const std::string& subject, const std::string& secrecy = "none",
                         const std::string& urgency = "normal") {
    const auto res = app_.send("POST", "/api/v1/saraban/incoming",
                               letter_json(subject, secrecy, urgency), &clerk_);
    EXPECT_EQ(res.status, 201) << res.body;
    return std::to_string(json::parse(res.body).at("job_id").as_int64());
  }
  http::Response step(const std::string& job, const json::object& body, const TestSession& who) {
    return app_.send("POST", "/api/v1/saraban/jobs/" + job + "/steps", json::serialize(body), &who);
  }
  void forward(const std::string& job, const std::string& division) {
    const auto res = step(job, {{"kind", "forward"}, {"division", division}}, clerk_);
    ASSERT_EQ(res.status, 201) << res.body;
  }
  json::array lines(const std::string& code, const TestSession& who,
                    const std::string& query = "?year=2026") {
    const auto res = app_.send("GET", "/api/v1/saraban/registers/" + code + query, "", &who);
    EXPECT_EQ(res.status, 200) << res.body;
    return res.status == 200 ? json::parse(res.body).at("items").as_array() : json::array{};
  }
  http::Response delegate(const TestSession& who, const json::object& body) {
    return app_.send("POST", "/api/v1/saraban/delegations", json::serialize(body), &who);
  }

  TestApp app_{GetParam()};
  TestSession clerk_, edu_, fin_, head_, deputy_;
};

TEST_P(SarabanDivision, AForwardedLetterIsInItsDivisionsRegisterWithTheDivisionsNumber) {
  const std::string first = registered("ขอเชิญประชุมครู");
  const std::string second = registered("ขอข้อมูลนักเรียน", "none", "most_urgent");
  const std::string other = registered("ขอเบิกงบประมาณ");
  forward(first, "education");
  forward(second, "education");
  forward(other, "finance");

  const auto items = lines("division:education", edu_);
  ASSERT_EQ(items.size(), 2u);
  // The most urgent first; each with its number in the division, not the central one.
  EXPECT_EQ(items[0].at("number").as_int64(), 2);
  EXPECT_EQ(items[0].at("letter").at("subject").as_string(), "ขอข้อมูลนักเรียน");
  EXPECT_EQ(items[0].at("letter").at("register_no").as_int64(), 2) << "its central number";
  EXPECT_EQ(items[1].at("number").as_int64(), 1);
  EXPECT_EQ(items[1].at("letter").at("subject").as_string(), "ขอเชิญประชุมครู");
  const auto finance = lines("division:finance", clerk_);
  ASSERT_EQ(finance.size(), 1u);
  EXPECT_EQ(finance[0].at("number").as_int64(), 1);
  EXPECT_EQ(finance[0].at("letter").at("subject").as_string(), "ขอเบิกงบประมาณ");

  const auto page = app_.send("GET", "/saraban/registers/division:education", "", &edu_);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(contains(page.body, "data-test=\"division-register\""));
  EXPECT_TRUE(contains(page.body, "<tr data-no=\"1\">"));
  EXPECT_TRUE(contains(page.body, "ขอเชิญประชุมครู"));
  EXPECT_FALSE(contains(page.body, "ขอเบิกงบประมาณ"));
  EXPECT_TRUE(contains(page.body, "/saraban/jobs/" + first + "\""));
  EXPECT_TRUE(contains(page.body, "/saraban/registers/division:education/pdf?year=2026"));

  const auto mine = app_.send("GET", "/saraban/division-register", "", &edu_);
  ASSERT_EQ(mine.status, 303);
  EXPECT_EQ(header_of(mine, "Location"), "/saraban/registers/division:education");
}

TEST_P(SarabanDivision, OnlyTheDivisionsStaffAndTheCentralClerksReadItsRegister) {
  forward(registered("ขอเชิญประชุมครู"), "education");
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education", "", &fin_).status, 403);
  EXPECT_EQ(app_.send("GET", "/api/v1/saraban/registers/division:education", "", &fin_).status,
            403);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education/pdf", "", &fin_).status, 403);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education/xlsx", "", &fin_).status, 403);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education", "", &clerk_).status, 200);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education/pdf", "", &edu_).status, 200);
  // A division that took no letter yet has an empty register; an unknown one is not found.
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:finance", "", &fin_).status, 200);
  EXPECT_EQ(app_.send("GET", "/api/v1/saraban/registers/division:nowhere", "", &clerk_).status,
            404);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/division:education").status, 303)
      << "anonymous: to the sign-in page";
}

TEST_P(SarabanDivision, ASecretLetterInTheDivisionRegisterShowsItsNumberButNotItsSubject) {
  forward(registered("การสอบสวนวินัยครู", "secret"), "education");
  const auto for_staff = lines("division:education", edu_);
  ASSERT_EQ(for_staff.size(), 1u);
  EXPECT_EQ(for_staff[0].at("number").as_int64(), 1);
  EXPECT_FALSE(for_staff[0].at("letter").as_object().contains("subject"));
  EXPECT_TRUE(for_staff[0].at("letter").at("subject_hidden").as_bool());
  const auto page = app_.send("GET", "/saraban/registers/division:education", "", &edu_);
  EXPECT_FALSE(contains(page.body, "การสอบสวนวินัยครู"));
  EXPECT_TRUE(contains(page.body, "data-test=\"hidden-subject\""));

  // The clerk who registered it is named on it: sees the subject, and each read is logged.
  EXPECT_EQ(lines("division:education", clerk_)[0].at("letter").at("subject").as_string(),
            "การสอบสวนวินัยครู");
  EXPECT_TRUE(contains(app_.send("GET", "/saraban/registers/division:education", "", &clerk_).body,
                       "การสอบสวนวินัยครู"));
  auto c = app_.database().acquire();
  const auto reads = c->query_one(
      "SELECT COUNT(*) FROM platform_personal_read WHERE purpose = 'saraban.secret_read:register'");
  EXPECT_EQ(reads->i64(0), 2);
}

TEST_P(SarabanDivision, TheDateFilterCountsBangkokDays) {
  const std::string late = registered("มาถึงตอนดึก");
  const std::string next = registered("มาถึงวันรุ่งขึ้น");
  app_.clock().set(bangkok(2026, 11, 24, 23, 30));  // 16:30 UTC, still the 24th in Bangkok
  forward(late, "education");
  app_.clock().set(bangkok(2026, 11, 25, 0, 30));  // the 24th in UTC, the 25th in Bangkok
  forward(next, "education");
  const auto on_25th =
      lines("division:education", edu_, "?year=2026&from=2026-11-25&to=2026-11-25");
  ASSERT_EQ(on_25th.size(), 1u);
  EXPECT_EQ(on_25th[0].at("letter").at("subject").as_string(), "มาถึงวันรุ่งขึ้น");
  const auto page = app_.send("GET",
                              "/saraban/registers/division:education?year=2569&from=24/11/2569"
                              "&to=24/11/2569",
                              "", &edu_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "มาถึงตอนดึก"));
  EXPECT_FALSE(contains(page.body, "มาถึงวันรุ่งขึ้น"));
  EXPECT_EQ(
      app_.send("GET", "/api/v1/saraban/registers/division:education?from=25/11/2569", "", &edu_)
          .status,
      400);
}

TEST_P(SarabanDivision, TheDeputyApprovesTheHeadsJobAndItIsRecordedAsActingOnTheirBehalf) {
  const auto made = delegate(head_, {{"delegate", "deputy1"},
                                     {"starts_on", "2026-11-25"},
                                     {"ends_on", "2026-11-27"},
                                     {"order_reference", "123/2569"}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_TRUE(json::parse(made.body).at("in_force").as_bool());
  const std::string job = registered("ขออนุมัติจัดอบรมครู");
  ASSERT_EQ(step(job, {{"kind", "route"}, {"user", "head1"}}, clerk_).status, 201);

  const auto inbox = app_.send("GET", "/api/v1/saraban/inbox", "", &deputy_);
  const auto items = json::parse(inbox.body).at("items").as_array();
  ASSERT_EQ(items.size(), 1u) << inbox.body;
  EXPECT_EQ(std::to_string(items[0].at("id").as_int64()), job);
  EXPECT_EQ(items[0].at("acting_for").at("name").as_string(), "ทดสอบ head1");
  EXPECT_TRUE(
      contains(app_.send("GET", "/saraban/inbox", "", &deputy_).body, "data-test=\"acting-for\""));
  EXPECT_TRUE(
      contains(app_.send("GET", "/saraban/jobs/" + job, "", &deputy_).body, "value=\"approve\""))
      << "the deputy (staff) is offered the approval";

  const auto approved = step(job, {{"kind", "approve"}, {"note", "อนุมัติ"}}, deputy_);
  ASSERT_EQ(approved.status, 201) << approved.body;
  EXPECT_EQ(json::parse(approved.body).at("on_behalf_of").as_string(), "ทดสอบ head1");
  EXPECT_EQ(json::parse(approved.body).at("by").as_string(), "ทดสอบ deputy1");
  const auto page = app_.send("GET", "/saraban/jobs/" + job, "", &clerk_);
  EXPECT_TRUE(contains(page.body, "ปฏิบัติราชการแทน ทดสอบ head1")) << page.body;
  auto c = app_.database().acquire();
  const auto audited = c->query_one(
      "SELECT COUNT(*) FROM platform_audit_entry WHERE action = 'saraban.job.approve' "
      "AND changes LIKE '%delegation_id%'");
  EXPECT_EQ(audited->i64(0), 1);
}

TEST_P(SarabanDivision, AfterItsLastDayTheDeputyNoLongerActsForTheHead) {
  ASSERT_EQ(
      delegate(head_,
               {{"delegate", "deputy1"}, {"starts_on", "2026-11-25"}, {"ends_on", "2026-11-26"}})
          .status,
      201);
  const std::string job = registered("ขออนุมัติจัดอบรมครู");
  ASSERT_EQ(step(job, {{"kind", "route"}, {"user", "head1"}}, clerk_).status, 201);
  app_.clock().set(bangkok(2026, 11, 27, 0, 0));
  deputy_ = app_.sign_in("deputy1");  // sessions do not last two days
  const auto inbox = app_.send("GET", "/api/v1/saraban/inbox", "", &deputy_);
  EXPECT_TRUE(json::parse(inbox.body).at("items").as_array().empty()) << inbox.body;
  EXPECT_EQ(step(job, {{"kind", "approve"}}, deputy_).status, 403);
  const auto list = app_.send("GET", "/api/v1/saraban/delegations", "", &deputy_);
  EXPECT_FALSE(json::parse(list.body).at("items").at(0).at("in_force").as_bool());
}

TEST_P(SarabanDivision, DelegationsNeitherOverlapNorGoToOneselfAndEndingOneIsANewFact) {
  const auto first = delegate(
      head_, {{"delegate", "deputy1"}, {"starts_on", "2026-11-25"}, {"ends_on", "2026-11-30"}});
  ASSERT_EQ(first.status, 201) << first.body;
  const auto overlap = delegate(
      head_, {{"delegate", "edu_staff"}, {"starts_on", "2026-11-28"}, {"ends_on", "2026-12-05"}});
  ASSERT_EQ(overlap.status, 409) << overlap.body;
  EXPECT_TRUE(contains(overlap.body, "\"starts_on\""));
  const auto self = delegate(
      head_, {{"delegate", "head1"}, {"starts_on", "2026-12-10"}, {"ends_on", "2026-12-11"}});
  ASSERT_EQ(self.status, 400);
  EXPECT_TRUE(contains(self.body, "\"delegate\""));
  const auto past = delegate(
      head_, {{"delegate", "deputy1"}, {"starts_on", "2026-11-01"}, {"ends_on", "2026-11-02"}});
  EXPECT_EQ(past.status, 400);

  const std::string id = std::to_string(json::parse(first.body).at("id").as_int64());
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/delegations/" + id + "/end", "", &deputy_).status,
            403)
      << "only the person who delegated ends it";
  const auto ended = app_.send("POST", "/api/v1/saraban/delegations/" + id + "/end",
                               R"({"reason":"กลับมาปฏิบัติราชการ"})", &head_);
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_FALSE(json::parse(ended.body).at("in_force").as_bool());
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/delegations/" + id + "/end", "", &head_).status,
            409);
  // Ended today: a new one may start tomorrow — and the old one is still listed.
  EXPECT_EQ(
      delegate(head_,
               {{"delegate", "edu_staff"}, {"starts_on", "2026-11-26"}, {"ends_on", "2026-12-05"}})
          .status,
      201);
  const auto list = app_.send("GET", "/api/v1/saraban/delegations", "", &head_);
  EXPECT_EQ(json::parse(list.body).at("items").as_array().size(), 2u);
}

TEST_P(SarabanDivision, OnlyHeadsAndAdministratorsRecordDelegations) {
  EXPECT_EQ(
      delegate(edu_,
               {{"delegate", "deputy1"}, {"starts_on", "2026-11-25"}, {"ends_on", "2026-11-26"}})
          .status,
      403);
  EXPECT_EQ(app_.send("POST", "/saraban/delegations",
                      "_csrf=" + edu_.csrf +
                          "&delegate=deputy1&starts_on=25/11/2569"
                          "&ends_on=26/11/2569",
                      &edu_)
                .status,
            403);
  // A head for themselves, on the page, with B.E. dates; a bad date is shown on the form.
  const auto bad = app_.send(
      "POST", "/saraban/delegations",
      "_csrf=" + head_.csrf + "&delegate=deputy1&starts_on=31/02/2569&ends_on=26/11/2569", &head_);
  ASSERT_EQ(bad.status, 400);
  EXPECT_TRUE(contains(bad.body, "href=\"#starts_on\""));
  const auto form = app_.send("POST", "/saraban/delegations",
                              "_csrf=" + head_.csrf +
                                  "&delegate=deputy1&starts_on=25/11/2569&ends_on=26/11/2569"
                                  "&order_reference=77/2569",
                              &head_);
  ASSERT_EQ(form.status, 303) << form.body;
  const auto page = app_.send("GET", "/saraban/delegations", "", &head_);
  EXPECT_TRUE(contains(page.body, "77/2569"));
  EXPECT_TRUE(contains(page.body, "data-test=\"end-delegation\""));
  // An administrator records one for someone else; staff see only their own.
  app_.add_user("admin1", {"admin"});
  const auto admin = app_.sign_in("admin1");
  const auto for_other = delegate(admin, {{"principal", "edu_staff"},
                                          {"delegate", "fin_staff"},
                                          {"starts_on", "2026-11-25"},
                                          {"ends_on", "2026-11-26"}});
  ASSERT_EQ(for_other.status, 201) << for_other.body;
  EXPECT_EQ(json::parse(for_other.body).at("principal").at("name").as_string(), "ทดสอบ edu_staff");
  const auto fin_list = app_.send("GET", "/api/v1/saraban/delegations", "", &fin_);
  EXPECT_EQ(json::parse(fin_list.body).at("items").as_array().size(), 1u);
  const auto all = app_.send("GET", "/api/v1/saraban/delegations", "", &admin);
  EXPECT_EQ(json::parse(all.body).at("items").as_array().size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanDivision, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
