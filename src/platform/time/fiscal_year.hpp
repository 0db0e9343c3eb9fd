// The Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the B.E. year
// it ends in. FY 2570 runs from 1 October 2026 to 30 September 2027. Its quarters (ไตรมาส) are
// 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep. Pure functions, safe from any thread.
#pragma once

#include "platform/time/thai_date.hpp"

namespace pao {

// Both ends included.
struct DateRange {
  Date first;
  Date last;

  bool contains(Date d) const { return first <= d && d <= last; }
  friend constexpr bool operator==(const DateRange&, const DateRange&) = default;
};

// The B.E. fiscal year `d` falls in: 30 September 2026 → 2569, 1 October 2026 → 2570.
// Throws std::invalid_argument if `d` is not a real date.
int fiscal_year_of(Date d);

// 1 October (B.E. − 544) to 30 September (B.E. − 543) C.E.: 2570 → 2026-10-01 … 2027-09-30.
DateRange fiscal_year_range(int year_be);

// 1 to 4; 1 October is the first day of quarter 1, 1 January of quarter 2.
// Throws std::invalid_argument if `d` is not a real date.
int fiscal_quarter_of(Date d);

// The days of quarter `quarter` of fiscal year `year_be`: (2570, 2) → 2027-01-01 … 2027-03-31.
// Throws std::out_of_range unless 1 ≤ `quarter` ≤ 4 (check user input before calling).
DateRange fiscal_quarter_range(int year_be, int quarter);

}  // namespace pao
