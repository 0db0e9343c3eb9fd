// All SQL of the org module (tables org_*).
#include <stdexcept>

#include "modules/org/api.hpp"
#include "modules/org/seed.hpp"
#include "platform/assets/embedded.hpp"
#include "platform/text/csv.hpp"

namespace pao::org {

namespace {
Division to_division(const db::Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.boolean(4)};
}
constexpr const char* kDivisionColumns = "code, name_th, short_name_th, name_en, active";
}  // namespace

std::vector<Division> list_divisions(db::Connection& conn, bool include_inactive) {
  std::vector<Division> out;
  const auto rows =
      conn.query(std::string("SELECT ") + kDivisionColumns +
                     " FROM org_division WHERE active = 1 OR ? = 1 ORDER BY sort_order",
                 include_inactive ? 1 : 0);
  for (const auto& r : rows) out.push_back(to_division(r));
  return out;
}

std::optional<Division> find_division(db::Connection& conn, const std::string& code) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kDivisionColumns + " FROM org_division WHERE code = ?", code);
  if (!r) return std::nullopt;
  return to_division(*r);
}

std::vector<Position> list_positions(db::Connection& conn, bool include_inactive) {
  std::vector<Position> out;
  for (const auto& r : conn.query("SELECT code, name_th, name_en, active FROM org_position "
                                  "WHERE active = 1 OR ? = 1 ORDER BY sort_order, code",
                                  include_inactive ? 1 : 0)) {
    out.push_back({r.str(0), r.str(1), r.str(2), r.boolean(3)});
  }
  return out;
}

std::optional<Position> find_position(db::Connection& conn, const std::string& code) {
  const auto r = conn.query_one(
      "SELECT code, name_th, name_en, active FROM org_position WHERE code = ?", code);
  if (!r) return std::nullopt;
  return Position{r->str(0), r->str(1), r->str(2), r->boolean(3)};
}

Profile get_profile(db::Connection& conn) {
  const auto r = conn.query_one(
      "SELECT name_th, name_en, short_name_th, short_name_en, province_th, vision_th, "
      "digital_vision_th, digital_vision_en, digital_plan_th FROM org_profile WHERE id = 1");
  if (!r) throw std::runtime_error("org_profile has no row: run `pao migrate`");
  Profile p{r->str(0), r->str(1), r->str(2), r->str(3), r->str(4),
            r->str(5), r->str(6), r->str(7), r->str(8), {}};
  for (const auto& m : conn.query("SELECT text_th FROM org_digital_mission ORDER BY seq")) {
    p.digital_missions_th.push_back(m.str(0));
  }
  return p;
}

void load_division_seed(db::Connection& conn) {
  auto parsed = text::parse_csv(assets::require("modules/org/seed/divisions.csv"));
  if (!parsed.ok()) throw std::runtime_error("divisions.csv: " + parsed.error().message.en);
  const auto& rows = parsed.value();
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];  // code,name_th,short_th,name_en
    if (r.size() != 4)
      throw std::runtime_error("divisions.csv: row " + std::to_string(i + 1) + " needs 4 columns");
    conn.execute(
        "INSERT INTO org_division (code, name_th, short_name_th, name_en, sort_order, active) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        r[0], r[1], r[2], r[3], static_cast<std::int64_t>(i));
  }
}

}  // namespace pao::org
