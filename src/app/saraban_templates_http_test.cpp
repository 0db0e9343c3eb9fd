// e-Saraban letter templates and numbering settings through the real dispatcher on both
// databases: a reply drafted from a template on a job by the person it was routed to, filed on
// that job and shown in its timeline; the templates' and settings' JSON API; who may do what.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/testing.hpp"
#include "platform/http/request.hpp"

namespace pao::app {
namespace {

namespace json = boost::json;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string form(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += '&';
    out += http::percent_encode(k) + "=" + http::percent_encode(v);
  }
  return out;
}

class SarabanTemplatesHttp : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    app_.add_user("admin1", {"admin"});
    app_.add_user("clerk1", {"clerk"});
    app_.add_user("staff1", {"staff"});
    app_.add_user("staff2", {"staff"});
    admin_ = app_.sign_in("admin1");
    clerk_ = app_.sign_in("clerk1");
    staff_ = app_.sign_in("staff1");
    other_ = app_.sign_in("staff2");
  }
  // An incoming letter routed to staff1; returns its job's id.
  std::string job_routed_to_staff() {
    const auto res = app_.send(
        "POST", "/api/v1/saraban/incoming",
        json::serialize(json::object{{"reference", "มท 0808.2/ว 1234"},
                                     {"dated", "2026-11-20"},
                                     {"from", "กรมส่งเสริมการปกครองท้องถิ่น"},
                                     {"to", "นายกองค์การบริหารส่วนจังหวัดลำพูน"},
                                     {"subject", "ขอเชิญประชุมชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่น"}}),
        &clerk_);
    EXPECT_EQ(res.status, 201) << res.body;
    std::string job = std::to_string(json::parse(res.body).at("job_id").as_int64());
    const auto routed = app_.send("POST", "/saraban/jobs/" + job + "/steps",
                                  "kind=route&user=staff1&note=", &clerk_);
    EXPECT_EQ(routed.status, 303) << routed.body;
    return job;
  }
  std::string template_id(const std::string& name_starts) {
    const auto res = app_.send("GET", "/api/v1/saraban/templates", "", &staff_);
    EXPECT_EQ(res.status, 200) << res.body;
    const json::value all = json::parse(res.body);
    for (const auto& t : all.at("items").as_array()) {
      if (std::string(t.at("name").as_string()).starts_with(name_starts)) {
        return std::to_string(t.at("id").as_int64());
      }
    }
    ADD_FAILURE() << "no template " << name_starts;
    return "0";
  }

  TestApp app_{GetParam()};
  TestSession admin_, clerk_, staff_, other_;
};

TEST_P(SarabanTemplatesHttp, StaffDraftsAReplyOnTheirJobAndItIsFiledInTheJobsTimeline) {
  const std::string job = job_routed_to_staff();
  const auto page = app_.send("GET", "/saraban/jobs/" + job, "", &staff_);
  ASSERT_EQ(page.status, 200);
  ASSERT_TRUE(contains(page.body, "data-test=\"draft-form\"")) << "the draft choice is offered";

  const std::string reply = template_id("หนังสือตอบ");
  const auto draft =
      app_.send("GET", "/saraban/jobs/" + job + "/draft?template=" + reply, "", &staff_);
  ASSERT_EQ(draft.status, 200) << draft.body;
  for (const char* s : {"action=\"/saraban/jobs/", "ขอเชิญประชุมชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่น",
                        "มท 0808.2/ว 1234", "20 พฤศจิกายน 2569", "จึงเรียนมาเพื่อโปรดทราบ"}) {
    EXPECT_TRUE(contains(draft.body, s)) << s;
  }
  EXPECT_TRUE(contains(draft.body, "นั้น\n\nองค์การบริหารส่วนจังหวัดลำพูน"))
      << "the body's paragraphs stay paragraphs in the form";

  const auto issued = app_.send("POST", "/saraban/jobs/" + job + "/reply",
                                form({{"register", "outgoing"},
                                      {"kind", "external"},
                                      {"agency", "องค์การบริหารส่วนจังหวัดลำพูน"},
                                      {"to", "อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"},
                                      {"subject", "ตอบรับการเข้าร่วมประชุม"},
                                      {"body", "ตามหนังสือที่ มท 0808.2/ว 1234 นั้น\n\nขอตอบรับ"},
                                      {"signer_name", "นายสมชาย ใจดี"},
                                      {"signer_position", "นายกองค์การบริหารส่วนจังหวัดลำพูน"},
                                      {"urgency", "normal"},
                                      {"secrecy", "none"}}),
                                &staff_);
  ASSERT_EQ(issued.status, 303) << issued.body;
  EXPECT_TRUE(header_of(issued, "Location").starts_with("/saraban/jobs/" + job));

  const auto api = app_.send("GET", "/api/v1/saraban/jobs/" + job, "", &staff_);
  ASSERT_EQ(api.status, 200) << api.body;
  const auto letters = json::parse(api.body).at("letters").as_array();
  ASSERT_EQ(letters.size(), 2u);
  EXPECT_EQ(letters[1].at("reference").as_string(), "ลพ 51000/1");
  EXPECT_EQ(letters[1].at("subject").as_string(), "ตอบรับการเข้าร่วมประชุม");
  const auto after = app_.send("GET", "/saraban/jobs/" + job, "", &staff_);
  EXPECT_TRUE(contains(after.body, "ที่ ลพ 51000/1")) << "the timeline names the reply's ที่";
}

TEST_P(SarabanTemplatesHttp, SomeoneNotNamedOnTheJobMayNotDraftOrRegisterItsReply) {
  const std::string job = job_routed_to_staff();
  const std::string reply = template_id("หนังสือตอบ");
  const auto page = app_.send("GET", "/saraban/jobs/" + job, "", &other_);
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(contains(page.body, "data-test=\"draft-form\""));
  EXPECT_EQ(
      app_.send("GET", "/saraban/jobs/" + job + "/draft?template=" + reply, "", &other_).status,
      403);
  EXPECT_EQ(
      app_.send("POST", "/saraban/jobs/" + job + "/reply", "register=outgoing", &other_).status,
      403);
}

TEST_P(SarabanTemplatesHttp, TheApiRendersATemplateForAJob) {
  const std::string job = job_routed_to_staff();
  const auto res = app_.send(
      "POST", "/api/v1/saraban/templates/" + template_id("หนังสือตอบ") + "/render?job=" + job, "",
      &staff_);
  ASSERT_EQ(res.status, 200) << res.body;
  const auto d = json::parse(res.body).as_object();
  EXPECT_EQ(d.at("subject").as_string(), "ขอเชิญประชุมชี้แจงแนวทางการจัดทำแผนพัฒนาท้องถิ่น");
  EXPECT_EQ(d.at("to").as_string(), "กรมส่งเสริมการปกครองท้องถิ่น");
  EXPECT_TRUE(contains(std::string(d.at("body").as_string()), "ลงวันที่ 20 พฤศจิกายน 2569"));
  EXPECT_EQ(d.at("register").as_string(), "outgoing");
  EXPECT_EQ(d.at("job_id").as_int64(), std::stoll(job));
}

TEST_P(SarabanTemplatesHttp, AClerkWritesTemplatesThroughTheApiAndUnknownPlaceholdersAreNamed) {
  const json::object t{
      {"name", "ตอบขอความอนุเคราะห์"}, {"kind", "external"}, {"register", "outgoing"},
      {"subject", "{{เรื่องเดิม}}"},    {"to", "{{จาก}}"},    {"body", "ตามที่ขอ {{เรื่องที่ขอ}} นั้น"}};
  const auto bad = app_.send("POST", "/api/v1/saraban/templates", json::serialize(t), &clerk_);
  ASSERT_EQ(bad.status, 400) << bad.body;
  const auto fields = json::parse(bad.body).at("error").at("fields").as_object();
  ASSERT_TRUE(fields.contains("body")) << bad.body;
  EXPECT_TRUE(contains(bad.body, "{{เรื่องที่ขอ}}"));

  json::object good = t;
  good["body"] = "ตามที่ขอ {{เรื่องเดิม}} นั้น";
  const auto made = app_.send("POST", "/api/v1/saraban/templates", json::serialize(good), &clerk_);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string id = std::to_string(json::parse(made.body).at("id").as_int64());
  good["closing"] = "จึงเรียนมาเพื่อโปรดทราบ";
  const auto put =
      app_.send("PUT", "/api/v1/saraban/templates/" + id, json::serialize(good), &clerk_);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(json::parse(put.body).at("version").as_int64(), 2);
  const auto del = app_.send("DELETE", "/api/v1/saraban/templates/" + id, "", &clerk_);
  ASSERT_EQ(del.status, 200) << del.body;
  EXPECT_FALSE(json::parse(del.body).at("active").as_bool());
}

TEST_P(SarabanTemplatesHttp, AClerkWritesATemplateOnItsPageAndTheFormKeepsWhatWasTyped) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"name", "บันทึกขอใช้รถยนต์ส่วนกลาง"},
      {"kind", "memo"},
      {"register", "outgoing"},
      {"subject", "ขอใช้รถยนต์ส่วนกลาง"},
      {"to", "ปลัดองค์การบริหารส่วนจังหวัด"},
      {"body", "ด้วย {{ตำแหน่ง}} มีความประสงค์ขอใช้รถ {{ทะเบียนรถ}}"},
      {"closing", ""}};
  const auto bad = app_.send("POST", "/saraban/templates", form(fields), &clerk_);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(contains(bad.body, "ไม่รู้จักช่องแทนค่า {{ทะเบียนรถ}}"));
  EXPECT_TRUE(contains(bad.body, "value=\"บันทึกขอใช้รถยนต์ส่วนกลาง\""));
  fields[5].second = "ด้วย {{ตำแหน่ง}} มีความประสงค์ขอใช้รถยนต์ส่วนกลาง";
  const auto made = app_.send("POST", "/saraban/templates", form(fields), &clerk_);
  ASSERT_EQ(made.status, 303) << made.body;
  const auto list = app_.send("GET", header_of(made, "Location"), "", &clerk_);
  EXPECT_TRUE(contains(list.body, "บันทึกแบบฟอร์มหนังสือแล้ว"));
  EXPECT_TRUE(contains(list.body, "บันทึกขอใช้รถยนต์ส่วนกลาง"));
  const std::string id = template_id("บันทึกขอใช้รถยนต์ส่วนกลาง");
  fields[6].second = "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ";
  EXPECT_EQ(app_.send("POST", "/saraban/templates/" + id, form(fields), &clerk_).status, 303);
  const auto one = app_.send("GET", "/api/v1/saraban/templates/" + id, "", &clerk_);
  EXPECT_EQ(json::parse(one.body).at("version").as_int64(), 2);
  EXPECT_EQ(app_.send("POST", "/saraban/templates/" + id + "/archive", "", &clerk_).status, 303);
  const auto job = app_.send("GET", "/saraban/templates", "", &clerk_);
  EXPECT_TRUE(contains(job.body, "เลิกใช้แล้ว"));
}

TEST_P(SarabanTemplatesHttp, StaffMayNotEditTemplatesOrSettings) {
  const std::string body = R"({"name":"x","kind":"memo","register":"outgoing","body":"ข้อความ"})";
  EXPECT_EQ(app_.send("POST", "/api/v1/saraban/templates", body, &staff_).status, 403);
  EXPECT_EQ(app_.send("PUT", "/api/v1/saraban/templates/1", body, &staff_).status, 403);
  EXPECT_EQ(app_.send("DELETE", "/api/v1/saraban/templates/1", "", &staff_).status, 403);
  EXPECT_EQ(app_.send("GET", "/saraban/templates", "", &staff_).status, 403);
  EXPECT_EQ(app_.send("POST", "/saraban/templates/1", "name=x", &staff_).status, 403);
  const std::string settings = R"({"agency_code":"ลพ 1"})";
  EXPECT_EQ(app_.send("PUT", "/api/v1/saraban/settings", settings, &staff_).status, 403);
  EXPECT_EQ(app_.send("GET", "/api/v1/saraban/settings", "", &staff_).status, 403);
  EXPECT_EQ(app_.send("GET", "/saraban/settings", "", &staff_).status, 403);
  EXPECT_EQ(app_.send("POST", "/saraban/settings", "agency_code=x", &staff_).status, 403);
  EXPECT_EQ(app_.send("PUT", "/api/v1/saraban/settings", settings, &clerk_).status, 403)
      << "numbering settings are the administrator's";
  EXPECT_EQ(app_.send("GET", "/saraban/templates", "", &clerk_).status, 200);
}

TEST_P(SarabanTemplatesHttp, TheAdministratorChangesAFormatAndOnlyLaterNumbersFollowIt) {
  const auto first =
      app_.send("POST", "/api/v1/saraban/outgoing",
                json::serialize(json::object{{"register", "circular"},
                                             {"agency", "องค์การบริหารส่วนจังหวัดลำพูน"},
                                             {"to", "นายกเทศมนตรีทุกแห่ง"},
                                             {"subject", "แจ้งกำหนดการประชุม"},
                                             {"body", "ด้วยองค์การบริหารส่วนจังหวัดลำพูนกำหนดประชุม"},
                                             {"signer_name", "นายสมชาย ใจดี"},
                                             {"signer_position", "นายกองค์การบริหารส่วนจังหวัดลำพูน"}}),
                &clerk_);
  ASSERT_EQ(first.status, 201) << first.body;
  const std::string letter = std::to_string(json::parse(first.body).at("id").as_int64());
  const auto bad =
      app_.send("PUT", "/api/v1/saraban/settings",
                R"({"agency_code":"ลพ 51000","formats":{"circular":"{agency}/ว"}})", &admin_);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(
      json::parse(bad.body).at("error").at("fields").as_object().contains("formats.circular"));
  const auto ok =
      app_.send("PUT", "/api/v1/saraban/settings",
                R"({"agency_code":"ลพ 51000","formats":{"circular":"{agency}/ว.{no}"}})", &admin_);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_TRUE(contains(ok.body, "ลพ 51000/ว.2")) << ok.body;

  const auto preview = app_.send(
      "POST", "/saraban/settings",
      form({{"agency_code", "ลพ 51000"}, {"formats.circular", "ว {no}"}, {"do", "preview"}}),
      &admin_);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_TRUE(contains(preview.body, "data-test=\"preview-notice\""));
  EXPECT_TRUE(contains(preview.body, "ว 2"));
  const auto still = app_.send("GET", "/api/v1/saraban/settings", "", &admin_);
  EXPECT_TRUE(contains(still.body, "{agency}/ว.{no}")) << "a preview saves nothing";

  const auto earlier = app_.send("GET", "/api/v1/saraban/letters/" + letter, "", &clerk_);
  EXPECT_EQ(json::parse(earlier.body).at("reference").as_string(), "ลพ 51000/ว 1")
      << "a letter keeps the ที่ it was issued with";
  const auto numbers = app_.send("GET", "/saraban/numbers?register=circular", "", &clerk_);
  EXPECT_TRUE(contains(numbers.body, "ลพ 51000/ว 1"));
  EXPECT_FALSE(contains(numbers.body, "ลพ 51000/ว.1"));

  const auto saved = app_.send(
      "POST", "/saraban/settings",
      form({{"agency_code", "ลพ 51000"}, {"formats.circular", "{agency}/ว {no}"}, {"do", "save"}}),
      &admin_);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto back = app_.send("GET", header_of(saved, "Location"), "", &admin_);
  EXPECT_TRUE(contains(back.body, "บันทึกการตั้งค่าเลขที่หนังสือแล้ว")) << "the flash says so";
  EXPECT_TRUE(contains(back.body, "ลพ 51000/ว 2"));

  const auto unknown = app_.send("POST", "/saraban/settings",
                                 form({{"agency_code", "ลพ 51000"},
                                       {"formats.circular", "{agency}/{year}/{no}"},
                                       {"do", "save"}}),
                                 &admin_);
  ASSERT_EQ(unknown.status, 400) << unknown.body;
  EXPECT_TRUE(contains(unknown.body, "{year}"));
}

INSTANTIATE_TEST_SUITE_P(Db, SarabanTemplatesHttp, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::app
