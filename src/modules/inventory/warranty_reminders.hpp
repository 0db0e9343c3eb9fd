// The warranty job (inventory.warranty.remind, every day 07:30 Bangkok): staged reminders before
// a contract's warranty ends, to the responsible division and the supplies division.
//
// Rules (what peers get wrong both ways):
//   - A stage (default 90, 60, 30 and 7 days before the end; PAO_WARRANTY_REMINDER_DAYS) is
//     due from its day until the warranty ends. Each is sent exactly once per (contract, stage,
//     warranty end date): the row in inventory_reminder is written with the notification in one
//     transaction and its primary key refuses a second, so many runs or two servers send it once.
//   - A run that finds several stages due (the job did not run for a while, or the contract was
//     registered late) records each and sends one notification naming the nearest stage: none is
//     lost, nobody gets three mails at once.
//   - A corrected warranty end is a new date: its stages are armed again.
//   - A warranty that ended with no inspection recorded is reported once as overdue (kind
//     "overdue"), never silently dropped.
//   - A performance security expiring before the warranty does is warned about once per expiry
//     date (kind "security").
//   - An open defect notice past its fix deadline is escalated once per deadline (kind
//     "fix_overdue", about_date = the deadline).
//   - Contracts whose security was returned or claimed are done: nothing more is sent.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/registry/registry.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

inline const std::vector<int> kDefaultReminderDays = {90, 60, 30, 7};

// "90,60,30,7" → {90, 60, 30, 7}; nullopt for anything else (empty, not numbers, out of 1…365).
std::optional<std::vector<int>> parse_reminder_days(const std::string& text);

struct ReminderRun {
  int warranty = 0;  // stage rows written
  int overdue = 0;
  int security = 0;
  int fix_overdue = 0;  // defect notices past their fix deadline, escalated
  int notifications = 0;
};

// The staff who look after contracts for division `division` (user ids): the module's job
// answers with the active holders of inventory.contracts there or everywhere, as identity's
// roles say today.
using ContractPeople =
    std::function<std::vector<std::int64_t>(db::Connection&, const std::string& division)>;

// The active holders of inventory.contracts for a division (a role granted everywhere or
// there), by identity's roles of the moment; `declared` (Registry::permissions()) must outlive it.
ContractPeople contract_holders(const std::vector<PermissionInfo>& declared);

// Sends what is due on the Bangkok date of `now` to the contract people of the contract's
// division and of the supplies division (กองพัสดุ), not to every member of either. Each contract
// in its own transaction.
ReminderRun send_warranty_reminders(db::Connection& conn, TimePoint now,
                                    const std::vector<int>& stages, const ContractPeople& people);

}  // namespace pao::inventory
