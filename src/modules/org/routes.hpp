// The org module's route handlers and the JSON schemas documenting them (private to the
// module). Registered in module.cpp.
#pragma once

#include <boost/json/value.hpp>

#include "platform/http/router.hpp"

namespace pao::org {

// ---- public -------------------------------------------------------------------------------------
Result<http::Response> home_page(http::Context& ctx);
Result<http::Response> get_profile_json(http::Context& ctx);
Result<http::Response> list_divisions_json(http::Context& ctx);
Result<http::Response> list_positions_json(http::Context& ctx);

// ---- administration (permission org.manage): JSON ---------------------------------------------
Result<http::Response> add_division_json(http::Context& ctx);
Result<http::Response> update_division_json(http::Context& ctx);
Result<http::Response> add_position_json(http::Context& ctx);
Result<http::Response> update_position_json(http::Context& ctx);
Result<http::Response> update_profile_json(http::Context& ctx);

// ---- administration: pages (admin_pages.cpp) ---------------------------------------------------
Result<http::Response> profile_page(http::Context& ctx);        // GET  /admin/org
Result<http::Response> save_profile_form(http::Context& ctx);   // POST /admin/org
Result<http::Response> divisions_page(http::Context& ctx);      // GET  /admin/divisions
Result<http::Response> add_division_form(http::Context& ctx);   // POST /admin/divisions
Result<http::Response> division_page(http::Context& ctx);       // GET  /admin/divisions/{code}
Result<http::Response> save_division_form(http::Context& ctx);  // POST /admin/divisions/{code}
Result<http::Response> positions_page(http::Context& ctx);      // GET  /admin/positions
Result<http::Response> add_position_form(http::Context& ctx);   // POST /admin/positions
Result<http::Response> position_page(http::Context& ctx);       // GET  /admin/positions/{code}
Result<http::Response> save_position_form(http::Context& ctx);  // POST /admin/positions/{code}

// ---- OpenAPI schemas ---------------------------------------------------------------------------
boost::json::value profile_schema();
boost::json::value profile_changes_schema();
boost::json::value divisions_schema();
boost::json::value division_schema();
boost::json::value new_division_schema();
boost::json::value division_changes_schema();
boost::json::value positions_schema();
boost::json::value position_schema();
boost::json::value new_position_schema();
boost::json::value position_changes_schema();
boost::json::value error_schema_ref();

}  // namespace pao::org
