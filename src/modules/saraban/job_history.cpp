#include "modules/saraban/job_history.hpp"

#include <array>

#include "modules/saraban/delegation.hpp"
#include "modules/saraban/store.hpp"
#include "platform/audit/audit_log.hpp"

namespace pao::saraban {

namespace {
constexpr std::array<const char*, 9> kActionNames = {"register", "forward",     "route",
                                                     "comment",  "acknowledge", "approve",
                                                     "return",   "sign",        "attach"};
}  // namespace

const char* action_kind_name(ActionKind k) {
  return kActionNames[static_cast<std::size_t>(k)];
}

std::optional<ActionKind> parse_action_kind(std::string_view name) {
  for (std::size_t i = 0; i < kActionNames.size(); ++i) {
    if (name == kActionNames[i]) return static_cast<ActionKind>(i);
  }
  return std::nullopt;
}

std::int64_t append_action(db::Connection& conn, TimePoint at, const Person& by,
                           std::int64_t job_id, JobAction a) {
  a.job_id = job_id;
  a.at = to_iso_utc(at);
  a.actor_id = by.user_id;
  a.actor_name = by.name;
  a.actor_position = by.position;
  if (by.user_id != 0) store::add_member(conn, job_id, by.user_id, a.at);
  return store::insert_action(conn, a);
}

void log_secret_read(db::Connection& conn, TimePoint at, const Person& viewer,
                     std::int64_t letter_id, const char* how) {
  audit::record_personal_read(conn, at, viewer.actor, "saraban.letter", std::to_string(letter_id),
                              std::string("saraban.secret_read:") + how);
}

void log_secret_read_if_secret(db::Connection& conn, TimePoint at, const Person& viewer,
                               std::int64_t letter_id, const char* how) {
  const auto l = store::find_letter(conn, letter_id, viewer.user_id);
  if (l && l->secrecy != Secrecy::none) log_secret_read(conn, at, viewer, letter_id, how);
}

Result<JobView> view_job(db::Connection& conn, TimePoint at, const Person& viewer,
                         std::int64_t job_id) {
  auto job = store::find_job(conn, job_id);
  if (!job) return Error::not_found({"ไม่พบเรื่องนี้", "There is no such job"});
  JobView v;
  v.job = *job;
  v.viewer_named = (viewer.user_id != 0 && store::is_member(conn, job_id, viewer.user_id)) ||
                   acting_for(conn, at, viewer.user_id, job_id).has_value();
  v.letters = store::letters_of_job(conn, job_id, viewer.user_id);
  v.history = store::actions_of(conn, job_id);
  if (v.job.secrecy != Secrecy::none) {
    if (v.viewer_named) {
      for (const auto& l : v.letters) log_secret_read(conn, at, viewer, l.id, "job");
    } else {
      v.job.title.clear();
      for (auto& l : v.letters) l.subject.clear();
      for (auto& a : v.history) a.note.clear();
    }
  }
  return v;
}

bool may_read_letter(db::Connection& conn, std::int64_t viewer_id, std::int64_t letter_id) {
  const auto l = store::find_letter(conn, letter_id, viewer_id);
  return l && subject_visible(*l);
}

}  // namespace pao::saraban
