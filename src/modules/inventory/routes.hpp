// The inventory module's route handlers and JSON schemas (private to the module), registered in
// module.cpp.
#pragma once

#include <boost/json/value.hpp>

#include "platform/http/router.hpp"

namespace pao::inventory {

inline constexpr const char* kView = "inventory.view";
inline constexpr const char* kManage = "inventory.manage";
inline constexpr const char* kContracts = "inventory.contracts";
inline constexpr const char* kReport = "inventory.report";

// ---- JSON (json_routes.cpp) ----
Result<http::Response> list_assets_json(http::Context& ctx);
Result<http::Response> get_asset_json(http::Context& ctx);
Result<http::Response> register_asset_json(http::Context& ctx);
Result<http::Response> update_asset_json(http::Context& ctx);
Result<http::Response> list_contracts_json(http::Context& ctx);
Result<http::Response> get_contract_json(http::Context& ctx);
Result<http::Response> register_contract_json(http::Context& ctx);
Result<http::Response> update_contract_json(http::Context& ctx);
Result<http::Response> contract_reminders_json(http::Context& ctx);

// ---- defect workflow and dashboard, JSON (defect_json_routes.cpp) ----
Result<http::Response> record_inspection_json(http::Context& ctx);
Result<http::Response> send_notice_json(http::Context& ctx);
Result<http::Response> close_security_json(http::Context& ctx);
Result<http::Response> warranty_dashboard_json(http::Context& ctx);
boost::json::value inspection_input_schema();
boost::json::value notice_input_schema();
boost::json::value security_input_schema();
boost::json::value dashboard_schema();
Result<http::Response> reminder_stages_json(http::Context& ctx);      // GET
Result<http::Response> set_reminder_stages_json(http::Context& ctx);  // PUT
boost::json::value reminder_stages_schema();
boost::json::value reminder_stages_input_schema();

// ---- agents (agent_routes.cpp) ----
Result<http::Response> ocs_agent_message(http::Context& ctx);  // POST /ocsinventory
Result<http::Response> upload_agent_file(http::Context& ctx);  // POST /inventory/upload

// ---- pages (html_routes.cpp) ----
Result<http::Response> assets_page(http::Context& ctx);      // GET  /inventory
Result<http::Response> asset_page(http::Context& ctx);       // GET  /inventory/assets/{id}
Result<http::Response> new_asset_page(http::Context& ctx);   // GET  /inventory/assets/new
Result<http::Response> edit_asset_page(http::Context& ctx);  // GET  /inventory/assets/{id}/edit
Result<http::Response> upload_page(http::Context& ctx);      // GET  /inventory/upload
http::Response upload_form(http::Context& ctx, const Error* error);
Result<http::Response> register_asset_form(http::Context& ctx);  // POST /inventory/assets
Result<http::Response> save_asset_form(http::Context& ctx);      // POST /inventory/assets/{id}
Result<http::Response> contracts_page(http::Context& ctx);       // GET  /inventory/contracts
Result<http::Response> contract_page(http::Context& ctx);        // GET  /inventory/contracts/{id}
Result<http::Response> new_contract_page(http::Context& ctx);    // GET  /inventory/contracts/new
Result<http::Response> register_contract_form(http::Context& ctx);  // POST /inventory/contracts
Result<http::Response> inspect_form(
    http::Context& ctx);  // POST /inventory/contracts/{id}/inspections
Result<http::Response> notice_form(http::Context& ctx);  // POST /inventory/contracts/{id}/notices
Result<http::Response> security_form(
    http::Context& ctx);  // POST /inventory/contracts/{id}/security
Result<http::Response> dashboard_page(http::Context& ctx);  // GET  /inventory/warranty
// ---- the reminder stages (settings_pages.cpp) ----
Result<http::Response> reminder_settings_page(
    http::Context& ctx);  // GET /inventory/warranty/settings
Result<http::Response> save_reminder_settings_form(http::Context& ctx);  // POST the same

// ---- licences and planning (planning_pages.cpp) ----
Result<http::Response> software_page(http::Context& ctx);        // GET  /inventory/software
Result<http::Response> track_product_form(http::Context& ctx);   // POST /inventory/software
Result<http::Response> replacement_page(http::Context& ctx);     // GET  /inventory/replacement
Result<http::Response> save_reference_form(http::Context& ctx);  // POST /inventory/replacement

Result<http::Response> licences_json(http::Context& ctx);  // planning_json_routes.cpp
Result<http::Response> replacement_plan_json(http::Context& ctx);
boost::json::value licences_schema();
boost::json::value replacement_plan_schema();

// ---- import (import_pages.cpp) ----
Result<http::Response> import_page(http::Context& ctx);         // GET  /inventory/import
Result<http::Response> import_assets_form(http::Context& ctx);  // POST /inventory/import

// ---- downloads (asset_exports.cpp) ----
Result<http::Response> export_assets_xlsx(http::Context& ctx);  // GET /inventory/assets.xlsx
Result<http::Response> asset_labels_pdf(http::Context& ctx);    // GET /inventory/labels.pdf

// ---- attachments (attachment_pages.cpp) ----
Result<http::Response> attach_asset_file(http::Context& ctx);  // POST /inventory/assets/{id}/files
Result<http::Response> attach_contract_file(
    http::Context& ctx);  // POST /inventory/contracts/{id}/files
// The list of files attached to (kind, id), and the form to attach one when `can_attach`.
std::string attachments_html(http::Context& ctx, const std::string& kind, std::int64_t id,
                             bool can_attach);

// ---- schemas ----
boost::json::value asset_schema();
boost::json::value assets_schema();
boost::json::value asset_input_schema();
boost::json::value contract_schema();
boost::json::value contracts_schema();
boost::json::value contract_input_schema();
boost::json::value reminders_schema();
boost::json::value error_schema_ref();

}  // namespace pao::inventory
