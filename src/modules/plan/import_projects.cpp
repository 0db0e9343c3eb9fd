#include "modules/plan/import_projects.hpp"

#include <charconv>
#include <map>
#include <set>

#include "modules/plan/api.hpp"
#include "modules/plan/permissions.hpp"
#include "modules/plan/plans.hpp"
#include "modules/plan/search_documents.hpp"
#include "modules/plan/seed.hpp"
#include "modules/plan/store.hpp"
#include "platform/export/xlsx_reader.hpp"
#include "platform/http/json_input.hpp"
#include "platform/text/csv.hpp"

namespace pao::plan {

namespace {

const std::vector<std::string> kColumns = {"strategy",      "seq",      "project_th",
                                           "objectives_th", "years_be", "responsible_units_th",
                                           "system_kind"};

std::optional<int> number(const std::string& s) {
  int v = 0;
  const auto t = http::trim(s);
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return v;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= s.size()) {
    auto j = s.find(sep, i);
    if (j == std::string::npos) j = s.size();
    if (auto part = http::trim(s.substr(i, j - i)); !part.empty()) out.push_back(part);
    i = j + 1;
  }
  return out;
}

// The file's rows: CSV as written; a workbook's first sheet with the cells Excel leaves out at the
// end of a row put back as empty ones, so a row is 7 cells like a CSV line (an empty row is one
// empty cell, as a CSV's blank line).
Result<std::vector<std::vector<std::string>>> rows_of(std::string_view file) {
  if (!exports::looks_like_xlsx(file)) return text::parse_csv(file);
  auto rows = exports::read_first_sheet(file);
  if (!rows.ok()) return rows;
  for (auto& row : *rows) {
    while (!row.empty() && http::trim(row.back()).empty()) row.pop_back();
    if (row.size() < kColumns.size()) row.resize(row.empty() ? 1 : kColumns.size());
  }
  return rows;
}

}  // namespace

Result<ImportOutcome> import_projects(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                      const auth::Principal& who, std::string_view file,
                                      std::int64_t plan_id) {
  if (!is_planner(who)) {
    return Error{ErrorCode::permission_denied,
                 {"เฉพาะผู้จัดทำแผนนำเข้าโครงการได้", "Only the planner may import projects"},
                 {},
                 {}};
  }
  const auto plan = find_plan(conn, plan_id);
  if (!plan) {
    return Error::invalid({"ไม่พบแผนที่เลือก", "No such plan"})
        .field("plan", {"ต้องเป็นแผนที่มีอยู่", "must be an existing plan"});
  }
  auto parsed = rows_of(file);
  if (!parsed.ok() || parsed->empty() || parsed->front() != kColumns) {
    return Error::invalid({"ไฟล์ไม่ใช่ CSV หรือ Excel (.xlsx) ตามรูปแบบแผน",
                           "The file is not a CSV or Excel (.xlsx) file in the plan's shape"})
        .field("file", {"ต้องมีหัวตาราง " + text::to_csv_line(kColumns),
                        "must have the header " + text::to_csv_line(kColumns)});
  }
  const auto& rows = *parsed;
  const auto& unit_codes = division_names_th();  // code → name; invert for name → code
  std::map<std::string, std::string> codes_of_unit;
  for (const auto& [code, name] : unit_codes) codes_of_unit[name] = code;

  ImportOutcome out;
  struct Row {
    int strategy, seq;
    std::vector<std::string> cells;
    std::vector<int> years;
    std::set<std::string> divisions;
  };
  std::vector<Row> good;
  std::set<std::pair<int, int>> seen;
  std::map<int, int> strategies;  // number in the plan → key
  for (const auto& s : list_strategies(conn, plan_id)) strategies[s.number] = s.id;
  const std::string span = std::to_string(plan->first_year) + "–" + std::to_string(plan->last_year);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const int line = static_cast<int>(i) + 1;
    const auto& r = rows[i];
    if (r.size() == 1 && http::trim(r[0]).empty()) continue;  // a blank line
    auto bad = [&](const char* column, Message why) {
      out.errors.push_back({line, column, std::move(why)});
    };
    if (r.size() != kColumns.size()) {
      bad("", {"ต้องมี 7 คอลัมน์", "must have 7 columns"});
      continue;
    }
    const std::size_t before = out.errors.size();
    Row row{0, 0, r, {}, {}};
    const auto s = number(r[0]);
    if (!s || !strategies.count(*s))
      bad("strategy", {"ไม่มียุทธศาสตร์นี้", "is not a strategy of the plan"});
    const auto q = number(r[1]);
    if (!q || *q < 1 || *q > 999) bad("seq", {"ต้องเป็นเลข 1–999", "must be a number from 1 to 999"});
    if (s && q && !seen.insert({*s, *q}).second)
      bad("seq", {"ซ้ำกับแถวก่อนหน้า", "repeats an earlier row"});
    if (http::trim(r[2]).empty()) bad("project_th", {"กรุณากรอกชื่อโครงการ", "is required"});
    for (const auto& y : split(r[4], ';')) {
      const auto year = number(y);
      if (!year || *year < 2500 || *year > 2700) {
        bad("years_be", {"ต้องเป็นปี พ.ศ. คั่นด้วย ; เช่น 2567;2568",
                         "must be B.E. years separated by ';', e.g. 2567;2568"});
        break;
      }
      if (*year < plan->first_year || *year > plan->last_year) {
        bad("years_be", {"ต้องอยู่ในช่วงปีของแผน " + span, "must lie within the plan's years " + span});
        break;
      }
      row.years.push_back(*year);
    }
    if (row.years.empty() && out.errors.size() == before) {
      bad("years_be", {"ต้องมีอย่างน้อยหนึ่งปี", "needs at least one year"});
    }
    for (const auto& unit : split(r[5], ';')) {
      if (unit == "ทุกส่วนราชการ") {
        for (const auto& [code, name] : unit_codes) row.divisions.insert(code);
      } else if (const auto it = codes_of_unit.find(unit); it != codes_of_unit.end()) {
        row.divisions.insert(it->second);
      } else {
        bad("responsible_units_th", {"ไม่รู้จักหน่วยงาน “" + unit + "”", "unknown unit “" + unit + "”"});
      }
    }
    if (out.errors.size() == before) {
      row.strategy = strategies.at(*s);
      row.seq = *q;
      good.push_back(std::move(row));
    }
  }
  if (!out.errors.empty()) return out;

  db::Tx tx(conn);
  for (const auto& row : good) {
    const auto& c = row.cells;
    const auto [id, added] = store::upsert_project(
        conn, row.strategy, row.seq, http::trim(c[2]), http::trim(c[3]), http::trim(c[5]),
        http::trim(c[6]), row.years, {row.divisions.begin(), row.divisions.end()});
    (added ? out.added : out.updated) += 1;
    index_project(conn, at, *find_project(conn, id));
  }
  audit::Changes changes;
  changes.note("plan_id", plan_id).note("added", out.added).note("updated", out.updated);
  audit::record(conn, at, by, {"plan.project.import", "plan_project", "", changes});
  tx.commit();
  return out;
}

}  // namespace pao::plan
