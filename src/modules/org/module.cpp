#include "modules/org/module.hpp"

#include "modules/org/api.hpp"
#include "modules/org/routes.hpp"
#include "modules/org/seed.hpp"
#include "platform/registry/registry.hpp"

namespace pao::org {

void register_org_module(Registry& registry) {
  registry.add_sql_migrations("org");
  registry.add_migration_step("org", 3, "seed_divisions", load_division_seed);

  auto& routes = registry.routes();
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

  registry.add_menu({"home", "ui.home", "/", std::nullopt, 0});

  registry.set_site_info([](db::Connection& conn) {
    const Profile p = get_profile(conn);
    return html::SiteInfo{{p.name_th, p.name_en}, {p.short_name_th, p.short_name_en}};
  });
}

}  // namespace pao::org
