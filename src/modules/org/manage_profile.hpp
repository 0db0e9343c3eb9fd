// The administrator fits the PAO's profile to their own PAO after installing: its names, the
// province, its development vision and the digital plan's vision and title. Permission
// `org.manage` (checked by the routes). The digital missions (org_digital_mission) are not
// edited here.
//
// Every field is required once set (a PAO always has a name). Every change writes one audit
// entry (action org.profile.update, entity "profile", id "1") in the same transaction with the
// before/after of each changed field; saving without a change writes nothing. Last write wins.
// Page headers show the new name within a minute (html::Renderer caches the site's identity).
#pragma once

#include <optional>
#include <string>

#include "modules/org/api.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::org {

// What to change; fields left nullopt stay as they are.
struct ProfileChanges {
  std::optional<std::string> name_th;  // "องค์การบริหารส่วนจังหวัดลำพูน"
  std::optional<std::string> name_en;        // "Lamphun Provincial Administrative Organization"
  std::optional<std::string> short_name_th;  // "อบจ.ลำพูน"
  std::optional<std::string> short_name_en;  // "Lamphun PAO"
  std::optional<std::string> province_th;    // "ลำพูน"
  std::optional<std::string> vision_th;      // the PAO's development vision
  std::optional<std::string> digital_vision_th;
  std::optional<std::string> digital_vision_en;
  std::optional<std::string> digital_plan_th;  // the digital plan's title
};

// The field errors of `in` (texts judged trimmed): blank or too long fields, by name.
FieldErrors check_profile_changes(const ProfileChanges& in);

// Applies `changes` and returns the profile as stored. Errors: invalid_argument naming each bad
// field. Throws db::DbError when the database was not migrated.
Result<Profile> update_profile(db::Connection& conn, TimePoint at, const audit::Actor& by,
                               const ProfileChanges& changes);

}  // namespace pao::org
