// api.hpp: an outgoing letter registered on behalf of another module.
#include <boost/json.hpp>

#include "modules/identity/api.hpp"
#include "modules/org/api.hpp"
#include "modules/saraban/api.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/register_outgoing.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

namespace {

Person person_for(db::Connection& conn, const audit::Actor& by) {
  Person p;
  p.actor = by;
  p.name = by.name;
  if (by.kind != audit::ActorKind::user) return p;
  p.user_id = by.id;
  if (const auto user = identity::find_user(conn, by.id)) {
    if (!user->display_name.empty()) p.name = user->display_name;
    p.division = user->division_code;
    if (!user->position_code.empty()) {
      if (const auto pos = org::find_position(conn, user->position_code)) p.position = pos->name_th;
    }
  }
  return p;
}

}  // namespace

std::string letter_page(std::int64_t job_id) {
  return "/saraban/jobs/" + std::to_string(job_id);
}

Result<SentLetter> send_letter_for_module(db::Connection& conn, const files::FileStore& files,
                                          TimePoint at, const audit::Actor& by,
                                          const ModuleLetter& in) {
  const auto urgency = parse_urgency(in.urgency);
  if (!urgency) {
    return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"})
        .field("urgency", {"ไม่ใช่ชั้นความเร็วที่รู้จัก", "is not a known urgency"});
  }
  OutgoingLetter l;
  if (!in.dated.empty()) {
    l.dated = parse_thai_date(in.dated);
    if (!l.dated) {
      return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"})
          .field("dated", {"ไม่ใช่วันที่", "is not a date"});
    }
  }
  const Person person = person_for(conn, by);
  l.register_code = kOutgoing;
  l.kind = LetterKind::external;
  l.agency = "องค์การบริหารส่วนจังหวัดลำพูน";
  l.to = in.to;
  l.subject = in.subject;
  l.body = in.body;
  l.signer_name = in.signer_name.empty() ? person.name : in.signer_name;
  l.signer_position = in.signer_position.empty() ? person.position : in.signer_position;
  l.urgency = *urgency;
  l.secrecy = Secrecy::none;
  l.on_behalf_of = in.module;
  auto done = register_outgoing_letter(conn, files, at, person, l);
  if (!done.ok()) return done.error();
  return SentLetter{done->letter.id, done->letter.job_id, done->letter.register_no,
                    done->letter.reference, done->letter.dated};
}

}  // namespace pao::saraban
