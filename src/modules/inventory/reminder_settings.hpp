// The reminder stages of the warranty job, set by the dashboard's owner (inventory.contracts) on
// /inventory/warranty/settings and PUT /api/v1/inventory/reminder-stages; the job reads them on
// every run. Until someone sets them, the default applies (PAO_WARRANTY_REMINDER_DAYS, else
// 90/60/30/7).
//
// Rules: 1 to kMaxReminderStages stages, each a whole number of days from 1 to 365, no two the
// same; stored largest first. Every change is audited (inventory.settings.reminder_days, before
// and after).
#pragma once

#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

inline constexpr std::size_t kMaxReminderStages = 10;

struct ReminderStages {
  std::vector<int> days;   // largest first
  bool is_default = true;  // nobody has set them: `fallback`
};

// The stages in force: the stored ones, else `fallback`.
ReminderStages reminder_stages(db::Connection& conn, const std::vector<int>& fallback);

// "90, 60, 30, 7" (commas or spaces) → the stages, or invalid_argument naming field "days":
// not a number, not positive, over 365, repeated, none, more than kMaxReminderStages.
Result<std::vector<int>> read_reminder_days(const std::string& text);

// Validates and stores `days` (the job's next run uses them); audited with the stages before.
Result<ReminderStages> set_reminder_stages(db::Connection& conn, TimePoint at,
                                           const audit::Actor& by, const std::vector<int>& days,
                                           const std::vector<int>& fallback);

// The default: PAO_WARRANTY_REMINDER_DAYS ("90,60,30,7"), else kDefaultReminderDays; throws
// std::runtime_error when the variable is set but not valid (checked at start-up).
std::vector<int> default_reminder_days();

// "90, 60, 30, 7"
std::string days_text(const std::vector<int>& days);

}  // namespace pao::inventory
