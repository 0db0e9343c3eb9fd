// Route handlers of the division sub-register pages (division_register_pages.cpp) and of the
// delegation registry (delegation_pages.cpp), registered from module.cpp through add_*().
// Private to the module.
#pragma once

#include <boost/json/value.hpp>

#include "platform/http/router.hpp"

namespace pao {
class Registry;
}

namespace pao::saraban {

inline constexpr const char* kManageDelegations = "saraban.delegation.manage";

// GET /saraban/registers/{code}, /saraban/division-register, /api/v1/saraban/registers/{code}.
void add_division_register(Registry& registry);
Result<http::Response> register_lines_page(http::Context& ctx);
Result<http::Response> my_division_register(http::Context& ctx);
Result<http::Response> register_lines_json(http::Context& ctx);
boost::json::value register_lines_schema();

// /saraban/delegations (page, form, end) and /api/v1/saraban/delegations.
void add_delegations(Registry& registry);
Result<http::Response> delegations_page(http::Context& ctx);
Result<http::Response> record_delegation_form(http::Context& ctx);
Result<http::Response> end_delegation_form(http::Context& ctx);
Result<http::Response> list_delegations_json(http::Context& ctx);
Result<http::Response> record_delegation_json(http::Context& ctx);
Result<http::Response> end_delegation_json(http::Context& ctx);
boost::json::value delegation_schema();

}  // namespace pao::saraban
