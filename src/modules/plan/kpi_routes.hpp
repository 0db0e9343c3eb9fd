// The routes about a project's KPIs beyond adding one (routes.hpp has those): the edit page with
// delete and retire (kpi_form.cpp), and the same use cases on JSON (kpi_json_routes.cpp). Private
// to the module; registered in module.cpp through add_kpi_routes.
#pragma once

#include "platform/http/router.hpp"

namespace pao::plan {

// Registers every route below, each plan.manage but the list (plan.view).
void add_kpi_routes(http::Router& routes);

// ---- pages (kpi_form.cpp)
// ------------------------------------------------------------------------
Result<http::Response> edit_kpi_page(http::Context& ctx);    // GET  …/kpis/{kpi_id}/edit
Result<http::Response> edit_kpi_form(http::Context& ctx);    // POST …/kpis/{kpi_id}
Result<http::Response> delete_kpi_form(http::Context& ctx);  // POST …/kpis/{kpi_id}/delete
Result<http::Response> retire_kpi_form(http::Context& ctx);  // POST …/kpis/{kpi_id}/retire

// ---- JSON (kpi_json_routes.cpp) ----------------------------------------------------------------
Result<http::Response> list_kpis_json(http::Context& ctx);   // GET    …/projects/{id}/kpis
Result<http::Response> edit_kpi_json(http::Context& ctx);    // PUT    …/kpis/{kpi_id}
Result<http::Response> delete_kpi_json(http::Context& ctx);  // DELETE …/kpis/{kpi_id}
Result<http::Response> retire_kpi_json(http::Context& ctx);  // POST   …/kpis/{kpi_id}/retire

}  // namespace pao::plan
