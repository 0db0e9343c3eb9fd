// The helpdesk's permissions.
#pragma once

namespace pao::helpdesk {
// Any staff member: report a problem, follow their (division's) tickets, reply, confirm, rate.
inline constexpr const char* kReport = "helpdesk.report";
// IT staff: the queue, every ticket, private notes, states, time and parts.
inline constexpr const char* kWork = "helpdesk.work";
// The IT head and executives: the monthly report and its Excel file.
inline constexpr const char* kViewReports = "helpdesk.view_reports";
// The IT head: SLA targets and division visibility.
inline constexpr const char* kManage = "helpdesk.manage";
// The mail server's token (no role): hand in e-mails to the desk's address (POST …/mail).
inline constexpr const char* kIntake = "helpdesk.intake";
}  // namespace pao::helpdesk
