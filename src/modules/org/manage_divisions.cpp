#include "modules/org/manage_divisions.hpp"

#include <boost/json.hpp>

#include "modules/org/input_rules.hpp"
#include "modules/org/store.hpp"

namespace pao::org {

namespace {

boost::json::value as_json(const std::string& text) {
  return boost::json::string_view(text);
}

// The trimmed texts of an input, as they will be stored.
NewDivision cleaned(const NewDivision& in) {
  NewDivision out{trimmed(in.code), trimmed(in.name_th), trimmed(in.short_name_th),
                  trimmed(in.name_en), in.sort_order};
  if (out.short_name_th.empty()) out.short_name_th = out.name_th;
  return out;
}

std::optional<std::string> cleaned(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return trimmed(*text);
}

DivisionChanges cleaned(const DivisionChanges& in) {
  return {cleaned(in.name_th), cleaned(in.short_name_th), cleaned(in.name_en), in.sort_order,
          in.active};
}

Error code_taken(const Division& existing) {
  Error e = Error::conflict(
      existing.active
          ? Message{"มีส่วนราชการรหัส “" + existing.code + "” อยู่แล้ว (" + existing.name_th +
                        ") กรุณาใช้รหัสอื่น",
                    "A division with the code “" + existing.code + "” already exists (" +
                        existing.name_en + "). Please choose another code."}
          : Message{"รหัส “" + existing.code + "” เป็นของส่วนราชการที่ปิดใช้งานแล้ว (" + existing.name_th +
                        ") ใช้ซ้ำไม่ได้ หากต้องการใช้อีกครั้ง ให้เปิดใช้งานจากหน้าแก้ไข",
                    "The code “" + existing.code + "” belongs to an inactive division (" +
                        existing.name_en +
                        ") and cannot be reused. To use it again, make that division active."});
  e.field("code", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

Error code_taken_meanwhile(const std::string& code) {
  Error e = Error::conflict({"มีผู้เพิ่มส่วนราชการรหัส “" + code + "” ไปก่อนหน้านี้เล็กน้อย กรุณาใช้รหัสอื่น",
                             "Someone added a division with the code “" + code +
                                 "” a moment ago. Please choose another code."});
  e.field("code", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

}  // namespace

Error no_such_division(const std::string& code) {
  return Error::not_found(
      {"ไม่พบส่วนราชการรหัส “" + code + "”", "There is no division with the code “" + code + "”"});
}

FieldErrors check_new_division(const NewDivision& raw) {
  const NewDivision in = cleaned(raw);
  FieldErrors errors;
  check_code(errors, "code", in.code);
  check_text(errors, "name_th", in.name_th, kMaxNameChars);
  if (!in.name_th.empty())
    check_text(errors, "short_name_th", in.short_name_th, kMaxShortNameChars);
  check_text(errors, "name_en", in.name_en, kMaxNameChars);
  if (in.sort_order) check_sort_order(errors, "sort_order", *in.sort_order);
  return errors;
}

FieldErrors check_division_changes(const DivisionChanges& raw) {
  const DivisionChanges in = cleaned(raw);
  FieldErrors errors;
  if (in.name_th) check_text(errors, "name_th", *in.name_th, kMaxNameChars);
  if (in.short_name_th && !in.short_name_th->empty()) {
    check_text(errors, "short_name_th", *in.short_name_th, kMaxShortNameChars);
  }
  if (in.name_en) check_text(errors, "name_en", *in.name_en, kMaxNameChars);
  if (in.sort_order) check_sort_order(errors, "sort_order", *in.sort_order);
  return errors;
}

Result<Division> add_division(db::Connection& conn, TimePoint at, const audit::Actor& by,
                              const NewDivision& raw) {
  if (const FieldErrors bad = check_new_division(raw); !bad.empty()) return bad.to_error();
  const NewDivision in = cleaned(raw);

  db::Tx tx(conn);
  if (const auto existing = find_division(conn, in.code)) return code_taken(*existing);
  Division d{in.code,
             in.name_th,
             in.short_name_th,
             in.name_en,
             true,
             in.sort_order ? *in.sort_order : store::next_division_sort_order(conn)};
  try {
    store::insert_division(conn, d);
  } catch (const db::UniqueViolation&) {
    return code_taken_meanwhile(in.code);  // another administrator's insert won the race
  }
  audit::Changes changes;
  changes.added("code", as_json(d.code))
      .added("name_th", as_json(d.name_th))
      .added("short_name_th", as_json(d.short_name_th))
      .added("name_en", as_json(d.name_en))
      .added("sort_order", d.sort_order)
      .added("active", d.active);
  audit::record(conn, at, by, {"org.division.create", "division", d.code, changes});
  tx.commit();
  return d;
}

Result<Division> update_division(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 const std::string& code, const DivisionChanges& raw) {
  if (const FieldErrors bad = check_division_changes(raw); !bad.empty()) return bad.to_error();
  const DivisionChanges in = cleaned(raw);

  db::Tx tx(conn);
  const auto before = store::lock_division(conn, code);
  if (!before) return no_such_division(code);
  Division after = *before;
  if (in.name_th) after.name_th = *in.name_th;
  if (in.short_name_th) {
    after.short_name_th = in.short_name_th->empty() ? after.name_th : *in.short_name_th;
  }
  if (in.name_en) after.name_en = *in.name_en;
  if (in.sort_order) after.sort_order = *in.sort_order;
  if (in.active) after.active = *in.active;

  audit::Changes changes;
  changes.set("name_th", as_json(before->name_th), as_json(after.name_th))
      .set("short_name_th", as_json(before->short_name_th), as_json(after.short_name_th))
      .set("name_en", as_json(before->name_en), as_json(after.name_en))
      .set("sort_order", before->sort_order, after.sort_order)
      .set("active", before->active, after.active);
  if (changes.empty()) return after;  // nothing changed: nothing to write or audit

  store::update_division(conn, after);
  audit::record(conn, at, by, {"org.division.update", "division", code, changes});
  tx.commit();
  return after;
}

}  // namespace pao::org
