// Thai public holidays (วันหยุดราชการ) that fall on the same date every year, as observed since
// 2020, for seeding the holiday table an administrator then completes each year. Not computed
// here, to be entered as data:
//   - the lunar holidays: Makha Bucha (วันมาฆบูชา), Visakha Bucha (วันวิสาขบูชา), Asalha Bucha
//     (วันอาสาฬหบูชา) and Buddhist Lent (วันเข้าพรรษา) follow the Thai lunar calendar, whose
//     dates the government announces;
//   - substitution days (วันหยุดชดเชย) for a holiday on a weekend, and extra days the cabinet
//     declares, which are decided year by year.
// Which of these days close government offices can also change by cabinet resolution; the
// table, not this list, is what a BusinessCalendar is built from.
#pragma once

#include <string_view>
#include <vector>

#include "platform/time/thai_date.hpp"

namespace pao {

struct PublicHoliday {
  Date date;
  std::string_view name_th;  // วันขึ้นปีใหม่
  std::string_view name_en;  // New Year's Day
};

// The 15 fixed-date holidays of Gregorian year `year`, in date order (Songkran is three days,
// 13–15 April, each listed). Names point to static storage.
std::vector<PublicHoliday> fixed_date_public_holidays(int year);

}  // namespace pao
