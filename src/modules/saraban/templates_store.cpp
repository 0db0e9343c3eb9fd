#include "modules/saraban/templates_store.hpp"

namespace pao::saraban::store {

namespace {

constexpr const char* kTemplateColumns =
    "id, name, kind, register_code, subject, to_text, body, closing, active, version, "
    "updated_at, updated_by";

LetterTemplate template_from(const db::Row& r) {
  LetterTemplate t;
  t.id = r.i64(0);
  t.name = r.str(1);
  t.kind = parse_letter_kind(r.str(2)).value_or(LetterKind::external);
  t.register_code = r.str(3);
  t.subject = r.str(4);
  t.to = r.str(5);
  t.body = r.str(6);
  t.closing = r.str(7);
  t.active = r.i64(8) != 0;
  t.version = static_cast<int>(r.i64(9));
  t.updated_at = r.str(10);
  t.updated_by = r.str(11);
  return t;
}

}  // namespace

std::vector<LetterTemplate> list_templates(db::Connection& conn, bool with_archived) {
  std::vector<LetterTemplate> out;
  const std::string sql = std::string("SELECT ") + kTemplateColumns +
                          " FROM saraban_letter_template WHERE active = 1 OR ? = 1 "
                          "ORDER BY active DESC, name, id";
  for (const auto& r : conn.query(sql, with_archived ? 1 : 0)) out.push_back(template_from(r));
  return out;
}

std::optional<LetterTemplate> find_template(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kTemplateColumns + " FROM saraban_letter_template WHERE id = ?", id);
  if (!r) return std::nullopt;
  return template_from(*r);
}

std::int64_t insert_template(db::Connection& conn, const LetterTemplate& t) {
  return conn
      .query_one(
          "INSERT INTO saraban_letter_template (name, kind, register_code, subject, to_text, "
          "body, closing, active, version, updated_at, updated_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          t.name, letter_kind_name(t.kind), t.register_code, t.subject, t.to, t.body, t.closing,
          t.active ? 1 : 0, t.version, t.updated_at, t.updated_by)
      ->i64(0);
}

void update_template(db::Connection& conn, const LetterTemplate& t) {
  conn.execute(
      "UPDATE saraban_letter_template SET name = ?, kind = ?, register_code = ?, subject = ?, "
      "to_text = ?, body = ?, closing = ?, active = ?, version = ?, updated_at = ?, "
      "updated_by = ? WHERE id = ?",
      t.name, letter_kind_name(t.kind), t.register_code, t.subject, t.to, t.body, t.closing,
      t.active ? 1 : 0, t.version, t.updated_at, t.updated_by, t.id);
}

void set_setting(db::Connection& conn, const std::string& key, const std::string& value) {
  conn.execute(
      "INSERT INTO saraban_setting (key, value) VALUES (?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      key, value);
}

void set_reference_format(db::Connection& conn, const std::string& register_code,
                          const std::string& format) {
  conn.execute("UPDATE saraban_register SET reference_format = ? WHERE code = ?", format,
               register_code);
}

std::int64_t last_number(db::Connection& conn, const std::string& register_code, int year) {
  const auto r =
      conn.query_one("SELECT last_no FROM saraban_sequence WHERE register_code = ? AND year = ?",
                     register_code, year);
  return r ? r->i64(0) : 0;
}

std::map<std::int64_t, std::string> issued_references(db::Connection& conn,
                                                      const std::string& register_code, int year) {
  std::map<std::int64_t, std::string> out;
  for (const auto& r : conn.query(
           "SELECT register_no, reference FROM saraban_letter WHERE register_code = ? AND year = ?",
           register_code, year)) {
    out.emplace(r.i64(0), r.str(1));
  }
  return out;
}

}  // namespace pao::saraban::store
