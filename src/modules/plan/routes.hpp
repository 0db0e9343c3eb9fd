// The plan module's route handlers and the JSON schemas documenting them (private to the
// module). Registered in module.cpp.
#pragma once

#include <boost/json/value.hpp>

#include "modules/plan/dashboard.hpp"
#include "modules/plan/follow_progress.hpp"
#include "modules/plan/import_projects.hpp"
#include "modules/plan/records.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/http/router.hpp"

namespace pao::plan {

// ---- public -------------------------------------------------------------------------------------
Result<http::Response> get_strategies_json(http::Context& ctx);   // GET /api/v1/plan/strategies
Result<http::Response> list_projects_json(http::Context& ctx);    // GET /api/v1/plan/projects
Result<http::Response> get_project_json(http::Context& ctx);      // GET /api/v1/plan/projects/{id}
Result<http::Response> public_progress_page(http::Context& ctx);  // GET /plan
Result<http::Response> project_page(http::Context& ctx);          // GET /plan/projects/{id}

// ---- rounds and reports: JSON (json_routes.cpp) -------------------------------------------------
Result<http::Response> list_rounds_json(http::Context& ctx);       // GET  /api/v1/plan/rounds
Result<http::Response> open_round_json(http::Context& ctx);        // POST /api/v1/plan/rounds
Result<http::Response> get_round_json(http::Context& ctx);         // GET  …/rounds/{id}
Result<http::Response> close_round_json(http::Context& ctx);       // POST …/rounds/{id}/close
Result<http::Response> file_report_json(http::Context& ctx);       // POST …/projects/{id}/reports
Result<http::Response> list_reports_json(http::Context& ctx);      // GET  …/projects/{id}/reports
Result<http::Response> decide_amendment_json(http::Context& ctx);  // POST …/reports/{id}/decision

Result<http::Response> import_projects_json(http::Context& ctx);  // POST /api/v1/plan/import
// The import's row errors as one invalid_argument Error (fields "rows[3].years_be").
Error import_error(const ImportOutcome& out);

// ---- rounds and reports: pages (reporting_pages.cpp) --------------------------------------------
Result<http::Response> rounds_page(http::Context& ctx);       // GET  /plan/rounds
Result<http::Response> open_round_form(http::Context& ctx);   // POST /plan/rounds
Result<http::Response> round_page(http::Context& ctx);        // GET  /plan/rounds/{id}
Result<http::Response> close_round_form(http::Context& ctx);  // POST /plan/rounds/{id}/close
Result<http::Response> report_form_page(http::Context& ctx);  // GET  /plan/projects/{id}/report
Result<http::Response> file_report_form(http::Context& ctx);  // POST /plan/projects/{id}/report
Result<http::Response> decide_amendment_form(
    http::Context& ctx);  // POST /plan/reports/{id}/decision
Result<http::Response> round_xlsx_download(
    http::Context& ctx);                                        // GET /plan/rounds/{id}/report.xlsx
Result<http::Response> round_pdf_download(http::Context& ctx);  // GET /plan/rounds/{id}/report.pdf
Result<http::Response> import_page(http::Context& ctx);         // GET  /plan/import
Result<http::Response> import_form(http::Context& ctx);         // POST /plan/import

// ---- dashboard, acceleration list, PDCA (dashboard_page.cpp, acceleration_pages.cpp)
// -------------
Result<http::Response> dashboard_page(http::Context& ctx);          // GET  /plan/dashboard
Result<http::Response> dashboard_csv_download(http::Context& ctx);  // GET  /plan/dashboard.csv
Result<http::Response> add_measure_form(http::Context& ctx);        // POST /plan/acceleration
Result<http::Response> record_decision_form(http::Context& ctx);    // POST /plan/decisions
Result<http::Response> add_pdca_form(http::Context& ctx);           // POST /plan/projects/{id}/pdca
// The same as JSON (acceleration_json_routes.cpp).
Result<http::Response> list_acceleration_json(http::Context& ctx);  // GET /api/v1/plan/acceleration
Result<http::Response> add_measure_json(http::Context& ctx);      // POST /api/v1/plan/acceleration
Result<http::Response> list_pdca_json(http::Context& ctx);        // GET  …/projects/{id}/pdca
Result<http::Response> add_pdca_json(http::Context& ctx);         // POST …/projects/{id}/pdca
Result<http::Response> record_decision_json(http::Context& ctx);  // POST /api/v1/plan/decisions
boost::json::value measures_schema();
boost::json::value measure_schema();
boost::json::value new_measure_schema();
boost::json::value pdca_list_schema();
boost::json::value pdca_schema();
boost::json::value new_pdca_schema();
boost::json::value decision_schema_of();
boost::json::value new_decision_schema();
// The acceleration list's sections of the dashboard, and the PDCA notes of a project's page.
void show_acceleration_list(http::Context& ctx, ctemplate::TemplateDictionary& dict,
                            const Dashboard& d);
void show_pdca_notes(http::Context& ctx, ctemplate::TemplateDictionary& dict,
                     std::int64_t project_id);

// ---- the planner's writes to a project (manage_routes.cpp)
// ---------------------------------------
Result<http::Response> set_budget_json(http::Context& ctx);      // PUT  …/projects/{id}/budget
Result<http::Response> set_curve_json(http::Context& ctx);       // PUT  …/projects/{id}/curve
Result<http::Response> add_kpi_json(http::Context& ctx);         // POST …/projects/{id}/kpis
Result<http::Response> cancel_project_json(http::Context& ctx);  // POST …/projects/{id}/cancel
Result<http::Response> set_margin_json(http::Context& ctx);      // PUT  /api/v1/plan/settings
Result<http::Response> kpi_form_page(http::Context& ctx);    // GET  /plan/projects/{id}/kpis/new
Result<http::Response> add_kpi_form(http::Context& ctx);     // POST /plan/projects/{id}/kpis
Result<http::Response> curve_form_page(http::Context& ctx);  // GET  /plan/projects/{id}/curve
Result<http::Response> set_curve_form(http::Context& ctx);   // POST /plan/projects/{id}/curve
Result<http::Response> settings_page(http::Context& ctx);    // GET  /plan/settings
Result<http::Response> set_margin_form(http::Context& ctx);  // POST /plan/settings
Result<http::Response> set_budget_form(http::Context& ctx);  // POST /plan/projects/{id}/budget
Result<http::Response> cancel_project_form(http::Context& ctx);  // POST /plan/projects/{id}/cancel

// ---- shared by the JSON and HTML routes
// ----------------------------------------------------------
// ?fiscal_year=2567&strategy=2&status=delayed&division=education; a bad value is
// invalid_argument naming the parameter.
Result<ProgressFilter> read_progress_filter(const http::Request& request);
// The project id in the path ({id}); not_found when it is not a positive number.
Result<std::int64_t> project_id_param(const http::Context& ctx);
// The project in the path ({id}); not_found when there is none.
Result<Project> project_in_path(http::Context& ctx);
// The page of a planner's form about one project: `title`, under Home › the plan's progress ›
// the project (2.4).
http::Response project_form_page(http::Context& ctx, const Project& p, const std::string& title,
                                 std::string_view body_template,
                                 ctemplate::TemplateDictionary& dict, const Error* error);
// "ไตรมาส 2/2567", "เดือน ม.ค. 2567" in the page's language.
std::string round_label(const http::Context& ctx, const Round& r);
// Today's date in Bangkok, by the request's clock.
Date today(const http::Context& ctx);

// ---- plans, strategies and goals (plan_pages.cpp, plan_json_routes.cpp) -------------------------
Result<http::Response> list_plans_json(http::Context& ctx);       // GET  /api/v1/plan/plans
Result<http::Response> create_plan_json(http::Context& ctx);      // POST /api/v1/plan/plans
Result<http::Response> get_plan_json(http::Context& ctx);         // GET  …/plans/{id}
Result<http::Response> update_plan_json(http::Context& ctx);      // PUT  …/plans/{id}
Result<http::Response> add_strategy_json(http::Context& ctx);     // POST …/plans/{id}/strategies
Result<http::Response> update_strategy_json(http::Context& ctx);  // PUT  …/strategies/{id}
Result<http::Response> delete_strategy_json(http::Context& ctx);  // DELETE …/strategies/{id}
Result<http::Response> delete_plan_json(http::Context& ctx);      // DELETE …/plans/{id}
Result<http::Response> add_goal_json(http::Context& ctx);         // POST …/strategies/{id}/goals
Result<http::Response> reorder_goals_json(http::Context& ctx);    // PUT  …/strategies/{id}/goals
Result<http::Response> update_goal_json(http::Context& ctx);      // PUT  …/goals/{id}
Result<http::Response> delete_goal_json(http::Context& ctx);      // DELETE …/goals/{id}
Result<http::Response> add_project_json(http::Context& ctx);   // POST …/strategies/{id}/projects
Result<http::Response> plans_page(http::Context& ctx);         // GET  /plan/plans
Result<http::Response> create_plan_form(http::Context& ctx);   // POST /plan/plans
Result<http::Response> plan_page(http::Context& ctx);          // GET  /plan/plans/{id}
Result<http::Response> update_plan_form(http::Context& ctx);   // POST /plan/plans/{id}
Result<http::Response> add_strategy_form(http::Context& ctx);  // POST /plan/plans/{id}/strategies
Result<http::Response> strategy_page(http::Context& ctx);      // GET  /plan/strategies/{id}
Result<http::Response> update_strategy_form(http::Context& ctx);  // POST /plan/strategies/{id}
Result<http::Response> delete_strategy_form(http::Context& ctx);  // POST …/strategies/{id}/delete
Result<http::Response> delete_plan_form(http::Context& ctx);      // POST /plan/plans/{id}/delete
Result<http::Response> add_goal_form(http::Context& ctx);         // POST …/strategies/{id}/goals
Result<http::Response> goal_form(
    http::Context& ctx);  // POST /plan/goals/{id} (save|up|down|remove)
Result<http::Response> add_project_form(http::Context& ctx);  // POST …/strategies/{id}/projects
void add_plan_routes(http::Router& routes);
// A <select name="plan"> of the plans (drafts too when `drafts`), `chosen` selected.
std::string plan_field(http::Context& ctx, std::int64_t chosen, bool drafts);

// ---- OpenAPI schemas ---------------------------------------------------------------------------
boost::json::value error_schema_ref();
boost::json::value strategies_schema();
boost::json::value projects_schema();
boost::json::value project_schema();
boost::json::value round_schema();
boost::json::value rounds_schema();
boost::json::value new_round_schema();
boost::json::value report_schema();
boost::json::value reports_schema();
boost::json::value new_report_schema();
boost::json::value decision_schema();
boost::json::value import_schema();

}  // namespace pao::plan
