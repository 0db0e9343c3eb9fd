#include "modules/inventory/warranty_reminders.hpp"

#include <algorithm>
#include <charconv>

#include "modules/identity/api.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/store.hpp"
#include "platform/notify/notification.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace {

constexpr const char* kSuppliesDivision = "supplies";

// Who hears about a contract: the contract people of its division and of the supplies division.
std::vector<std::int64_t> recipients(db::Connection& conn, const Contract& c,
                                     const ContractPeople& people) {
  std::vector<std::int64_t> ids;
  for (const std::string& code : {c.f.division_code, std::string(kSuppliesDivision)}) {
    if (code.empty()) continue;
    for (const auto id : people(conn, code)) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void tell(db::Connection& conn, TimePoint now, const Contract& c, const ContractPeople& people,
          const std::string& subject, const std::string& body) {
  const std::string link = "/inventory/contracts/" + std::to_string(c.id);
  for (const auto id : recipients(conn, c, people)) {
    notify::enqueue(conn, now,
                    {.recipient_user_id = id,
                     .channel = notify::Channel::in_app,
                     .subject = subject,
                     .body_text = body,
                     .link = link});
    notify::enqueue(conn, now,
                    {.recipient_user_id = id,
                     .channel = notify::Channel::email,
                     .subject = subject,
                     .body_text = body,
                     .link = link});
  }
}

std::string thai(const std::string& iso) {
  const auto d = parse_iso_date(iso);
  return d ? format_thai_date(*d) : iso;
}

// One contract, in one transaction. Returns what it wrote.
ReminderRun remind_one(db::Connection& conn, TimePoint now, Date today, const Contract& c,
                       const std::vector<int>& stages, const ContractPeople& people) {
  ReminderRun run;
  const auto end = parse_iso_date(c.warranty_ends_on);
  if (!end) return run;
  const std::string sent_at = to_iso_utc(now);
  const std::string name = "สัญญาเลขที่ " + c.f.contract_no + " (" + c.f.contractor_name + ")";
  db::Tx tx(conn);
  if (today < *end) {
    int nearest = 0;
    for (const int d : stages) {
      if (today < add_days(*end, -d)) continue;
      if (store::record_reminder(conn, c.id, {"warranty", d, c.warranty_ends_on, sent_at})) {
        ++run.warranty;
        if (nearest == 0 || d < nearest) nearest = d;
      }
    }
    if (nearest > 0) {
      const int left = days_between(today, *end);
      tell(conn, now, c, people,
           "ประกันความชำรุดบกพร่อง" + name + " จะสิ้นสุดใน " + std::to_string(left) + " วัน",
           "สิ้นสุดวันที่ " + thai(c.warranty_ends_on) + " (แจ้งเตือนล่วงหน้า " + std::to_string(nearest) +
               " วัน) กรุณาตรวจสภาพก่อนสิ้นสุดการรับประกัน");
      ++run.notifications;
    }
  } else if (c.inspected_on.empty()) {
    if (store::record_reminder(conn, c.id, {"overdue", 0, c.warranty_ends_on, sent_at})) {
      ++run.overdue;
      tell(conn, now, c, people, "เลยกำหนด: ประกันของ" + name + " สิ้นสุดแล้วโดยยังไม่ได้ตรวจสภาพ",
           "สิ้นสุดวันที่ " + thai(c.warranty_ends_on) +
               " ยังไม่มีบันทึกการตรวจสภาพ กรุณาตรวจและพิจารณาคืนหรือเรียกหลักประกัน");
      ++run.notifications;
    }
  }
  if (!c.f.security_expires_on.empty() && c.f.security_expires_on < c.warranty_ends_on) {
    if (store::record_reminder(conn, c.id, {"security", 0, c.f.security_expires_on, sent_at})) {
      ++run.security;
      tell(conn, now, c, people, "หลักประกันของ" + name + " หมดอายุก่อนสิ้นสุดการรับประกัน",
           "หนังสือค้ำประกันเลขที่ " + c.f.security_guarantee_no + " หมดอายุ " +
               thai(c.f.security_expires_on) + " แต่การรับประกันสิ้นสุด " + thai(c.warranty_ends_on) +
               " กรุณาให้ผู้รับจ้างขยายอายุหลักประกัน");
      ++run.notifications;
    }
  }
  // A contractor past the fix deadline of an open notice: escalate, once per deadline.
  for (const auto& n : store::notices_of(conn, c.id)) {
    const auto fix_by = parse_iso_date(n.fix_by);
    if (!n.fixed_on.empty() || !fix_by || !(*fix_by < today)) continue;
    if (store::record_reminder(conn, c.id, {"fix_overdue", 0, n.fix_by, sent_at})) {
      ++run.fix_overdue;
      tell(conn, now, c, people, "ผู้รับจ้างยังไม่แก้ไขความชำรุดบกพร่องตาม" + name + " เกินกำหนด",
           "กำหนดแก้ไขภายใน " + thai(n.fix_by) + " ตามหนังสือแจ้ง " + n.letter_ref +
               " กรุณาพิจารณาดำเนินการตามสัญญา (แก้ไขเองโดยใช้หลักประกัน หรือเรียกร้องค่าเสียหาย)");
      ++run.notifications;
    }
  }
  tx.commit();
  return run;
}

}  // namespace

std::optional<std::vector<int>> parse_reminder_days(const std::string& text) {
  std::vector<int> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto comma = text.find(',', pos);
    const std::string part =
        text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    int n = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (part.empty() || ec != std::errc() || end != part.data() + part.size() || n < 1 || n > 365) {
      return std::nullopt;
    }
    out.push_back(n);
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  std::sort(out.rbegin(), out.rend());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

ContractPeople contract_holders(const std::vector<PermissionInfo>& declared) {
  return [declared = &declared](db::Connection& conn, const std::string& division) {
    std::vector<std::int64_t> ids;
    for (const auto& u :
         identity::active_users_with_permission(conn, *declared, kContracts, division)) {
      ids.push_back(u.id);
    }
    return ids;
  };
}

ReminderRun send_warranty_reminders(db::Connection& conn, TimePoint now,
                                    const std::vector<int>& stages, const ContractPeople& people) {
  ReminderRun total;
  const Date today = bangkok_date(now);
  for (const auto& c : store::contracts_with_security_held(conn)) {
    const ReminderRun r = remind_one(conn, now, today, c, stages, people);
    total.warranty += r.warranty;
    total.overdue += r.overdue;
    total.security += r.security;
    total.fix_overdue += r.fix_overdue;
    total.notifications += r.notifications;
  }
  return total;
}

}  // namespace pao::inventory
