#include "modules/saraban/store_delegation.hpp"

namespace pao::saraban::store {

namespace {

constexpr const char* kDelegationSelect =
    "SELECT d.id, d.principal_id, d.principal_name, d.principal_position, d.delegate_id, "
    "d.delegate_name, d.delegate_position, d.kind, d.starts_on, d.ends_on, d.order_reference, "
    "d.recorded_at, d.recorded_by, e.ended_at, e.ended_by, e.reason "
    "FROM saraban_delegation d LEFT JOIN saraban_delegation_end e ON e.delegation_id = d.id ";

Delegation delegation_from(const db::Row& r) {
  Delegation d;
  d.id = r.i64(0);
  d.principal_id = r.i64(1);
  d.principal_name = r.str(2);
  d.principal_position = r.str(3);
  d.delegate_id = r.i64(4);
  d.delegate_name = r.str(5);
  d.delegate_position = r.str(6);
  d.kind = parse_delegation_kind(r.str(7)).value_or(DelegationKind::on_behalf);
  d.starts_on = r.str(8);
  d.ends_on = r.str(9);
  d.order_reference = r.str(10);
  d.recorded_at = r.str(11);
  d.recorded_by = r.str(12);
  d.ended_at = r.str(13);
  d.ended_by = r.str(14);
  d.end_reason = r.str(15);
  return d;
}

std::vector<Delegation> delegations_from(const db::Rows& rows) {
  std::vector<Delegation> out;
  for (const auto& r : rows) out.push_back(delegation_from(r));
  return out;
}

constexpr const char* kJobColumns =
    "j.id, j.title, j.secrecy, j.urgency, j.due_date, j.status, j.created_at";

}  // namespace

std::int64_t insert_delegation(db::Connection& conn, const Delegation& d) {
  return conn
      .query_one(
          "INSERT INTO saraban_delegation (principal_id, principal_name, principal_position, "
          "delegate_id, delegate_name, delegate_position, kind, starts_on, ends_on, "
          "order_reference, recorded_at, recorded_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          d.principal_id, d.principal_name, d.principal_position, d.delegate_id, d.delegate_name,
          d.delegate_position, delegation_kind_name(d.kind), d.starts_on, d.ends_on,
          d.order_reference, d.recorded_at, d.recorded_by)
      ->i64(0);
}

void insert_delegation_end(db::Connection& conn, std::int64_t id, const std::string& at,
                           const std::string& by, const std::string& reason) {
  conn.execute(
      "INSERT INTO saraban_delegation_end (delegation_id, ended_at, ended_by, reason) "
      "VALUES (?, ?, ?, ?)",
      id, at, by, reason);
}

std::optional<Delegation> find_delegation(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(std::string(kDelegationSelect) + "WHERE d.id = ?", id);
  if (!r) return std::nullopt;
  return delegation_from(*r);
}

std::vector<Delegation> lock_delegations_of(db::Connection& conn, std::int64_t principal_id) {
  if (conn.dialect() == db::Dialect::postgresql) {
    // A lock on the person, not on rows: the delegation that would clash may not exist yet.
    conn.query("SELECT pg_advisory_xact_lock(?, ?)", std::int64_t{0x5A4D}, principal_id);
  }
  return delegations_from(conn.query(
      std::string(kDelegationSelect) + "WHERE d.principal_id = ? ORDER BY d.starts_on, d.id",
      principal_id));
}

std::vector<Delegation> list_delegations(db::Connection& conn, std::int64_t user_id, int limit) {
  if (user_id == 0) {
    return delegations_from(conn.query(
        std::string(kDelegationSelect) + "ORDER BY d.starts_on DESC, d.id DESC LIMIT ?", limit));
  }
  return delegations_from(conn.query(std::string(kDelegationSelect) +
                                         "WHERE d.principal_id = ? OR d.delegate_id = ? "
                                         "ORDER BY d.starts_on DESC, d.id DESC LIMIT ?",
                                     user_id, user_id, limit));
}

std::vector<Delegation> delegations_to_on(db::Connection& conn, std::int64_t delegate_id,
                                          const std::string& day) {
  return delegations_from(conn.query(std::string(kDelegationSelect) +
                                         "WHERE d.delegate_id = ? AND d.starts_on <= ? "
                                         "AND d.ends_on >= ? ORDER BY d.id",
                                     delegate_id, day, day));
}

std::optional<std::int64_t> open_job_waiting_for(db::Connection& conn, std::int64_t job_id) {
  const auto r = conn.query_one(
      "SELECT a.to_user_id FROM saraban_action a JOIN saraban_job j ON j.id = a.job_id "
      "WHERE a.job_id = ? AND a.kind = 'route' AND j.status <> 'closed' "
      "ORDER BY a.id DESC LIMIT 1",
      job_id);
  if (!r || r->is_null(0)) return std::nullopt;
  return r->i64(0);
}

std::vector<InboxItem> jobs_waiting_for(db::Connection& conn, std::int64_t user_id, int limit) {
  std::vector<InboxItem> out;
  for (const auto& r : conn.query(
           std::string("SELECT ") + kJobColumns +
               ", (SELECT MAX(x.at) FROM saraban_action x WHERE x.job_id = j.id) "
               "FROM saraban_action a JOIN saraban_job j ON j.id = a.job_id "
               "WHERE a.to_user_id = ? AND a.kind = 'route' AND j.status = 'open' "
               "AND NOT EXISTS (SELECT 1 FROM saraban_action b WHERE b.job_id = a.job_id "
               "AND b.kind = 'route' AND b.id > a.id) "
               "ORDER BY CASE WHEN j.due_date IS NULL THEN 1 ELSE 0 END, j.due_date, j.id DESC "
               "LIMIT ?",
           user_id, limit)) {
    out.push_back({job_from(r), r.str(7)});
  }
  return out;
}

}  // namespace pao::saraban::store
