#include "modules/org/manage_profile.hpp"

#include <boost/json.hpp>

#include "modules/org/input_rules.hpp"
#include "modules/org/store.hpp"

namespace pao::org {

namespace {

boost::json::value as_json(const std::string& text) {
  return boost::json::string_view(text);
}

// Each editable field: its name, where it lives in the input and the profile, its longest text.
struct ProfileField {
  const char* name;
  std::optional<std::string> ProfileChanges::*change;
  std::string Profile::*value;
  std::size_t max_chars;
};

constexpr ProfileField kFields[] = {
    {"name_th", &ProfileChanges::name_th, &Profile::name_th, kMaxNameChars},
    {"name_en", &ProfileChanges::name_en, &Profile::name_en, kMaxNameChars},
    {"short_name_th", &ProfileChanges::short_name_th, &Profile::short_name_th, kMaxShortNameChars},
    {"short_name_en", &ProfileChanges::short_name_en, &Profile::short_name_en, kMaxShortNameChars},
    {"province_th", &ProfileChanges::province_th, &Profile::province_th, kMaxShortNameChars},
    {"vision_th", &ProfileChanges::vision_th, &Profile::vision_th, kMaxLongTextChars},
    {"digital_vision_th", &ProfileChanges::digital_vision_th, &Profile::digital_vision_th,
     kMaxLongTextChars},
    {"digital_vision_en", &ProfileChanges::digital_vision_en, &Profile::digital_vision_en,
     kMaxLongTextChars},
    {"digital_plan_th", &ProfileChanges::digital_plan_th, &Profile::digital_plan_th, kMaxNameChars},
};

}  // namespace

FieldErrors check_profile_changes(const ProfileChanges& in) {
  FieldErrors errors;
  for (const auto& f : kFields) {
    if (const auto& v = in.*(f.change)) check_text(errors, f.name, trimmed(*v), f.max_chars);
  }
  return errors;
}

Result<Profile> update_profile(db::Connection& conn, TimePoint at, const audit::Actor& by,
                               const ProfileChanges& in) {
  if (const FieldErrors bad = check_profile_changes(in); !bad.empty()) return bad.to_error();

  db::Tx tx(conn);
  const Profile before = store::lock_profile(conn);
  Profile after = before;
  audit::Changes changes;
  for (const auto& f : kFields) {
    if (const auto& v = in.*(f.change)) after.*(f.value) = trimmed(*v);
    changes.set(f.name, as_json(before.*(f.value)), as_json(after.*(f.value)));
  }
  if (changes.empty()) return after;

  store::update_profile(conn, after, to_iso_utc(at));
  audit::record(conn, at, by, {"org.profile.update", "profile", "1", changes});
  tx.commit();
  return after;
}

}  // namespace pao::org
