// The administrator's pages through the dispatcher, rendered with the real templates, on both
// databases: what a person sees, what a form post does, and what happens when it goes wrong.
#include <gtest/gtest.h>

#include "modules/org/api.hpp"
#include "modules/org/manage_divisions.hpp"
#include "modules/org/route_testing.hpp"

namespace pao::org {
namespace {

using testing::Contains;
using testing::Fields;

class OrgAdminPages : public testing::OrgRouteTest {
 protected:
  // The page's main region (what the template rendered inside the layout).
  static std::string main_of(const http::Response& r) {
    const auto from = r.body.find("<main");
    const auto to = r.body.find("</main>");
    if (from == std::string::npos || to == std::string::npos) return r.body;
    return r.body.substr(from, to - from);
  }
  static bool lacks(const std::string& html, const std::string& needle) {
    return html.find(needle) == std::string::npos;
  }
};

const Fields kSmartCityForm{{"code", "smart_city"},
                            {"name_th", "กองเมืองอัจฉริยะ"},
                            {"short_name_th", ""},
                            {"name_en", "Smart City Division"},
                            {"sort_order", ""}};

Fields finance_edit_form(Fields changes) {
  Fields f{{"name_th", "กองคลัง"},
           {"short_name_th", "กองคลัง"},
           {"name_en", "Finance Division"},
           {"sort_order", "4"},
           {"active", "1"}};
  for (auto& [k, v] : changes) {
    bool replaced = false;
    for (auto& [fk, fv] : f) {
      if (fk == k) fv = v, replaced = true;
    }
    if (!replaced) f.emplace_back(k, v);
  }
  return f;
}

Fields without(Fields f, const std::string& field) {
  std::erase_if(f, [&](const auto& kv) { return kv.first == field; });
  return f;
}

// ---- divisions ----------------------------------------------------------------------------------

TEST_P(OrgAdminPages, DivisionsPageListsEveryDivisionInactiveOnesMarkedAndAnAddForm) {
  {
    auto c = conn();
    ASSERT_TRUE(update_division(c.conn(), clock_.now(), audit::system_actor("test"), "finance",
                                {.active = false})
                    .ok());
  }
  const auto r = get("/admin/divisions");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string page = main_of(r);
  for (const char* code : {"office_of_chief", "strategy_budget", "finance", "internal_audit"}) {
    EXPECT_TRUE(Contains(page, std::string("data-code=\"") + code + "\""));
  }
  const auto finance_row = page.substr(page.find("data-code=\"finance\""), 800);
  EXPECT_TRUE(Contains(finance_row, "tag--off"));
  EXPECT_TRUE(Contains(finance_row, "ปิดใช้งาน"));
  EXPECT_TRUE(Contains(page, "<form class=\"form\" method=\"post\" action=\"/admin/divisions\""));
  EXPECT_TRUE(Contains(page, "<input type=\"hidden\" name=\"_csrf\" value=\"csrf-7f3a9c\">"));
  EXPECT_TRUE(Contains(page, "<label for=\"code\">รหัส</label>"));
  EXPECT_TRUE(Contains(page, "<label for=\"name_th\">ชื่อส่วนราชการ (ภาษาไทย)</label>"));
  EXPECT_TRUE(Contains(page, "<label for=\"name_en\">ชื่อส่วนราชการ (ภาษาอังกฤษ)</label>"));
  EXPECT_TRUE(Contains(page, "href=\"/admin/divisions/finance\""));
  EXPECT_TRUE(Contains(page, "href=\"/admin/divisions\" aria-current=\"page\""));
  EXPECT_TRUE(lacks(page, "error-summary")) << "no error before a post";
  EXPECT_TRUE(Contains(r.body, "<title>ส่วนราชการ ·"));
  EXPECT_TRUE(Contains(r.body, "href=\"/admin/org\"")) << "menu entry for org.manage holders";
}

TEST_P(OrgAdminPages, AddingADivisionRedirects303ToAPageThatSaysSo) {
  const auto r = post_form("/admin/divisions", kSmartCityForm);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(header(r, "Location"), "/admin/divisions?added=smart_city");
  const auto after = get(header(r, "Location"));
  ASSERT_EQ(after.status, 200);
  EXPECT_TRUE(Contains(main_of(after), "เพิ่มส่วนราชการแล้ว: กองเมืองอัจฉริยะ"));
  EXPECT_TRUE(Contains(main_of(after), "data-code=\"smart_city\""));
  auto c = conn();
  const auto entries = testing::audit_entries(c.conn(), "division", "smart_city");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_kind, "user");
  EXPECT_EQ(entries[0].actor_name, "somchai");
}

TEST_P(OrgAdminPages, AFailedAddShowsTheErrorSummaryAndKeepsWhatWasTyped) {
  const auto r = post_form("/admin/divisions", {{"code", "Smart City"},
                                                {"name_th", "กองเมืองอัจฉริยะ"},
                                                {"short_name_th", "กองเมืองฯ"},
                                                {"name_en", ""},
                                                {"sort_order", "ten"}});
  ASSERT_EQ(r.status, 400) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "class=\"error-summary\""));
  EXPECT_TRUE(Contains(page, "มีข้อผิดพลาด"));
  EXPECT_TRUE(Contains(page, "<a href=\"#code\">รหัส: ใช้ได้เฉพาะอักษรอังกฤษตัวพิมพ์เล็ก"));
  EXPECT_TRUE(Contains(page, "<a href=\"#name_en\">ชื่อส่วนราชการ (ภาษาอังกฤษ): ต้องระบุ</a>"));
  EXPECT_TRUE(Contains(page, "<a href=\"#sort_order\">ลำดับการแสดง: ต้องเป็นจำนวนเต็ม"));
  EXPECT_TRUE(lacks(page, "href=\"#name_th\"")) << "the Thai name was fine";
  EXPECT_TRUE(Contains(page, "value=\"Smart City\""));
  EXPECT_TRUE(Contains(page, "value=\"กองเมืองอัจฉริยะ\""));
  EXPECT_TRUE(Contains(page, "value=\"กองเมืองฯ\""));
  EXPECT_TRUE(Contains(page, "value=\"ten\""));
  EXPECT_TRUE(Contains(page, "<span class=\"field__error\" id=\"code-error\">"));
  EXPECT_TRUE(Contains(page, "aria-describedby=\"code-hint code-error\" aria-invalid=\"true\""));
  EXPECT_TRUE(Contains(page, "data-code=\"finance\"")) << "the list is still shown";
  EXPECT_TRUE(Contains(r.body, "<title>ข้อผิดพลาด: ส่วนราชการ ·"));
  EXPECT_FALSE(find_division(conn().conn(), "Smart City").has_value());
  EXPECT_EQ(list_divisions(conn().conn(), true).size(), 10u);
}

TEST_P(OrgAdminPages, TypedTextIsEscapedWhenShownAgain) {
  const auto r = post_form("/admin/divisions", {{"code", "\"><script>alert(1)</script>"},
                                                {"name_th", "กอง <b>ใหม่</b> & \"ดี\""},
                                                {"name_en", ""}});
  ASSERT_EQ(r.status, 400);
  EXPECT_TRUE(lacks(r.body, "<script>alert(1)</script>"));
  EXPECT_TRUE(lacks(r.body, "<b>ใหม่</b>"));
  EXPECT_TRUE(Contains(r.body, "กอง &lt;b&gt;ใหม่&lt;/b&gt; &amp; &quot;ดี&quot;"));
}

TEST_P(OrgAdminPages, AddingAnExistingCodeShows409OnTheFormNamingTheDivision) {
  Fields form = kSmartCityForm;
  form[0].second = "finance";
  const auto r = post_form("/admin/divisions", form);
  ASSERT_EQ(r.status, 409) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "มีส่วนราชการรหัส “finance” อยู่แล้ว (กองคลัง)"));
  EXPECT_TRUE(Contains(page, "<a href=\"#code\">รหัส: มีอยู่แล้ว</a>"));
  EXPECT_TRUE(Contains(page, "value=\"finance\""));
  EXPECT_TRUE(Contains(page, "value=\"กองเมืองอัจฉริยะ\""));
  EXPECT_EQ(find_division(conn().conn(), "finance")->name_th, "กองคลัง");
}

TEST_P(OrgAdminPages, AFormPostWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing) {
  ASSERT_FALSE(principal_.csrf_token.empty());
  const auto missing = post_form("/admin/divisions", kSmartCityForm, /*with_csrf=*/false);
  EXPECT_EQ(missing.status, 403);
  EXPECT_TRUE(Contains(missing.body, "แบบฟอร์มหมดอายุ"));
  Fields forged = kSmartCityForm;
  forged.insert(forged.begin(), {"_csrf", "csrf-guessed"});
  EXPECT_EQ(post_form("/admin/divisions", forged, false).status, 403);
  EXPECT_EQ(
      post_form("/admin/divisions/finance", finance_edit_form({{"active", ""}}), false).status,
      403);
  EXPECT_FALSE(find_division(conn().conn(), "smart_city").has_value());
  EXPECT_TRUE(find_division(conn().conn(), "finance")->active);
  EXPECT_EQ(testing::audit_count(conn().conn()), 0);
}

TEST_P(OrgAdminPages, EditPageShowsTheCurrentValuesWithTheCodeReadOnly) {
  const auto r = get("/admin/divisions/strategy_budget");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "<h1>แก้ไขส่วนราชการ: กองยุทธศาสตร์และงบประมาณ</h1>"));
  EXPECT_TRUE(Contains(page, "<code data-test=\"code\">strategy_budget</code>"));
  EXPECT_TRUE(lacks(page, "name=\"code\"")) << "the code cannot be edited";
  EXPECT_TRUE(Contains(page, "action=\"/admin/divisions/strategy_budget\""));
  EXPECT_TRUE(Contains(page, "value=\"กองยุทธศาสตร์และงบประมาณ\""));
  EXPECT_TRUE(Contains(page, "value=\"กองยุทธศาสตร์ฯ\""));
  EXPECT_TRUE(Contains(page, "value=\"Strategy and Budget Division\""));
  EXPECT_TRUE(Contains(page, "name=\"sort_order\" value=\"3\""));
  EXPECT_TRUE(Contains(page, "name=\"active\" value=\"1\" checked"));
  EXPECT_TRUE(Contains(page, "<input type=\"hidden\" name=\"_csrf\" value=\"csrf-7f3a9c\">"));
  EXPECT_TRUE(Contains(r.body, "<a href=\"/admin/divisions\">ส่วนราชการ</a>")) << "breadcrumb";
}

TEST_P(OrgAdminPages, UntickingActiveDeactivatesAndTheListSaysSo) {
  const auto r = post_form("/admin/divisions/finance", without(finance_edit_form({}), "active"));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(header(r, "Location"), "/admin/divisions?saved=finance");
  EXPECT_FALSE(find_division(conn().conn(), "finance")->active);
  auto c = conn();
  const auto entries = testing::audit_entries(c.conn(), "division", "finance");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(boost::json::parse(entries[0].changes),
            boost::json::parse(R"({"active":{"before":true,"after":false}})"));
  const auto after = get(header(r, "Location"));
  EXPECT_TRUE(Contains(main_of(after), "บันทึกส่วนราชการแล้ว: กองคลัง"));
  EXPECT_TRUE(
      Contains(main_of(after).substr(main_of(after).find("data-code=\"finance\"")), "ปิดใช้งาน"));
}

TEST_P(OrgAdminPages, AFailedEditShowsErrorsAndKeepsTheInputIncludingAnUntickedBox) {
  const auto r = post_form(
      "/admin/divisions/finance",
      without(finance_edit_form(
                  {{"name_th", " "}, {"name_en", "Treasury Division"}, {"sort_order", "abc"}}),
              "active"));
  ASSERT_EQ(r.status, 400) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "<a href=\"#name_th\">ชื่อส่วนราชการ (ภาษาไทย): ต้องระบุ</a>"));
  EXPECT_TRUE(Contains(page, "<a href=\"#sort_order\">ลำดับการแสดง:"));
  EXPECT_TRUE(Contains(page, "value=\"Treasury Division\""));
  EXPECT_TRUE(Contains(page, "value=\"abc\""));
  EXPECT_TRUE(Contains(page, "name=\"active\" value=\"1\" aria-describedby"))
      << "the box stays unticked as sent";
  const auto stored = find_division(conn().conn(), "finance");
  EXPECT_EQ(stored->name_en, "Finance Division");
  EXPECT_TRUE(stored->active);
}

TEST_P(OrgAdminPages, ABlankDisplayOrderOnEditIsRequired) {
  const auto r = post_form("/admin/divisions/finance", finance_edit_form({{"sort_order", ""}}));
  ASSERT_EQ(r.status, 400);
  EXPECT_TRUE(Contains(main_of(r), "<a href=\"#sort_order\">ลำดับการแสดง: ต้องระบุ</a>"));
}

TEST_P(OrgAdminPages, AnUnknownDivisionIs404) {
  EXPECT_EQ(get("/admin/divisions/ghost").status, 404);
  EXPECT_EQ(post_form("/admin/divisions/ghost", finance_edit_form({})).status, 404);
}

TEST_P(OrgAdminPages, PagesSpeakEnglishWhenAsked) {
  const auto r = get("/admin/divisions?lang=en");
  ASSERT_EQ(r.status, 200);
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "<label for=\"name_th\">Division name (Thai)</label>"));
  EXPECT_TRUE(Contains(page, "Add a division"));
  EXPECT_TRUE(Contains(page, ">Inactive<") || Contains(page, ">Active<"));
  const auto bad =
      call("POST", "/admin/divisions", "_csrf=csrf-7f3a9c&code=finance&name_th=x&name_en=y",
           {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "lang=en"}});
  ASSERT_EQ(bad.status, 409);
  EXPECT_TRUE(Contains(main_of(bad), "<a href=\"#code\">Code: is already in use</a>"));
  EXPECT_TRUE(Contains(main_of(bad), "A division with the code “finance” already exists"));
}

TEST_P(OrgAdminPages, AdminPagesNeedOrgManage) {
  principal_.permissions.clear();
  EXPECT_EQ(get("/admin/divisions").status, 403);
  EXPECT_EQ(post_form("/admin/divisions", kSmartCityForm).status, 403);
  sign_out();
  const auto r = get("/admin/org");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(header(r, "Location"), "/login?next=%2Fadmin%2Forg");
}

// ---- positions ----------------------------------------------------------------------------------

TEST_P(OrgAdminPages, PositionsCanBeAddedAndDeactivatedThroughThePages) {
  const auto list = get("/admin/positions");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Contains(main_of(list), "<label for=\"name_th\">ชื่อตำแหน่ง (ภาษาไทย)</label>"));
  EXPECT_TRUE(Contains(main_of(list), "data-code=\"computer_technical_officer\""));

  const auto added = post_form("/admin/positions", {{"code", "data_analyst"},
                                                    {"name_th", "นักวิเคราะห์ข้อมูล"},
                                                    {"name_en", "Data Analyst"},
                                                    {"sort_order", "75"}});
  ASSERT_EQ(added.status, 303) << added.body;
  EXPECT_EQ(header(added, "Location"), "/admin/positions?added=data_analyst");
  EXPECT_TRUE(Contains(main_of(get(header(added, "Location"))), "เพิ่มตำแหน่งแล้ว: นักวิเคราะห์ข้อมูล"));
  EXPECT_EQ(find_position(conn().conn(), "data_analyst")->sort_order, 75);

  const auto edit = get("/admin/positions/data_analyst");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Contains(main_of(edit), "value=\"Data Analyst\""));
  const auto off =
      post_form("/admin/positions/data_analyst",
                {{"name_th", "นักวิเคราะห์ข้อมูล"}, {"name_en", "Data Analyst"}, {"sort_order", "75"}});
  ASSERT_EQ(off.status, 303) << off.body;
  EXPECT_EQ(header(off, "Location"), "/admin/positions?saved=data_analyst");
  EXPECT_FALSE(find_position(conn().conn(), "data_analyst")->active);
  EXPECT_EQ(testing::audit_entries(conn().conn(), "position", "data_analyst").size(), 2u);
}

TEST_P(OrgAdminPages, AFailedPositionAddKeepsTheInputAndNamesTheFields) {
  const auto r = post_form("/admin/positions", {{"code", "engineer"},
                                                {"name_th", "วิศวกรไฟฟ้า"},
                                                {"name_en", "Electrical Engineer"},
                                                {"sort_order", ""}});
  ASSERT_EQ(r.status, 409) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "มีตำแหน่งรหัส “engineer” อยู่แล้ว (วิศวกรโยธา)"));
  EXPECT_TRUE(Contains(page, "<a href=\"#code\">รหัส: มีอยู่แล้ว</a>"));
  EXPECT_TRUE(Contains(page, "value=\"วิศวกรไฟฟ้า\""));
  const auto blank = post_form("/admin/positions", {{"code", "x"}, {"name_th", ""}});
  ASSERT_EQ(blank.status, 400);
  EXPECT_TRUE(Contains(main_of(blank), "<a href=\"#name_th\">ชื่อตำแหน่ง (ภาษาไทย): ต้องระบุ</a>"));
  EXPECT_TRUE(Contains(main_of(blank), "<a href=\"#name_en\">ชื่อตำแหน่ง (ภาษาอังกฤษ): ต้องระบุ</a>"));
  EXPECT_TRUE(Contains(main_of(blank), "<a href=\"#code\">รหัส:"));
}

// ---- profile ------------------------------------------------------------------------------------

TEST_P(OrgAdminPages, ProfilePageShowsEveryFieldWithItsLabelAndCurrentValue) {
  const auto r = get("/admin/org");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "<h1>ข้อมูลทั่วไปขององค์กร</h1>"));
  EXPECT_TRUE(Contains(page, "<label for=\"name_th\">ชื่อองค์กร (ภาษาไทย)</label>"));
  EXPECT_TRUE(Contains(page, "value=\"องค์การบริหารส่วนจังหวัดลำพูน\""));
  EXPECT_TRUE(Contains(page, "<label for=\"vision_th\">วิสัยทัศน์การพัฒนาขององค์กร</label>"));
  EXPECT_TRUE(Contains(page, ">สืบศิลป์แห่งล้านนา พัฒนา บนฐานพอเพียง</textarea>"));
  EXPECT_TRUE(Contains(page, "value=\"Lamphun PAO\""));
  EXPECT_TRUE(Contains(page, "action=\"/admin/org\""));
  EXPECT_TRUE(Contains(page, "<input type=\"hidden\" name=\"_csrf\" value=\"csrf-7f3a9c\">"));
  EXPECT_TRUE(Contains(r.body, "href=\"/admin/org\" aria-current=\"page\""));
}

TEST_P(OrgAdminPages, SavingTheProfileRedirectsAndTheFormShowsTheNewValues) {
  const auto before = main_of(get("/admin/org"));
  const Profile p = get_profile(conn().conn());
  const Fields form = {{"name_th", "องค์การบริหารส่วนจังหวัดเชียงใหม่"},
                       {"name_en", "Chiang Mai Provincial Administrative Organization"},
                       {"short_name_th", "อบจ.เชียงใหม่"},
                       {"short_name_en", "Chiang Mai PAO"},
                       {"province_th", "เชียงใหม่"},
                       {"vision_th", p.vision_th},
                       {"digital_vision_th", p.digital_vision_th},
                       {"digital_vision_en", p.digital_vision_en},
                       {"digital_plan_th", p.digital_plan_th}};
  const auto r = post_form("/admin/org", form);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(header(r, "Location"), "/admin/org?saved=1");
  const auto after = main_of(get("/admin/org?saved=1"));
  EXPECT_TRUE(Contains(after, "บันทึกข้อมูลองค์กรแล้ว"));
  EXPECT_TRUE(Contains(after, "value=\"อบจ.เชียงใหม่\""));
  EXPECT_TRUE(lacks(before, "บันทึกข้อมูลองค์กรแล้ว"));
  auto c = conn();
  const auto entries = testing::audit_entries(c.conn(), "profile", "1");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor_name, "somchai");
}

TEST_P(OrgAdminPages, ABlankProfileNameShowsTheSummaryAndKeepsTheOtherFields) {
  const auto r = post_form("/admin/org", {{"name_th", ""},
                                          {"name_en", "Chiang Mai PAO (typed)"},
                                          {"short_name_th", "อบจ.ลำพูน"},
                                          {"short_name_en", "Lamphun PAO"},
                                          {"province_th", "ลำพูน"},
                                          {"vision_th", "วิสัยทัศน์ใหม่"},
                                          {"digital_vision_th", "ดิจิทัล"},
                                          {"digital_vision_en", "Digital"},
                                          {"digital_plan_th", "แผน"}});
  ASSERT_EQ(r.status, 400) << r.body;
  const std::string page = main_of(r);
  EXPECT_TRUE(Contains(page, "<a href=\"#name_th\">ชื่อองค์กร (ภาษาไทย): ต้องระบุ</a>"));
  EXPECT_TRUE(Contains(page, "value=\"Chiang Mai PAO (typed)\""));
  EXPECT_TRUE(Contains(page, ">วิสัยทัศน์ใหม่</textarea>"));
  EXPECT_TRUE(lacks(page, "บันทึกข้อมูลองค์กรแล้ว"));
  EXPECT_EQ(get_profile(conn().conn()).vision_th, "สืบศิลป์แห่งล้านนา พัฒนา บนฐานพอเพียง");
}

INSTANTIATE_TEST_SUITE_P(, OrgAdminPages, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::org
