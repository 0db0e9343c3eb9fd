#include "modules/inventory/contracts.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>

#include "modules/inventory/field_checks.hpp"
#include "modules/inventory/store.hpp"
#include "modules/org/api.hpp"
#include "platform/http/json_input.hpp"

namespace pao::inventory {

namespace {

ContractFields cleaned(const ContractFields& in) {
  ContractFields f = in;
  for (std::string* s :
       {&f.egp_no, &f.contract_no, &f.contract_date, &f.contractor_name, &f.contractor_tax_id,
        &f.contractor_contact, &f.subject, &f.accepted_on, &f.security_type,
        &f.security_guarantee_no, &f.security_expires_on, &f.division_code, &f.committee}) {
    *s = http::trim(*s);
  }
  // Tax IDs are often typed with dashes or spaces: 0-1055-12345-67-8.
  std::erase_if(f.contractor_tax_id, [](char c) { return c == '-' || c == ' '; });
  return f;
}

void required(FieldErrors& errors, const char* field, const std::string& v) {
  if (v.empty()) errors.add(field, {"ต้องระบุ", "is required"});
}

void too_long(FieldErrors& errors, const char* field, const std::string& v, std::size_t bytes) {
  if (v.size() > bytes) errors.add(field, {"ยาวเกินไป", "is too long"});
}

Error number_taken(const std::string& no) {
  Error e = Error::conflict(
      {"มีสัญญาเลขที่ “" + no + "” อยู่แล้ว", "A contract numbered “" + no + "” already exists"});
  e.field("contract_no", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

std::string warranty_end(const ContractFields& f) {
  return to_iso_date(add_months(*parse_iso_date(f.accepted_on), f.warranty_months));
}

audit::Changes contract_changes(const ContractFields& b, const std::string& b_end,
                                const ContractFields& a, const std::string& a_end) {
  audit::Changes c;
  c.set("egp_no", json_text(b.egp_no), json_text(a.egp_no))
      .set("contract_no", json_text(b.contract_no), json_text(a.contract_no))
      .set("contract_date", json_text(b.contract_date), json_text(a.contract_date))
      .set("contractor_name", json_text(b.contractor_name), json_text(a.contractor_name))
      .set("contractor_tax_id", json_text(b.contractor_tax_id), json_text(a.contractor_tax_id))
      .set("contractor_contact", json_text(b.contractor_contact), json_text(a.contractor_contact))
      .set("subject", json_text(b.subject), json_text(a.subject))
      .set("value_satang", b.value_satang, a.value_satang)
      .set("accepted_on", json_text(b.accepted_on), json_text(a.accepted_on))
      .set("warranty_months", b.warranty_months, a.warranty_months)
      .set("warranty_ends_on", json_text(b_end), json_text(a_end))
      .set("security_type", json_text(b.security_type), json_text(a.security_type))
      .set("security_amount_satang", b.security_amount_satang, a.security_amount_satang)
      .set("security_guarantee_no", json_text(b.security_guarantee_no),
           json_text(a.security_guarantee_no))
      .set("security_expires_on", json_text(b.security_expires_on),
           json_text(a.security_expires_on))
      .set("division_code", json_text(b.division_code), json_text(a.division_code))
      .set("committee", json_text(b.committee), json_text(a.committee));
  return c;
}

Status check_division(db::Connection& conn, const ContractFields& f) {
  if (!f.division_code.empty() && !org::find_division(conn, f.division_code)) {
    return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"})
        .field("division_code", {"ไม่มีส่วนราชการนี้", "is not a division"});
  }
  return ok_status();
}

}  // namespace

bool is_valid_tax_id(const std::string& t) {
  if (t.size() != 13) return false;
  if (!std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  int sum = 0;
  for (int i = 0; i < 12; ++i) sum += (t[static_cast<std::size_t>(i)] - '0') * (13 - i);
  return (11 - sum % 11) % 10 == t[12] - '0';
}

std::optional<Date> parse_iso_date(const std::string& t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  }
  Date d{std::stoi(t.substr(0, 4)), static_cast<unsigned>(std::stoi(t.substr(5, 2))),
         static_cast<unsigned>(std::stoi(t.substr(8, 2)))};
  if (!is_valid(d)) return std::nullopt;
  return d;
}

Date add_months(Date from, int months) {
  using namespace std::chrono;
  const year_month ym = year(from.year) / month(from.month) + std::chrono::months(months);
  const unsigned last_day = static_cast<unsigned>((ym / std::chrono::last).day());
  return Date{static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()),
              std::min(from.day, last_day)};
}

FieldErrors check_contract_fields(const ContractFields& raw) {
  const ContractFields f = cleaned(raw);
  FieldErrors errors;
  required(errors, "contract_no", f.contract_no);
  required(errors, "contractor_name", f.contractor_name);
  required(errors, "subject", f.subject);
  too_long(errors, "egp_no", f.egp_no, 50);
  too_long(errors, "contract_no", f.contract_no, 100);
  too_long(errors, "contractor_name", f.contractor_name, 600);
  too_long(errors, "contractor_contact", f.contractor_contact, 2000);
  too_long(errors, "subject", f.subject, 2000);
  too_long(errors, "security_guarantee_no", f.security_guarantee_no, 100);
  too_long(errors, "committee", f.committee, 4000);
  if (f.contractor_tax_id.empty()) {
    errors.add("contractor_tax_id", {"ต้องระบุ", "is required"});
  } else if (!is_valid_tax_id(f.contractor_tax_id)) {
    errors.add("contractor_tax_id", {"ไม่ใช่เลขประจำตัวผู้เสียภาษี 13 หลักที่ถูกต้อง (ตรวจเลขหลักสุดท้ายไม่ผ่าน)",
                                     "is not a valid 13-digit tax ID (the check digit is wrong)"});
  }
  if (f.value_satang < 0) errors.add("value_satang", {"ติดลบไม่ได้", "must not be negative"});
  if (f.accepted_on.empty()) {
    errors.add("accepted_on", {"ต้องระบุ", "is required"});
  } else {
    check_iso_date(errors, "accepted_on", f.accepted_on);
  }
  if (f.warranty_months < 1 || f.warranty_months > 120) {
    errors.add("warranty_months", {"ต้องอยู่ระหว่าง 1 ถึง 120 เดือน", "must be 1 to 120 months"});
  }
  check_iso_date(errors, "contract_date", f.contract_date);
  check_iso_date(errors, "security_expires_on", f.security_expires_on);
  if (!f.security_type.empty() && std::find(kSecurityTypes.begin(), kSecurityTypes.end(),
                                            f.security_type) == kSecurityTypes.end()) {
    errors.add("security_type", {"ไม่ใช่ประเภทหลักประกันที่รู้จัก", "is not a known kind of security"});
  }
  if (f.security_amount_satang < 0) {
    errors.add("security_amount_satang", {"ติดลบไม่ได้", "must not be negative"});
  }
  return errors;
}

Error no_such_contract(std::int64_t id) {
  return Error::not_found(
      {"ไม่พบสัญญารหัส " + std::to_string(id), "There is no contract " + std::to_string(id)});
}

std::optional<Contract> find_contract(db::Connection& conn, std::int64_t id) {
  return store::contract_by_id(conn, id);
}

std::vector<Contract> list_contracts(db::Connection& conn, std::optional<std::int64_t> before_id,
                                     int limit) {
  return store::list_contracts(conn, before_id, limit);
}

Result<Contract> register_contract(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                   const ContractFields& raw) {
  if (const FieldErrors bad = check_contract_fields(raw); !bad.empty()) return bad.to_error();
  const ContractFields f = cleaned(raw);
  const std::string end = warranty_end(f);
  db::Tx tx(conn);
  if (auto ok = check_division(conn, f); !ok.ok()) return ok.error();
  if (store::contract_no_taken(conn, f.contract_no, 0)) return number_taken(f.contract_no);
  std::int64_t id = 0;
  try {
    id = store::insert_contract(conn, f, end, to_iso_utc(at));
  } catch (const db::UniqueViolation&) {
    return number_taken(f.contract_no);
  }
  audit::record(conn, at, by,
                {"inventory.contract.create", "contract", std::to_string(id),
                 contract_changes(ContractFields{}, "", f, end)});
  tx.commit();
  return *store::contract_by_id(conn, id);
}

Result<Contract> update_contract(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 std::int64_t id, const ContractFields& raw) {
  if (const FieldErrors bad = check_contract_fields(raw); !bad.empty()) return bad.to_error();
  const ContractFields f = cleaned(raw);
  const std::string end = warranty_end(f);
  db::Tx tx(conn);
  if (!store::lock_contract(conn, id)) return no_such_contract(id);
  const Contract before = *store::contract_by_id(conn, id);
  if (auto ok = check_division(conn, f); !ok.ok()) return ok.error();
  if (store::contract_no_taken(conn, f.contract_no, id)) return number_taken(f.contract_no);
  audit::Changes changes = contract_changes(before.f, before.warranty_ends_on, f, end);
  if (changes.empty()) return before;
  const std::string now = to_iso_utc(at);
  store::update_contract(conn, id, f, end, now);
  if (end != before.warranty_ends_on) {
    // The assets delivered under the contract follow its warranty end.
    for (const auto asset_id : store::asset_ids_of_contract(conn, id)) {
      audit::Changes moved;
      moved.set("warranty_ends_on", json_text(before.warranty_ends_on), json_text(end));
      audit::record(conn, at, by,
                    {"inventory.asset.update", "asset", std::to_string(asset_id), moved});
    }
    store::set_contract_warranty(conn, id, end, now);
  }
  audit::record(conn, at, by,
                {"inventory.contract.update", "contract", std::to_string(id), changes});
  tx.commit();
  return *store::contract_by_id(conn, id);
}

}  // namespace pao::inventory
