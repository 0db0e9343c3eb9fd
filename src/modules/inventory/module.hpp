#pragma once

namespace pao {
class Registry;
}

namespace pao::inventory {

void register_inventory_module(Registry& registry);

}  // namespace pao::inventory
