// The acceleration list (มาตรการเร่งรัด) and PDCA notes, with the executive's decision log.
//
//   - The planner puts a measure for a project on the acceleration list: who carries it out
//     (owner), why the project is behind (reason) and what will be done (measure).
//   - The planner or the project's owners write PDCA notes: what was planned, done, checked, and
//     what action is taken.
//   - The executive (plan.decide) records decisions on a measure or a note. Decisions are
//     appended, never edited: the log shows every one with who decided and when.
// Every write is audited in its transaction (plan.acceleration.add, plan.pdca.add,
// plan.decision.record). Texts are required and at most kMaxNoteChars characters.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::plan {

inline constexpr std::size_t kMaxNoteChars = 2000;

struct Decision {
  std::int64_t id = 0;
  std::string subject;  // "acceleration" | "pdca"
  std::int64_t ref_id = 0;
  std::int64_t project_id = 0;
  std::string decision_th, decided_by, decided_at;
};

struct AccelerationMeasure {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string owner_th, reason_th, measure_th, added_by, added_at;
  std::vector<Decision> decisions;  // oldest first
};

struct PdcaNote {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string plan_th, do_th, check_th, act_th, written_by, written_at;
  std::vector<Decision> decisions;
};

struct NewMeasure {
  std::int64_t project_id = 0;
  std::string owner_th, reason_th, measure_th;
};
struct NewPdcaNote {
  std::int64_t project_id = 0;
  std::string plan_th, do_th, check_th, act_th;
};
struct NewDecision {
  std::string subject;  // "acceleration" | "pdca"
  std::int64_t ref_id = 0;
  std::string decision_th;
};

Result<AccelerationMeasure> add_acceleration_measure(db::Connection& conn, TimePoint at,
                                                     const audit::Actor& by,
                                                     const auth::Principal& who,
                                                     const NewMeasure& in);
Result<PdcaNote> add_pdca_note(db::Connection& conn, TimePoint at, const audit::Actor& by,
                               const auth::Principal& who, const NewPdcaNote& in);
Result<Decision> record_decision(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const auth::Principal& who, const NewDecision& in);

// Every measure, newest first, with its decisions.
std::vector<AccelerationMeasure> acceleration_list(db::Connection& conn);
// A project's PDCA notes, newest first, with their decisions.
std::vector<PdcaNote> pdca_notes(db::Connection& conn, std::int64_t project_id);

}  // namespace pao::plan
