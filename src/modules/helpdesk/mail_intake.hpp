// Opening a ticket by e-mail: the mail server hands each message sent to the desk's address to
// POST /api/v1/helpdesk/mail (a pipe or relay with an API token holding helpdesk.intake), and the
// staff member whose account has the sender's e-mail address becomes its requester. The subject is
// the title, the text the description, the attachments the ticket's files; the rest is an
// ordinary report (report_problem: SLA, assignment rule or IT staff told).
#pragma once

#include <string_view>

#include "modules/helpdesk/tickets.hpp"
#include "platform/files/file_store.hpp"

namespace pao::helpdesk {

// Who the staff member behind an e-mail is (module.cpp asks identity); nullopt when no active
// account has the address.
using FindSender = std::function<std::optional<Caller>(db::Connection&, const std::string& email)>;

// Opens a ticket from e-mail `raw` (RFC 822) handed in by `by` (the mail server's token), in one
// transaction with its files, the remembered Message-ID and the audit entries.
// invalid_argument / too_large (field "message") for what is not an e-mail; invalid_argument
// with field "from" when no staff member has the sender's address (nothing is stored);
// conflict when the Message-ID (or, without one, the same content) was handed in before.
Result<Ticket> open_ticket_by_mail(db::Connection& conn, const files::FileStore& files,
                                   TimePoint at, const audit::Actor& by, std::string_view raw,
                                   const FindSender& sender, const FindItStaff& it_staff);

}  // namespace pao::helpdesk
