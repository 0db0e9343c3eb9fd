// A round's report as XLSX and PDF through the pages, on both databases: openpyxl reads the
// figures back, and pdftotext finds the Thai project names.
#include "modules/plan/round_exports.hpp"

#include <gtest/gtest.h>

#include "modules/plan/route_testing.hpp"
#include "platform/export/testing.hpp"

namespace pao::plan {
namespace {

namespace json = boost::json;
using testing::Contains;

class PlanRoundExports : public testing::PlanRouteTest {
 protected:
  std::int64_t round_with_a_report() {
    sign_in_as_planner();
    {
      auto c = conn();
      c->execute("UPDATE plan_project_year SET budget_satang = 50000000 WHERE fiscal_year = 2567");
    }
    const auto r = send_json("POST", "/api/v1/plan/rounds",
                             json::object{{"fiscal_year", 2567},
                                          {"frequency", "quarterly"},
                                          {"period", 1},
                                          {"deadline", "2024-01-15"}});
    EXPECT_EQ(r.status, 201) << r.body;
    const auto round = body_json(r).at("id").as_int64();
    const auto filed =
        send_json("POST", "/api/v1/plan/projects/" + std::to_string(project_id(2, 4)) + "/reports",
                  json::object{{"round_id", round},
                               {"percent_complete", 15},
                               {"spent_satang", 1234500},
                               {"problems_th", "ผู้รับจ้างส่งงานล่าช้า"}});
    EXPECT_EQ(filed.status, 201) << filed.body;
    return round;
  }
};

TEST_P(PlanRoundExports, TheXlsxHasOneRowPerProjectWithTheFiguresOpenpyxlReads) {
  if (const auto missing = exports::testing::openpyxl_missing(); !missing.empty())
    FAIL() << missing;
  const auto round = round_with_a_report();
  const auto r = get("/plan/rounds/" + std::to_string(round) + "/report.xlsx");
  ASSERT_EQ(r.status, 200) << r.body;
  exports::testing::TempFile file("round.xlsx", r.body);
  const auto read = exports::testing::run_command(
      {exports::testing::python_with_openpyxl(), "-c",
       "import sys, openpyxl\n"
       "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
       "for row in ws.iter_rows(values_only=True):\n"
       "  print('|'.join('' if v is None else str(v) for v in row))\n",
       file.path().string()});
  ASSERT_EQ(read.exit_code, 0) << read.err;
  EXPECT_TRUE(Contains(read.out, "ยุทธศาสตร์|โครงการ|หน่วยงานรับผิดชอบ"));
  EXPECT_TRUE(Contains(read.out,
                       "2.4 โครงการพัฒนาระบบสารสนเทศเพื่อการบริหารจัดการองค์การบริหารส่วนจังหวัดลำพูน|"
                       "กองยุทธศาสตร์และงบประมาณ|500000|12345|0.125|0.15|"))
      << "budget and spending in baht; 12.5% planned after Q1 of 8 quarters, 15% reported";
  EXPECT_TRUE(Contains(read.out, "ผู้รับจ้างส่งงานล่าช้า"));
  std::size_t rows = 0;
  for (char c : read.out) rows += c == '\n' ? 1 : 0;
  EXPECT_EQ(rows, 2u + 1u + 15u) << "two title lines, the header, the 15 projects of 2567";
}

TEST_P(PlanRoundExports, ThePdfCarriesTheThaiProjectNames) {
  if (const auto missing = exports::testing::poppler_missing(); !missing.empty()) FAIL() << missing;
  const auto round = round_with_a_report();
  const auto r = get("/plan/rounds/" + std::to_string(round) + "/report.pdf");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 200);
  const auto text = exports::testing::without_whitespace(exports::testing::pdf_text(r.body));
  EXPECT_TRUE(Contains(text, "รายงานความก้าวหน้าแผนปฏิบัติการดิจิทัลไตรมาส1/2567"));
  EXPECT_TRUE(Contains(text, "ผู้รับจ้างส่งงานล่าช้า"));
  EXPECT_TRUE(Contains(text, "จัดทำระบบแจ้งซ่อมคอมพิวเตอร์")) << "project 2.5, due in 2567";
  EXPECT_TRUE(Contains(text, "12,345.00"));
}

INSTANTIATE_TEST_SUITE_P(, PlanRoundExports, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::plan
