#include "modules/inventory/field_checks.hpp"

#include "modules/inventory/contracts.hpp"

namespace pao::inventory {

void check_iso_date(FieldErrors& errors, const char* field, const std::string& v) {
  if (!v.empty() && !parse_iso_date(v)) {
    errors.add(field, {"ไม่ใช่วันที่ (ปปปป-ดด-วว)", "is not a date (YYYY-MM-DD)"});
  }
}

}  // namespace pao::inventory
