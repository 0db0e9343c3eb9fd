// The steps people take on a job (เรื่อง), each appended to its history with person, position and
// time (job.hpp). No HTTP here: the pages and the JSON API call these.
//
// Who may take which step (the routes check the permission; these functions check the rest):
//   forward / route             saraban.forward; and, on a secret job, being named on it
//   comment / acknowledge       being named on the job, or saraban.forward / saraban.approve
//                               (a head may comment on what reaches the division)
//   approve / send back / sign  saraban.approve; on a secret job, being named on it
// A step on a closed job is a conflict. Forwarding numbers the job's letter in the division's
// sub-register; routing names the person on the job and notifies them in the app.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "modules/saraban/job.hpp"
#include "modules/saraban/letter.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

struct Step {
  ActionKind kind = ActionKind::comment;
  std::string note;          // the comment (required for comment and send_back)
  std::string on_behalf_of;  // "ปลัดองค์การบริหารส่วนจังหวัด" when acting for someone absent
  // forward: the division (code, Thai name); route: the person (user id, name).
  std::string division_code;
  std::string division_name;
  std::optional<std::int64_t> user_id;
  std::string user_name;
  std::string document_sha256;  // sign: the SHA-256 of the signed PDF (64 lower-case hex)
};

// What the caller may do, as the routes establish it.
struct Powers {
  bool forward = false;  // holds saraban.forward
  bool approve = false;  // holds saraban.approve
};

// Takes `step` on job `job_id` as `by`. One transaction with its audit entry
// (saraban.job.<kind>). Errors: not_found (no such job, or a secret one `by` is not named on);
// permission_denied; conflict (closed job); invalid_argument naming `note`, `division`, `user`
// or `document`. Returns the appended step.
Result<JobAction> take_step(db::Connection& conn, TimePoint at, const Person& by,
                            const Powers& powers, std::int64_t job_id, const Step& step);

}  // namespace pao::saraban
