#include "modules/helpdesk/desk_settings.hpp"

#include <boost/json.hpp>

#include "modules/helpdesk/store.hpp"

namespace pao::helpdesk {

namespace {
constexpr std::int64_t kMaxMinutes = 14'400;  // 30 working days of 8 hours
}

DeskSettings desk_settings(db::Connection& conn) {
  DeskSettings s;
  s.targets = store::current_targets(conn);
  s.sla_version = s.targets.empty() ? 1 : s.targets.front().version;
  for (const auto& t : s.targets) s.sla_version = std::max(s.sla_version, t.version);
  s.division_sees_tickets = store::division_sees_tickets(conn);
  return s;
}

Result<DeskSettings> change_desk_settings(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const DeskSettings& wanted) {
  FieldErrors errors;
  for (const auto& t : wanted.targets) {
    const std::string p = priority_name(t.priority);
    const auto own = t.to_own.count() / 60;
    const auto resolve = t.to_resolve.count() / 60;
    if (own < 1 || own > kMaxMinutes) {
      errors.add("own_" + p, {"ต้องเป็น 1–14,400 นาที", "must be 1–14,400 minutes"});
    }
    if (resolve < 1 || resolve > kMaxMinutes) {
      errors.add("resolve_" + p, {"ต้องเป็น 1–14,400 นาที", "must be 1–14,400 minutes"});
    } else if (resolve < own) {
      errors.add("resolve_" + p,
                 {"ต้องไม่น้อยกว่าเวลารับเรื่อง", "must not be shorter than the time to own"});
    }
  }
  if (wanted.targets.size() != 4)
    errors.add("targets", {"ต้องครบ 4 ระดับ", "needs all 4 priorities"});
  if (!errors.empty()) return errors.to_error();
  db::Tx tx(conn);
  const DeskSettings before = desk_settings(conn);
  audit::Changes changes;
  bool targets_changed = false;
  for (std::size_t i = 0; i < wanted.targets.size(); ++i) {
    const auto& w = wanted.targets[i];
    const auto& b = before.targets[i];
    const std::string p = priority_name(w.priority);
    changes.set("own_minutes_" + p, b.to_own.count() / 60, w.to_own.count() / 60)
        .set("resolve_minutes_" + p, b.to_resolve.count() / 60, w.to_resolve.count() / 60);
    targets_changed = targets_changed || w.to_own != b.to_own || w.to_resolve != b.to_resolve;
  }
  DeskSettings after = before;
  if (targets_changed) {
    after.sla_version = before.sla_version + 1;
    after.targets = wanted.targets;
    for (auto& t : after.targets) t.version = after.sla_version;
    store::insert_targets(conn, after.sla_version, after.targets, to_iso_utc(at));
    changes.set("sla_version", before.sla_version, after.sla_version);
  }
  if (wanted.division_sees_tickets != before.division_sees_tickets) {
    store::set_division_sees_tickets(conn, wanted.division_sees_tickets);
    after.division_sees_tickets = wanted.division_sees_tickets;
    changes.set("division_sees_tickets", before.division_sees_tickets,
                wanted.division_sees_tickets);
  }
  if (!changes.empty()) {
    audit::record(conn, at, by, {"helpdesk.settings.update", "helpdesk_settings", "1", changes});
  }
  tx.commit();
  return after;
}

}  // namespace pao::helpdesk
