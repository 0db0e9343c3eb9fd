// The plan module's route handlers and the JSON schemas documenting them (private to the
// module). Registered in module.cpp.
#pragma once

#include <boost/json/value.hpp>

#include "modules/plan/follow_progress.hpp"
#include "platform/http/router.hpp"

namespace pao::plan {

// ---- public -------------------------------------------------------------------------------------
Result<http::Response> get_strategies_json(http::Context& ctx);   // GET /api/v1/plan/strategies
Result<http::Response> list_projects_json(http::Context& ctx);    // GET /api/v1/plan/projects
Result<http::Response> get_project_json(http::Context& ctx);      // GET /api/v1/plan/projects/{id}
Result<http::Response> public_progress_page(http::Context& ctx);  // GET /plan
Result<http::Response> project_page(http::Context& ctx);          // GET /plan/projects/{id}

// ---- shared by the JSON and HTML routes
// ----------------------------------------------------------
// ?fiscal_year=2567&strategy=2&status=delayed&division=education; a bad value is
// invalid_argument naming the parameter.
Result<ProgressFilter> read_progress_filter(const http::Request& request);
// The project id in the path ({id}); not_found when it is not a positive number.
Result<std::int64_t> project_id_param(const http::Context& ctx);
// "ไตรมาส 2/2567", "เดือน ม.ค. 2567" in the page's language.
std::string round_label(const http::Context& ctx, const Round& r);
// Today's date in Bangkok, by the request's clock.
Date today(const http::Context& ctx);

// ---- OpenAPI schemas ---------------------------------------------------------------------------
boost::json::value error_schema_ref();
boost::json::value strategies_schema();
boost::json::value projects_schema();
boost::json::value project_schema();

}  // namespace pao::plan
