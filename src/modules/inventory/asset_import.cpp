#include "modules/inventory/asset_import.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <map>
#include <set>

#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/store.hpp"
#include "modules/org/api.hpp"
#include "platform/html/components.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace {

constexpr std::size_t kMaxRows = 20'000;

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// "2026-01-15", "15/01/2569" or an Excel date's serial number ("45306") → "2026-01-15";
// nullopt when none of these.
std::optional<std::string> import_date(const std::string& v) {
  if (v.empty()) return std::string();
  if (const auto d = parse_iso_date(v)) return to_iso_date(*d);
  int serial = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), serial);
  if (ec == std::errc() && (end == v.data() + v.size() || *end == '.') && serial > 0 &&
      serial < 2958466) {
    return to_iso_date(add_days(Date{1899, 12, 30}, serial));  // Excel's day zero
  }
  auto d = html::read_date_field(v);
  if (d.ok() && *d) return to_iso_date(**d);
  return std::nullopt;
}

std::optional<std::int64_t> import_number(std::string v) {
  std::erase(v, ',');
  if (v.empty()) return 0;
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 0) return std::nullopt;
  return n;
}

std::optional<std::int64_t> import_baht(std::string v) {
  std::erase(v, ',');
  if (v.empty()) return 0;
  const auto dot = v.find('.');
  auto whole = import_number(v.substr(0, dot));
  if (!whole || v.substr(0, dot).empty()) return std::nullopt;
  std::string frac = dot == std::string::npos ? "" : v.substr(dot + 1);
  if (frac.size() > 2) {  // a spreadsheet's binary fraction, 2500.4999999: round to satang
    if (frac.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const double f = std::stod("0." + frac) * 100 + 0.5;
    const std::int64_t cents = static_cast<std::int64_t>(f);
    return *whole * 100 + cents;
  }
  while (frac.size() < 2) frac += '0';
  auto satang = import_number(frac);
  if (!satang) return std::nullopt;
  return *whole * 100 + *satang;
}

}  // namespace

ImportOutcome import_assets(db::Connection& conn, TimePoint at, const audit::Actor& by,
                            const std::vector<std::vector<std::string>>& table) {
  ImportOutcome out;
  auto problem = [&](int row, std::string column, Message why) {
    out.problems.push_back({row, std::move(column), std::move(why)});
  };
  if (table.empty()) {
    problem(1, "", {"ไฟล์ว่าง", "The file is empty"});
    return out;
  }
  if (table.size() - 1 > kMaxRows) {
    problem(1, "",
            {"เกิน " + std::to_string(kMaxRows) + " แถว",
             "More than " + std::to_string(kMaxRows) + " rows"});
    return out;
  }
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 0; i < table[0].size(); ++i) {
    const std::string name = trim(table[0][i]);
    if (std::find(kImportColumns.begin(), kImportColumns.end(), name) == kImportColumns.end()) {
      problem(1, name, {"ไม่ใช่ชื่อคอลัมน์ที่รู้จัก", "is not a known column"});
    } else if (!column_of.emplace(name, i).second) {
      problem(1, name, {"ซ้ำกัน", "appears twice"});
    }
  }
  if (!out.problems.empty()) return out;

  std::vector<AssetFields> rows;
  std::set<std::string> numbers;
  for (std::size_t r = 1; r < table.size(); ++r) {
    const int line = static_cast<int>(r) + 1;
    const auto& cells = table[r];
    if (std::all_of(cells.begin(), cells.end(), [](const auto& c) { return trim(c).empty(); }))
      continue;  // blank lines at the end of a spreadsheet's CSV
    auto cell = [&](const char* name) {
      const auto it = column_of.find(name);
      return it == column_of.end() || it->second >= cells.size() ? std::string()
                                                                 : trim(cells[it->second]);
    };
    AssetFields f;
    f.asset_no = cell("asset_no");
    f.kind = cell("kind");
    f.brand = cell("brand");
    f.model = cell("model");
    f.serial = cell("serial");
    f.hostname = cell("hostname");
    f.cpu = cell("cpu");
    f.os = cell("os");
    f.mac = cell("mac");
    f.ip = cell("ip");
    f.division_code = cell("division_code");
    f.location = cell("location");
    f.holder = cell("holder");
    f.status = cell("status");
    if (f.kind.empty()) f.kind = "other";
    if (f.status.empty()) f.status = "in_use";
    for (const char* name : {"ram_mb", "disk_gb"}) {
      const auto n = import_number(cell(name));
      if (!n) problem(line, name, {"ไม่ใช่ตัวเลข", "is not a number"});
      (std::string(name) == "ram_mb" ? f.ram_mb : f.disk_gb) = n.value_or(0);
    }
    if (const auto price = import_baht(cell("price"))) {
      f.price_satang = *price;
    } else {
      problem(line, "price", {"ไม่ใช่จำนวนเงิน", "is not an amount"});
    }
    if (const std::string y = cell("funding_year"); !y.empty()) {
      const auto n = import_number(y);
      if (!n)
        problem(line, "funding_year", {"ไม่ใช่ปี พ.ศ.", "is not a B.E. year"});
      else
        f.funding_year = static_cast<int>(*n);
    }
    for (const char* name : {"purchased_on", "warranty_ends_on"}) {
      const auto d = import_date(cell(name));
      if (!d) problem(line, name, {"ไม่ใช่วันที่", "is not a date"});
      (std::string(name) == "purchased_on" ? f.purchased_on : f.warranty_ends_on) = d.value_or("");
    }
    if (const FieldErrors bad = check_asset_fields(f); !bad.empty()) {
      for (const auto& [field, why] : bad.to_error().fields) problem(line, field, why);
    }
    if (!f.division_code.empty() && !org::find_division(conn, f.division_code)) {
      problem(line, "division_code", {"ไม่มีส่วนราชการนี้", "is not a division"});
    }
    if (!f.asset_no.empty()) {
      if (!numbers.insert(f.asset_no).second) {
        problem(line, "asset_no", {"ซ้ำกับแถวก่อนหน้าในไฟล์", "repeats an earlier row of the file"});
      } else if (store::asset_id_by_number(conn, f.asset_no)) {
        problem(line, "asset_no", {"มีในทะเบียนแล้ว", "is already in the registry"});
      }
    }
    rows.push_back(std::move(f));
  }
  if (!out.problems.empty()) return out;

  db::Tx tx(conn);
  const std::string now = to_iso_utc(at);
  for (const auto& f : rows) {
    std::int64_t id = 0;
    try {
      id = store::insert_asset(conn, f, "", now);
    } catch (const db::UniqueViolation&) {  // someone registered the number meanwhile
      out.problems.push_back({0,
                              "asset_no",
                              {"เลข " + f.asset_no + " ถูกลงทะเบียนระหว่างนำเข้า",
                               f.asset_no + " was registered meanwhile"}});
      out.imported = 0;
      return out;  // the transaction rolls back: nothing imported
    }
    audit::Changes changes = new_asset_changes(f);
    changes.note("source", boost::json::string("import"));
    audit::record(conn, at, by, {"inventory.asset.create", "asset", std::to_string(id), changes});
    ++out.imported;
  }
  tx.commit();
  return out;
}

}  // namespace pao::inventory
