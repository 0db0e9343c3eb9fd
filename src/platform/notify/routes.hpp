// The in-app notifications' JSON API, the same for every module (signed-in people, their own
// notifications only; another person's id answers 404 as if it did not exist):
//   GET  /api/v1/notifications                 newest first, ?limit&cursor, with unread_count
//   POST /api/v1/notifications/{id}/read       marks one read
//   GET  /api/v1/notifications/preferences     {"in_app":true,"email":false}
//   PUT  /api/v1/notifications/preferences     the same body, any subset of the channels
#pragma once

#include "platform/http/router.hpp"

namespace pao::notify {

void add_notification_routes(http::Router& routes);

}  // namespace pao::notify
