#pragma once

namespace pao {
class Registry;
}

namespace pao::audit {
// Adds the audit trail's pages, JSON API, permissions and menu entries. The trail's tables and
// the code that writes them belong to the platform (platform/audit), not to this module.
void register_audit_module(Registry& registry);
}  // namespace pao::audit
