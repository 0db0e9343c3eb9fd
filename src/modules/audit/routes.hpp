// The audit module's route handlers (private to the module). Every answer carries
// `Cache-Control: no-store`: the trail names people and addresses, and must not linger in a
// shared browser's cache.
#pragma once

#include <boost/json/value.hpp>

#include "platform/http/router.hpp"

namespace pao::audit {

inline constexpr const char* kViewPermission = "audit.view";
inline constexpr const char* kPersonalReadsPermission = "audit.personal_reads.view";

// Most rows one CSV export holds; the newest first, like the page.
inline constexpr int kMaxExportRows = 50000;

// JSON (json_routes.cpp)
Result<http::Response> list_entries_json(http::Context& ctx);
Result<http::Response> verify_json(http::Context& ctx);
Result<http::Response> list_personal_reads_json(http::Context& ctx);
boost::json::value entries_schema();
boost::json::value verify_schema();
boost::json::value personal_reads_schema();

// HTML (html_routes.cpp)
Result<http::Response> entries_page(http::Context& ctx);
Result<http::Response> verify_page(http::Context& ctx);
Result<http::Response> personal_reads_page(http::Context& ctx);

// CSV (csv_export.cpp)
Result<http::Response> export_entries_csv(http::Context& ctx);

// Adds the audit pages' shared answer headers (no-store).
http::Response& private_answer(http::Response& response);

}  // namespace pao::audit
