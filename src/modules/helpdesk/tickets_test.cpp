// Tickets on both databases: the state machine and its refusals, the SLA clock stored on the
// ticket (holidays from the shared table, pauses, priority changes), kept counts, who sees what.
#include "modules/helpdesk/tickets.hpp"

#include <gtest/gtest.h>

#include "modules/helpdesk/store.hpp"
#include "modules/helpdesk/testing.hpp"

namespace pao::helpdesk {
namespace {

using namespace std::chrono_literals;

class Tickets : public testing::HelpdeskDbTest {};

TEST_P(Tickets, ReportingOpensANewTicketWithDeadlinesAndTheSlaVersionStored) {
  const auto t = report();  // Monday 09:00, urgency high → priority high: own 1 h, resolve 8 h
  EXPECT_EQ(t.status, Status::fresh);
  EXPECT_EQ(t.priority, Priority::high);
  const auto stored = store::find_ticket(conn(), t.id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->sla.sla_version, 1);
  EXPECT_EQ(stored->sla.own_due, bkk("2026-12-07T10:00:00"));
  EXPECT_EQ(stored->sla.resolve_due, bkk("2026-12-08T09:00:00"));
  EXPECT_EQ(stored->asset_no, "416-66-0012");
  EXPECT_EQ(store::status_counts(conn()).at(Status::fresh), 1);
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE entity_id = "
                     "CAST(? AS TEXT) AND action = 'helpdesk.ticket.create'",
                     t.id),
            1);
}

TEST_P(Tickets, ABadReportNamesEveryBadField) {
  NewTicket in;
  in.urgency = "now!";
  in.asset_no = "416/66 0012";
  const auto r = report_problem(conn(), bkk("2026-12-07T09:00:00"), somsri_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(r.error().fields.size(), 3u);
  EXPECT_TRUE(r.error().fields.count("title"));
  EXPECT_TRUE(r.error().fields.count("urgency"));
  EXPECT_TRUE(r.error().fields.count("asset_no"));
}

TEST_P(Tickets, TheDeadlineSkipsAHolidayFromTheSharedHolidayTable) {
  // Wednesday 9 December 16:00, 8 business hours: 30 min Wednesday, Thursday 10 December is
  // Constitution Day (seeded in platform_holiday), 7 h 30 on Friday → due Friday 16:00.
  const auto t = report("จอภาพดับ", "high", "2026-12-09T16:00:00");
  EXPECT_EQ(t.sla.resolve_due, bkk("2026-12-11T16:00:00"));
}

TEST_P(Tickets, TheWholeLifeFromReportToRatedClose) {
  const auto t = report();
  auto at = bkk("2026-12-07T09:20:00");
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::take).ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::start).ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::ask_requester).ok());
  // Somsri answers the next morning: the reply resumes the clock on its own.
  ASSERT_TRUE(
      add_reply(conn(), bkk("2026-12-08T08:45:00"), somsri_, t.id, "เป็นรุ่น HP M404", false).ok());
  auto now = store::find_ticket(conn(), t.id);
  EXPECT_EQ(now->status, Status::in_progress);
  // Waited Monday 09:20 → 16:30 (7 h 10) and Tuesday 08:30 → 08:45 (15 min).
  EXPECT_EQ(now->sla.paused, 7h + 25min);
  EXPECT_EQ(now->sla.resolve_due, bkk("2026-12-08T16:25:00"));
  const auto resolved =
      take_step(conn(), bkk("2026-12-08T10:00:00"), tech_, t.id, Step::resolve, "เปลี่ยนลูกยาง");
  ASSERT_TRUE(resolved.ok());
  EXPECT_EQ(resolved->solution, "เปลี่ยนลูกยาง");
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-08T11:00:00"), somsri_, t.id, Step::close).ok());
  const auto rated = rate_fix(conn(), bkk("2026-12-08T11:01:00"), somsri_, t.id, 5, "เร็วมาก");
  ASSERT_TRUE(rated.ok());
  EXPECT_EQ(rated->rating, 5);
  const auto counts = store::status_counts(conn());
  EXPECT_EQ(counts.at(Status::closed), 1);
  EXPECT_EQ(counts.at(Status::fresh) + counts.at(Status::assigned) +
                counts.at(Status::in_progress) + counts.at(Status::waiting) +
                counts.at(Status::resolved),
            0);
  const auto view = view_ticket(conn(), somsri_, t.id);
  ASSERT_TRUE(view.ok());
  int status_lines = 0;
  for (const auto& e : view->timeline) status_lines += e.kind == EntryKind::status ? 1 : 0;
  EXPECT_EQ(status_lines, 6) << "take, start, ask, resume, resolve, close";
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE entity_type = 'ticket' AND "
                     "entity_id = CAST(? AS TEXT)",
                     t.id),
            9);
}

TEST_P(Tickets, StepsThatDoNotLeadAnywhereAreRefusedAsConflicts) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:30:00");
  for (const Step s :
       {Step::start, Step::ask_requester, Step::resume, Step::resolve, Step::close, Step::reopen}) {
    const auto r = take_step(conn(), at, tech_, t.id, s, "x");
    ASSERT_FALSE(r.ok()) << step_name(s);
    EXPECT_EQ(r.error().code, ErrorCode::conflict) << step_name(s);
  }
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::take).ok());
  EXPECT_EQ(take_step(conn(), at, tech_, t.id, Step::take).error().code, ErrorCode::conflict);
  EXPECT_EQ(store::find_ticket(conn(), t.id)->status, Status::assigned);
}

TEST_P(Tickets, ResolvingWithoutASolutionNamesTheField) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:30:00");
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::take).ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::start).ok());
  const auto r = take_step(conn(), at, tech_, t.id, Step::resolve, "  ");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().fields.count("solution"));
}

TEST_P(Tickets, ARequesterCannotTakeITStepsNorRateSomeoneElsesFix) {
  const auto t = report();
  EXPECT_EQ(take_step(conn(), bkk("2026-12-07T09:30:00"), somsri_, t.id, Step::take).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(add_reply(conn(), bkk("2026-12-07T09:30:00"), somsri_, t.id, "ลับ", true).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(rate_fix(conn(), bkk("2026-12-07T09:30:00"), malee_, t.id, 5, "").error().code,
            ErrorCode::permission_denied);
}

TEST_P(Tickets, AClosedTicketRefusesEverything) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:30:00");
  for (const Step s : {Step::take, Step::start})
    ASSERT_TRUE(take_step(conn(), at, tech_, t.id, s).ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::resolve, "รีสตาร์ต").ok());
  ASSERT_TRUE(take_step(conn(), at, tech_, t.id, Step::close).ok());
  for (const Step s : kSteps) {
    EXPECT_EQ(take_step(conn(), at, tech_, t.id, s, "x").error().code, ErrorCode::conflict);
  }
  EXPECT_EQ(add_reply(conn(), at, somsri_, t.id, "ยังเสียอยู่", false).error().code,
            ErrorCode::conflict);
}

TEST_P(Tickets, ReopeningWorksWithinTheWindowAndIsRefusedAfterIt) {
  const auto a = report("ก");
  const auto b = report("ข");
  const auto at = bkk("2026-12-07T09:30:00");
  for (const auto id : {a.id, b.id}) {
    ASSERT_TRUE(take_step(conn(), at, tech_, id, Step::take).ok());
    ASSERT_TRUE(take_step(conn(), at, tech_, id, Step::start).ok());
    ASSERT_TRUE(take_step(conn(), at, tech_, id, Step::resolve, "แก้แล้ว").ok());
  }
  // Resolved Monday 7th; the fifth business day after is Tuesday 15th (Thursday 10th is a
  // holiday): still within. Wednesday 16th is too late.
  const auto within = take_step(conn(), bkk("2026-12-15T15:00:00"), somsri_, a.id, Step::reopen);
  ASSERT_TRUE(within.ok());
  EXPECT_EQ(within->status, Status::in_progress);
  const auto late = take_step(conn(), bkk("2026-12-16T09:00:00"), somsri_, b.id, Step::reopen);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::conflict);
}

TEST_P(Tickets, PriorityChangeRecountsFromOpeningKeepingThePauseAndTheAuditShowsBoth) {
  const auto t = report("เมาส์เสีย", "low", "2026-12-07T08:30:00");  // low: resolve 40 h
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-07T08:40:00"), tech_, t.id, Step::take).ok());
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-07T08:40:00"), tech_, t.id, Step::start).ok());
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-07T09:30:00"), tech_, t.id, Step::ask_requester).ok());
  ASSERT_TRUE(take_step(conn(), bkk("2026-12-07T10:30:00"), tech_, t.id, Step::resume).ok());
  const auto r =
      set_priority(conn(), bkk("2026-12-07T11:00:00"), tech_, t.id, Priority::high, "computer");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sla.paused, 1h);
  EXPECT_EQ(r->sla.resolve_due, bkk("2026-12-08T09:30:00"));  // 8 h + 1 h from Monday 08:30
  EXPECT_EQ(count_of("SELECT COUNT(*) FROM platform_audit_entry WHERE entity_id = "
                     "CAST(? AS TEXT) AND action = 'helpdesk.ticket.prioritise'",
                     t.id),
            1);
}

TEST_P(Tickets, TheRequesterSeesPriorityAndCategoryChangesOnTheTimeline) {
  const auto t = report("เมาส์เสีย", "low", "2026-12-07T08:30:00");
  ASSERT_TRUE(
      set_priority(conn(), bkk("2026-12-07T11:00:00"), tech_, t.id, Priority::high, "computer")
          .ok());
  // The same values again change nothing and add nothing.
  ASSERT_TRUE(
      set_priority(conn(), bkk("2026-12-07T11:05:00"), tech_, t.id, Priority::high, "computer")
          .ok());
  const auto v = view_ticket(conn(), somsri_, t.id);
  ASSERT_TRUE(v.ok());
  std::vector<std::string> seen;
  for (const auto& e : v->timeline) {
    if (e.kind == EntryKind::priority || e.kind == EntryKind::category) {
      seen.push_back(std::string(entry_kind_name(e.kind)) + ":" + e.from_status.value_or("?") +
                     ">" + e.to_status.value_or("?") + " by " + e.author_name);
    }
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"priority:low>high by ช่างเอก คอมพิวเตอร์",
                                            "category:>computer by ช่างเอก คอมพิวเตอร์"}));
}

TEST_P(Tickets, ChangedTargetsDoNotRewriteAnOpenedTicket) {
  const auto t = report();
  conn().execute(
      "INSERT INTO helpdesk_sla_target (version, priority, own_minutes, resolve_minutes, "
      "created_at) VALUES (2, 'high', 10, 60, '2026-12-07T03:00:00Z')");
  const auto stored = store::find_ticket(conn(), t.id);
  EXPECT_EQ(stored->sla.sla_version, 1);
  EXPECT_EQ(stored->sla.resolve_due, bkk("2026-12-08T09:00:00"));
  EXPECT_EQ(report("อีกเรื่อง").sla.sla_version, 2);
}

TEST_P(Tickets, RequestersSeeTheirOwnAndTheirDivisionsTicketsButNeverPrivateNotes) {
  const auto t = report();
  const auto at = bkk("2026-12-07T09:30:00");
  ASSERT_TRUE(add_reply(conn(), at, tech_, t.id, "รหัสผ่านแอดมินคือ 1234", true).ok());
  ASSERT_TRUE(add_reply(conn(), at, tech_, t.id, "จะเข้าไปดูบ่ายนี้", false).ok());
  for (const Caller* c : {&somsri_, &malee_}) {
    const auto v = view_ticket(conn(), *c, t.id);
    ASSERT_TRUE(v.ok()) << c->name;
    for (const auto& e : v->timeline) EXPECT_EQ(e.body.find("1234"), std::string::npos);
    EXPECT_EQ(v->timeline.size(), 1u);
  }
  EXPECT_EQ(view_ticket(conn(), chai_, t.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(view_ticket(conn(), tech_, t.id)->timeline.size(), 2u);
  // Nor do notifications: Somsri is told of the public reply only.
  const auto leaked = conn().query_one(
      "SELECT COUNT(*) FROM platform_notification WHERE subject LIKE '%1234%' OR body_text LIKE "
      "'%1234%'");
  EXPECT_EQ(leaked->i64(0), 0);
  EXPECT_GE(count_of("SELECT COUNT(*) FROM platform_notification WHERE recipient_user_id = ?",
                     somsri_.user_id),
            1);
}

TEST_P(Tickets, LoggedTimeAndPartsAreITsAndShowOnlyToIT) {
  const auto t = report();
  const auto w = log_work(conn(), bkk("2026-12-07T10:00:00"), tech_, t.id, 45, "ลูกยางดึงกระดาษ", "");
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(view_ticket(conn(), tech_, t.id)->timeline.size(), 1u);
  EXPECT_TRUE(view_ticket(conn(), somsri_, t.id)->timeline.empty());
  EXPECT_TRUE(log_work(conn(), bkk("2026-12-07T10:00:00"), tech_, t.id, 0, "", "")
                  .error()
                  .fields.count("minutes"));
}

INSTANTIATE_TEST_SUITE_P(Db, Tickets, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::helpdesk
