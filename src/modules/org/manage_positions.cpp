#include "modules/org/manage_positions.hpp"

#include <boost/json.hpp>

#include "modules/org/input_rules.hpp"
#include "modules/org/store.hpp"

namespace pao::org {

namespace {

boost::json::value as_json(const std::string& text) {
  return boost::json::string_view(text);
}

NewPosition cleaned(const NewPosition& in) {
  return {trimmed(in.code), trimmed(in.name_th), trimmed(in.name_en), in.sort_order};
}

std::optional<std::string> cleaned(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return trimmed(*text);
}

PositionChanges cleaned(const PositionChanges& in) {
  return {cleaned(in.name_th), cleaned(in.name_en), in.sort_order, in.active};
}

Error code_taken(const Position& existing) {
  Error e = Error::conflict(
      existing.active
          ? Message{"มีตำแหน่งรหัส “" + existing.code + "” อยู่แล้ว (" + existing.name_th +
                        ") กรุณาใช้รหัสอื่น",
                    "A position with the code “" + existing.code + "” already exists (" +
                        existing.name_en + "). Please choose another code."}
          : Message{"รหัส “" + existing.code + "” เป็นของตำแหน่งที่ปิดใช้งานแล้ว (" + existing.name_th +
                        ") ใช้ซ้ำไม่ได้ หากต้องการใช้อีกครั้ง ให้เปิดใช้งานจากหน้าแก้ไข",
                    "The code “" + existing.code + "” belongs to an inactive position (" +
                        existing.name_en +
                        ") and cannot be reused. To use it again, make that position active."});
  e.field("code", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

Error code_taken_meanwhile(const std::string& code) {
  Error e = Error::conflict({"มีผู้เพิ่มตำแหน่งรหัส “" + code + "” ไปก่อนหน้านี้เล็กน้อย กรุณาใช้รหัสอื่น",
                             "Someone added a position with the code “" + code +
                                 "” a moment ago. Please choose another code."});
  e.field("code", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

}  // namespace

Error no_such_position(const std::string& code) {
  return Error::not_found(
      {"ไม่พบตำแหน่งรหัส “" + code + "”", "There is no position with the code “" + code + "”"});
}

FieldErrors check_new_position(const NewPosition& raw) {
  const NewPosition in = cleaned(raw);
  FieldErrors errors;
  check_code(errors, "code", in.code);
  check_text(errors, "name_th", in.name_th, kMaxNameChars);
  check_text(errors, "name_en", in.name_en, kMaxNameChars);
  if (in.sort_order) check_sort_order(errors, "sort_order", *in.sort_order);
  return errors;
}

FieldErrors check_position_changes(const PositionChanges& raw) {
  const PositionChanges in = cleaned(raw);
  FieldErrors errors;
  if (in.name_th) check_text(errors, "name_th", *in.name_th, kMaxNameChars);
  if (in.name_en) check_text(errors, "name_en", *in.name_en, kMaxNameChars);
  if (in.sort_order) check_sort_order(errors, "sort_order", *in.sort_order);
  return errors;
}

Result<Position> add_position(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const NewPosition& raw) {
  if (const FieldErrors bad = check_new_position(raw); !bad.empty()) return bad.to_error();
  const NewPosition in = cleaned(raw);

  db::Tx tx(conn);
  if (const auto existing = find_position(conn, in.code)) return code_taken(*existing);
  Position p{in.code, in.name_th, in.name_en, true,
             in.sort_order ? *in.sort_order : store::next_position_sort_order(conn)};
  try {
    store::insert_position(conn, p);
  } catch (const db::UniqueViolation&) {
    return code_taken_meanwhile(in.code);
  }
  audit::Changes changes;
  changes.added("code", as_json(p.code))
      .added("name_th", as_json(p.name_th))
      .added("name_en", as_json(p.name_en))
      .added("sort_order", p.sort_order)
      .added("active", p.active);
  audit::record(conn, at, by, {"org.position.create", "position", p.code, changes});
  tx.commit();
  return p;
}

Result<Position> update_position(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const std::string& code, const PositionChanges& raw) {
  if (const FieldErrors bad = check_position_changes(raw); !bad.empty()) return bad.to_error();
  const PositionChanges in = cleaned(raw);

  db::Tx tx(conn);
  const auto before = store::lock_position(conn, code);
  if (!before) return no_such_position(code);
  Position after = *before;
  if (in.name_th) after.name_th = *in.name_th;
  if (in.name_en) after.name_en = *in.name_en;
  if (in.sort_order) after.sort_order = *in.sort_order;
  if (in.active) after.active = *in.active;

  audit::Changes changes;
  changes.set("name_th", as_json(before->name_th), as_json(after.name_th))
      .set("name_en", as_json(before->name_en), as_json(after.name_en))
      .set("sort_order", before->sort_order, after.sort_order)
      .set("active", before->active, after.active);
  if (changes.empty()) return after;

  store::update_position(conn, after);
  audit::record(conn, at, by, {"org.position.update", "position", code, changes});
  tx.commit();
  return after;
}

}  // namespace pao::org
