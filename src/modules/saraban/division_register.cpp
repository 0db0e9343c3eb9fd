#include "modules/saraban/division_register.hpp"

#include <map>

#include "modules/org/api.hpp"
#include "modules/saraban/job_history.hpp"
#include "modules/saraban/routes.hpp"
#include "modules/saraban/store.hpp"
#include "modules/saraban/store_division_register.hpp"

namespace pao::saraban {

namespace {

constexpr std::string_view kDivisionPrefix = "division:";

store::NumberFilter number_filter(const RegisterQuery& q) {
  store::NumberFilter f;
  f.register_code = q.register_code;
  f.year = q.year;
  if (q.from) f.taken_from = to_iso_utc(bangkok_midnight(*q.from));
  if (q.to) f.taken_until = to_iso_utc(bangkok_midnight(add_days(*q.to, 1)));
  f.limit = q.limit;
  f.offset = q.offset;
  f.after = q.after;
  return f;
}

}  // namespace

std::optional<std::string> division_of_register(const std::string& register_code) {
  if (register_code.size() <= kDivisionPrefix.size() ||
      register_code.compare(0, kDivisionPrefix.size(), kDivisionPrefix) != 0) {
    return std::nullopt;
  }
  return register_code.substr(kDivisionPrefix.size());
}

Result<Register> open_register(db::Connection& conn, const auth::Principal& who,
                               const std::string& code) {
  const auto division = division_of_register(code);
  auto reg = find_register(conn, code);
  if (!reg && division) {
    // No letter was forwarded there yet: the register is empty, not unknown.
    if (const auto d = org::find_division(conn, *division)) {
      reg = Register{code,
                     "division",
                     d->code,
                     "ทะเบียนหนังสือรับ " + d->name_th,
                     "Incoming register, " + (d->name_en.empty() ? d->code : d->name_en),
                     ""};
    }
  }
  if (!reg) return Error::not_found({"ไม่พบทะเบียนนี้", "There is no such register"});
  if (division && who.division != *division && !who.can_in(kRegister, *division)) {
    return Error{ErrorCode::permission_denied,
                 {"ทะเบียนของกองนี้เปิดได้เฉพาะบุคลากรของกองและสารบรรณกลาง",
                  "Only the division's staff and the central clerks may read this register"},
                 {},
                 "division register of another division"};
  }
  return *reg;
}

std::vector<RegisterLine> register_lines(db::Connection& conn, TimePoint at, const Person& viewer,
                                         const RegisterQuery& q) {
  std::vector<RegisterLine> out;
  std::vector<std::int64_t> ids;
  for (auto& n : store::list_number_lines(conn, number_filter(q))) {
    if (n.number.letter_id) ids.push_back(*n.number.letter_id);
    out.push_back(RegisterLine{std::move(n.number), std::nullopt, n.urgency_rank});
  }
  // The page's letters in one query, not one each.
  std::map<std::int64_t, Letter> letters;
  for (auto& l : store::find_letters(conn, ids, viewer.user_id))
    letters.emplace(l.id, std::move(l));
  for (auto& line : out) {
    if (!line.number.letter_id) continue;
    const auto it = letters.find(*line.number.letter_id);
    if (it == letters.end()) continue;
    line.letter = it->second;
    if (line.letter->secrecy != Secrecy::none && line.letter->viewer_named) {
      log_secret_read(conn, at, viewer, line.letter->id, "register");
    }
  }
  return out;
}

std::int64_t count_register_lines(db::Connection& conn, const RegisterQuery& q) {
  return store::count_number_lines(conn, number_filter(q));
}

}  // namespace pao::saraban
