#pragma once

namespace pao {
class Registry;
}

namespace pao::site_search {
// Adds /search and /api/v1/search over every module's search sources.
void register_site_search_module(Registry& registry);
}  // namespace pao::site_search
