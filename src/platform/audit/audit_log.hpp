// The audit trail: who changed what, when, from where — the product's promise to the PAO.
//
// Every write through any module appends one entry, in the same transaction as the write, so an
// entry exists exactly when the change does. Entries form a hash chain: each stores the SHA-256
// of its canonical form plus the previous entry's hash, and a one-row head holds the last
// sequence number and hash. Altering, removing or reordering any row (or cutting the tail) breaks
// the chain, and verify_chain() names the first bad sequence number.
//
// The application never updates or deletes audit rows: this file has no such code path.
// Reading a record a module marks as personal (PDPA) is logged separately, see
// record_personal_read().
//
//   db::Tx tx(ctx.db());
//   …the write…
//   audit::record(tx.conn(), ctx.clock().now(), audit::actor_of(ctx),
//                 {"identity.user.update", "user", std::to_string(id), changes});
//   tx.commit();
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/time/clock.hpp"

namespace pao::http {
class Context;
}

namespace pao::audit {

enum class ActorKind { anonymous, user, token, system };
const char* actor_kind_name(ActorKind k);  // "anonymous", "user", "token", "system"

// Who did it and from where.
struct Actor {
  ActorKind kind = ActorKind::system;
  std::int64_t id = 0;     // user or token id; 0 for anonymous/system
  std::string name;        // username, token name, or "cli"/"job:<name>" for the system
  std::string request_id;  // the HTTP request, when there was one
  std::string client_ip;
};

// The actor of an HTTP request: its principal, request id and client address.
Actor actor_of(const http::Context& ctx);
// The system acting on its own (a CLI command, a scheduled job).
Actor system_actor(std::string name);

// The before/after of changed fields: {"field":{"before":…,"after":…}}. Fields whose value did
// not change are left out, so an entry shows exactly what changed.
class Changes {
 public:
  Changes& set(const std::string& field, boost::json::value before, boost::json::value after);
  // A new record's field (before is null) / a removed record's field (after is null).
  Changes& added(const std::string& field, boost::json::value after);
  Changes& removed(const std::string& field, boost::json::value before);
  // Notes a fact that is not a field change (e.g. the reason for a refusal).
  Changes& note(const std::string& field, boost::json::value value);
  bool empty() const { return fields_.empty(); }
  // Canonical JSON text (keys sorted): what is stored and hashed.
  std::string to_json() const;

 private:
  std::vector<std::pair<std::string, boost::json::value>> fields_;
};

struct Event {
  std::string action;       // "<module>.<entity>.<verb>": "identity.user.create", "auth.sign_in"
  std::string entity_type;  // "user", "letter", "token"
  std::string entity_id;    // the record's key as text ("" when none)
  Changes changes;
};

// Appends one entry inside the caller's write transaction (db::Tx with TxMode::write); returns
// its sequence number. Concurrent writers are serialised on the chain head, on both engines.
// Throws db::DbError when not inside a transaction.
std::int64_t record(db::Connection& conn, TimePoint at, const Actor& actor, const Event& event);
// Same, opening and committing its own transaction: for events that are not part of another
// write (a failed sign-in, a sign-out).
std::int64_t record_alone(db::Connection& conn, TimePoint at, const Actor& actor,
                          const Event& event);

struct Entry {
  std::int64_t seq = 0;
  std::string at;  // ISO-8601 UTC
  std::string actor_kind;
  std::int64_t actor_id = 0;
  std::string actor_name;
  std::string action;
  std::string entity_type;
  std::string entity_id;
  std::string changes;  // JSON text
  std::string request_id;
  std::string client_ip;
  std::string prev_hash;
  std::string hash;
};

// What the auditor filters by; every field optional. Newest first; `before_seq` pages on.
struct Filter {
  std::optional<std::string> actor_name;
  std::optional<std::string> action;  // exact, or a prefix ending in '.' ("identity.")
  std::optional<std::string> entity_type;
  std::optional<std::string> entity_id;
  std::optional<std::string> from_utc;  // inclusive, ISO-8601 UTC
  std::optional<std::string> to_utc;    // exclusive
  std::optional<std::int64_t> before_seq;
  int limit = 50;
};
std::vector<Entry> find_entries(db::Connection& conn, const Filter& filter);

struct Verification {
  bool intact = true;
  std::int64_t count = 0;          // entries checked
  std::int64_t first_bad_seq = 0;  // 0 when intact
  std::string reason;              // what is wrong at first_bad_seq
};
// Walks the whole chain from sequence 1. Reads in pages; safe while others append.
Verification verify_chain(db::Connection& conn);

// ---- personal-data reads (PDPA) -------------------------------------------------------------

struct PersonalRead {
  std::int64_t id = 0;
  std::string at;
  std::string actor_kind;
  std::int64_t actor_id = 0;
  std::string actor_name;
  std::string entity_type;
  std::string entity_id;
  std::string purpose;
  std::string request_id;
  std::string client_ip;
};
// Logs that `actor` read a record holding personal data, and why. Its own statement; call it
// after the read succeeded.
void record_personal_read(db::Connection& conn, TimePoint at, const Actor& actor,
                          const std::string& entity_type, const std::string& entity_id,
                          const std::string& purpose);
// Newest first; `before_id` pages on.
std::vector<PersonalRead> find_personal_reads(db::Connection& conn,
                                              const std::optional<std::string>& actor_name,
                                              std::optional<std::int64_t> before_id, int limit);

// The tables above, as the platform's own migrations (module "platform_audit").
std::vector<db::Migration> audit_migrations();

}  // namespace pao::audit
