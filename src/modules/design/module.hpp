#pragma once

namespace pao {
class Registry;
}

namespace pao::design {
// Adds /_components: every component of the design system (platform/html/components.hpp) with
// example data, and the example forms it posts to.
void register_design_module(Registry& registry);
}  // namespace pao::design
