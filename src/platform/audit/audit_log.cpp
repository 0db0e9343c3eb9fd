#include "platform/audit/audit_log.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "platform/auth/secrets.hpp"
#include "platform/http/router.hpp"

namespace pao::audit {

namespace json = boost::json;

namespace {

const std::string kGenesisHash(64, '0');

// The exact bytes hashed for an entry: a JSON array of its fields in a fixed order, followed by
// the previous hash. Stored text is hashed as stored, so verification needs no re-encoding.
std::string canonical(const Entry& e) {
  json::array a{e.seq,         e.at,        e.actor_kind, e.actor_id,   e.actor_name, e.action,
                e.entity_type, e.entity_id, e.changes,    e.request_id, e.client_ip,  e.prev_hash};
  return json::serialize(a);
}

std::string hash_of(const Entry& e) {
  return auth::sha256_hex(canonical(e));
}

constexpr const char* kEntryColumns =
    "seq, at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, changes, "
    "request_id, client_ip, prev_hash, hash";

Entry entry_from(const db::Row& r) {
  Entry e;
  e.seq = r.i64(0);
  e.at = r.str(1);
  e.actor_kind = r.str(2);
  e.actor_id = r.i64(3);
  e.actor_name = r.str(4);
  e.action = r.str(5);
  e.entity_type = r.str(6);
  e.entity_id = r.str(7);
  e.changes = r.str(8);
  e.request_id = r.str(9);
  e.client_ip = r.str(10);
  e.prev_hash = r.str(11);
  e.hash = r.str(12);
  return e;
}

const char* kInitSql = R"(
CREATE TABLE platform_audit_entry (
  seq ${BIGINT} PRIMARY KEY,      -- 1, 2, 3 … without gaps
  at TEXT NOT NULL,               -- ISO-8601 UTC
  actor_kind TEXT NOT NULL,       -- anonymous | user | token | system
  actor_id ${BIGINT} NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,           -- identity.user.create, auth.sign_in …
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  changes TEXT NOT NULL,          -- canonical JSON {"field":{"before":…,"after":…}}
  request_id TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX platform_audit_entry_entity ON platform_audit_entry (entity_type, entity_id, seq);
CREATE INDEX platform_audit_entry_actor ON platform_audit_entry (actor_name, seq);
CREATE INDEX platform_audit_entry_at ON platform_audit_entry (at);

-- The chain's head: writers lock this row, so entries are appended one at a time.
CREATE TABLE platform_audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq ${BIGINT} NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO platform_audit_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Reads of personal data (PDPA): who looked at whose record, when and why.
CREATE TABLE platform_personal_read (
  id ${ID},
  at TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id ${BIGINT} NOT NULL,
  actor_name TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  purpose TEXT NOT NULL,
  request_id TEXT NOT NULL,
  client_ip TEXT NOT NULL
);
CREATE INDEX platform_personal_read_actor ON platform_personal_read (actor_name, id);
)";

}  // namespace

const char* actor_kind_name(ActorKind k) {
  switch (k) {
    case ActorKind::anonymous:
      return "anonymous";
    case ActorKind::user:
      return "user";
    case ActorKind::token:
      return "token";
    case ActorKind::system:
      return "system";
  }
  return "system";
}

Actor actor_of(const http::Context& ctx) {
  Actor a;
  switch (ctx.principal.kind) {
    case auth::PrincipalKind::anonymous:
      a.kind = ActorKind::anonymous;
      break;
    case auth::PrincipalKind::user:
      a.kind = ActorKind::user;
      break;
    case auth::PrincipalKind::token:
      a.kind = ActorKind::token;
      break;
  }
  a.id = ctx.principal.id;
  a.name = ctx.principal.name;
  a.request_id = ctx.request.request_id;
  a.client_ip = ctx.request.client_ip;
  return a;
}

Actor system_actor(std::string name) {
  Actor a;
  a.kind = ActorKind::system;
  a.name = std::move(name);
  return a;
}

// ---- Changes ------------------------------------------------------------------------------------

Changes& Changes::set(const std::string& field, json::value before, json::value after) {
  if (before == after) return *this;
  fields_.emplace_back(field,
                       json::object{{"before", std::move(before)}, {"after", std::move(after)}});
  return *this;
}

Changes& Changes::added(const std::string& field, json::value after) {
  return set(field, nullptr, std::move(after));
}

Changes& Changes::removed(const std::string& field, json::value before) {
  return set(field, std::move(before), nullptr);
}

Changes& Changes::note(const std::string& field, json::value value) {
  fields_.emplace_back(field, std::move(value));
  return *this;
}

std::string Changes::to_json() const {
  auto sorted = fields_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  json::object o;
  for (auto& [k, v] : sorted) o[k] = v;
  return json::serialize(o);
}

// ---- appending ----------------------------------------------------------------------------------

std::int64_t record(db::Connection& conn, TimePoint at, const Actor& actor, const Event& event) {
  if (!conn.in_transaction()) {
    throw db::DbError("audit::record needs the caller's write transaction (" + event.action + ")");
  }
  // Taking the head row's lock first serialises appenders on PostgreSQL; on SQLite the write
  // transaction already holds the database's write lock.
  conn.execute("UPDATE platform_audit_head SET last_seq = last_seq + 1 WHERE id = 1");
  const auto head =
      conn.query_one("SELECT last_seq, last_hash FROM platform_audit_head WHERE id = 1");
  if (!head) throw db::DbError("audit chain head is missing: was `pao migrate` run?");
  Entry e;
  e.seq = head->i64(0);
  e.prev_hash = head->str(1);
  e.at = to_iso_utc(at);
  e.actor_kind = actor_kind_name(actor.kind);
  e.actor_id = actor.id;
  e.actor_name = actor.name;
  e.action = event.action;
  e.entity_type = event.entity_type;
  e.entity_id = event.entity_id;
  e.changes = event.changes.to_json();
  e.request_id = actor.request_id;
  e.client_ip = actor.client_ip;
  e.hash = hash_of(e);
  conn.execute(
      "INSERT INTO platform_audit_entry (seq, at, actor_kind, actor_id, actor_name, action, "
      "entity_type, entity_id, changes, request_id, client_ip, prev_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      e.seq, e.at, e.actor_kind, e.actor_id, e.actor_name, e.action, e.entity_type, e.entity_id,
      e.changes, e.request_id, e.client_ip, e.prev_hash, e.hash);
  conn.execute("UPDATE platform_audit_head SET last_hash = ? WHERE id = 1", e.hash);
  return e.seq;
}

std::int64_t record_alone(db::Connection& conn, TimePoint at, const Actor& actor,
                          const Event& event) {
  db::Tx tx(conn, db::TxMode::write);
  const std::int64_t seq = record(conn, at, actor, event);
  tx.commit();
  return seq;
}

// ---- reading ------------------------------------------------------------------------------------

std::vector<Entry> find_entries(db::Connection& conn, const Filter& f) {
  std::string sql = std::string("SELECT ") + kEntryColumns + " FROM platform_audit_entry WHERE 1=1";
  std::vector<db::Param> params;
  if (f.actor_name) {
    sql += " AND actor_name = ?";
    params.emplace_back(*f.actor_name);
  }
  if (f.action) {
    if (f.action->ends_with('.')) {
      sql += " AND substr(action, 1, ?) = ?";
      params.emplace_back(static_cast<std::int64_t>(f.action->size()));
    } else {
      sql += " AND action = ?";
    }
    params.emplace_back(*f.action);
  }
  if (f.entity_type) {
    sql += " AND entity_type = ?";
    params.emplace_back(*f.entity_type);
  }
  if (f.entity_id) {
    sql += " AND entity_id = ?";
    params.emplace_back(*f.entity_id);
  }
  if (f.from_utc) {
    sql += " AND at >= ?";
    params.emplace_back(*f.from_utc);
  }
  if (f.to_utc) {
    sql += " AND at < ?";
    params.emplace_back(*f.to_utc);
  }
  if (f.before_seq) {
    sql += " AND seq < ?";
    params.emplace_back(*f.before_seq);
  }
  sql += " ORDER BY seq DESC LIMIT ?";
  params.emplace_back(static_cast<std::int64_t>(std::clamp(f.limit, 1, 10000)));
  std::vector<Entry> out;
  for (const auto& r : conn.run(sql, params)) out.push_back(entry_from(r));
  return out;
}

Verification verify_chain(db::Connection& conn) {
  Verification v;
  constexpr std::int64_t kPage = 2000;
  std::string prev_hash = kGenesisHash;
  std::int64_t expected_seq = 1;
  // Read the head first: entries appended while we walk are beyond it and not checked.
  const auto head =
      conn.query_one("SELECT last_seq, last_hash FROM platform_audit_head WHERE id = 1");
  if (!head) {
    return {false, 0, 1, "the chain head is missing"};
  }
  const std::int64_t head_seq = head->i64(0);
  for (;;) {
    const auto rows = conn.query(std::string("SELECT ") + kEntryColumns +
                                     " FROM platform_audit_entry WHERE seq >= ? AND seq <= ? "
                                     "ORDER BY seq LIMIT ?",
                                 expected_seq, head_seq, kPage);
    for (const auto& r : rows) {
      const Entry e = entry_from(r);
      auto fail = [&](std::int64_t seq, std::string why) {
        return Verification{false, v.count, seq, std::move(why)};
      };
      if (e.seq != expected_seq) {
        return fail(expected_seq, "entry " + std::to_string(expected_seq) + " is missing");
      }
      if (e.prev_hash != prev_hash) {
        return fail(e.seq, "its prev_hash does not match the hash of the entry before it");
      }
      if (hash_of(e) != e.hash) {
        return fail(e.seq, "its content does not match its hash (the row was altered)");
      }
      prev_hash = e.hash;
      ++expected_seq;
      ++v.count;
    }
    if (rows.size() < static_cast<std::size_t>(kPage)) break;
  }
  if (v.count != head_seq) {
    return {false, v.count, expected_seq,
            "entry " + std::to_string(expected_seq) + " is missing (the chain head records " +
                std::to_string(head_seq) + " entries)"};
  }
  if (head_seq > 0 && head->str(1) != prev_hash) {
    return {false, v.count, head_seq, "the chain head's hash does not match the last entry"};
  }
  return v;
}

// ---- personal-data reads ------------------------------------------------------------------------

void record_personal_read(db::Connection& conn, TimePoint at, const Actor& actor,
                          const std::string& entity_type, const std::string& entity_id,
                          const std::string& purpose) {
  conn.execute(
      "INSERT INTO platform_personal_read (at, actor_kind, actor_id, actor_name, entity_type, "
      "entity_id, purpose, request_id, client_ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      to_iso_utc(at), actor_kind_name(actor.kind), actor.id, actor.name, entity_type, entity_id,
      purpose, actor.request_id, actor.client_ip);
}

std::vector<PersonalRead> find_personal_reads(db::Connection& conn,
                                              const std::optional<std::string>& actor_name,
                                              std::optional<std::int64_t> before_id, int limit) {
  const auto rows = conn.query(
      "SELECT id, at, actor_kind, actor_id, actor_name, entity_type, entity_id, purpose, "
      "request_id, client_ip FROM platform_personal_read "
      "WHERE (CAST(? AS TEXT) IS NULL OR actor_name = ?) AND (CAST(? AS BIGINT) = 0 OR id < ?) "
      "ORDER BY id DESC LIMIT ?",
      actor_name, actor_name, before_id.value_or(0), before_id.value_or(0),
      std::clamp(limit, 1, 10000));
  std::vector<PersonalRead> out;
  for (const auto& r : rows) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3), r.str(4), r.str(5), r.str(6), r.str(7),
                   r.str(8), r.str(9)});
  }
  return out;
}

std::vector<db::Migration> audit_migrations() {
  return {db::Migration{"platform_audit", 1, "init", kInitSql, nullptr}};
}

}  // namespace pao::audit
