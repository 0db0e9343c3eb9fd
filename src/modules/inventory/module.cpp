#include "modules/inventory/module.hpp"

#include <cstdlib>

#include "modules/inventory/reminder_settings.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/warranty_reminders.hpp"
#include "platform/registry/registry.hpp"

namespace pao::inventory {

namespace {

void add_asset_api(http::Router& routes) {
  routes.get("/api/v1/assets")
      .permission(kView)
      .tag("inventory")
      .summary("Assets in id order, filtered")
      .query_param("serial", "string", "Exactly this serial number")
      .query_param("hostname", "string", "Exactly this host name (any case)")
      .query_param("kind", "string", "desktop, notebook, printer, ups, network, server, other")
      .query_param("status", "string", "in_use, spare, repair, disposed")
      .query_param("division", "string", "A division code")
      .query_param("q", "string", "Part of the number, brand, model, host, holder or location")
      .query_param("contract", "integer", "Only the assets bought under this contract (its id)")
      .query_param("limit", "integer", "1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of assets", assets_schema())
      .response(400, "A bad limit, cursor or contract", error_schema_ref())
      .handle(list_assets_json);
  routes.post("/api/v1/assets")
      .permission(kManage)
      .tag("inventory")
      .summary("Register an asset")
      .body_limit(32 * 1024)
      .request_body(asset_input_schema())
      .response(201, "The asset as stored", asset_schema())
      .response(400, "Bad fields; `fields` names each", error_schema_ref())
      .response(409, "The asset number is taken", error_schema_ref())
      .handle(register_asset_json);
  routes.get("/api/v1/assets/{id}")
      .permission(kView)
      .tag("inventory")
      .summary("One asset with the software last reported on it")
      .path_param("id", "integer", "The asset's id")
      .response(200, "The asset", asset_schema())
      .response(404, "No such asset", error_schema_ref())
      .handle(get_asset_json);
  routes.patch("/api/v1/assets/{id}")
      .permission(kManage)
      .tag("inventory")
      .summary("Change an asset (only the fields sent)")
      .path_param("id", "integer", "The asset's id")
      .body_limit(32 * 1024)
      .request_body(asset_input_schema())
      .response(200, "The asset as stored", asset_schema())
      .response(404, "No such asset", error_schema_ref())
      .handle(update_asset_json);
}

void add_contract_api(http::Router& routes) {
  routes.get("/api/v1/contracts")
      .permission(kView)
      .tag("inventory")
      .summary("Procurement contracts, newest first")
      .query_param("limit", "integer", "1–200 (default 50)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of contracts", contracts_schema())
      .handle(list_contracts_json);
  routes.post("/api/v1/contracts")
      .permission(kContracts)
      .tag("inventory")
      .summary("Register a contract; its warranty end is computed")
      .body_limit(32 * 1024)
      .request_body(contract_input_schema())
      .response(201, "The contract with warranty_ends_on", contract_schema())
      .response(400, "Bad fields (a wrong tax ID check digit names contractor_tax_id)",
                error_schema_ref())
      .response(409, "The contract number exists", error_schema_ref())
      .handle(register_contract_json);
  routes.get("/api/v1/contracts/{id}")
      .permission(kView)
      .tag("inventory")
      .summary("One contract and the ids of its assets")
      .path_param("id", "integer", "The contract's id")
      .response(200, "The contract", contract_schema())
      .response(404, "No such contract", error_schema_ref())
      .handle(get_contract_json);
  routes.patch("/api/v1/contracts/{id}")
      .permission(kContracts)
      .tag("inventory")
      .summary("Change a contract (a new acceptance date or period moves the warranty end)")
      .path_param("id", "integer", "The contract's id")
      .body_limit(32 * 1024)
      .request_body(contract_input_schema())
      .response(200, "The contract as stored", contract_schema())
      .response(404, "No such contract", error_schema_ref())
      .handle(update_contract_json);
  routes.get("/api/v1/contracts/{id}/reminders")
      .permission(kView)
      .tag("inventory")
      .summary("The warranty reminders sent for a contract")
      .path_param("id", "integer", "The contract's id")
      .response(200, "Reminders, oldest first", reminders_schema())
      .response(404, "No such contract", error_schema_ref())
      .handle(contract_reminders_json);
}

void add_agent_routes(http::Router& routes) {
  // Agents authenticate with HTTP Basic (user `agent`, password a token holding
  // inventory.report); the handler checks it and answers the Basic challenge itself.
  routes.post("/ocsinventory")
      .allow_anonymous()
      .kind(http::RouteKind::other)
      .summary("OCS Inventory NG agents' PROLOG and INVENTORY messages (zlib, gzip or XML)")
      .body_limit(8 * 1024 * 1024)
      .handle(ocs_agent_message);
}

void add_pages(http::Router& routes) {
  routes.get("/inventory").permission(kView).handle(assets_page);
  routes.get("/inventory/assets/new").permission(kManage).handle(new_asset_page);
  routes.post("/inventory/assets")
      .permission(kManage)
      .body_limit(64 * 1024)
      .handle(register_asset_form);
  routes.get("/inventory/assets/{id}").permission(kView).handle(asset_page);
  routes.get("/inventory/assets/{id}/edit").permission(kManage).handle(edit_asset_page);
  routes.post("/inventory/assets/{id}")
      .permission(kManage)
      .body_limit(64 * 1024)
      .handle(save_asset_form);
  routes.get("/inventory/upload").permission(kManage).handle(upload_page);
  routes.post("/inventory/upload")
      .permission(kManage)
      .body_limit(8 * 1024 * 1024)
      .handle(upload_agent_file);
  routes.get("/inventory/contracts").permission(kView).handle(contracts_page);
  routes.get("/inventory/contracts/new").permission(kContracts).handle(new_contract_page);
  routes.post("/inventory/contracts")
      .permission(kContracts)
      .body_limit(64 * 1024)
      .handle(register_contract_form);
  routes.get("/inventory/contracts/{id}").permission(kView).handle(contract_page);
  routes.post("/inventory/contracts/{id}/inspections")
      .permission(kContracts)
      .body_limit(64 * 1024)
      .handle(inspect_form);
  routes.post("/inventory/contracts/{id}/notices")
      .permission(kContracts)
      .body_limit(64 * 1024)
      .handle(notice_form);
  routes.post("/inventory/contracts/{id}/security")
      .permission(kContracts)
      .body_limit(16 * 1024)
      .handle(security_form);
  routes.get("/inventory/warranty").permission(kView).handle(dashboard_page);
  routes.get("/inventory/warranty/settings").permission(kContracts).handle(reminder_settings_page);
  routes.post("/inventory/warranty/settings")
      .permission(kContracts)
      .body_limit(4 * 1024)
      .handle(save_reminder_settings_form);
  routes.get("/inventory/software").permission(kView).handle(software_page);
  routes.post("/inventory/software")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(track_product_form);
  routes.get("/inventory/replacement").permission(kView).handle(replacement_page);
  routes.post("/inventory/replacement")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(save_reference_form);
  routes.post("/inventory/assets/{id}/files")
      .permission(kManage)
      .body_limit(21 * 1024 * 1024)
      .handle(attach_asset_file);
  routes.post("/inventory/contracts/{id}/files")
      .permission(kContracts)
      .body_limit(21 * 1024 * 1024)
      .handle(attach_contract_file);
  routes.get("/inventory/import").permission(kManage).handle(import_page);
  routes.post("/inventory/import")
      .permission(kManage)
      .body_limit(8 * 1024 * 1024)
      .handle(import_assets_form);
  routes.get("/inventory/assets.xlsx")
      .permission(kView)
      .kind(http::RouteKind::other)
      .handle(export_assets_xlsx);
  routes.get("/inventory/labels.pdf")
      .permission(kView)
      .kind(http::RouteKind::other)
      .handle(asset_labels_pdf);
}

void add_defect_api(http::Router& routes) {
  routes.post("/api/v1/contracts/{id}/inspections")
      .permission(kContracts)
      .tag("inventory")
      .summary(
          "Record an inspection within the warranty (a re-inspection without defect fixes open "
          "notices)")
      .path_param("id", "integer", "The contract's id")
      .body_limit(32 * 1024)
      .request_body(inspection_input_schema())
      .response(201, "The inspection")
      .response(404, "No such contract", error_schema_ref())
      .response(409, "The security is already closed", error_schema_ref())
      .handle(record_inspection_json);
  routes.post("/api/v1/contracts/{id}/notices")
      .permission(kContracts)
      .tag("inventory")
      .summary("Record the defect notice sent to the contractor, with its fix deadline")
      .path_param("id", "integer", "The contract's id")
      .body_limit(32 * 1024)
      .request_body(notice_input_schema())
      .response(201, "The notice")
      .response(409, "No inspection found a defect", error_schema_ref())
      .handle(send_notice_json);
  routes.post("/api/v1/contracts/{id}/security")
      .permission(kContracts)
      .tag("inventory")
      .summary("Return (no open defect) or claim the performance security")
      .path_param("id", "integer", "The contract's id")
      .body_limit(8 * 1024)
      .request_body(security_input_schema())
      .response(200, "The security's outcome")
      .response(409, "A defect is still open, or the security is already closed",
                error_schema_ref())
      .handle(close_security_json);
  routes.get("/api/v1/inventory/licences")
      .permission(kView)
      .tag("inventory")
      .summary("Tracked products: licences held and machines reporting them")
      .response(200, "One row per tracked product", licences_schema())
      .handle(licences_json);
  routes.get("/api/v1/inventory/replacement-plan")
      .permission(kView)
      .tag("inventory")
      .summary("What to replace in a fiscal year, with the estimated cost")
      .query_param("year", "integer", "B.E. fiscal year (default: the next one)")
      .response(200, "The plan", replacement_plan_schema())
      .response(400, "A bad year", error_schema_ref())
      .handle(replacement_plan_json);
  routes.get("/api/v1/inventory/warranty-dashboard")
      .permission(kView)
      .tag("inventory")
      .summary("Warranties ending within 90 days, open defects, securities to return")
      .response(200, "The three lists", dashboard_schema())
      .handle(warranty_dashboard_json);
  routes.get("/api/v1/inventory/reminder-stages")
      .permission(kView)
      .tag("inventory")
      .summary("The warranty reminder stages in force (days before the end)")
      .response(200, "The stages", reminder_stages_schema())
      .handle(reminder_stages_json);
  routes.put("/api/v1/inventory/reminder-stages")
      .permission(kContracts)
      .tag("inventory")
      .summary("Set the reminder stages: 1–10 distinct whole days from 1 to 365")
      .body_limit(1024)
      .request_body(reminder_stages_input_schema())
      .response(200, "The stages as stored, largest first", reminder_stages_schema())
      .response(400, "Bad stages; the field is days", error_schema_ref())
      .handle(set_reminder_stages_json);
}

}  // namespace

void register_inventory_module(Registry& registry) {
  registry.add_sql_migrations("inventory");
  // The supplies officers (role supplies_officer, กองพัสดุและทรัพย์สิน) see and work the contracts and
  // the warranty dashboard, not the assets' registration nor the agents.
  registry.add_permission(kView, {"ดูทะเบียนครุภัณฑ์และสัญญา", "View assets and contracts"},
                          {"it_staff", "executive", "auditor", "supplies_officer"});
  registry.add_permission(kManage, {"ลงทะเบียนและแก้ไขครุภัณฑ์", "Register and edit assets"},
                          {"it_staff"});
  registry.add_permission(kContracts,
                          {"บันทึกสัญญาและการตรวจสภาพในระยะประกัน",
                           "Record contracts, warranty inspections and securities"},
                          {"it_staff", "supplies_officer"});
  registry.add_permission(kReport,
                          {"ส่งข้อมูลเครื่องจากโปรแกรมสำรวจ (สำหรับโทเค็นของเอเจนต์)",
                           "Send machine inventories (for the agents' token)"},
                          {});

  add_asset_api(registry.routes());
  add_contract_api(registry.routes());
  add_defect_api(registry.routes());
  add_agent_routes(registry.routes());
  add_pages(registry.routes());
  for (const char* kind : {"asset", "contract"}) {
    registry.add_file_owner("inventory", kind, [](http::Context& ctx, const std::string&) {
      return ctx.principal.can(kView);
    });
  }
  // One group: the main menu links to it once, its pages show these as tabs.
  const std::string view(kView);
  registry.add_menu(
      {"inventory", "inventory.tab.assets", "/inventory", view, 60, "inventory", "inventory.menu"});
  registry.add_menu({"inventory_contracts", "inventory.tab.contracts", "/inventory/contracts", view,
                     61, "inventory"});
  registry.add_menu({"inventory_warranty", "inventory.tab.warranty", "/inventory/warranty", view,
                     62, "inventory"});
  registry.add_menu({"inventory_software", "inventory.tab.software", "/inventory/software", view,
                     63, "inventory"});
  registry.add_menu({"inventory_replacement", "inventory.tab.replacement", "/inventory/replacement",
                     view, 64, "inventory"});

  const std::vector<int> stages = default_reminder_days();  // checks the variable now
  // The registry (and its permission list) lives as long as the jobs.
  const ContractPeople people = contract_holders(registry.permissions());
  registry.add_job({.name = "inventory.warranty.remind",
                    .schedule = "every day 07:30",
                    .handler = [stages, people](jobs::JobContext& job) -> Status {
                      // The dashboard owner's stages when set, else the default.
                      const ReminderRun r = send_warranty_reminders(
                          job.conn, job.now, reminder_stages(job.conn, stages).days, people);
                      job.summary = std::to_string(r.warranty) + " stage(s), " +
                                    std::to_string(r.overdue) + " overdue, " +
                                    std::to_string(r.security) + " security warning(s)";
                      return ok_status();
                    }});
}

}  // namespace pao::inventory
