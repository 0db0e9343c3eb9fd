// The life of a ticket (สถานะใบแจ้งซ่อม), as a table of steps:
//
//   new ──take──▶ assigned ──start──▶ in_progress ──ask_requester──▶ waiting
//                                       ▲    │   ◀────────resume────────┘
//                                       │  resolve
//                                    reopen  ▼
//                                       └── resolved ──close──▶ closed
//
// One step at a time, so every ticket's timeline reads the same way. A resolved ticket closes when
// the requester confirms the fix or after kAutoCloseBusinessDays business days without reply (the
// auto-close job); until then it may be reopened. A closed ticket never changes again (a new
// problem is a new ticket).
#pragma once

#include <optional>
#include <string_view>

namespace pao::helpdesk {

enum class Status { fresh, assigned, in_progress, waiting, resolved, closed };
const char* status_name(Status s);  // "new", "assigned", "in_progress", "waiting", …
std::optional<Status> status_from(std::string_view name);
inline constexpr Status kStatuses[] = {Status::fresh,   Status::assigned, Status::in_progress,
                                       Status::waiting, Status::resolved, Status::closed};
// Open: in the IT queue (not resolved nor closed).
bool is_open(Status s);

enum class Step { take, start, ask_requester, resume, resolve, close, reopen };
const char* step_name(Step s);  // "take", "start", "ask_requester", …
std::optional<Step> step_from(std::string_view name);
inline constexpr Step kSteps[] = {Step::take,    Step::start, Step::ask_requester, Step::resume,
                                  Step::resolve, Step::close, Step::reopen};

// Where `step` leads from `from`; nullopt when the step is not allowed there.
std::optional<Status> next_status(Status from, Step step);

// Whether the requester (not IT) may take `step` on their own ticket: they answer (resume),
// confirm the fix (close) and reopen. Every other step is IT's.
bool requester_may(Step step);

// Business days after resolving during which the requester may reopen; then the ticket closes.
inline constexpr int kAutoCloseBusinessDays = 5;

}  // namespace pao::helpdesk
