#include "modules/saraban/numbering.hpp"

#include <boost/json.hpp>

#include "modules/saraban/store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace {

std::string number_id(const RegisterNumber& n) {
  return n.register_code + "/" + std::to_string(n.year) + "/" + std::to_string(n.number);
}

Error no_such_register(const std::string& code) {
  return Error::not_found({"ไม่พบทะเบียน “" + code + "”", "There is no register “" + code + "”"})
      .field("register", {"ไม่มีทะเบียนนี้", "is not a register"});
}

}  // namespace

std::string division_register(const std::string& division_code) {
  return "division:" + division_code;
}

int register_year(TimePoint at) {
  return bangkok_date(at).year;
}

const char* number_status_name(NumberStatus s) {
  switch (s) {
    case NumberStatus::used:
      return "used";
    case NumberStatus::reserved:
      return "reserved";
    case NumberStatus::cancelled:
      return "cancelled";
  }
  return "used";
}

std::vector<Register> list_registers(db::Connection& conn) {
  return store::list_registers(conn);
}

std::optional<Register> find_register(db::Connection& conn, const std::string& code) {
  return store::find_register(conn, code);
}

RegisterNumber take_next_number(db::Connection& conn, TimePoint at, const std::string& by,
                                const std::string& register_code, NumberStatus status,
                                std::optional<std::int64_t> letter_id, const std::string& note) {
  RegisterNumber n;
  n.register_code = register_code;
  n.year = register_year(at);
  n.number = store::raise_counter(conn, register_code, n.year);
  n.status = status;
  n.letter_id = letter_id;
  n.note = note;
  n.taken_at = to_iso_utc(at);
  n.taken_by = by;
  store::insert_number(conn, n);
  return n;
}

std::string ensure_division_register(db::Connection& conn, const std::string& division_code,
                                     const std::string& division_name_th,
                                     const std::string& division_name_en) {
  Register r;
  r.code = division_register(division_code);
  r.kind = "division";
  r.division_code = division_code;
  r.name_th = "ทะเบียนหนังสือรับ " + division_name_th;
  r.name_en = "Incoming register, " + division_name_en;
  store::insert_register_if_missing(conn, r);
  return r.code;
}

Result<RegisterNumber> reserve_number(db::Connection& conn, TimePoint at, const Person& by,
                                      const std::string& register_code, const std::string& note) {
  db::Tx tx(conn);
  if (!store::find_register(conn, register_code)) return no_such_register(register_code);
  RegisterNumber n =
      take_next_number(conn, at, by.name, register_code, NumberStatus::reserved, {}, note);
  audit::Changes changes;
  changes.added("status", "reserved").added("note", boost::json::string_view(note));
  audit::record(conn, at, by.actor,
                {"saraban.number.reserve", "register_number", number_id(n), changes});
  tx.commit();
  return n;
}

Result<RegisterNumber> cancel_reserved_number(db::Connection& conn, TimePoint at, const Person& by,
                                              const std::string& register_code, int year,
                                              std::int64_t number, const std::string& reason) {
  db::Tx tx(conn);
  auto n = store::lock_number(conn, register_code, year, number);
  if (!n) {
    return Error::not_found({"ไม่พบเลขทะเบียนนี้", "There is no such register number"});
  }
  if (n->status != NumberStatus::reserved) {
    return Error::conflict(
        {n->status == NumberStatus::used ? "เลขนี้ใช้กับหนังสือแล้ว ยกเลิกไม่ได้" : "เลขนี้ถูกยกเลิกไปแล้ว",
         n->status == NumberStatus::used ? "This number is used by a letter and cannot be cancelled"
                                         : "This number is already cancelled"});
  }
  store::set_number_status(conn, *n, NumberStatus::cancelled, {}, reason, to_iso_utc(at));
  audit::Changes changes;
  changes.set("status", "reserved", "cancelled").note("reason", boost::json::string_view(reason));
  audit::record(conn, at, by.actor,
                {"saraban.number.cancel", "register_number", number_id(*n), changes});
  tx.commit();
  n->status = NumberStatus::cancelled;
  n->note = reason;
  return *n;
}

Status use_reserved_number(db::Connection& conn, TimePoint at, const std::string& register_code,
                           int year, std::int64_t number, std::int64_t letter_id) {
  auto n = store::lock_number(conn, register_code, year, number);
  if (!n || n->status != NumberStatus::reserved) {
    return Error::conflict({"เลขที่จองไว้นี้ใช้ไม่ได้ (ไม่ได้จองไว้ ใช้แล้ว หรือถูกยกเลิก)",
                            "This number is not reserved (it is used, cancelled or unknown)"})
        .field("reserved_no", {"ใช้ไม่ได้", "cannot be used"});
  }
  store::set_number_status(conn, *n, NumberStatus::used, letter_id, n->note, to_iso_utc(at));
  return ok_status();
}

std::vector<RegisterNumber> list_numbers(db::Connection& conn, const std::string& register_code,
                                         int year) {
  return store::list_numbers(conn, register_code, year);
}

std::string reference_for(const Register& reg, const std::string& agency, std::int64_t number) {
  std::string out;
  const std::string& f = reg.reference_format;
  for (std::size_t i = 0; i < f.size();) {
    if (f.compare(i, 8, "{agency}") == 0) {
      out += agency;
      i += 8;
    } else if (f.compare(i, 4, "{no}") == 0) {
      out += std::to_string(number);
      i += 4;
    } else {
      out += f[i++];
    }
  }
  return out;
}

std::string agency_code(db::Connection& conn) {
  return store::setting(conn, "agency_code");
}

}  // namespace pao::saraban
