#pragma once

namespace pao {
class Registry;
}

namespace pao::plan {
// Adds the plan module's migrations, seed and routes.
void register_plan_module(Registry& registry);
}  // namespace pao::plan
