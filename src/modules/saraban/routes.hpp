// The saraban module's route handlers (private to the module), registered in module.cpp. The JSON
// routes (json_routes.cpp) and the pages (html_routes.cpp) call the same use cases.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "modules/saraban/letter.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/http/router.hpp"
#include "platform/jobs/job.hpp"

namespace pao::saraban {

inline constexpr const char* kView = "saraban.view";            // read registers and jobs
inline constexpr const char* kRegister = "saraban.register";    // register letters, numbers
inline constexpr const char* kForward = "saraban.forward";      // forward and route jobs
inline constexpr const char* kApprove = "saraban.approve";      // approve, return, sign
inline constexpr const char* kDestroy = "saraban.destroy";      // approve destruction lists
inline constexpr const char* kIntake = "saraban.intake";        // hand e-mails in (mail server)
inline constexpr const char* kTemplates = "saraban.templates";  // write letter templates
inline constexpr const char* kSettings = "saraban.settings";    // agency code, reference formats

// Who is calling, as the timeline names them (name and position from their account).
Person person_of(http::Context& ctx);

// ---- JSON (json_routes.cpp) ---------------------------------------------------------------------
Result<http::Response> register_incoming_json(http::Context& ctx);  // POST /api/v1/saraban/incoming
Result<http::Response> list_incoming_json(http::Context& ctx);      // GET  /api/v1/saraban/incoming
Result<http::Response> list_outgoing_json(http::Context& ctx);      // GET  /api/v1/saraban/outgoing
Result<http::Response> issue_outgoing_json(http::Context& ctx);     // POST /api/v1/saraban/outgoing
Result<http::Response> get_letter_json(http::Context& ctx);      // GET /api/v1/saraban/letters/{id}
Result<http::Response> reserve_number_json(http::Context& ctx);  // POST /api/v1/saraban/numbers
Result<http::Response> cancel_number_json(http::Context& ctx);   // POST …/numbers/{…}/cancel
Result<http::Response> list_numbers_json(http::Context& ctx);    // GET  /api/v1/saraban/numbers

Result<http::Response> get_job_json(http::Context& ctx);    // GET  /api/v1/saraban/jobs/{id}
Result<http::Response> take_step_json(http::Context& ctx);  // POST /api/v1/saraban/jobs/{id}/steps
Result<http::Response> inbox_json(http::Context& ctx);      // GET  /api/v1/saraban/inbox

// A letter as the API shows it to its viewer: a secret letter's subject only to people named on
// its job ("subject_hidden": true for the others).
boost::json::object letter_json(const Letter& l);

boost::json::value job_schema();
boost::json::value step_schema();
boost::json::value new_step_schema();
boost::json::value inbox_schema();
boost::json::value incoming_letter_schema();
boost::json::value outgoing_letter_schema();
boost::json::value letter_schema();
boost::json::value letters_schema();
boost::json::value reserve_schema();
boost::json::value number_schema();
boost::json::value numbers_schema();

// ---- pages (html_routes.cpp) --------------------------------------------------------------------
Result<http::Response> incoming_register_page(http::Context& ctx);  // GET  /saraban/incoming
Result<http::Response> incoming_form_page(http::Context& ctx);      // GET  /saraban/incoming/new
Result<http::Response> register_incoming_form(http::Context& ctx);  // POST /saraban/incoming
Result<http::Response> outgoing_register_page(http::Context& ctx);  // GET  /saraban/outgoing
Result<http::Response> outgoing_form_page(http::Context& ctx);      // GET  /saraban/outgoing/new
Result<http::Response> issue_outgoing_form(http::Context& ctx);     // POST /saraban/outgoing
Result<http::Response> numbers_page(http::Context& ctx);            // GET  /saraban/numbers
Result<http::Response> reserve_number_form(http::Context& ctx);     // POST /saraban/numbers
Result<http::Response> cancel_number_form(http::Context& ctx);      // POST /saraban/numbers/cancel
// Retention (retention_routes.cpp).
Result<http::Response> list_destruction_json(http::Context& ctx);
Result<http::Response> get_destruction_json(http::Context& ctx);
Result<http::Response> propose_destruction_json(http::Context& ctx);
Result<http::Response> approve_destruction_json(http::Context& ctx);
Result<http::Response> destruction_page(http::Context& ctx);  // /saraban/destruction[/{id}]
Result<http::Response> propose_destruction_form(http::Context& ctx);
Result<http::Response> approve_destruction_form(http::Context& ctx);
Status propose_last_years_list(jobs::JobContext& job);
Status cancel_stale_reservations(jobs::JobContext& job);
// E-mail intake (mail_routes.cpp).
Result<http::Response> take_mail_json(http::Context& ctx);  // POST /api/v1/saraban/mail
Result<http::Response> mail_page(http::Context& ctx);       // GET  /saraban/mail
Result<http::Response> job_page(http::Context& ctx);        // GET  /saraban/jobs/{id}
Result<http::Response> take_step_form(http::Context& ctx);  // POST /saraban/jobs/{id}/steps
Result<http::Response> overdue_page(http::Context& ctx);    // GET /saraban/overdue (heads)
Result<http::Response> inbox_page(http::Context& ctx);      // GET  /saraban/inbox
// GET /saraban/registers/{code}/pdf and …/xlsx (?year=&from=&to=), export_routes.cpp
Result<http::Response> register_pdf_download(http::Context& ctx);
Result<http::Response> register_xlsx_download(http::Context& ctx);

// Letter templates and numbering settings (templates_json.cpp, templates_pages.cpp,
// settings_page.cpp).
Result<http::Response> list_templates_json(http::Context& ctx);    // GET  …/templates
Result<http::Response> get_template_json(http::Context& ctx);      // GET  …/templates/{id}
Result<http::Response> create_template_json(http::Context& ctx);   // POST …/templates
Result<http::Response> update_template_json(http::Context& ctx);   // PUT  …/templates/{id}
Result<http::Response> archive_template_json(http::Context& ctx);  // DELETE …/templates/{id}
Result<http::Response> render_template_json(http::Context& ctx);   // POST …/{id}/render?job=
Result<http::Response> get_settings_json(http::Context& ctx);      // GET  /api/v1/saraban/settings
Result<http::Response> put_settings_json(http::Context& ctx);      // PUT  /api/v1/saraban/settings
boost::json::value letter_template_schema();
boost::json::value new_letter_template_schema();
boost::json::value letter_templates_schema();
boost::json::value draft_letter_schema();
boost::json::value numbering_settings_schema();
boost::json::value numbering_change_schema();
Result<http::Response> templates_page(http::Context& ctx);         // GET  /saraban/templates
Result<http::Response> template_form_page(http::Context& ctx);     // GET  …/templates/new, /{id}
Result<http::Response> save_template_form(http::Context& ctx);     // POST …/templates[/{id}]
Result<http::Response> archive_template_form(http::Context& ctx);  // POST …/templates/{id}/archive
Result<http::Response> draft_page(http::Context& ctx);  // GET  /saraban/jobs/{id}/draft?template=
Result<http::Response> reply_form(http::Context& ctx);  // POST /saraban/jobs/{id}/reply
Result<http::Response> settings_page(http::Context& ctx);       // GET  /saraban/settings
Result<http::Response> save_settings_form(http::Context& ctx);  // POST /saraban/settings
// The job page's "draft a reply or memo" choice (CAN_DRAFT, TEMPLATE_FIELD) for those who may.
void fill_draft_choice(http::Context& ctx, ctemplate::TemplateDictionary& dict,
                       std::int64_t job_id);

}  // namespace pao::saraban
