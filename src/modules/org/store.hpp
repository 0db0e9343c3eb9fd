// The org module's writes and admin reads (all SQL lives in store.cpp). Private to the module:
// other modules read through api.hpp, and writes go through the manage_*.hpp use cases, which
// add the audit entry and the transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/org/api.hpp"
#include "platform/db/database.hpp"

namespace pao::org::store {

// Inside a write transaction: the division with `code`, its row locked until the transaction
// ends (so the "before" of an audit entry is what this writer replaces); nullopt when none.
std::optional<Division> lock_division(db::Connection& conn, const std::string& code);
// One more than the largest sort order in use, rounded to the next ten (10 when empty).
int next_division_sort_order(db::Connection& conn);
// Throws db::UniqueViolation when the code exists.
void insert_division(db::Connection& conn, const Division& d);
// Writes every field but the code (which never changes).
void update_division(db::Connection& conn, const Division& d);

std::optional<Position> lock_position(db::Connection& conn, const std::string& code);
int next_position_sort_order(db::Connection& conn);
void insert_position(db::Connection& conn, const Position& p);
void update_position(db::Connection& conn, const Position& p);

// Active positions after (sort_order, code) = `after` in order, at most `limit`.
struct PositionKey {
  int sort_order = 0;
  std::string code;
};
std::vector<Position> list_positions_after(db::Connection& conn,
                                           const std::optional<PositionKey>& after, int limit);

// Locks the profile row inside a write transaction and returns it (missions included).
Profile lock_profile(db::Connection& conn);
// Writes the profile's own fields (not the missions); `updated_at` is ISO-8601 UTC.
void update_profile(db::Connection& conn, const Profile& p, const std::string& updated_at);

}  // namespace pao::org::store
