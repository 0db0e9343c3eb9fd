// The helpdesk's route handlers (private to the module): JSON in json_routes.cpp, pages in
// html_routes.cpp and queue_pages.cpp. Both call the use cases of tickets.hpp.
#pragma once

#include <boost/json/value.hpp>

#include "modules/helpdesk/mail_intake.hpp"
#include "modules/helpdesk/tickets.hpp"
#include "platform/http/router.hpp"

namespace pao::helpdesk {

// The person behind a request, as the use cases want them. A token acts as no requester
// (user_id 0): it may work tickets when it holds helpdesk.work, never report one.
Caller caller_of(const http::Context& ctx);

// A positive id from a path parameter; nullopt for anything else.
std::optional<std::int64_t> ticket_id_of(const http::Context& ctx);

// ---- JSON ---------------------------------------------------------------------------------------
// `it_staff` finds whom to tell of a new ticket (tickets.hpp).
// `sender` finds the staff member behind an e-mail handed in (mail_intake.hpp).
void add_json_routes(http::Router& routes, const FindItStaff& it_staff, const FindSender& sender);

// ---- pages --------------------------------------------------------------------------------------
void add_html_routes(http::Router& routes, const FindItStaff& it_staff);

}  // namespace pao::helpdesk
