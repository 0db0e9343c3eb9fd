#pragma once

namespace pao {
class Registry;
}

namespace pao::notifications {
// Adds /notifications: a person's in-app notifications (the header's bell), opening one (marks it
// read and goes where it points), marking all read, and which channels they receive.
void register_notifications_module(Registry& registry);
}  // namespace pao::notifications
