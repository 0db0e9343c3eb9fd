// The auditor's calendar: dates typed in a filter and times shown on screen are Bangkok time
// (Asia/Bangkok, UTC+7 all year, no daylight saving), while the trail stores UTC.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "platform/time/clock.hpp"

namespace pao::audit {

// The instant a Bangkok calendar day begins: "25/11/2569" or "2026-11-25" → 2026-11-24T17:00:00Z.
// A real date as people type it (day/month/B.E. year, Thai digits too) or as machines send it
// (YYYY-MM-DD), by parse_thai_date's rules; anything else → nullopt.
std::optional<TimePoint> bangkok_day_start(std::string_view typed);

// A stored UTC time ("2026-11-25T07:02:03Z") as a person in Bangkok reads it:
//   th: "25 พ.ย. 2569 14:02:03"  (Buddhist era, as Thai government documents write dates)
//   en: "25 Nov 2026 14:02:03"
// The date's parts are joined by no-break spaces (U+00A0), so a narrow column wraps only
// between the date and the time. Text that is not a stored time is returned unchanged, so a
// damaged row still shows.
std::string bangkok_display(std::string_view iso_utc, std::string_view lang);

// "2026-11-25 14:02:03": Bangkok time in a form spreadsheets read as a date and time.
std::string bangkok_sortable(std::string_view iso_utc);

}  // namespace pao::audit
