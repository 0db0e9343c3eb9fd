#include "modules/helpdesk/demo_data.hpp"

#include <random>
#include <stdexcept>

#include "modules/helpdesk/deadline_watch.hpp"
#include "modules/helpdesk/knowledge_base.hpp"
#include "modules/helpdesk/store.hpp"
#include "modules/helpdesk/tickets.hpp"
#include "modules/identity/api.hpp"
#include "platform/assets/embedded.hpp"
#include "platform/text/csv.hpp"
#include "platform/time/holiday_table.hpp"

namespace pao::helpdesk {

namespace {

using namespace std::chrono_literals;

int load_articles(db::Connection& conn, TimePoint at) {
  auto parsed = text::parse_csv(assets::require("modules/helpdesk/seed/kb_articles.csv"));
  if (!parsed.ok()) throw std::runtime_error("kb_articles.csv: " + parsed.error().message.en);
  const auto by = audit::system_actor("demo-data");
  int n = 0;
  for (std::size_t i = 1; i < parsed->size(); ++i) {
    const auto& r = (*parsed)[i];  // category,staff_only,title_th,body_th
    if (r.size() != 4) throw std::runtime_error("kb_articles.csv: row needs 4 columns");
    const auto saved =
        save_article(conn, at, by, std::nullopt, {r[0], r[1] == "1", r[2], r[3], "", "", {}});
    if (!saved.ok()) throw std::runtime_error("kb_articles.csv: " + saved.error().internal);
    ++n;
  }
  return n;
}

struct Problem {
  const char* title;
  const char* description;
  const char* urgency;
  const char* category;
  const char* solution;
};

constexpr Problem kProblems[] = {
    {"เครื่องพิมพ์กระดาษติด", "ติดทุกครั้งที่พิมพ์สองหน้า", "medium", "เครื่องพิมพ์",
     "ดึงกระดาษที่ติดออก ทำความสะอาดลูกยาง"},
    {"สั่งพิมพ์แล้วไม่ออก", "งานค้างในคิวตั้งแต่เช้า", "high", "เครื่องพิมพ์", "ล้างคิวงานพิมพ์และรีสตาร์ตเครื่องพิมพ์"},
    {"หมึกพิมพ์จาง", "ตัวหนังสือจางครึ่งหน้า", "low", "เครื่องพิมพ์", "เปลี่ยนตลับหมึกใหม่"},
    {"เชื่อมต่อ Wi-Fi ไม่ได้", "ห้องประชุมชั้น 2 ต่อไม่ได้ทั้งห้อง", "high", "เครือข่าย", "รีสตาร์ตจุดกระจายสัญญาณชั้น 2"},
    {"อินเทอร์เน็ตช้ามาก", "เปิดเว็บกรมบัญชีกลางไม่ขึ้น", "medium", "เครือข่าย",
     "ย้ายสาย LAN ไปช่องที่ใช้ได้ ตรวจแล้วปกติ"},
    {"เข้าสู่ระบบ e-Saraban ไม่ได้", "ขึ้นว่ารหัสผ่านไม่ถูกต้อง", "high", "e-Saraban",
     "รีเซ็ตรหัสผ่านให้ และแนะนำการเปลี่ยนรหัสผ่าน"},
    {"แนบไฟล์ในระบบสารบรรณไม่ได้", "ไฟล์สแกน 35 MB", "medium", "e-Saraban",
     "สแกนใหม่ที่ 200 dpi ขนาดเหลือ 3 MB แนบได้"},
    {"เข้าระบบ e-GP ไม่ได้", "รหัสผ่านหมดอายุ", "high", "e-GP/e-LAAS",
     "แนะนำขั้นตอนลืมรหัสผ่านของ e-GP ผู้ใช้เปลี่ยนได้แล้ว"},
    {"เข้าระบบ e-LAAS ไม่ได้", "ขึ้นข้อความบัญชีถูกระงับ", "high", "e-GP/e-LAAS",
     "ประสานผู้ดูแล e-LAAS กองคลังให้ปลดล็อกบัญชี"},
    {"คอมพิวเตอร์ช้ามาก", "เปิด Excel นานเกือบ 5 นาที", "medium", "คอมพิวเตอร์",
     "ลบโปรแกรมเริ่มอัตโนมัติที่ไม่จำเป็น เพิ่มหน่วยความจำ 8 GB"},
    {"เปิดเครื่องไม่ติด", "กดปุ่มแล้วไม่มีไฟ", "high", "คอมพิวเตอร์", "เปลี่ยนพาวเวอร์ซัพพลาย"},
    {"หน้าจอฟ้าแล้วรีสตาร์ตเอง", "เป็นวันละ 2–3 ครั้ง", "high", "คอมพิวเตอร์",
     "อัปเดตไดรเวอร์การ์ดจอ ทดสอบแล้วไม่เกิดซ้ำ"},
    {"ขอติดตั้งโปรแกรมอ่าน PDF", "ต้องใช้ลงนามเอกสาร", "low", "คอมพิวเตอร์", "ติดตั้งโปรแกรมให้แล้ว"},
    {"ลืมรหัสผ่านเข้าระบบ", "", "medium", "บัญชีผู้ใช้", "ตั้งรหัสผ่านชั่วคราวให้แล้ว"},
    {"ได้รับอีเมลน่าสงสัยให้กรอกรหัสผ่าน", "ส่งต่อมาให้ตรวจ", "medium", "บัญชีผู้ใช้",
     "เป็นฟิชชิง บล็อกผู้ส่งและแจ้งเตือนทุกกอง"},
    {"ประชุมออนไลน์ไม่มีเสียง", "ห้องประชุมใหญ่ ประชุมบ่ายนี้", "high", "ประชุมออนไลน์",
     "ตั้งค่าอุปกรณ์เสียงของห้องประชุมใหม่"},
    {"สแกนเนอร์ไม่ส่งไฟล์เข้าเครื่อง", "", "low", "เครื่องพิมพ์", "ตั้งค่าปลายทางการสแกนใหม่"},
    {"เมาส์และคีย์บอร์ดไม่ทำงาน", "ไร้สาย เปลี่ยนถ่านแล้ว", "low", "คอมพิวเตอร์", "เปลี่ยนตัวรับสัญญาณ USB"},
};

const char* const kRequesters[] = {"finance", "edustaff", "educlerk",  "eduhead", "supplies",
                                   "planner", "clerk",    "executive", "auditor"};

Caller caller_of_user(const identity::User& u, bool it) {
  return {u.id,
          u.display_name,
          u.division_code,
          it,
          audit::Actor{audit::ActorKind::user, u.id, u.username, "", ""},
          true};
}

// A working moment `days_ago` calendar days back (moved to the next business day), at a
// random time of the office day.
TimePoint working_moment(const BusinessCalendar& cal, TimePoint now, int days_ago,
                         std::mt19937& rng) {
  Date d = add_days(bangkok_date(now), -days_ago);
  while (!cal.is_business_day(d)) d = add_days(d, 1);
  const auto minute = std::uniform_int_distribution<int>(0, 7 * 60)(rng);
  return bangkok_time(d, 8h + 40min + std::chrono::minutes(minute));
}

int load_tickets(db::Connection& conn, TimePoint now) {
  std::vector<Caller> people;
  for (const char* name : kRequesters) {
    if (const auto u = identity::find_user_by_username(conn, name)) {
      people.push_back(caller_of_user(*u, false));
    }
  }
  const auto it_user = identity::find_user_by_username(conn, "itstaff");
  if (people.empty() || !it_user) return 0;
  const Caller tech = caller_of_user(*it_user, true);
  const auto cal = business_calendar(conn);
  std::mt19937 rng(2569);
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  int made = 0;
  for (int i = 0; i < 320; ++i) {
    const Problem& p = kProblems[pick(std::size(kProblems))];
    const Caller& who = people[pick(static_cast<int>(people.size()))];
    const int days_ago = i < 300 ? 1 + (i * 90) / 300 : 0;  // three months, then today
    TimePoint at = working_moment(cal, now, days_ago, rng);
    if (at > now) at = now - 30min;
    NewTicket in{p.title, p.description, p.urgency, "", {}};
    if (pick(3) == 0)
      in.asset_no = "416-6" + std::to_string(5 + pick(2)) + "-00" + std::to_string(10 + pick(12));
    auto t = report_problem(conn, at, who, in);
    if (!t.ok()) continue;
    ++made;
    // Each step happens a little later, in business time, while it is still in the past.
    auto later = [&](int min_minutes, int max_minutes) {
      at = cal.add_business_time(at, std::chrono::minutes(std::uniform_int_distribution<int>(
                                         min_minutes, max_minutes)(rng)));
      return at <= now;
    };
    if (!later(5, 120) || !take_step(conn, at, tech, t->id, Step::take).ok()) continue;
    (void)set_priority(conn, at, tech, t->id, pick(4) == 0 ? Priority::high : t->priority,
                       p.category);
    if (!later(5, 60) || !take_step(conn, at, tech, t->id, Step::start).ok()) continue;
    if (pick(5) == 0) {
      if (!take_step(conn, at, tech, t->id, Step::ask_requester).ok()) continue;
      (void)add_reply(conn, at, tech, t->id, "ขอทราบรุ่นเครื่องและข้อความที่ขึ้นบนหน้าจอ", false);
      if (!later(30, 600)) continue;
      (void)add_reply(conn, at, who, t->id, "ส่งรูปหน้าจอให้ทางไลน์แล้ว", false);
    }
    if (pick(3) == 0) (void)log_work(conn, at, tech, t->id, 15 + pick(90), "", "ตรวจหน้างาน");
    if (!later(30, 1200) || !take_step(conn, at, tech, t->id, Step::resolve, p.solution).ok()) {
      continue;
    }
    if (pick(10) < 7) {
      if (!later(10, 600)) continue;
      (void)take_step(conn, at, who, t->id, Step::close);
      if (pick(10) < 8) (void)rate_fix(conn, at, who, t->id, pick(10) < 7 ? 5 : 3 + pick(2), "");
    }
  }
  watch_deadlines(conn, now, audit::system_actor("demo-data"));
  close_quiet_tickets(conn, now, audit::system_actor("demo-data"));
  return made;
}

}  // namespace

std::vector<std::string> load_demo_data(db::Connection& conn, const Clock& clock) {
  std::vector<std::string> lines;
  db::Tx tx(conn);
  if (!store::any_article(conn)) {
    lines.push_back("helpdesk: " + std::to_string(load_articles(conn, clock.now())) +
                    " knowledge-base articles");
  }
  if (!store::any_ticket(conn)) {
    const int n = load_tickets(conn, clock.now());
    if (n > 0) lines.push_back("helpdesk: " + std::to_string(n) + " demo tickets");
  }
  tx.commit();
  return lines;
}

}  // namespace pao::helpdesk
