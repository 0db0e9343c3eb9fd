// What the helpdesk's page files share (private to the module).
#pragma once

#include <string>

#include "modules/helpdesk/store.hpp"
#include "platform/html/ctemplate.hpp"
#include "platform/http/router.hpp"

namespace pao::helpdesk {

// The catalogue text of `key` in the request's language.
std::string t(const http::Context& ctx, const std::string& key);
// An ISO UTC time as people read it: B.E. date and Bangkok time in Thai, or English.
std::string shown_time(const http::Context& ctx, const std::string& iso_utc);
std::string ticket_page_path(std::int64_t id);
std::string status_tag(const http::Context& ctx, Status s);
// ID, TITLE, STATUS_TAG, PRIORITY, REQUESTER, ASSIGNEE, ASSET_NO, CREATED_AT(_UTC) of a row.
void fill_row(const http::Context& ctx, ctemplate::TemplateDictionary& row,
              const store::TicketRow& r);

void add_ticket_page_routes(http::Router& routes);  // ticket_page.cpp
void add_queue_page_routes(http::Router& routes);   // queue_page.cpp
void add_kb_routes(http::Router& routes);           // kb_pages.cpp
void add_kb_json_routes(http::Router& routes);      // kb_json_routes.cpp
void add_report_routes(http::Router& routes);       // report_page.cpp
void add_settings_routes(http::Router& routes);     // settings_page.cpp

}  // namespace pao::helpdesk
