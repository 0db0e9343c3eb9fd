#include "modules/org/module.hpp"

#include "modules/org/api.hpp"
#include "modules/org/routes.hpp"
#include "modules/org/seed.hpp"
#include "platform/registry/registry.hpp"

namespace pao::org {

namespace {
constexpr const char* kManage = "org.manage";

void add_public_routes(http::Router& routes) {
  routes.get("/")
      .allow_anonymous()
      .summary("Public home page")
      .public_cache(std::chrono::seconds(1))
      .handle(home_page);
  routes.get("/api/v1/org/profile")
      .allow_anonymous()
      .tag("org")
      .summary("The PAO's names, vision and digital plan (public)")
      .response(200, "The profile", profile_schema())
      .handle(get_profile_json);
  routes.get("/api/v1/org/divisions")
      .allow_anonymous()
      .tag("org")
      .summary("The PAO's active divisions in order (public)")
      .response(200, "All active divisions", divisions_schema())
      .handle(list_divisions_json);
  routes.get("/api/v1/org/positions")
      .allow_anonymous()
      .tag("org")
      .summary("Active positions staff hold, in the establishment's order (public)")
      .query_param("limit", "integer", "Positions per page, 1–200 (default 100)")
      .query_param("cursor", "string", "next_cursor of the previous page")
      .response(200, "One page of active positions", positions_schema())
      .response(400, "A bad limit or cursor; `fields` names it", error_schema_ref())
      .handle(list_positions_json);
}

void add_admin_api(http::Router& routes) {
  routes.post("/api/v1/org/divisions")
      .permission(kManage)
      .tag("org")
      .summary("Add a division (its code can never change afterwards)")
      .body_limit(16 * 1024)
      .request_body(new_division_schema())
      .response(201, "The division as stored", division_schema())
      .response(409, "The code is taken (by an active or an inactive division)", error_schema_ref())
      .handle(add_division_json);
  routes.patch("/api/v1/org/divisions/{code}")
      .permission(kManage)
      .tag("org")
      .summary("Rename, reorder, deactivate or reactivate a division")
      .path_param("code", "string", "The division's code, e.g. strategy_budget")
      .body_limit(16 * 1024)
      .request_body(division_changes_schema())
      .response(200, "The division as stored", division_schema())
      .response(404, "No division has this code", error_schema_ref())
      .handle(update_division_json);
  routes.post("/api/v1/org/positions")
      .permission(kManage)
      .tag("org")
      .summary("Add a position (its code can never change afterwards)")
      .body_limit(16 * 1024)
      .request_body(new_position_schema())
      .response(201, "The position as stored", position_schema())
      .response(409, "The code is taken (by an active or an inactive position)", error_schema_ref())
      .handle(add_position_json);
  routes.patch("/api/v1/org/positions/{code}")
      .permission(kManage)
      .tag("org")
      .summary("Rename, reorder, deactivate or reactivate a position")
      .path_param("code", "string", "The position's code, e.g. computer_technical_officer")
      .body_limit(16 * 1024)
      .request_body(position_changes_schema())
      .response(200, "The position as stored", position_schema())
      .response(404, "No position has this code", error_schema_ref())
      .handle(update_position_json);
  routes.patch("/api/v1/org/profile")
      .permission(kManage)
      .tag("org")
      .summary("Change the PAO's names, vision or digital plan title")
      .body_limit(64 * 1024)
      .request_body(profile_changes_schema())
      .response(200, "The profile as stored", profile_schema())
      .handle(update_profile_json);
}

void add_admin_pages(http::Router& routes) {
  routes.get("/admin/org").permission(kManage).handle(profile_page);
  routes.post("/admin/org").permission(kManage).body_limit(64 * 1024).handle(save_profile_form);
  routes.get("/admin/divisions").permission(kManage).handle(divisions_page);
  routes.post("/admin/divisions")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(add_division_form);
  routes.get("/admin/divisions/{code}").permission(kManage).handle(division_page);
  routes.post("/admin/divisions/{code}")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(save_division_form);
  routes.get("/admin/positions").permission(kManage).handle(positions_page);
  routes.post("/admin/positions")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(add_position_form);
  routes.get("/admin/positions/{code}").permission(kManage).handle(position_page);
  routes.post("/admin/positions/{code}")
      .permission(kManage)
      .body_limit(16 * 1024)
      .handle(save_position_form);
}
}  // namespace

void register_org_module(Registry& registry) {
  registry.add_sql_migrations("org");
  registry.add_migration_step("org", 3, "seed_divisions", load_division_seed);

  registry.add_permission(kManage,
                          {"แก้ไขข้อมูลองค์กร ส่วนราชการ และตำแหน่ง",
                           "Edit the organisation's profile, divisions and positions"},
                          {});

  add_public_routes(registry.routes());
  add_admin_api(registry.routes());
  add_admin_pages(registry.routes());

  registry.add_menu({"home", "ui.home", "/", std::nullopt, 0});
  registry.add_menu({"org_admin", "org.admin.menu", "/admin/org", kManage, 90, "admin"});

  registry.set_site_info([](db::Connection& conn) {
    const Profile p = get_profile(conn);
    return html::SiteInfo{{p.name_th, p.name_en}, {p.short_name_th, p.short_name_en}};
  });
}

}  // namespace pao::org
