#pragma once

namespace pao {
class Registry;
}

namespace pao::helpdesk {
// The IT service desk: tickets with SLA, the IT queue, notifications, jobs (README.md).
void register_helpdesk_module(Registry& registry);
}  // namespace pao::helpdesk
