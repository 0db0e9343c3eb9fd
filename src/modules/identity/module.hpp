#pragma once

namespace pao {
class Registry;
}

namespace pao::identity {
// Adds staff accounts, roles, sessions, API tokens: migrations, permissions, the authenticator,
// routes, menu entries and demo accounts.
void register_identity_module(Registry& registry);
}  // namespace pao::identity
