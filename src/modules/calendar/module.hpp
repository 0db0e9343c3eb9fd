#pragma once

namespace pao {
class Registry;
}

namespace pao::calendar {
// Adds /admin/holidays and /api/v1/holidays over the platform's holiday table.
void register_calendar_module(Registry& registry);
}  // namespace pao::calendar
