#include "modules/plan/round_notices.hpp"

#include <map>
#include <set>

#include "modules/plan/reporting_rounds.hpp"
#include "modules/plan/store.hpp"
#include "platform/notify/notification.hpp"

namespace pao::plan {

namespace {

std::string round_text(const Round& r) {
  return (r.frequency == "quarterly" ? "ไตรมาสที่ " : "เดือนที่ ") + std::to_string(r.period) +
         " ปีงบประมาณ " + std::to_string(r.fiscal_year);
}

std::string deadline_text(const Round& r) {
  const auto d = parse_thai_date(r.deadline);
  return d ? format_thai_date(*d, DateStyle::full) : r.deadline;
}

// Writes the notice to `to` once for (round, kind, division); the count of notifications.
int notify_division(db::Connection& conn, TimePoint now, const Round& round, const char* kind,
                    const std::string& division, const std::vector<std::int64_t>& to,
                    const std::string& subject, const std::string& body) {
  db::Tx tx(conn);
  if (!store::mark_notice_sent(conn, round.id, kind, division, to_iso_utc(now))) return 0;
  int n = 0;
  for (const auto user : to) {
    for (const auto channel : notify::kChannels) {
      if (notify::enqueue(
              conn, now,
              {user, "", channel, subject, body, "/plan/rounds/" + std::to_string(round.id)})) {
        ++n;
      }
    }
  }
  tx.commit();
  return n;
}

}  // namespace

int send_round_notices(db::Connection& conn, TimePoint now, const DivisionMembers& members) {
  const Date today = bangkok_date(now);
  int sent = 0;
  for (const auto& round : list_reporting_rounds(conn)) {
    const auto deadline = parse_thai_date(round.deadline);
    if (!deadline) continue;
    // Divisions with projects due, and those still missing a report.
    std::map<std::string, std::vector<std::string>> due, missing;
    for (const auto& p : round_projects(conn, round)) {
      for (const auto& d : p.divisions) {
        due[d].push_back(p.project.number());
        if (!p.reported) missing[d].push_back(p.project.number());
      }
    }
    auto numbers = [](const std::vector<std::string>& v) {
      std::string out;
      for (const auto& n : v) out += (out.empty() ? "" : ", ") + n;
      return out;
    };
    auto everyone = [&](const std::string& d) {
      std::vector<std::int64_t> ids;
      for (const auto& m : members(conn, d)) ids.push_back(m.user_id);
      return ids;
    };
    if (round.open && today <= *deadline) {
      for (const auto& [d, projects] : due) {
        sent += notify_division(
            conn, now, round, "opened", d, everyone(d),
            "เปิดรอบรายงานความก้าวหน้า " + round_text(round),
            "ขอให้รายงานความก้าวหน้าโครงการ " + numbers(projects) + " ภายใน " + deadline_text(round));
      }
    }
    if (round.open && today >= add_days(*deadline, -3) && today <= *deadline) {
      for (const auto& [d, projects] : missing) {
        sent += notify_division(
            conn, now, round, "reminder", d, everyone(d),
            "เตือน: ใกล้ครบกำหนดรายงานความก้าวหน้า " + round_text(round),
            "โครงการ " + numbers(projects) + " ยังไม่ได้รายงาน กำหนดส่ง " + deadline_text(round));
      }
    }
    if (today > *deadline && today <= add_days(*deadline, 30)) {
      for (const auto& [d, projects] : missing) {
        std::vector<std::int64_t> heads;
        for (const auto& m : members(conn, d)) {
          if (m.head) heads.push_back(m.user_id);
        }
        sent += notify_division(
            conn, now, round, "overdue", d, heads, "เลยกำหนดรายงานความก้าวหน้า " + round_text(round),
            "โครงการ " + numbers(projects) + " ของส่วนราชการยังไม่ได้รายงาน (กำหนดส่ง " +
                deadline_text(round) + ")");
      }
    }
  }
  return sent;
}

jobs::JobSpec round_notices_job(DivisionMembers members) {
  return {.name = "plan.rounds.notify",
          .schedule = "every day 08:00",
          .handler = [members](jobs::JobContext& job) -> Status {
            const int n = send_round_notices(job.conn, job.now, members);
            job.summary = "notifications " + std::to_string(n);
            return ok_status();
          }};
}

}  // namespace pao::plan
