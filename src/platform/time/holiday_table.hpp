// The holiday table (วันหยุดราชการ): the days government offices close, as data an administrator
// keeps current each year — the lunar holidays and substitution days the cabinet announces are
// not computable (public_holidays.hpp). Business-day and SLA arithmetic everywhere is built from
// this table through business_calendar(), so one correction reaches every module.
//
// Table platform_holiday (module "platform_calendar"): one row per date. Migration 1 seeds the
// fixed-date holidays for 2025–2030 and the lunar holidays announced for B.E. 2569 (2026).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/error/error.hpp"
#include "platform/time/business_calendar.hpp"
#include "platform/time/thai_date.hpp"

namespace pao {

struct Holiday {
  Date date;
  std::string name_th;
  std::string name_en;
};

std::vector<db::Migration> holiday_migrations();

// The holidays of Gregorian year `year` (all years when nullopt), in date order.
std::vector<Holiday> list_holidays(db::Connection& conn, std::optional<int> year = std::nullopt);

// A business calendar (default working hours) with every holiday in the table.
BusinessCalendar business_calendar(db::Connection& conn, WorkingHours hours = {});

// Adds or renames the holiday on `h.date` (one row per date); audited. invalid_argument naming
// "date" / "name_th" when the date is not real or the Thai name is empty.
Status save_holiday(db::Connection& conn, TimePoint at, const audit::Actor& by, const Holiday& h);
// Removes the holiday on `date` (a cabinet moved it); audited. not_found when there is none.
Status remove_holiday(db::Connection& conn, TimePoint at, const audit::Actor& by, Date date);

}  // namespace pao
