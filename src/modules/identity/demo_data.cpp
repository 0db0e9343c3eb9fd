#include "modules/identity/demo_data.hpp"

#include "modules/identity/api.hpp"
#include "platform/auth/secrets.hpp"

namespace pao::identity {

std::vector<std::string> load_demo_accounts(db::Connection& conn, const Clock& clock) {
  if (find_user_by_username(conn, "admin")) return {};
  struct Demo {
    const char* username;
    const char* name;
    const char* division;
    const char* position;
    RoleGrant role;
    RoleGrant also{"", ""};  // a second grant, when role is empty: none
  };
  const Demo people[] = {
      {"admin", "ผู้ดูแลระบบ (สาธิต)", "office_of_chief", "computer_technical_officer", {"admin"}},
      {"executive", "นายกสมชาย ตัวอย่าง", "", "chief_executive", {"executive"}},
      {"planner",
       "สมศรี วางแผนดี",
       "strategy_budget",
       "policy_plan_analyst",
       {"division_head", "strategy_budget"}},
      {"clerk", "วันดี สารบรรณ", "office_of_chief", "admin_officer", {"clerk"}},
      {"finance", "ประเสริฐ การคลัง", "finance", "finance_officer", {"staff"}},
      {"itstaff", "ช่างเอก คอมพิวเตอร์", "office_of_chief", "computer_officer", {"it_staff"}},
      {"auditor", "ตรวจดี ตรงไปตรงมา", "internal_audit", "general_admin_officer", {"auditor"}},
      // One division's people, so division-scoped work (a division's register, its projects'
      // reports, its tickets) can be tried with a head, a clerk and a staff member.
      {"eduhead", "ผอ.ศึกษา ใจดี", "education", "division_director", {"division_head", "education"}},
      {"educlerk", "ธุรการ กองการศึกษา", "education", "admin_officer", {"clerk", "education"}},
      {"edustaff", "ครูสมใจ รักเรียน", "education", "general_admin_officer", {"staff", "education"}},
      // The supplies division's officer: staff of the division, and the procurement contracts
      // and warranties of the whole PAO (the supplies_officer role, granted in their division).
      {"supplies",
       "พัสดุ ตรวจรับดี",
       "supplies",
       "supply_officer",
       {"staff", "supplies"},
       {"supplies_officer", "supplies"}},
  };
  const std::string password = auth::random_password();
  const auto by = audit::system_actor("demo-data");
  for (const auto& p : people) {
    NewUser u{p.username, p.name,     std::string(p.username) + "@example.go.th",
              "",         p.division, p.position,
              {p.role},   password};
    if (!p.also.role.empty()) u.roles.push_back(p.also);
    auto added = add_user(conn, clock.now(), by, u);
    if (!added.ok())
      throw std::runtime_error("demo account " + u.username + ": " + added.error().message.en);
  }
  return {
      "Demo sign-in: username admin (also executive, planner, clerk, finance, itstaff, "
      "auditor, eduhead, educlerk, edustaff, supplies), password " +
      password};
}

}  // namespace pao::identity
