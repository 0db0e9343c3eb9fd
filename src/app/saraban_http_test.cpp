// e-Saraban through the real dispatcher on both databases: the JSON interface the acceptance
// checks use, secrecy in the register, the API and file downloads, and the clerk → head flow on
// the pages (register with a PDF, forward, comment, approve) leaving a timeline of every step.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/export/pdf.hpp"
#include "platform/export/testing.hpp"
#include "platform/files/testing.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;
using files::testing::FormPart;
using files::testing::minimal_pdf;
using files::testing::multipart_body;

const std::string kBoundary = "----pao-saraban-2569";

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
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

class SarabanHttp : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("clerk1", {"clerk"});
    app_.add_user("staff1", {"staff"});
    app_.add_user("head1", {"division_head"});
    clerk_ = app_.sign_in("clerk1");
    staff_ = app_.sign_in("staff1");
    head_ = app_.sign_in("head1");
  }
  json::object post_letter(const std::string& body) {
    const auto res = app_.send("POST", "/api/v1/saraban/incoming", body, &clerk_);
    EXPECT_EQ(res.status, 201) << res.body;
    return json::parse(res.body).as_object();
  }
  json::array register_items(const TestSession& who, const std::string& query = "?year=2026") {
    const auto res = app_.send("GET", "/api/v1/saraban/incoming" + query, "", &who);
    EXPECT_EQ(res.status, 200) << res.body;
    return json::parse(res.body).at("items").as_array();
  }
  http::Response post_form(const std::string& path, const std::vector<FormPart>& parts,
                           const TestSession& who) {
    return app_.send("POST", path, multipart_body(kBoundary, parts), &who, false,
                     {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
  }
  http::Response step(const std::string& job, const std::string& body, const TestSession& who) {
    return app_.send("POST", "/saraban/jobs/" + job + "/steps", body, &who);
  }

  TestApp app_{GetParam()};
  TestSession clerk_, staff_, head_;
};

TEST_P(SarabanHttp, RegisteringAnIncomingLetterAnswersItsNumberAndYear) {
  const auto first = post_letter(letter_json("ขอเชิญประชุม"));
  const auto second = post_letter(letter_json("ขอความอนุเคราะห์"));
  EXPECT_EQ(first.at("register_no").as_int64(), 1);
  EXPECT_EQ(second.at("register_no").as_int64(), 2);
  EXPECT_EQ(second.at("year").as_int64(), 2026);
  EXPECT_TRUE(second.at("id").is_int64());
  EXPECT_EQ(second.at("subject").as_string(), "ขอความอนุเคราะห์");
  const auto items = register_items(staff_);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(register_items(staff_, "?year=2025").empty());
}

TEST_P(SarabanHttp, BadInputIsRefusedNamingEachField) {
  const auto res = app_.send("POST", "/api/v1/saraban/incoming",
                             R"({"reference":"","dated":"20/11/2026","urgency":"asap"})", &clerk_);
  ASSERT_EQ(res.status, 400) << res.body;
  const auto fields = json::parse(res.body).at("error").at("fields").as_object();
  for (const char* f : {"reference", "dated", "from", "to", "subject", "urgency"}) {
    EXPECT_TRUE(fields.contains(f)) << f << " in " << res.body;
  }
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/incoming", letter_json("x"), &staff_).status, 403);
}

TEST_P(SarabanHttp, ASecretLetterShowsItsNumberButNotItsSubjectToOthers) {
  const auto secret = post_letter(letter_json("การสอบสวนวินัย", "secret", "most_urgent"));
  post_letter(letter_json("ขอเชิญประชุม"));
  const auto for_staff = register_items(staff_);
  ASSERT_EQ(for_staff.size(), 2u);
  const auto& row = for_staff[0].as_object();  // most urgent first
  EXPECT_EQ(row.at("register_no").as_int64(), 1);
  EXPECT_FALSE(row.contains("subject"));
  EXPECT_TRUE(row.at("subject_hidden").as_bool());
  EXPECT_EQ(register_items(clerk_)[0].at("subject").as_string(), "การสอบสวนวินัย");

  const auto id = std::to_string(secret.at("id").as_int64());
  const auto one = app_.send("GET", "/api/v1/saraban/letters/" + id, "", &staff_);
  ASSERT_EQ(one.status, 200);
  EXPECT_FALSE(contains(one.body, "การสอบสวนวินัย"));
  const auto page = app_.send("GET", "/saraban/incoming", "", &staff_);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_FALSE(contains(page.body, "การสอบสวนวินัย"));
  EXPECT_TRUE(contains(page.body, "data-test=\"hidden-subject\""));
  EXPECT_TRUE(contains(page.body, "ขอเชิญประชุม"));
  const auto job = app_.send(
      "GET", "/saraban/jobs/" + std::to_string(secret.at("job_id").as_int64()), "", &staff_);
  ASSERT_EQ(job.status, 200);
  EXPECT_FALSE(contains(job.body, "การสอบสวนวินัย"));
}

TEST_P(SarabanHttp, ASecretLettersFileIsServedOnlyToPeopleNamedOnItsJobAndEachReadIsLogged) {
  const auto form =
      post_form("/saraban/incoming",
                {{"_csrf", clerk_.csrf, "", ""},
                 {"reference", "ศธ 04001/ว 99", "", ""},
                 {"dated", "20/11/2569", "", ""},
                 {"from", "สำนักงานเขตพื้นที่การศึกษา", "", ""},
                 {"to", "นายก อบจ.ลำพูน", "", ""},
                 {"subject", "รายงานลับ", "", ""},
                 {"urgency", "urgent", "", ""},
                 {"secrecy", "confidential", "", ""},
                 {"file", minimal_pdf(), "; filename=\"รายงาน.pdf\"", "application/pdf"}},
                clerk_);
  ASSERT_EQ(form.status, 303) << form.body;
  const std::string job_url =
      header_of(form, "Location").substr(0, header_of(form, "Location").find('?'));
  auto c = app_.database().acquire();
  const auto file = c->query_one("SELECT id FROM platform_file WHERE owner_module = 'saraban'");
  ASSERT_TRUE(file.has_value());
  const std::string url = "/files/" + std::to_string(file->i64(0)) + "/x.pdf";
  EXPECT_EQ(app_.send("GET", url, "", &staff_).status, 403);
  EXPECT_EQ(app_.send("GET", url, "", &clerk_).status, 200);
  const auto job = app_.send("GET", job_url, "", &clerk_);
  EXPECT_TRUE(contains(job.body, "รายงานลับ"));
  const auto reads = c->query_one(
      "SELECT COUNT(*) FROM platform_personal_read WHERE entity_type = 'saraban.letter'");
  EXPECT_EQ(reads->i64(0), 2) << "the download and the job page";
}

TEST_P(SarabanHttp, ClerkRegistersHeadCommentsAndApprovesAndTheTimelineShowsEveryStep) {
  const auto form =
      post_form("/saraban/incoming",
                {{"_csrf", clerk_.csrf, "", ""},
                 {"reference", "มท 0808.2/ว 1234", "", ""},
                 {"dated", "20/11/2569", "", ""},
                 {"from", "กรมส่งเสริมการปกครองท้องถิ่น", "", ""},
                 {"to", "นายก อบจ.ลำพูน", "", ""},
                 {"subject", "ขอเชิญประชุมเชิงปฏิบัติการ", "", ""},
                 {"urgency", "very_urgent", "", ""},
                 {"file", minimal_pdf(), "; filename=\"หนังสือเชิญ.pdf\"", "application/pdf"}},
                clerk_);
  ASSERT_EQ(form.status, 303) << form.body;
  const std::string location = header_of(form, "Location");
  const std::string job =
      location.substr(std::string("/saraban/jobs/").size(),
                      location.find('?') - std::string("/saraban/jobs/").size());
  EXPECT_EQ(step(job, "kind=forward&division=strategy_budget&note=", clerk_).status, 303);
  EXPECT_EQ(step(job, "kind=route&user=head1&note=", clerk_).status, 303);
  EXPECT_EQ(
      step(job, "kind=comment&note=%E0%B9%80%E0%B8%AB%E0%B9%87%E0%B8%99%E0%B8%84%E0%B8%A7%E0%B8%A3",
           head_)
          .status,
      303);
  EXPECT_EQ(step(job, "kind=approve&note=&on_behalf_of=%E0%B8%9B%E0%B8%A5%E0%B8%B1%E0%B8%94", head_)
                .status,
            303);
  EXPECT_EQ(step(job, "kind=approve&note=", staff_).status, 403) << "staff may not approve";
  const auto page = app_.send("GET", "/saraban/jobs/" + job, "", &head_);
  ASSERT_EQ(page.status, 200) << page.body;
  for (const char* s : {"data-step=\"register\"", "data-step=\"forward\"", "data-step=\"route\"",
                        "data-step=\"comment\"", "data-step=\"approve\"", "เห็นควร", "ปฏิบัติราชการแทน",
                        "<time datetime=\"2026-11-25T02:00:00Z\""}) {
    EXPECT_TRUE(contains(page.body, s)) << s;
  }
  EXPECT_TRUE(contains(page.body, "หนังสือเชิญ.pdf"));
  const auto inbox = app_.send("GET", "/saraban/inbox", "", &head_);
  EXPECT_TRUE(contains(inbox.body, "ขอเชิญประชุมเชิงปฏิบัติการ"));
}

TEST_P(SarabanHttp, ReservedNumbersAreKeptAndCancelledNeverReused) {
  const auto r = app_.send("POST", "/api/v1/saraban/numbers",
                           R"({"register":"circular","note":"หนังสือเวียนแจ้งกอง"})", &clerk_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body).at("reference").as_string(), "ลพ 51000/ว 1");
  const auto cancel =
      app_.send("POST", "/api/v1/saraban/numbers/cancel",
                R"({"register":"circular","year":2026,"number":1,"reason":"ไม่ใช้"})", &clerk_);
  ASSERT_EQ(cancel.status, 200) << cancel.body;
  const auto next =
      app_.send("POST", "/api/v1/saraban/numbers", R"({"register":"circular"})", &clerk_);
  EXPECT_EQ(json::parse(next.body).at("number").as_int64(), 2);
  const auto list =
      app_.send("GET", "/api/v1/saraban/numbers?register=circular&year=2026", "", &staff_);
  const auto items = json::parse(list.body).at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("status").as_string(), "cancelled");
}

TEST_P(SarabanHttp, JobsOnTheApiShowTheirHistoryAndTakeStepsWithoutRevealingSecrets) {
  const auto open = post_letter(letter_json("ขอเชิญประชุม"));
  const auto secret = post_letter(letter_json("การสอบสวนวินัย", "secret"));
  const std::string job = std::to_string(open.at("job_id").as_int64());
  const std::string secret_job = std::to_string(secret.at("job_id").as_int64());
  const auto fwd = app_.send("POST", "/api/v1/saraban/jobs/" + job + "/steps",
                             R"({"kind":"forward","division":"education"})", &clerk_);
  ASSERT_EQ(fwd.status, 201) << fwd.body;
  EXPECT_EQ(json::parse(fwd.body).at("division_register_no").as_int64(), 1);
  const auto bad = app_.send("POST", "/api/v1/saraban/jobs/" + job + "/steps",
                             R"({"kind":"register","user":"nobody"})", &head_);
  ASSERT_EQ(bad.status, 400);
  EXPECT_TRUE(contains(bad.body, "\"kind\"") && contains(bad.body, "\"user\""));
  const auto approve = app_.send("POST", "/api/v1/saraban/jobs/" + job + "/steps",
                                 R"({"kind":"approve","on_behalf_of":"ปลัด อบจ.ลำพูน"})", &head_);
  ASSERT_EQ(approve.status, 201) << approve.body;
  const auto view = app_.send("GET", "/api/v1/saraban/jobs/" + job, "", &staff_);
  ASSERT_EQ(view.status, 200);
  const auto body = json::parse(view.body).as_object();
  EXPECT_EQ(body.at("status").as_string(), "approved");
  const auto& history = body.at("history").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[2].at("on_behalf_of").as_string(), "ปลัด อบจ.ลำพูน");

  const auto hidden = app_.send("GET", "/api/v1/saraban/jobs/" + secret_job, "", &staff_);
  ASSERT_EQ(hidden.status, 200);
  EXPECT_FALSE(contains(hidden.body, "การสอบสวนวินัย"));
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/jobs/" + secret_job + "/steps",
                      R"({"kind":"approve"})", &head_)
                .status,
            404);
  const auto inbox = app_.send("GET", "/api/v1/saraban/inbox", "", &head_);
  EXPECT_EQ(json::parse(inbox.body).at("items").as_array().size(), 1u) << inbox.body;
}

TEST_P(SarabanHttp, AnOutgoingLetterGetsItsNumberAndPdfAndTheHeadSignsThatFile) {
  const auto res =
      app_.send("POST", "/api/v1/saraban/outgoing",
                json::serialize(json::object{{"register", "circular"},
                                             {"kind", "memo"},
                                             {"agency", "สำนักปลัด อบจ.ลำพูน"},
                                             {"to", "ผู้อำนวยการทุกกอง"},
                                             {"subject", "แจ้งเวียนกำหนดการประชุม"},
                                             {"body", "ด้วยองค์การบริหารส่วนจังหวัดลำพูนกำหนดประชุม"},
                                             {"signer_name", "นายสมชาย ใจดี"},
                                             {"signer_position", "ปลัดองค์การบริหารส่วนจังหวัดลำพูน"}}),
                &clerk_);
  ASSERT_EQ(res.status, 201) << res.body;
  const auto body = json::parse(res.body).as_object();
  EXPECT_EQ(body.at("reference").as_string(), "ลพ 51000/ว 1");
  const std::string url(body.at("file_url").as_string());
  const auto pdf = app_.send("GET", url, "", &staff_);
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.content_type, "application/pdf");
  const std::string job = std::to_string(body.at("job_id").as_int64());
  const auto page = app_.send("GET", "/saraban/jobs/" + job, "", &head_);
  ASSERT_TRUE(contains(page.body, "data-test=\"sign-form\"")) << page.body;
  const auto file_id = url.substr(7, url.find('/', 7) - 7);
  ASSERT_EQ(step(job, "kind=sign&document=" + file_id, head_).status, 303);
  const auto view = json::parse(app_.send("GET", "/api/v1/saraban/jobs/" + job, "", &head_).body);
  EXPECT_EQ(view.at("status").as_string(), "signed");
  EXPECT_EQ(view.at("history").as_array().back().at("document_sha256").as_string(),
            body.at("file_sha256").as_string());
  const auto list = app_.send("GET", "/saraban/outgoing?register=circular", "", &staff_);
  EXPECT_TRUE(contains(list.body, "แจ้งเวียนกำหนดการประชุม"));
  EXPECT_EQ(app_.send("GET", "/saraban/outgoing/new", "", &clerk_).status, 200);
  EXPECT_EQ(app_.send("GET", "/saraban/numbers?register=circular", "", &clerk_).status, 200);
  const auto form =
      app_.send("POST", "/saraban/outgoing", "register=outgoing&kind=external", &clerk_);
  EXPECT_EQ(form.status, 400);
  EXPECT_TRUE(contains(form.body, "error-summary"));
}

TEST_P(SarabanHttp, SearchFindsWordsOfSubjectsAndAttachedPdfsButNoSecretsOfOthers) {
  exports::PdfDocument scan;
  scan.paragraph("ขอให้จัดทำแผนป้องกันอุทกภัยในพื้นที่ลุ่มน้ำกวง");
  const auto form =
      post_form("/saraban/incoming",
                {{"_csrf", clerk_.csrf, "", ""},
                 {"reference", "ลพ 0023/ว 88", "", ""},
                 {"dated", "20/11/2569", "", ""},
                 {"from", "จังหวัดลำพูน", "", ""},
                 {"to", "นายก อบจ.ลำพูน", "", ""},
                 {"subject", "การเตรียมการรับมือฤดูฝน", "", ""},
                 {"file", scan.bytes(), "; filename=\"scan.pdf\"", "application/pdf"}},
                clerk_);
  ASSERT_EQ(form.status, 303) << form.body;
  post_letter(letter_json("การสอบสวนวินัยข้าราชการ", "secret"));
  auto hits = [&](const std::string& q, const TestSession& who) {
    const auto res = app_.send("GET", "/api/v1/search?kind=saraban.letter&q=" + q, "", &who);
    EXPECT_EQ(res.status, 200) << res.body;
    return json::parse(res.body).at("items").as_array().size();
  };
  // อุทกภัย (flood) appears only inside the PDF.
  EXPECT_EQ(hits("%E0%B8%AD%E0%B8%B8%E0%B8%97%E0%B8%81%E0%B8%A0%E0%B8%B1%E0%B8%A2", staff_), 1u);
  // ฤดูฝน (rainy season), from the subject.
  EXPECT_EQ(hits("%E0%B8%A4%E0%B8%94%E0%B8%B9%E0%B8%9D%E0%B8%99", staff_), 1u);
  // วินัย: the secret letter, only for the clerk who registered it.
  EXPECT_EQ(hits("%E0%B8%A7%E0%B8%B4%E0%B8%99%E0%B8%B1%E0%B8%A2", staff_), 0u);
  EXPECT_EQ(hits("%E0%B8%A7%E0%B8%B4%E0%B8%99%E0%B8%B1%E0%B8%A2", clerk_), 1u);
}

TEST_P(SarabanHttp, TheDestructionListIsProposedOnThePageAndApprovedByAnExecutive) {
  app_.clock().set(app_.clock().now() - std::chrono::hours(24 * 365 * 11));  // a letter of 2015
  post_letter(letter_json("หนังสือเก่า"));
  app_.clock().set(app_.clock().now() + std::chrono::hours(24 * 365 * 11));
  EXPECT_EQ(app_.send("GET", "/saraban/destruction", "", &clerk_).status, 200);
  const auto proposed = app_.send("POST", "/saraban/destruction", "year=2025", &clerk_);
  ASSERT_EQ(proposed.status, 303) << proposed.body;
  const std::string page_url = header_of(proposed, "Location");
  const auto page = app_.send("GET", page_url, "", &clerk_);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "หนังสือเก่า"));
  const std::string id = page_url.substr(page_url.rfind('/') + 1);
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/destruction-lists/" + id + "/approve",
                      R"({"chair":"ก","members":["ข","ค"],"archives_reference":"วธ 1"})", &head_)
                .status,
            403);
  app_.add_user("exec1", {"executive"});
  const auto exec = app_.sign_in("exec1");
  const auto approved = app_.send("POST", "/saraban/destruction/" + id + "/approve",
                                  "chair=a&member1=b&member2=c&archives_reference=x", &exec);
  ASSERT_EQ(approved.status, 303) << approved.body;
  const auto record = app_.send("GET", "/api/v1/saraban/destruction-lists/" + id, "", &staff_);
  EXPECT_EQ(json::parse(record.body).at("status").as_string(), "approved");
  EXPECT_EQ(json::parse(record.body).at("items").as_array().size(), 1u);
}

TEST_P(SarabanHttp, AnEmailBecomesADraftThatTheClerkRegistersWithItsAttachment) {
  app_.add_user("mailer", {"admin"});
  const auto mailer = app_.sign_in("mailer");
  std::string pdf = minimal_pdf();
  std::string b64;
  {
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t i = 0;
    for (; i + 2 < pdf.size(); i += 3) {
      const unsigned v = (static_cast<unsigned char>(pdf[i]) << 16) |
                         (static_cast<unsigned char>(pdf[i + 1]) << 8) |
                         static_cast<unsigned char>(pdf[i + 2]);
      for (int s = 18; s >= 0; s -= 6) b64 += k[(v >> s) & 63];
    }
    if (i < pdf.size()) {
      unsigned v = static_cast<unsigned char>(pdf[i]) << 16;
      if (i + 1 < pdf.size()) v |= static_cast<unsigned char>(pdf[i + 1]) << 8;
      b64 += k[(v >> 18) & 63];
      b64 += k[(v >> 12) & 63];
      b64 += i + 1 < pdf.size() ? k[(v >> 6) & 63] : '=';
      b64 += '=';
    }
  }
  const std::string mail =
      "From: saraban@dla.go.th\r\nSubject: "
      "=?UTF-8?B?4LiC4Lit4LmA4LiK4Li04LiN4Lib4Lij4Liw4LiK4Li44Lih?=\r\n"
      "Message-ID: <m1@dla.go.th>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
      "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
      "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
      "filename=letter.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      b64 + "\r\n--b--\r\n";
  const auto taken = app_.send("POST", "/api/v1/saraban/mail", mail, &mailer, true,
                               {{"Content-Type", "message/rfc822"}});
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto draft = json::parse(taken.body).as_object();
  EXPECT_EQ(draft.at("subject").as_string(), "ขอเชิญประชุม");
  EXPECT_EQ(draft.at("attachments").as_int64(), 1);
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/mail", mail, &mailer, true,
                      {{"Content-Type", "message/rfc822"}})
                .status,
            409);
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/mail", mail, &clerk_).status, 403);
  const std::string id = std::to_string(draft.at("id").as_int64());
  const auto list = app_.send("GET", "/saraban/mail", "", &clerk_);
  EXPECT_TRUE(contains(list.body, "/saraban/incoming/new?mail=" + id));
  const auto form = app_.send("GET", "/saraban/incoming/new?mail=" + id, "", &clerk_);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(contains(form.body, "see attached"));
  const auto registered = post_form("/saraban/incoming",
                                    {{"_csrf", clerk_.csrf, "", ""},
                                     {"mail_id", id, "", ""},
                                     {"reference", "มท 0808.2/ว 7", "", ""},
                                     {"dated", "20/11/2569", "", ""},
                                     {"from", "saraban@dla.go.th", "", ""},
                                     {"to", "นายก อบจ.ลำพูน", "", ""},
                                     {"subject", "ขอเชิญประชุม", "", ""}},
                                    clerk_);
  ASSERT_EQ(registered.status, 303) << registered.body;
  const auto job = app_.send("GET", header_of(registered, "Location"), "", &clerk_);
  EXPECT_TRUE(contains(job.body, "letter.pdf"));
  EXPECT_TRUE(contains(app_.send("GET", "/saraban/mail", "", &clerk_).body, "ลงทะเบียนแล้ว"));
}

TEST_P(SarabanHttp, TheRegisterPdfListsEveryNumberWithTheFormsColumnsAndHidesSecretSubjects) {
  post_letter(letter_json("ขอเชิญประชุมคณะกรรมการ"));
  post_letter(letter_json("การสอบสวนวินัย", "top_secret"));
  ASSERT_EQ(
      app_.send("POST", "/api/v1/saraban/numbers", R"({"register":"incoming"})", &clerk_).status,
      201);
  const auto pdf = app_.send("GET", "/saraban/registers/incoming/pdf?year=2569", "", &staff_);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.content_type, "application/pdf");
  exports::testing::TempFile file("register.pdf", pdf.body);
  const auto text = exports::testing::run_command({"pdftotext", "-layout", file.path(), "-"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  for (const char* s : {"ทะเบียนหนังสือรับ", "เลขทะเบียน", "ลงวันที่", "การปฏิบัติ", "หมายเหตุ",
                        "ขอเชิญประชุมคณะกรรมการ", "มท 0808.2/ว", "จองเลข"}) {
    EXPECT_TRUE(contains(text.out, s)) << s << " in\n" << text.out;
  }
  EXPECT_FALSE(contains(text.out, "การสอบสวนวินัย"));
  const auto xlsx = app_.send("GET", "/saraban/registers/incoming/xlsx?year=2026", "", &staff_);
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(app_.send("GET", "/saraban/registers/nonsense/pdf", "", &staff_).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanHttp, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
