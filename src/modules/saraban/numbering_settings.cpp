#include "modules/saraban/numbering_settings.hpp"

#include <boost/json.hpp>

#include "modules/saraban/templates_store.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/http/json_input.hpp"

namespace pao::saraban {

namespace {

constexpr const char* kAgencyKey = "agency_code";

bool issues_references(const std::string& code) {
  return code == kOutgoing || code == kCircular || code == kOrders || code == kAnnouncements;
}

void check_format(FieldErrors& errors, const std::string& field, const std::string& format) {
  if (format.empty()) {
    errors.add(field, {"กรุณากรอก", "is required"});
    return;
  }
  if (http::utf8_length(format) > 100) {
    errors.add(field, {"ยาวเกิน 100 ตัวอักษร", "is longer than 100 characters"});
    return;
  }
  bool has_no = false;
  for (std::size_t at = format.find('{'); at != std::string::npos; at = format.find('{', at)) {
    const std::size_t end = format.find('}', at);
    if (end == std::string::npos) {
      errors.add(field, {"มี { ที่ไม่มี } ปิด", "has a { without its closing }"});
      return;
    }
    const std::string token = format.substr(at, end - at + 1);
    if (token == "{no}") {
      has_no = true;
    } else if (token != "{agency}") {
      errors.add(field, {"ไม่รู้จัก " + token + " (ใช้ได้เฉพาะ {agency} และ {no})",
                         "has an unknown " + token + " (only {agency} and {no})"});
      return;
    }
    at = end + 1;
  }
  if (!has_no) {
    errors.add(field, {"ต้องมี {no} (เลขทะเบียน)", "must contain {no} (the number)"});
  }
}

NumberingSettings settings_with(db::Connection& conn, TimePoint at, const std::string& agency,
                                const std::map<std::string, std::string>& formats) {
  NumberingSettings s;
  s.agency_code = agency;
  const int year = register_year(at);
  for (const char* code : {kOutgoing, kCircular, kOrders, kAnnouncements}) {
    auto reg = find_register(conn, code);
    if (!reg) continue;
    if (const auto f = formats.find(code); f != formats.end()) reg->reference_format = f->second;
    RegisterFormat rf;
    rf.next_no = store::last_number(conn, code, year) + 1;
    rf.next_reference = reference_for(*reg, agency, rf.next_no);
    rf.reg = std::move(*reg);
    s.registers.push_back(std::move(rf));
  }
  return s;
}

NumberingChange cleaned(const NumberingChange& in) {
  NumberingChange c;
  c.agency_code = http::trim(in.agency_code);
  for (const auto& [code, format] : in.formats) c.formats[code] = http::trim(format);
  return c;
}

}  // namespace

NumberingSettings numbering_settings(db::Connection& conn, TimePoint at) {
  return settings_with(conn, at, agency_code(conn), {});
}

FieldErrors check_numbering_change(db::Connection& /*conn*/, const NumberingChange& raw) {
  const NumberingChange change = cleaned(raw);
  FieldErrors errors;
  if (change.agency_code.empty()) {
    errors.add(kAgencyKey, {"กรุณากรอก", "is required"});
  } else if (http::utf8_length(change.agency_code) > 40) {
    errors.add(kAgencyKey, {"ยาวเกิน 40 ตัวอักษร", "is longer than 40 characters"});
  }
  for (const auto& [code, format] : change.formats) {
    const std::string field = "formats." + code;
    if (!issues_references(code)) {
      errors.add(field, {"ไม่ใช่ทะเบียนที่ออกเลขที่หนังสือ", "is not a register that issues references"});
      continue;
    }
    check_format(errors, field, format);
  }
  return errors;
}

NumberingSettings preview_numbering_change(db::Connection& conn, TimePoint at,
                                           const NumberingChange& raw) {
  const NumberingChange change = cleaned(raw);
  return settings_with(conn, at, change.agency_code, change.formats);
}

Result<NumberingSettings> change_numbering_settings(db::Connection& conn, TimePoint at,
                                                    const Person& by, const NumberingChange& raw) {
  if (const auto bad = check_numbering_change(conn, raw); !bad.empty()) return bad.to_error();
  const NumberingChange change = cleaned(raw);
  db::Tx tx(conn);
  audit::Changes changes;
  const std::string agency_before = agency_code(conn);
  if (agency_before != change.agency_code) {
    store::set_setting(conn, kAgencyKey, change.agency_code);
    changes.set(kAgencyKey, boost::json::string_view(agency_before),
                boost::json::string_view(change.agency_code));
  }
  for (const auto& [code, format] : change.formats) {
    const auto reg = find_register(conn, code);
    if (!reg || reg->reference_format == format) continue;
    store::set_reference_format(conn, code, format);
    changes.set("formats." + code, boost::json::string_view(reg->reference_format),
                boost::json::string_view(format));
  }
  if (!changes.empty()) {
    audit::record(conn, at, by.actor,
                  {"saraban.settings.update", "saraban_settings", "numbering", changes});
  }
  tx.commit();
  return numbering_settings(conn, at);
}

}  // namespace pao::saraban
