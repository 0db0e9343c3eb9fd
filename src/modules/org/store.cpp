// All SQL of the org module (tables org_*).
#include <stdexcept>

#include "modules/org/api.hpp"
#include "modules/org/seed.hpp"
#include "modules/org/store.hpp"
#include "platform/assets/embedded.hpp"
#include "platform/text/csv.hpp"

namespace pao::org {

namespace {
Division to_division(const db::Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.boolean(4), static_cast<int>(r.i64(5))};
}
constexpr const char* kDivisionColumns =
    "code, name_th, short_name_th, name_en, active, sort_order";

Position to_position(const db::Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.boolean(3), static_cast<int>(r.i64(4))};
}
constexpr const char* kPositionColumns = "code, name_th, name_en, active, sort_order";

// The next multiple of ten above the largest sort order (10 for an empty table), so a new row
// goes last and there is room to slot one in between later.
int next_sort_order(db::Connection& conn, const char* table) {
  const auto r = conn.query_one(std::string("SELECT COALESCE(MAX(sort_order), 0) FROM ") + table);
  const std::int64_t max = r ? r->i64(0) : 0;
  return static_cast<int>(max / 10 * 10 + 10);
}
}  // namespace

std::vector<Division> list_divisions(db::Connection& conn, bool include_inactive) {
  std::vector<Division> out;
  const auto rows =
      conn.query(std::string("SELECT ") + kDivisionColumns +
                     " FROM org_division WHERE active = 1 OR ? = 1 ORDER BY sort_order, code",
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
  for (const auto& r : conn.query(std::string("SELECT ") + kPositionColumns +
                                      " FROM org_position WHERE active = 1 OR ? = 1 "
                                      "ORDER BY sort_order, code",
                                  include_inactive ? 1 : 0)) {
    out.push_back(to_position(r));
  }
  return out;
}

std::optional<Position> find_position(db::Connection& conn, const std::string& code) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kPositionColumns + " FROM org_position WHERE code = ?", code);
  if (!r) return std::nullopt;
  return to_position(*r);
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

namespace store {

// A no-op UPDATE takes the row lock on PostgreSQL (SQLite's write transaction already holds the
// database's write lock); portable where SELECT … FOR UPDATE is not.
std::optional<Division> lock_division(db::Connection& conn, const std::string& code) {
  if (conn.execute("UPDATE org_division SET code = code WHERE code = ?", code) == 0) {
    return std::nullopt;
  }
  return find_division(conn, code);
}

int next_division_sort_order(db::Connection& conn) {
  return next_sort_order(conn, "org_division");
}

void insert_division(db::Connection& conn, const Division& d) {
  conn.execute(
      "INSERT INTO org_division (code, name_th, short_name_th, name_en, sort_order, active) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      d.code, d.name_th, d.short_name_th, d.name_en, d.sort_order, d.active);
}

void update_division(db::Connection& conn, const Division& d) {
  conn.execute(
      "UPDATE org_division SET name_th = ?, short_name_th = ?, name_en = ?, sort_order = ?, "
      "active = ? WHERE code = ?",
      d.name_th, d.short_name_th, d.name_en, d.sort_order, d.active, d.code);
}

std::optional<Position> lock_position(db::Connection& conn, const std::string& code) {
  if (conn.execute("UPDATE org_position SET code = code WHERE code = ?", code) == 0) {
    return std::nullopt;
  }
  return find_position(conn, code);
}

int next_position_sort_order(db::Connection& conn) {
  return next_sort_order(conn, "org_position");
}

void insert_position(db::Connection& conn, const Position& p) {
  conn.execute(
      "INSERT INTO org_position (code, name_th, name_en, sort_order, active) "
      "VALUES (?, ?, ?, ?, ?)",
      p.code, p.name_th, p.name_en, p.sort_order, p.active);
}

void update_position(db::Connection& conn, const Position& p) {
  conn.execute(
      "UPDATE org_position SET name_th = ?, name_en = ?, sort_order = ?, active = ? "
      "WHERE code = ?",
      p.name_th, p.name_en, p.sort_order, p.active, p.code);
}

std::vector<Position> list_positions_after(db::Connection& conn,
                                           const std::optional<PositionKey>& after, int limit) {
  const std::string select =
      std::string("SELECT ") + kPositionColumns + " FROM org_position WHERE active = 1 ";
  const db::Rows rows =
      after ? conn.query(select +
                             "AND (sort_order > ? OR (sort_order = ? AND code > ?)) "
                             "ORDER BY sort_order, code LIMIT ?",
                         after->sort_order, after->sort_order, after->code, limit)
            : conn.query(select + "ORDER BY sort_order, code LIMIT ?", limit);
  std::vector<Position> out;
  for (const auto& r : rows) out.push_back(to_position(r));
  return out;
}

Profile lock_profile(db::Connection& conn) {
  conn.execute("UPDATE org_profile SET id = id WHERE id = 1");
  return get_profile(conn);
}

void update_profile(db::Connection& conn, const Profile& p, const std::string& updated_at) {
  conn.execute(
      "UPDATE org_profile SET name_th = ?, name_en = ?, short_name_th = ?, short_name_en = ?, "
      "province_th = ?, vision_th = ?, digital_vision_th = ?, digital_vision_en = ?, "
      "digital_plan_th = ?, updated_at = ? WHERE id = 1",
      p.name_th, p.name_en, p.short_name_th, p.short_name_en, p.province_th, p.vision_th,
      p.digital_vision_th, p.digital_vision_en, p.digital_plan_th, updated_at);
}

}  // namespace store

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
