// The registers on paper and in Excel: ทะเบียนหนังสือรับ / ทะเบียนหนังสือส่ง with the columns of the
// regulation's forms — เลขทะเบียน, ที่, ลงวันที่, จาก, ถึง, เรื่อง, การปฏิบัติ, หมายเหตุ — every number
// in order, cancelled and reserved ones included (marked in หมายเหตุ), a secret letter's subject
// left out for people not named on it. Urgency and secrecy also appear as the exchange standard's
// codes in the XLSX (for interchange).
#pragma once

#include <string>
#include <vector>

#include "modules/saraban/numbering.hpp"
#include "modules/saraban/store.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

struct RegisterExport {
  Register reg;
  int year = 0;        // C.E.
  std::string period;  // "1 พ.ย. 2569 – 30 พ.ย. 2569", or "" for the whole year
  std::vector<store::RegisterRow> rows;
  TimePoint produced_at;  // stamped in the files (the same data gives the same file)
};

std::string register_pdf(const RegisterExport& e);
std::string register_xlsx(const RegisterExport& e);

}  // namespace pao::saraban
