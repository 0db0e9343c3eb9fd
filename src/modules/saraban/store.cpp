#include "modules/saraban/store.hpp"

namespace pao::saraban::store {

namespace {

Register register_from(const db::Row& r) {
  return {r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)};
}

NumberStatus status_from(const std::string& s) {
  if (s == "reserved") return NumberStatus::reserved;
  if (s == "cancelled") return NumberStatus::cancelled;
  return NumberStatus::used;
}

constexpr const char* kNumberColumns =
    "register_code, year, number, status, letter_id, note, taken_at, taken_by";

RegisterNumber number_from(const db::Row& r) {
  RegisterNumber n;
  n.register_code = r.str(0);
  n.year = static_cast<int>(r.i64(1));
  n.number = r.i64(2);
  n.status = status_from(r.str(3));
  n.letter_id = r.opt_i64(4);
  n.note = r.str(5);
  n.taken_at = r.str(6);
  n.taken_by = r.str(7);
  return n;
}

// The letter's columns, then whether the viewer (the last parameter before the WHERE's) is named
// on its job.
constexpr const char* kLetterSelect =
    "SELECT l.id, l.job_id, l.direction, l.register_code, l.year, l.register_no, l.reference, "
    "l.dated, l.from_party, l.to_party, l.subject, l.urgency, l.secrecy, l.registered_at, "
    "l.registered_on, l.registered_by, l.retention_years, "
    "EXISTS (SELECT 1 FROM saraban_job_member m WHERE m.job_id = l.job_id AND m.user_id = ?) "
    "FROM saraban_letter l ";

Letter letter_from(const db::Row& r) {
  Letter l;
  l.id = r.i64(0);
  l.job_id = r.i64(1);
  l.direction = r.str(2);
  l.register_code = r.str(3);
  l.year = static_cast<int>(r.i64(4));
  l.register_no = r.i64(5);
  l.reference = r.str(6);
  l.dated = r.str(7);
  l.from = r.str(8);
  l.to = r.str(9);
  l.subject = r.str(10);
  l.urgency = parse_urgency(r.str(11)).value_or(Urgency::normal);
  l.secrecy = parse_secrecy(r.str(12)).value_or(Secrecy::top_secret);
  l.registered_at = r.str(13);
  l.registered_on = r.str(14);
  l.registered_by = r.str(15);
  l.retention_years = static_cast<int>(r.i64(16));
  l.viewer_named = r.boolean(17);
  return l;
}

std::optional<std::string> blank_is_null(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

constexpr const char* kJobColumns =
    "j.id, j.title, j.secrecy, j.urgency, j.due_date, j.status, j.created_at";

}  // namespace

Job job_from(const db::Row& r) {
  Job j;
  j.id = r.i64(0);
  j.title = r.str(1);
  j.secrecy = parse_secrecy(r.str(2)).value_or(Secrecy::top_secret);
  j.urgency = parse_urgency(r.str(3)).value_or(Urgency::normal);
  j.due_date = r.str(4);
  j.status = r.str(5);
  j.created_at = r.str(6);
  return j;
}

std::string setting(db::Connection& conn, const std::string& key) {
  const auto row = conn.query_one("SELECT value FROM saraban_setting WHERE key = ?", key);
  return row ? row->str(0) : std::string();
}

// ---- registers and numbers ----------------------------------------------------------------------

std::vector<Register> list_registers(db::Connection& conn) {
  std::vector<Register> out;
  for (const auto& r : conn.query("SELECT code, kind, division_code, name_th, name_en, "
                                  "reference_format FROM saraban_register ORDER BY code")) {
    out.push_back(register_from(r));
  }
  return out;
}

std::optional<Register> find_register(db::Connection& conn, const std::string& code) {
  const auto r = conn.query_one(
      "SELECT code, kind, division_code, name_th, name_en, reference_format "
      "FROM saraban_register WHERE code = ?",
      code);
  if (!r) return std::nullopt;
  return register_from(*r);
}

void insert_register_if_missing(db::Connection& conn, const Register& r) {
  conn.execute(
      "INSERT INTO saraban_register (code, kind, division_code, name_th, name_en, "
      "reference_format) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
      r.code, r.kind, r.division_code, r.name_th, r.name_en, r.reference_format);
}

std::int64_t raise_counter(db::Connection& conn, const std::string& register_code, int year) {
  const auto row = conn.query_one(
      "INSERT INTO saraban_sequence (register_code, year, last_no) VALUES (?, ?, 1) "
      "ON CONFLICT (register_code, year) DO UPDATE SET last_no = saraban_sequence.last_no + 1 "
      "RETURNING last_no",
      register_code, year);
  return row->i64(0);
}

void insert_number(db::Connection& conn, const RegisterNumber& n) {
  conn.execute(
      "INSERT INTO saraban_number (register_code, year, number, status, letter_id, note, "
      "taken_at, taken_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      n.register_code, n.year, n.number, number_status_name(n.status), n.letter_id, n.note,
      n.taken_at, n.taken_by, n.taken_at);
}

std::optional<RegisterNumber> lock_number(db::Connection& conn, const std::string& register_code,
                                          int year, std::int64_t number) {
  const std::string lock = conn.dialect() == db::Dialect::postgresql ? " FOR UPDATE" : "";
  const auto r = conn.query_one(std::string("SELECT ") + kNumberColumns +
                                    " FROM saraban_number WHERE register_code = ? AND year = ? "
                                    "AND number = ?" +
                                    lock,
                                register_code, year, number);
  if (!r) return std::nullopt;
  return number_from(*r);
}

void set_number_status(db::Connection& conn, const RegisterNumber& n, NumberStatus status,
                       std::optional<std::int64_t> letter_id, const std::string& note,
                       const std::string& changed_at) {
  conn.execute(
      "UPDATE saraban_number SET status = ?, letter_id = ?, note = ?, changed_at = ? "
      "WHERE register_code = ? AND year = ? AND number = ?",
      number_status_name(status), letter_id, note, changed_at, n.register_code, n.year, n.number);
}

std::vector<RegisterNumber> list_numbers(db::Connection& conn, const std::string& register_code,
                                         int year) {
  std::vector<RegisterNumber> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kNumberColumns +
                                      " FROM saraban_number WHERE register_code = ? AND year = ? "
                                      "ORDER BY number",
                                  register_code, year)) {
    out.push_back(number_from(r));
  }
  return out;
}

std::vector<RegisterNumber> reserved_before(db::Connection& conn, int year) {
  std::vector<RegisterNumber> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kNumberColumns +
                                      " FROM saraban_number WHERE status = 'reserved' AND year < ? "
                                      "ORDER BY register_code, year, number",
                                  year)) {
    out.push_back(number_from(r));
  }
  return out;
}

// ---- letters ------------------------------------------------------------------------------------

std::int64_t insert_letter(db::Connection& conn, const Letter& l) {
  const auto row = conn.query_one(
      "INSERT INTO saraban_letter (job_id, direction, register_code, year, register_no, "
      "reference, dated, from_party, to_party, subject, urgency, urgency_rank, secrecy, "
      "registered_at, registered_on, registered_by_id, registered_by, retention_years, "
      "letter_kind, body, signer_name, signer_position) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      l.job_id, l.direction, l.register_code, l.year, l.register_no, l.reference,
      blank_is_null(l.dated), l.from, l.to, l.subject, urgency_name(l.urgency),
      static_cast<int>(l.urgency), secrecy_name(l.secrecy), l.registered_at, l.registered_on,
      l.registered_by_id, l.registered_by, l.retention_years, l.letter_kind, l.body, l.signer_name,
      l.signer_position);
  return row->i64(0);
}

std::optional<Letter> find_letter(db::Connection& conn, std::int64_t id, std::int64_t viewer_id) {
  const auto r = conn.query_one(std::string(kLetterSelect) + "WHERE l.id = ?", viewer_id, id);
  if (!r) return std::nullopt;
  return letter_from(*r);
}

std::vector<Letter> find_letters(db::Connection& conn, const std::vector<std::int64_t>& ids,
                                 std::int64_t viewer_id) {
  std::vector<Letter> out;
  if (ids.empty()) return out;
  std::vector<db::Param> params{viewer_id};
  std::string in;
  for (const auto id : ids) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  for (const auto& r :
       conn.run(std::string(kLetterSelect) + "WHERE l.id IN (" + in + ") ORDER BY l.id", params)) {
    out.push_back(letter_from(r));
  }
  return out;
}

std::vector<Letter> letters_of_job(db::Connection& conn, std::int64_t job_id,
                                   std::int64_t viewer_id) {
  std::vector<Letter> out;
  for (const auto& r : conn.query(std::string(kLetterSelect) + "WHERE l.job_id = ? ORDER BY l.id",
                                  viewer_id, job_id)) {
    out.push_back(letter_from(r));
  }
  return out;
}

namespace {
// The register's filter, with the date conditions only when a range is given, so the planner
// takes the (register, year, day) index for a range and the list index otherwise.
std::string letter_where(const LetterFilter& f, std::vector<db::Param>& params) {
  std::string sql = "WHERE l.register_code = ? AND l.year = ? ";
  params.emplace_back(f.register_code);
  params.emplace_back(static_cast<std::int64_t>(f.year));
  if (f.from_day) {
    sql += "AND l.registered_on >= ? ";
    params.emplace_back(*f.from_day);
  }
  if (f.to_day) {
    sql += "AND l.registered_on <= ? ";
    params.emplace_back(*f.to_day);
  }
  if (f.after) {
    sql += "AND (l.urgency_rank < ? OR (l.urgency_rank = ? AND l.register_no < ?)) ";
    params.emplace_back(static_cast<std::int64_t>(f.after->first));
    params.emplace_back(static_cast<std::int64_t>(f.after->first));
    params.emplace_back(f.after->second);
  }
  return sql;
}
}  // namespace

std::vector<Letter> list_letters(db::Connection& conn, const LetterFilter& f,
                                 std::int64_t viewer_id) {
  std::vector<db::Param> params{db::Param(viewer_id)};
  const std::string where = letter_where(f, params);
  params.emplace_back(static_cast<std::int64_t>(f.limit));
  params.emplace_back(static_cast<std::int64_t>(f.offset));
  std::vector<Letter> out;
  for (const auto& r : conn.run(std::string(kLetterSelect) + where +
                                    "ORDER BY l.urgency_rank DESC, l.register_no DESC LIMIT ? "
                                    "OFFSET ?",
                                params)) {
    out.push_back(letter_from(r));
  }
  return out;
}

std::int64_t count_letters(db::Connection& conn, const LetterFilter& f) {
  LetterFilter without_cursor = f;
  without_cursor.after.reset();
  std::vector<db::Param> params;
  const std::string where = letter_where(without_cursor, params);
  return conn.run("SELECT COUNT(*) FROM saraban_letter l " + where, params).rows.at(0).i64(0);
}

std::vector<RegisterRow> register_rows(db::Connection& conn, const std::string& register_code,
                                       int year, const std::optional<std::string>& from_day,
                                       const std::optional<std::string>& to_day,
                                       std::int64_t viewer_id, int limit) {
  std::vector<RegisterRow> out;
  const db::Rows rows = conn.query(
      "SELECT l.id, l.job_id, l.direction, l.register_code, l.year, l.register_no, l.reference, "
      "l.dated, l.from_party, l.to_party, l.subject, l.urgency, l.secrecy, l.registered_at, "
      "l.registered_on, l.registered_by, l.retention_years, "
      "EXISTS (SELECT 1 FROM saraban_job_member m WHERE m.job_id = l.job_id AND m.user_id = ?), "
      "n.register_code, n.year, n.number, n.status, n.letter_id, n.note, n.taken_at, n.taken_by, "
      "(SELECT a.kind FROM saraban_action a WHERE a.job_id = l.job_id "
      " AND a.kind IN ('forward', 'route') ORDER BY a.id DESC LIMIT 1), "
      "(SELECT a.to_name FROM saraban_action a WHERE a.job_id = l.job_id "
      " AND a.kind IN ('forward', 'route') ORDER BY a.id DESC LIMIT 1) "
      "FROM saraban_number n LEFT JOIN saraban_letter l ON l.id = n.letter_id "
      "WHERE n.register_code = ? AND n.year = ? "
      "AND (CAST(? AS TEXT) IS NULL OR COALESCE(l.registered_on, SUBSTR(n.taken_at, 1, 10)) >= ?) "
      "AND (CAST(? AS TEXT) IS NULL OR COALESCE(l.registered_on, SUBSTR(n.taken_at, 1, 10)) <= ?) "
      "ORDER BY n.number LIMIT ?",
      viewer_id, register_code, year, from_day, from_day, to_day, to_day, limit);
  for (const auto& r : rows) {
    RegisterRow row;
    const std::vector<std::optional<std::string>> number_cells = {
        r.opt_str(18), r.opt_str(19), r.opt_str(20), r.opt_str(21),
        r.opt_str(22), r.opt_str(23), r.opt_str(24), r.opt_str(25)};
    row.number = number_from(db::Row(number_cells));
    if (!r.is_null(0)) row.letter = letter_from(r);
    row.action_kind = r.str(26);
    row.action_to = r.str(27);
    out.push_back(std::move(row));
  }
  return out;
}

// ---- retention ----

namespace {
constexpr const char* kListColumns =
    "id, year_ended, status, proposed_at, proposed_by, committee, archives_reference, "
    "approved_at, approved_by";
DestructionList destruction_list_from(const db::Row& r) {
  DestructionList l;
  l.id = r.i64(0);
  l.year_ended = static_cast<int>(r.i64(1));
  l.status = r.str(2);
  l.proposed_at = r.str(3);
  l.proposed_by = r.str(4);
  l.committee = r.str(5);
  l.archives_reference = r.str(6);
  l.approved_at = r.str(7);
  l.approved_by = r.str(8);
  return l;
}
}  // namespace

std::vector<DestructionItem> letters_due_for_destruction(db::Connection& conn, int year_ended) {
  std::vector<DestructionItem> out;
  for (const auto& r : conn.query(
           "SELECT l.id, l.register_code, l.year, l.register_no, l.reference, l.dated, l.subject, "
           "l.retention_years FROM saraban_letter l "
           "WHERE l.retention_years > 0 AND l.year + l.retention_years <= ? "
           "AND l.destroyed_at IS NULL "
           "AND NOT EXISTS (SELECT 1 FROM saraban_destruction_item i WHERE i.letter_id = l.id) "
           "ORDER BY l.register_code, l.year, l.register_no",
           year_ended)) {
    out.push_back({r.i64(0), r.str(1), static_cast<int>(r.i64(2)), r.i64(3), r.str(4), r.str(5),
                   r.str(6), static_cast<int>(r.i64(7))});
  }
  return out;
}

std::int64_t insert_destruction_list(db::Connection& conn, const DestructionList& l) {
  return conn
      .query_one(
          "INSERT INTO saraban_destruction_list (year_ended, status, proposed_at, proposed_by) "
          "VALUES (?, ?, ?, ?) RETURNING id",
          l.year_ended, l.status, l.proposed_at, l.proposed_by)
      ->i64(0);
}

void insert_destruction_item(db::Connection& conn, std::int64_t list_id, const DestructionItem& i) {
  conn.execute(
      "INSERT INTO saraban_destruction_item (list_id, letter_id, register_code, year, "
      "register_no, reference, dated, subject, retention_years) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      list_id, i.letter_id, i.register_code, i.year, i.register_no, i.reference,
      blank_is_null(i.dated), i.subject, i.retention_years);
}

std::optional<DestructionList> find_destruction_list(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kListColumns + " FROM saraban_destruction_list WHERE id = ?", id);
  if (!r) return std::nullopt;
  DestructionList l = destruction_list_from(*r);
  for (const auto& row :
       conn.query("SELECT letter_id, register_code, year, register_no, reference, dated, subject, "
                  "retention_years FROM saraban_destruction_item WHERE list_id = ? "
                  "ORDER BY register_code, year, register_no",
                  id)) {
    l.items.push_back({row.i64(0), row.str(1), static_cast<int>(row.i64(2)), row.i64(3), row.str(4),
                       row.str(5), row.str(6), static_cast<int>(row.i64(7))});
  }
  return l;
}

std::optional<std::int64_t> find_destruction_list_by_year(db::Connection& conn, int year_ended) {
  const auto r =
      conn.query_one("SELECT id FROM saraban_destruction_list WHERE year_ended = ?", year_ended);
  if (!r) return std::nullopt;
  return r->i64(0);
}

std::vector<DestructionList> list_destruction_lists(db::Connection& conn) {
  std::vector<DestructionList> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kListColumns +
                                  " FROM saraban_destruction_list ORDER BY year_ended DESC")) {
    out.push_back(destruction_list_from(r));
  }
  return out;
}

bool approve_destruction_list(db::Connection& conn, std::int64_t id, const std::string& committee,
                              const std::string& archives_reference, const std::string& at,
                              const std::string& by) {
  return conn.execute(
             "UPDATE saraban_destruction_list SET status = 'approved', committee = ?, "
             "archives_reference = ?, approved_at = ?, approved_by = ? "
             "WHERE id = ? AND status = 'proposed'",
             committee, archives_reference, at, by, id) == 1;
}

void mark_letter_destroyed(db::Connection& conn, std::int64_t letter_id, const std::string& at) {
  conn.execute("UPDATE saraban_letter SET destroyed_at = ? WHERE id = ?", at, letter_id);
}

// ---- e-mail intake ----

namespace {
constexpr const char* kMailColumns =
    "m.id, m.message_id, m.from_address, m.subject, m.text, m.date_header, m.received_at, "
    "m.status, m.letter_id";
MailDraft mail_from(const db::Row& r) {
  MailDraft d;
  d.id = r.i64(0);
  d.message_id = r.str(1);
  d.from = r.str(2);
  d.subject = r.str(3);
  d.text = r.str(4);
  d.date_header = r.str(5);
  d.received_at = r.str(6);
  d.status = r.str(7);
  d.letter_id = r.opt_i64(8);
  return d;
}
}  // namespace

std::optional<std::int64_t> mail_id_by_message_id(db::Connection& conn,
                                                  const std::string& message_id) {
  const auto r = conn.query_one("SELECT id FROM saraban_mail WHERE message_id = ?", message_id);
  if (!r) return std::nullopt;
  return r->i64(0);
}

std::int64_t insert_mail(db::Connection& conn, const MailDraft& d) {
  return conn
      .query_one(
          "INSERT INTO saraban_mail (message_id, from_address, subject, text, date_header, "
          "received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          d.message_id, d.from, d.subject, d.text, d.date_header, d.received_at, d.status)
      ->i64(0);
}

std::vector<MailDraft> list_mail(db::Connection& conn, int limit) {
  std::vector<MailDraft> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kMailColumns +
                                      " FROM saraban_mail m ORDER BY CASE WHEN m.status = "
                                      "'draft' THEN 0 ELSE 1 END, m.id DESC LIMIT ?",
                                  limit)) {
    out.push_back(mail_from(r));
  }
  return out;
}

std::optional<MailDraft> find_mail(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kMailColumns + " FROM saraban_mail m WHERE m.id = ?", id);
  if (!r) return std::nullopt;
  return mail_from(*r);
}

bool claim_mail(db::Connection& conn, std::int64_t id) {
  return conn.execute(
             "UPDATE saraban_mail SET status = 'registered' WHERE id = ? AND status = 'draft'",
             id) == 1;
}

void set_mail_letter(db::Connection& conn, std::int64_t id, std::int64_t letter_id) {
  conn.execute("UPDATE saraban_mail SET letter_id = ? WHERE id = ?", letter_id, id);
}

// ---- search ----

std::vector<std::int64_t> all_letter_ids(db::Connection& conn) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn.query("SELECT id FROM saraban_letter ORDER BY id")) {
    out.push_back(r.i64(0));
  }
  return out;
}

std::vector<std::string> file_texts(db::Connection& conn, std::int64_t letter_id) {
  std::vector<std::string> out;
  for (const auto& r : conn.query(
           "SELECT text FROM saraban_file_text WHERE letter_id = ? ORDER BY file_id", letter_id)) {
    out.push_back(r.str(0));
  }
  return out;
}

void insert_file_text(db::Connection& conn, std::int64_t file_id, std::int64_t letter_id,
                      const std::string& text, const std::string& at) {
  conn.execute(
      "INSERT INTO saraban_file_text (file_id, letter_id, text, extracted_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (file_id) DO NOTHING",
      file_id, letter_id, text, at);
}

// ---- jobs ---------------------------------------------------------------------------------------

std::int64_t insert_job(db::Connection& conn, const Job& j) {
  return conn
      .query_one(
          "INSERT INTO saraban_job (title, secrecy, urgency, due_date, status, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          j.title, secrecy_name(j.secrecy), urgency_name(j.urgency), blank_is_null(j.due_date),
          j.status, j.created_at)
      ->i64(0);
}

std::optional<Job> find_job(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kJobColumns + " FROM saraban_job j WHERE j.id = ?", id);
  if (!r) return std::nullopt;
  return job_from(*r);
}

void set_job_status(db::Connection& conn, std::int64_t id, const std::string& status) {
  conn.execute("UPDATE saraban_job SET status = ? WHERE id = ?", status, id);
}

void add_member(db::Connection& conn, std::int64_t job_id, std::int64_t user_id,
                const std::string& at) {
  conn.execute(
      "INSERT INTO saraban_job_member (job_id, user_id, added_at) VALUES (?, ?, ?) "
      "ON CONFLICT (job_id, user_id) DO NOTHING",
      job_id, user_id, at);
}

std::vector<std::int64_t> member_ids(db::Connection& conn, std::int64_t job_id) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn.query(
           "SELECT user_id FROM saraban_job_member WHERE job_id = ? ORDER BY user_id", job_id)) {
    out.push_back(r.i64(0));
  }
  return out;
}

bool is_member(db::Connection& conn, std::int64_t job_id, std::int64_t user_id) {
  return conn
      .query_one("SELECT 1 FROM saraban_job_member WHERE job_id = ? AND user_id = ?", job_id,
                 user_id)
      .has_value();
}

std::int64_t insert_action(db::Connection& conn, const JobAction& a) {
  return conn
      .query_one(
          "INSERT INTO saraban_action (job_id, kind, at, actor_id, actor_name, actor_position, "
          "on_behalf_of, to_division, to_user_id, to_name, register_no, note, document_sha256) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          a.job_id, action_kind_name(a.kind), a.at, a.actor_id, a.actor_name, a.actor_position,
          a.on_behalf_of, a.to_division, a.to_user_id, a.to_name, a.register_no, a.note,
          a.document_sha256)
      ->i64(0);
}

std::vector<JobAction> actions_of(db::Connection& conn, std::int64_t job_id) {
  std::vector<JobAction> out;
  for (const auto& r : conn.query(
           "SELECT id, job_id, kind, at, actor_id, actor_name, actor_position, on_behalf_of, "
           "to_division, to_user_id, to_name, register_no, note, document_sha256 "
           "FROM saraban_action WHERE job_id = ? ORDER BY id",
           job_id)) {
    JobAction a;
    a.id = r.i64(0);
    a.job_id = r.i64(1);
    a.kind = parse_action_kind(r.str(2)).value_or(ActionKind::comment);
    a.at = r.str(3);
    a.actor_id = r.i64(4);
    a.actor_name = r.str(5);
    a.actor_position = r.str(6);
    a.on_behalf_of = r.str(7);
    a.to_division = r.str(8);
    a.to_user_id = r.opt_i64(9);
    a.to_name = r.str(10);
    a.register_no = r.opt_i64(11);
    a.note = r.str(12);
    a.document_sha256 = r.str(13);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<OverdueJob> overdue_jobs(db::Connection& conn, const std::string& today,
                                     std::int64_t viewer_id, int limit) {
  std::vector<OverdueJob> out;
  for (const auto& r : conn.query(
           std::string("SELECT ") + kJobColumns +
               ", (SELECT a.to_division FROM saraban_action a WHERE a.job_id = j.id AND a.kind = "
               "'forward' ORDER BY a.id DESC LIMIT 1), "
               "(SELECT a.to_name FROM saraban_action a WHERE a.job_id = j.id AND a.kind = "
               "'forward' ORDER BY a.id DESC LIMIT 1), "
               "EXISTS (SELECT 1 FROM saraban_job_member m WHERE m.job_id = j.id AND "
               "m.user_id = ?) "
               "FROM saraban_job j WHERE j.status = 'open' AND j.due_date IS NOT NULL "
               "AND j.due_date < ? ORDER BY j.due_date, j.id LIMIT ?",
           viewer_id, today, limit)) {
    out.push_back({job_from(r), r.str(7), r.str(8), r.boolean(9)});
  }
  return out;
}

std::vector<InboxItem> inbox_of(db::Connection& conn, std::int64_t user_id, int limit) {
  std::vector<InboxItem> out;
  for (const auto& r : conn.query(
           std::string("SELECT ") + kJobColumns +
               ", (SELECT MAX(a.at) FROM saraban_action a WHERE a.job_id = j.id) "
               "FROM saraban_job j JOIN saraban_job_member m ON m.job_id = j.id "
               "WHERE m.user_id = ? AND j.status <> 'closed' "
               "ORDER BY CASE WHEN j.due_date IS NULL THEN 1 ELSE 0 END, j.due_date, j.id DESC "
               "LIMIT ?",
           user_id, limit)) {
    out.push_back({job_from(r), r.str(7)});
  }
  return out;
}

}  // namespace pao::saraban::store
