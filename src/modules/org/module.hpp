#pragma once

namespace pao {
class Registry;
}

namespace pao::org {
// Adds the org module's migrations, seed, routes, menu entry and the site identity.
void register_org_module(Registry& registry);
}  // namespace pao::org
