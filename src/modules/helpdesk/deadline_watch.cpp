#include "modules/helpdesk/deadline_watch.hpp"

#include <boost/json.hpp>

#include "modules/helpdesk/store.hpp"
#include "platform/notify/notification.hpp"
#include "platform/time/holiday_table.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::helpdesk {

namespace {

Caller system_caller(const audit::Actor& by) {
  return {0, "ระบบ (ปิดเรื่องอัตโนมัติ)", "", true, by};
}

void tell_owner(db::Connection& conn, TimePoint at, const Ticket& t, const std::string& what) {
  if (!t.assignee_id) return;
  for (const notify::Channel ch : notify::kChannels) {
    notify::enqueue(conn, at,
                    {.recipient_user_id = *t.assignee_id,
                     .channel = ch,
                     .subject = "ใบแจ้งซ่อม #" + std::to_string(t.id) + " " + what,
                     .body_text = t.title,
                     .link = "/helpdesk/tickets/" + std::to_string(t.id)});
  }
}

}  // namespace

WatchOutcome watch_deadlines(db::Connection& conn, TimePoint at, const audit::Actor& by) {
  WatchOutcome out;
  const auto cal = business_calendar(conn);
  const std::string now = to_iso_utc(at);
  for (const Ticket& seen : store::running_open_tickets(conn)) {
    const bool own_late = seen.status == Status::fresh && seen.sla.own_due <= at;
    const int percent = resolve_percent_used(seen.sla, cal, at);
    const int level = percent >= 100 ? 2 : percent >= kWarnAtPercent ? 1 : 0;
    if (!own_late && level <= seen.warn_level) continue;
    db::Tx tx(conn);
    auto found = store::find_ticket(conn, seen.id, true);
    if (!found || found->sla.paused_since || !is_open(found->status)) continue;
    Ticket t = std::move(*found);
    audit::Changes changes;
    if (own_late && store::record_breach(conn, t.id, "own", to_iso_utc(t.sla.own_due), now)) {
      ++out.breaches;
      changes.added("own_breach", boost::json::string(to_iso_utc(t.sla.own_due)));
    }
    if (level > t.warn_level) {
      if (level == 2 &&
          store::record_breach(conn, t.id, "resolve", to_iso_utc(t.sla.resolve_due), now)) {
        ++out.breaches;
        changes.added("resolve_breach", boost::json::string(to_iso_utc(t.sla.resolve_due)));
      }
      if (level == 1) ++out.warnings;
      changes.set("warn_level", t.warn_level, level);
      t.warn_level = level;
      store::update_ticket(conn, t);
      tell_owner(conn, at, t, level == 2 ? "เกินกำหนดแก้ไขแล้ว" : "ใกล้ครบกำหนดแก้ไข");
    }
    if (!changes.empty()) {
      audit::record(conn, at, by,
                    {"helpdesk.ticket.deadline", "ticket", std::to_string(t.id), changes});
    }
    tx.commit();
  }
  return out;
}

int close_quiet_tickets(db::Connection& conn, TimePoint at, const audit::Actor& by) {
  const auto cal = business_calendar(conn);
  // The latest resolve time that is past the window: resolved on or before the business day
  // kAutoCloseBusinessDays + 1 business days back counts (whole days, Bangkok dates).
  const Date last_open_day = cal.add_business_days(bangkok_date(at), -kAutoCloseBusinessDays);
  const std::string cutoff = to_iso_utc(bangkok_midnight(last_open_day) - std::chrono::seconds(1));
  int closed = 0;
  for (const std::int64_t id : store::resolved_before(conn, cutoff)) {
    if (take_step(conn, at, system_caller(by), id, Step::close).ok()) ++closed;
  }
  return closed;
}

jobs::JobSpec deadline_watch_job() {
  return {.name = "helpdesk.deadlines.watch",
          .schedule = "every 5 minutes",
          .handler = [](jobs::JobContext& job) -> pao::Status {
            const auto out = watch_deadlines(job.conn, job.now, job.actor);
            job.summary = std::to_string(out.warnings) + " warnings, " +
                          std::to_string(out.breaches) + " breaches";
            return ok_status();
          }};
}

jobs::JobSpec auto_close_job() {
  return {.name = "helpdesk.tickets.auto_close",
          .schedule = "every day 01:00",
          .handler = [](jobs::JobContext& job) -> pao::Status {
            job.summary = std::to_string(close_quiet_tickets(job.conn, job.now, job.actor)) +
                          " tickets closed";
            return ok_status();
          }};
}

}  // namespace pao::helpdesk
