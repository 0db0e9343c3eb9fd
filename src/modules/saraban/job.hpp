// Jobs (เรื่อง): e-Saraban is job-based. A job gathers its letters and files and every step taken
// on it — registered, forwarded to a division, routed to a member of staff, commented on
// (เกษียณหนังสือ), acknowledged, approved or returned, signed — each with the person, their
// position and the time, and whether they acted on someone's behalf (ปฏิบัติราชการแทน).
//
// Rules:
//   - The history is append-only: no step can be changed or removed, by any code path of the
//     application, and the database refuses UPDATE and DELETE on saraban_action (triggers). A
//     correction is a new step.
//   - The people named on a job (who registered it, the staff it was routed to, who acted on
//     it) are its members: they see a secret letter's subject; nobody else does.
//   - Every step writes one audit entry in the step's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

struct Job {
  std::int64_t id = 0;
  std::string title;
  Secrecy secrecy = Secrecy::none;
  Urgency urgency = Urgency::normal;
  std::string due_date;  // ISO date; "" when no reply is due
  std::string status;    // "open", "approved", "returned", "signed", "closed"
  std::string created_at;
};

enum class ActionKind {
  register_letter,  // registered (ลงรับ / ลงส่ง)
  forward,          // forwarded to a division, numbered in its sub-register
  route,            // routed to a member of staff
  comment,          // เกษียณหนังสือ
  acknowledge,      // ทราบ
  approve,          // อนุมัติ / เห็นชอบ
  send_back,        // returned for changes (ส่งคืนแก้ไข)
  sign,             // signed: the hash of the signed PDF is kept
  attach,           // a file attached
};
const char* action_kind_name(ActionKind k);
std::optional<ActionKind> parse_action_kind(std::string_view name);

struct JobAction {
  std::int64_t id = 0;
  std::int64_t job_id = 0;
  ActionKind kind = ActionKind::comment;
  std::string at;  // ISO-8601 UTC
  std::int64_t actor_id = 0;
  std::string actor_name;
  std::string actor_position;
  std::string on_behalf_of;  // "" unless acting for someone (ปฏิบัติราชการแทน)
  std::string to_division;  // forward: the division's code
  std::optional<std::int64_t> to_user_id;
  std::string to_name;                      // forward: the division's name; route: the person's
  std::optional<std::int64_t> register_no;  // forward: the number in the division's register
  std::string note;                         // the comment, or what was done
  std::string document_sha256;              // sign: the signed PDF's hash
};

}  // namespace pao::saraban
