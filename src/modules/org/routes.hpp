// The org module's route handlers (private to the module).
#pragma once

#include <boost/json/value.hpp>

#include "platform/http/router.hpp"

namespace pao::org {

Result<http::Response> home_page(http::Context& ctx);
Result<http::Response> get_profile_json(http::Context& ctx);
Result<http::Response> list_divisions_json(http::Context& ctx);
boost::json::value profile_schema();
boost::json::value divisions_schema();

}  // namespace pao::org
