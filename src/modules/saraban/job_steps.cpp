#include "modules/saraban/job_steps.hpp"

#include <boost/json.hpp>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/job_history.hpp"
#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "platform/http/json_input.hpp"
#include "platform/notify/notification.hpp"

namespace pao::saraban {

namespace {

const Message kRequired{"กรุณากรอก", "is required"};

Error no_such_job() {
  return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
}

Error not_allowed() {
  return Error{ErrorCode::permission_denied,
               {"คุณไม่มีสิทธิ์ดำเนินการนี้กับเรื่องนี้", "You may not take this step on this job"},
               {},
               "saraban step refused"};
}

bool is_hex_sha256(const std::string& s) {
  if (s.size() != 64) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

FieldErrors check_step(const Step& s) {
  FieldErrors errors;
  const std::string note = http::trim(s.note);
  if ((s.kind == ActionKind::comment || s.kind == ActionKind::send_back) && note.empty()) {
    errors.add("note", kRequired);
  }
  if (http::utf8_length(note) > 4000) {
    errors.add("note", {"ยาวเกิน 4000 ตัวอักษร", "is longer than 4000 characters"});
  }
  if (http::utf8_length(s.on_behalf_of) > 200) {
    errors.add("on_behalf_of", {"ยาวเกิน 200 ตัวอักษร", "is longer than 200 characters"});
  }
  if (s.kind == ActionKind::forward && s.division_code.empty()) errors.add("division", kRequired);
  if (s.kind == ActionKind::route && !s.user_id) errors.add("user", kRequired);
  if (s.kind == ActionKind::sign && !is_hex_sha256(s.document_sha256)) {
    errors.add("document", {"กรุณาเลือกไฟล์ PDF ที่ลงนาม", "choose the signed PDF"});
  }
  return errors;
}

const char* status_after(ActionKind k) {
  switch (k) {
    case ActionKind::approve:
      return "approved";
    case ActionKind::send_back:
      return "returned";
    case ActionKind::sign:
      return "signed";
    default:
      return nullptr;
  }
}

}  // namespace

Result<JobAction> take_step(db::Connection& conn, TimePoint at, const Person& by,
                            const Powers& powers, std::int64_t job_id, const Step& raw) {
  if (raw.kind == ActionKind::register_letter || raw.kind == ActionKind::attach) {
    return not_allowed();  // recorded by registering and attaching, not taken as a step
  }
  if (const FieldErrors bad = check_step(raw); !bad.empty()) return bad.to_error();
  Step step = raw;
  step.note = http::trim(raw.note);
  step.on_behalf_of = http::trim(raw.on_behalf_of);

  db::Tx tx(conn);
  const auto job = store::find_job(conn, job_id);
  if (!job) return no_such_job();
  // A decision on a job waiting for someone who delegated to `by` is taken on their behalf
  // (delegation.hpp): the delegation names `by` on the job and lends the power to decide.
  const bool decision = step.kind == ActionKind::approve || step.kind == ActionKind::send_back ||
                        step.kind == ActionKind::sign;
  const auto delegation =
      decision ? acting_for(conn, at, by.user_id, job_id) : std::optional<Delegation>();
  if (delegation) step.on_behalf_of = on_behalf_text(*delegation);
  const bool named =
      (by.user_id != 0 && store::is_member(conn, job_id, by.user_id)) || delegation.has_value();
  if (job->secrecy != Secrecy::none && !named) return no_such_job();
  switch (step.kind) {
    case ActionKind::forward:
    case ActionKind::route:
      if (!powers.forward) return not_allowed();
      break;
    case ActionKind::approve:
    case ActionKind::send_back:
    case ActionKind::sign:
      if (!powers.approve && !delegation) return not_allowed();
      break;
    default:
      if (!named && !powers.forward && !powers.approve) return not_allowed();
  }
  if (job->status == "closed") {
    return Error::conflict({"เรื่องนี้ปิดแล้ว", "This job is closed"});
  }

  JobAction a;
  a.kind = step.kind;
  a.note = step.note;
  a.on_behalf_of = step.on_behalf_of;
  a.document_sha256 = step.document_sha256;
  if (step.kind == ActionKind::forward) {
    const std::string reg =
        ensure_division_register(conn, step.division_code, step.division_name, step.division_code);
    const auto letters = store::letters_of_job(conn, job_id, by.user_id);
    const std::optional<std::int64_t> letter_id =
        letters.empty() ? std::nullopt : std::optional(letters.front().id);
    const auto n = take_next_number(conn, at, by.name, reg, NumberStatus::used, letter_id,
                                    "ส่งต่อจากสารบรรณกลาง");
    a.to_division = step.division_code;
    a.to_name = step.division_name;
    a.register_no = n.number;
  }
  if (step.kind == ActionKind::route) {
    a.to_user_id = step.user_id;
    a.to_name = step.user_name;
    store::add_member(conn, job_id, *step.user_id, to_iso_utc(at));
    notify::Notification n;
    n.recipient_user_id = step.user_id;
    n.subject = job->secrecy == Secrecy::none ? "มีเรื่องถึงคุณ: " + job->title : "มีเรื่องลับถึงคุณ";
    n.body_text = "จาก " + by.name + (step.note.empty() ? "" : "\n" + step.note);
    n.link = "/saraban/jobs/" + std::to_string(job_id);
    notify::enqueue(conn, at, n);
  }
  a.id = append_action(conn, at, by, job_id, a);
  a.job_id = job_id;
  a.at = to_iso_utc(at);
  a.actor_id = by.user_id;
  a.actor_name = by.name;
  a.actor_position = by.position;
  if (const char* status = status_after(step.kind)) store::set_job_status(conn, job_id, status);

  audit::Changes changes;
  changes.added("step", action_kind_name(step.kind));
  if (job->secrecy == Secrecy::none && !a.note.empty()) {
    changes.added("note", boost::json::string_view(a.note));
  }
  if (!a.on_behalf_of.empty())
    changes.added("on_behalf_of", boost::json::string_view(a.on_behalf_of));
  if (delegation) changes.added("delegation_id", delegation->id);
  if (!a.to_division.empty()) {
    changes.added("division", boost::json::string_view(a.to_division))
        .added("division_register_no", *a.register_no);
  }
  if (a.to_user_id) changes.added("user_id", *a.to_user_id);
  if (!a.document_sha256.empty())
    changes.added("document_sha256", boost::json::string_view(a.document_sha256));
  audit::record(conn, at, by.actor,
                {std::string("saraban.job.") + action_kind_name(step.kind), "job",
                 std::to_string(job_id), changes});
  if (job->secrecy != Secrecy::none) index_job_letters(conn, at, job_id);  // new people named
  tx.commit();
  return a;
}

}  // namespace pao::saraban
