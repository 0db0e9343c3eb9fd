// Importing a plan's projects from CSV, on both databases: all rows or none, every bad row
// named, updates by strategy.seq, and only the planner.
#include "modules/plan/import_projects.hpp"

#include <gtest/gtest.h>

#include "modules/plan/follow_progress.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/route_testing.hpp"
#include "modules/plan/testing.hpp"
#include "platform/export/xlsx.hpp"

namespace pao::plan {
namespace {

const std::string kHeader =
    "strategy,seq,project_th,objectives_th,years_be,responsible_units_th,system_kind\n";

// The plan's sheet as the planner would save it from Excel: numbers as numbers, a year alone as a
// number, several as text.
std::string plan_workbook(const std::vector<std::vector<exports::XlsxCell>>& rows) {
  exports::XlsxWorkbook book;
  auto& sheet = book.add_sheet("โครงการ");
  sheet.header({"strategy", "seq", "project_th", "objectives_th", "years_be",
                "responsible_units_th", "system_kind"});
  for (const auto& row : rows) sheet.row(row);
  return book.bytes();
}

using S = std::string;
using N = std::int64_t;

class PlanImport : public testing::PlanDbTest {
 protected:
  void SetUp() override {
    PlanDbTest::SetUp();
    who_.kind = auth::PrincipalKind::user;
    who_.division = "strategy_budget";
    who_.grant(kManagePermission, "strategy_budget");
  }
  std::int64_t count(const char* table) {
    return conn().query_one(std::string("SELECT COUNT(*) FROM ") + table)->i64(0);
  }
  auth::Principal who_;
};

TEST_P(PlanImport, AGoodFileAddsNewProjectsAndUpdatesExistingOnes) {
  const auto out = import_projects(
      conn(), at_, planner_, who_,
      kHeader +
          "2,11,\"ระบบติดตามแผน "
          "(ใหม่)\",\"เพื่อติดตามแผน\",2569;2570,กองยุทธศาสตร์และงบประมาณ;กองคลัง,software\n"
          "2,4,\"ระบบสารสนเทศเพื่อการบริหาร "
          "(ปรับปรุง)\",\"เดิม\",2567;2568;2569,กองยุทธศาสตร์และงบประมาณ,software\n");
  ASSERT_TRUE(out.ok()) << out.error().message.en;
  ASSERT_TRUE(out->errors.empty());
  EXPECT_EQ(out->added, 1);
  EXPECT_EQ(out->updated, 1);
  const auto all = list_project_progress(conn(), {2024, 2, 2});
  ASSERT_EQ(all.size(), 26u);
  const auto p24 = find_project_progress(conn(), {2024, 2, 2}, project_id(2, 4));
  EXPECT_EQ(p24->project.fiscal_years, (std::vector<int>{2567, 2568, 2569}));
  const auto p211 = find_project_progress(conn(), {2024, 2, 2}, project_id(2, 11));
  EXPECT_EQ(p211->divisions, (std::vector<std::string>{"finance", "strategy_budget"}));
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.import"), 1);
}

TEST_P(PlanImport, OneBadRowImportsNothingAndEveryBadRowIsNamed) {
  const auto projects_before = count("plan_project");
  const auto years_before = count("plan_project_year");
  const auto out = import_projects(conn(), at_, planner_, who_,
                                   kHeader +
                                       "2,11,\"โครงการดี\",\"ก\",2569,กองคลัง,software\n"
                                       "9,1,\"ยุทธศาสตร์ไม่มี\",\"ก\",2569,กองคลัง,software\n"
                                       "2,12,\"\",\"ก\",25xx,กองที่ไม่มี,software\n"
                                       "2,11,\"ซ้ำ\",\"ก\",2569,กองคลัง,software\n");
  ASSERT_TRUE(out.ok());
  ASSERT_FALSE(out->errors.empty());
  std::vector<std::pair<int, std::string>> got;
  for (const auto& e : out->errors) got.emplace_back(e.row, e.column);
  const std::vector<std::pair<int, std::string>> want = {
      {3, "strategy"}, {4, "project_th"}, {4, "years_be"}, {4, "responsible_units_th"}, {5, "seq"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(count("plan_project"), projects_before) << "the good row 2 was not imported either";
  EXPECT_EQ(count("plan_project_year"), years_before);
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.import"), 0);
}

TEST_P(PlanImport, AFileWithoutThePlansHeaderIsRefusedNamingTheFile) {
  const auto out = import_projects(conn(), at_, planner_, who_, "a,b,c\n1,2,3\n");
  ASSERT_FALSE(out.ok());
  EXPECT_TRUE(out.error().fields.count("file"));
}

TEST_P(PlanImport, AnExcelWorkbookImportsLikeTheCsv) {
  const auto out = import_projects(
      conn(), at_, planner_, who_,
      plan_workbook({{N{2}, N{11}, S("ระบบติดตามแผน (ใหม่)"), S("เพื่อติดตามแผน"), S("2569;2570"),
                      S("กองยุทธศาสตร์และงบประมาณ;กองคลัง"), S("software")},
                     {N{2}, N{4}, S("ระบบสารสนเทศเพื่อการบริหาร (ปรับปรุง)"), std::monostate{}, N{2569},
                      S("กองยุทธศาสตร์และงบประมาณ"), std::monostate{}}}));
  ASSERT_TRUE(out.ok()) << out.error().message.en << " " << out.error().internal;
  ASSERT_TRUE(out->errors.empty()) << out->errors[0].row << " " << out->errors[0].column;
  EXPECT_EQ(out->added, 1);
  EXPECT_EQ(out->updated, 1);
  const auto p211 = find_project_progress(conn(), {2024, 2, 2}, project_id(2, 11));
  ASSERT_TRUE(p211);
  EXPECT_EQ(p211->project.fiscal_years, (std::vector<int>{2569, 2570}));
  EXPECT_EQ(p211->divisions, (std::vector<std::string>{"finance", "strategy_budget"}));
  const auto p24 = find_project_progress(conn(), {2024, 2, 2}, project_id(2, 4));
  EXPECT_EQ(p24->project.fiscal_years, (std::vector<int>{2569}));
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.import"), 1);
}

TEST_P(PlanImport, ABadRowInAWorkbookImportsNothingAndIsNamedByItsExcelRow) {
  const auto projects_before = count("plan_project");
  const auto out = import_projects(
      conn(), at_, planner_, who_,
      plan_workbook({{N{2}, N{11}, S("โครงการดี"), S("ก"), N{2569}, S("กองคลัง"), S("software")},
                     {N{2}, N{12}, S("ปีผิด"), S("ก"), S("25xx"), S("กองคลัง"), S("software")}}));
  ASSERT_TRUE(out.ok()) << out.error().internal;
  ASSERT_EQ(out->errors.size(), 1u);
  EXPECT_EQ(out->errors[0].row, 3);
  EXPECT_EQ(out->errors[0].column, "years_be");
  EXPECT_EQ(count("plan_project"), projects_before) << "the good row 2 was not imported either";
  EXPECT_EQ(testing::audit_count(conn(), "plan.project.import"), 0);
}

TEST_P(PlanImport, OnlyThePlannerImports) {
  auth::Principal head;
  head.grant(kManagePermission, "education");
  EXPECT_EQ(import_projects(conn(), at_, planner_, head, kHeader).error().code,
            ErrorCode::permission_denied);
}

INSTANTIATE_TEST_SUITE_P(, PlanImport, ::testing::ValuesIn(db::test_backends()), db::backend_name);

class PlanImportApi : public testing::PlanRouteTest {};

TEST_P(PlanImportApi, ABadFileAnswers400NamingRowsAndImportsNothing) {
  sign_in_as_planner();
  const auto r = call("POST", "/api/v1/plan/import",
                      kHeader +
                          "2,11,\"ดี\",\"ก\",2569,กองคลัง,software\n"
                          "2,12,\"ไม่ดี\",\"ก\",abc,กองคลัง,software\n",
                      {{"Content-Type", "text/csv"}, {"X-CSRF-Token", principal_.csrf_token}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(body_json(r).at("error").at("fields").as_object().contains("rows[3].years_be"));
  EXPECT_EQ(body_json(get("/api/v1/plan/projects")).at("items").as_array().size(), 25u);
}

TEST_P(PlanImportApi, AnXlsxBodyImportsAndABadOneAnswers400NamingTheRow) {
  sign_in_as_planner();
  const std::string kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const auto bad =
      call("POST", "/api/v1/plan/import",
           plan_workbook({{N{2}, N{11}, S("ดี"), S("ก"), N{2569}, S("กองคลัง"), S("software")},
                          {N{9}, N{1}, S("ไม่ดี"), S("ก"), N{2569}, S("กองคลัง"), S("software")}}),
           {{"Content-Type", kXlsx}, {"X-CSRF-Token", principal_.csrf_token}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(body_json(bad).at("error").at("fields").as_object().contains("rows[3].strategy"));
  EXPECT_EQ(body_json(get("/api/v1/plan/projects")).at("items").as_array().size(), 25u);
  const auto good =
      call("POST", "/api/v1/plan/import",
           plan_workbook({{N{2}, N{11}, S("ดี"), S("ก"), N{2569}, S("กองคลัง"), S("software")}}),
           {{"Content-Type", kXlsx}, {"X-CSRF-Token", principal_.csrf_token}});
  ASSERT_EQ(good.status, 200) << good.body;
  EXPECT_EQ(body_json(good).at("added").as_int64(), 1);
  EXPECT_EQ(body_json(get("/api/v1/plan/projects")).at("items").as_array().size(), 26u);
}

INSTANTIATE_TEST_SUITE_P(, PlanImportApi, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
