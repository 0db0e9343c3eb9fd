#include "platform/export/xlsx.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "platform/export/testing.hpp"

namespace pao::exports {
namespace {

namespace json = boost::json;
using testing::openpyxl_missing;
using testing::run_command;
using testing::TempFile;

// What openpyxl reads from every sheet: name, frozen pane, autofilter range, column widths and
// each cell as {"t": python type, "v": value (dates ISO), "f": number format}.
constexpr const char* kReadBack = R"PY(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, (datetime.datetime, datetime.date)):
                v = v.isoformat()
            cells.append({"t": type(c.value).__name__, "v": v, "f": c.number_format,
                          "b": bool(c.font and c.font.b)})
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "rows": rows, "widths": widths})
print(json.dumps(out, ensure_ascii=False))
)PY";

json::value read_back(const std::string& xlsx) {
  const TempFile file("report.xlsx", xlsx);
  const auto r =
      run_command({testing::python_with_openpyxl(), "-c", kReadBack, file.path().string()});
  if (r.exit_code != 0) throw std::runtime_error("openpyxl could not read the file: " + r.err);
  return json::parse(r.out);
}

const json::object& cell(const json::value& book, std::size_t sheet, std::size_t row,
                         std::size_t col) {
  return book.at(sheet).at("rows").at(row).at(col).as_object();
}

std::string str(const json::value& v) {
  return std::string(v.as_string());
}

class XlsxWorkbookTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string missing = openpyxl_missing(); !missing.empty()) FAIL() << missing;
  }
};

XlsxWorkbook budget_report() {
  XlsxWorkbook book;
  auto& sheet = book.add_sheet("งบประมาณ 2569");
  sheet.title("รายงานการเบิกจ่ายงบประมาณ องค์การบริหารส่วนจังหวัดลำพูน");
  sheet.header({"โครงการ", "จำนวนสัญญา", "วงเงิน (บาท)", "วันที่อนุมัติ", "เบิกจ่ายแล้ว"});
  sheet.row(
      {"ซ่อมแซมถนนสายบ้านน้ำดิบ–ป่าซาง", 3, Satang(125000050), Date{2026, 11, 25}, Percent{0.425}});
  sheet.row({"จัดซื้อครุภัณฑ์คอมพิวเตอร์ กองคลัง", std::int64_t{12}, Satang::from_baht(-20),
             Date{2027, 2, 28}, Percent{1}});
  sheet.row({"=HYPERLINK(\"http://evil\")", {}, Satang(0)});
  return book;
}

// The budget report as openpyxl reads it, read once for the tests below (python starts slowly).
const json::value& budget_book() {
  static const json::value kBook = read_back(budget_report().bytes());
  return kBook;
}

TEST_F(XlsxWorkbookTest, ThaiTextSurvivesIntact) {
  const auto& book = budget_book();
  EXPECT_EQ(str(book.at(0).at("name")), "งบประมาณ 2569");
  EXPECT_EQ(str(cell(book, 0, 0, 0).at("v")), "รายงานการเบิกจ่ายงบประมาณ องค์การบริหารส่วนจังหวัดลำพูน");
  EXPECT_EQ(str(cell(book, 0, 1, 2).at("v")), "วงเงิน (บาท)");
  EXPECT_EQ(str(cell(book, 0, 2, 0).at("v")), "ซ่อมแซมถนนสายบ้านน้ำดิบ–ป่าซาง");
}

TEST_F(XlsxWorkbookTest, NumbersAreNumbersAndMoneyKeepsItsSatang) {
  const auto& book = budget_book();
  EXPECT_EQ(str(cell(book, 0, 2, 1).at("t")), "int");
  EXPECT_EQ(cell(book, 0, 2, 1).at("v").as_int64(), 3);
  EXPECT_EQ(cell(book, 0, 3, 1).at("v").as_int64(), 12);

  EXPECT_EQ(str(cell(book, 0, 2, 2).at("t")), "float");
  EXPECT_DOUBLE_EQ(cell(book, 0, 2, 2).at("v").as_double(), 1250000.50);
  EXPECT_EQ(str(cell(book, 0, 2, 2).at("f")), "#,##0.00");
  EXPECT_EQ(cell(book, 0, 3, 2).at("v").to_number<double>(), -20.0);

  EXPECT_DOUBLE_EQ(cell(book, 0, 2, 4).at("v").as_double(), 0.425);
  EXPECT_EQ(str(cell(book, 0, 2, 4).at("f")), "0.00%");
}

TEST_F(XlsxWorkbookTest, DateCellIsARealDateShownWithThaiMonthAndBuddhistYear) {
  const auto& book = budget_book();
  EXPECT_EQ(str(cell(book, 0, 2, 3).at("t")), "datetime");
  EXPECT_EQ(str(cell(book, 0, 2, 3).at("v")), "2026-11-25T00:00:00");
  EXPECT_EQ(str(cell(book, 0, 2, 3).at("f")), "[$-107041E]d mmm yyyy");
  EXPECT_EQ(str(cell(book, 0, 3, 3).at("v")), "2027-02-28T00:00:00");
}

TEST_F(XlsxWorkbookTest, DateTimeCellIsTheBangkokWallClock) {
  XlsxWorkbook book;
  // 2026-11-25T07:05:30Z is 14:05:30 in Bangkok.
  const TimePoint at =
      bangkok_time(Date{2026, 11, 25},
                   std::chrono::hours(14) + std::chrono::minutes(5) + std::chrono::seconds(30));
  book.add_sheet("log").header({"เวลา"}).row({BangkokDateTime{at}});
  const auto read = read_back(book.bytes());
  EXPECT_EQ(str(cell(read, 0, 1, 0).at("v")), "2026-11-25T14:05:30");
}

TEST_F(XlsxWorkbookTest, HeaderIsBoldFrozenAndFiltersTheWholeTable) {
  const auto& book = budget_book();
  EXPECT_TRUE(cell(book, 0, 1, 0).at("b").as_bool());
  EXPECT_FALSE(cell(book, 0, 2, 0).at("b").as_bool());
  EXPECT_EQ(str(book.at(0).at("freeze")), "A3");  // rows 1–2 (title, header) stay in view
  EXPECT_EQ(str(book.at(0).at("filter")), "A2:E5");
}

TEST_F(XlsxWorkbookTest, TextThatLooksLikeAFormulaStaysText) {
  const auto& book = budget_book();
  EXPECT_EQ(str(cell(book, 0, 4, 0).at("t")), "str");
  EXPECT_EQ(str(cell(book, 0, 4, 0).at("v")), "=HYPERLINK(\"http://evil\")");
  EXPECT_TRUE(cell(book, 0, 4, 1).at("v").is_null());
}

TEST_F(XlsxWorkbookTest, ColumnsAreWideEnoughForThaiTextWithoutCountingMarksAboveAndBelow) {
  XlsxWorkbook book;
  // 25 code points, 12 of them marks above or below the line: 13 wide.
  book.add_sheet("s").header({"x", "y"}).row({"ญี่ปุ่นน้ำกุ้งปู่ที่สำนัก", "abc"});
  const auto read = read_back(book.bytes());
  const double thai = read.at(0).at("widths").at("A").to_number<double>();
  EXPECT_GE(thai, 13.0);
  EXPECT_LT(thai, 20.0);
  EXPECT_LT(read.at(0).at("widths").at("B").to_number<double>(), thai);
}

TEST_F(XlsxWorkbookTest, ControlCharactersAndInvalidUtf8DoNotCorruptTheFile) {
  XlsxWorkbook book;
  book.add_sheet("s").row({std::string("ก\x01ข\xFFค\tง")});
  const auto read = read_back(book.bytes());
  EXPECT_EQ(str(cell(read, 0, 0, 0).at("v")), "กข\xEF\xBF\xBDค\tง");
}

TEST_F(XlsxWorkbookTest, SheetsKeepTheirOrderAndDuplicateNamesGetASuffix) {
  XlsxWorkbook book;
  book.add_sheet("สรุป");
  book.add_sheet("สรุป");
  book.add_sheet("a/b");
  const auto read = read_back(book.bytes());
  ASSERT_EQ(read.as_array().size(), 3u);
  EXPECT_EQ(str(read.at(0).at("name")), "สรุป");
  EXPECT_EQ(str(read.at(1).at("name")), "สรุป (2)");
  EXPECT_EQ(str(read.at(2).at("name")), "a_b");
}

TEST_F(XlsxWorkbookTest, AnEmptyWorkbookIsStillAFileExcelOpens) {
  const auto read = read_back(XlsxWorkbook().bytes());
  ASSERT_EQ(read.as_array().size(), 1u);
  EXPECT_EQ(str(read.at(0).at("name")), "Sheet1");
}

TEST(XlsxWorkbook, BytesLeavesNoTemporaryFilesBehind) {
  const TempFile marker("marker", "");
  const std::string old_tmpdir = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
  ::setenv("TMPDIR", marker.directory().c_str(), 1);
  const std::string bytes = budget_report().bytes();
  if (old_tmpdir.empty()) {
    ::unsetenv("TMPDIR");
  } else {
    ::setenv("TMPDIR", old_tmpdir.c_str(), 1);
  }
  EXPECT_EQ(bytes.substr(0, 2), "PK");  // a zip container
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(marker.directory())) {
    ++entries;
  }
  EXPECT_EQ(entries, 1u);  // only the marker
}

TEST(XlsxWorkbook, SameDataAndCreationTimeGiveTheSameFile) {
  const TimePoint created = bangkok_midnight(Date{2026, 11, 25});
  XlsxWorkbook a(created);
  XlsxWorkbook b(created);
  a.add_sheet("s").row({"ลำพูน", 1});
  b.add_sheet("s").row({"ลำพูน", 1});
  EXPECT_EQ(a.bytes(), b.bytes());
}

TEST(XlsxSheetName, ForbiddenCharactersBecomeUnderscores) {
  EXPECT_EQ(sanitize_sheet_name("ก[1]:2*3?4/5\\6"), "ก_1__2_3_4_5_6");
  EXPECT_EQ(sanitize_sheet_name("a\nb"), "a_b");
}

TEST(XlsxSheetName, IsCutToThirtyOneCharactersCountingThaiMarksAsCharacters) {
  const std::string name = "รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น";  // 39 code points
  const std::string cut = sanitize_sheet_name(name);
  EXPECT_EQ(cut, "รายงานผลการดำเนินงานตามแผนพัฒนา");
  EXPECT_TRUE(name.starts_with(cut));
}

TEST(XlsxSheetName, ApostrophesAtTheEndsEmptyNamesAndHistoryAreMadeAcceptable) {
  EXPECT_EQ(sanitize_sheet_name("'สรุป'"), "สรุป");
  EXPECT_EQ(sanitize_sheet_name(""), "Sheet");
  EXPECT_EQ(sanitize_sheet_name(" '' "), "Sheet");
  EXPECT_EQ(sanitize_sheet_name("history"), "history_");
}

TEST(XlsxSheet, HeaderAfterRowsIsAProgrammingError) {
  XlsxWorkbook book;
  auto& sheet = book.add_sheet("s");
  sheet.row({1});
  EXPECT_THROW(sheet.header({"a"}), std::logic_error);
}

}  // namespace
}  // namespace pao::exports
