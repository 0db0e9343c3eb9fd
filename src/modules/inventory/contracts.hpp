// Procurement contracts under warranty (สัญญาที่อยู่ในระยะประกันความชำรุดบกพร่อง): the supplies staff
// register a contract when its goods are accepted (วันตรวจรับ); its warranty end is computed from
// the acceptance date and the warranty period, and assets delivered under it take that end.
//
// Rules:
//   - The contractor's tax ID (เลขประจำตัวผู้เสียภาษี) is 13 digits whose last is the check digit
//     of the first twelve (the Revenue Department's mod-11 rule).
//   - Warranty end = acceptance date + warranty months (a day that does not exist in the end
//     month, 31 → 30 June, becomes that month's last day).
//   - Every change is audited (inventory.contract.create / .update, entity "contract").
//     Changing the acceptance date or period recomputes the end and updates the linked
//     assets' warranty end in the same transaction; the reminder stages re-arm for the new end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

struct ContractFields {
  std::string egp_no;         // เลขที่โครงการ e-GP
  std::string contract_no;    // required, unique
  std::string contract_date;  // "YYYY-MM-DD" or ""
  std::string contractor_name;
  std::string contractor_tax_id;
  std::string contractor_contact;
  std::string subject;
  std::int64_t value_satang = 0;
  std::string accepted_on;    // required "YYYY-MM-DD"
  int warranty_months = 0;    // 1…120
  std::string security_type;  // "", bank_guarantee, cash, cheque, government_bond
  std::int64_t security_amount_satang = 0;
  std::string security_guarantee_no;
  std::string security_expires_on;  // "" = none
  std::string division_code;        // the responsible division, "" = none
  std::string committee;            // the inspection committee, one name per line

  bool operator==(const ContractFields&) const = default;
};

struct Contract {
  std::int64_t id = 0;
  ContractFields f;
  std::string warranty_ends_on;
  std::string inspected_on;        // "" until an inspection is recorded
  std::string security_closed_on;  // "" while the security is held
  std::string security_outcome;    // "", returned, claimed
  std::string created_at, updated_at;
};

inline const std::vector<std::string> kSecurityTypes = {"bank_guarantee", "cash", "cheque",
                                                        "government_bond"};

// True for 13 digits whose check digit is right.
bool is_valid_tax_id(const std::string& text);
// "YYYY-MM-DD" of a real date.
std::optional<Date> parse_iso_date(const std::string& text);
// `from` plus `months`, clamped to the end month's last day.
Date add_months(Date from, int months);

FieldErrors check_contract_fields(const ContractFields& in);

// Registers a contract and returns it with its warranty end. invalid_argument naming each bad
// field (contractor_tax_id for a wrong check digit); conflict (field contract_no) when the
// number exists.
Result<Contract> register_contract(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                   const ContractFields& in);
// Replaces the contract's fields; recomputes the warranty end and passes it to linked assets.
Result<Contract> update_contract(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                 std::int64_t id, const ContractFields& in);

Error no_such_contract(std::int64_t id);
std::optional<Contract> find_contract(db::Connection& conn, std::int64_t id);
// Newest first, after id `before_id`.
std::vector<Contract> list_contracts(db::Connection& conn, std::optional<std::int64_t> before_id,
                                     int limit);

}  // namespace pao::inventory
