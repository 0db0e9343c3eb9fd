#include "modules/saraban/store_division_register.hpp"

namespace pao::saraban::store {

namespace {

constexpr const char* kRank = "COALESCE(l.urgency_rank, 0)";

std::string number_where(const NumberFilter& f, std::vector<db::Param>& params) {
  std::string sql = "WHERE n.register_code = ? AND n.year = ? ";
  params.emplace_back(f.register_code);
  params.emplace_back(static_cast<std::int64_t>(f.year));
  if (f.taken_from) {
    sql += "AND n.taken_at >= ? ";
    params.emplace_back(*f.taken_from);
  }
  if (f.taken_until) {
    sql += "AND n.taken_at < ? ";
    params.emplace_back(*f.taken_until);
  }
  if (f.after) {
    sql += std::string("AND (") + kRank + " < ? OR (" + kRank + " = ? AND n.number < ?)) ";
    params.emplace_back(static_cast<std::int64_t>(f.after->first));
    params.emplace_back(static_cast<std::int64_t>(f.after->first));
    params.emplace_back(f.after->second);
  }
  return sql;
}

NumberStatus status_from(const std::string& s) {
  if (s == "reserved") return NumberStatus::reserved;
  if (s == "cancelled") return NumberStatus::cancelled;
  return NumberStatus::used;
}

}  // namespace

std::vector<NumberLine> list_number_lines(db::Connection& conn, const NumberFilter& f) {
  std::vector<db::Param> params;
  const std::string where = number_where(f, params);
  params.emplace_back(static_cast<std::int64_t>(f.limit));
  params.emplace_back(static_cast<std::int64_t>(f.offset));
  std::vector<NumberLine> out;
  for (const auto& r : conn.run(
           std::string("SELECT n.register_code, n.year, n.number, n.status, n.letter_id, "
                       "n.note, n.taken_at, n.taken_by, ") +
               kRank + " FROM saraban_number n LEFT JOIN saraban_letter l ON l.id = n.letter_id " +
               where + "ORDER BY " + kRank + " DESC, n.number DESC LIMIT ? OFFSET ?",
           params)) {
    NumberLine line;
    line.number.register_code = r.str(0);
    line.number.year = static_cast<int>(r.i64(1));
    line.number.number = r.i64(2);
    line.number.status = status_from(r.str(3));
    line.number.letter_id = r.opt_i64(4);
    line.number.note = r.str(5);
    line.number.taken_at = r.str(6);
    line.number.taken_by = r.str(7);
    line.urgency_rank = static_cast<int>(r.i64(8));
    out.push_back(std::move(line));
  }
  return out;
}

std::int64_t count_number_lines(db::Connection& conn, const NumberFilter& f) {
  NumberFilter without_cursor = f;
  without_cursor.after.reset();
  std::vector<db::Param> params;
  const std::string where = number_where(without_cursor, params);
  return conn.run("SELECT COUNT(*) FROM saraban_number n " + where, params).rows.at(0).i64(0);
}

}  // namespace pao::saraban::store
