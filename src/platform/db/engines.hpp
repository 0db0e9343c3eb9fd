// The two engines behind Database::open (private to platform/db).
#pragma once

#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace pao::db {

// `path` is a file name; its directory must exist.
std::unique_ptr<Database> open_sqlite(const std::string& path, PoolOptions options);
// `uri` is a libpq connection URI (postgresql://…).
std::unique_ptr<Database> open_postgres(const std::string& uri, PoolOptions options);

}  // namespace pao::db
