// SQL of delegations and of the jobs waiting for a person (tables saraban_delegation*, read
// with saraban_job and saraban_action). Private to the module, like store.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/store.hpp"
#include "platform/db/database.hpp"

namespace pao::saraban::store {

std::int64_t insert_delegation(db::Connection& conn, const Delegation& d);
void insert_delegation_end(db::Connection& conn, std::int64_t id, const std::string& at,
                           const std::string& by, const std::string& reason);
std::optional<Delegation> find_delegation(db::Connection& conn, std::int64_t id);
// Every delegation of principal `principal_id`; on PostgreSQL first takes a transaction lock on
// that person, so two clerks recording for the same person queue (SQLite: the write lock).
std::vector<Delegation> lock_delegations_of(db::Connection& conn, std::int64_t principal_id);
// Given or received by `user_id` (all when 0), newest first.
std::vector<Delegation> list_delegations(db::Connection& conn, std::int64_t user_id, int limit);
// To `delegate_id` covering Bangkok day `day` (ended ones included: the caller checks the time).
std::vector<Delegation> delegations_to_on(db::Connection& conn, std::int64_t delegate_id,
                                          const std::string& day);
// Who job `job_id`'s last routing step went to, unless the job is closed.
std::optional<std::int64_t> open_job_waiting_for(db::Connection& conn, std::int64_t job_id);
// Open jobs whose last routing step went to `user_id`, due soonest first.
std::vector<InboxItem> jobs_waiting_for(db::Connection& conn, std::int64_t user_id, int limit);

}  // namespace pao::saraban::store
