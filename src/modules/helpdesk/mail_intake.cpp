#include "modules/helpdesk/mail_intake.hpp"

#include <boost/json.hpp>

#include "modules/helpdesk/store.hpp"
#include "platform/auth/secrets.hpp"
#include "platform/files/files.hpp"
#include "platform/http/json_input.hpp"
#include "platform/mail/message.hpp"
#include "platform/text/utf8.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::helpdesk {

Result<Ticket> open_ticket_by_mail(db::Connection& conn, const files::FileStore& files,
                                   TimePoint at, const audit::Actor& by, std::string_view raw,
                                   const FindSender& sender, const FindItStaff& it_staff) {
  auto parsed = mail::parse_message(raw);
  if (!parsed.ok()) return parsed.error();
  // A message without a Message-ID is known by its content.
  const std::string message_id =
      parsed->message_id.empty() ? "sha256:" + auth::sha256_hex(raw) : parsed->message_id;
  const std::string address = mail::address_of(parsed->from);
  db::Tx tx(conn);
  if (store::mail_taken(conn, message_id)) {
    return Error::conflict({"รับอีเมลฉบับนี้ไว้แล้ว", "This e-mail was handed in before"});
  }
  auto who = address.empty() ? std::nullopt : sender(conn, address);
  if (!who) {
    return Error::invalid({"ไม่พบบุคลากรที่ใช้อีเมลผู้ส่งนี้", "No staff member has the sender's address"})
        .field("from", {"ไม่ใช่อีเมลของบุคลากรในระบบ", "is not a staff member's e-mail address"});
  }
  who->actor = by;  // the audit trail names the mail server's token
  NewTicket in;
  const std::string subject = text::to_valid_utf8(http::trim(parsed->subject));
  in.title = subject.empty() ? "(ไม่มีเรื่อง)" : text::truncate_chars(subject, 199);
  in.description = text::truncate_chars(text::to_valid_utf8(http::trim(parsed->text)), 4999);
  in.urgency = "medium";
  auto t = report_problem(conn, at, *who, in, it_staff);
  if (!t.ok()) return t.error();
  store::insert_mail(conn, message_id, t->id, address, to_iso_utc(at));
  int stored_files = 0;
  for (const auto& a : parsed->attachments) {
    http::UploadedPart part{"file", a.file_name, a.content_type, a.bytes};
    auto stored = files::store_upload(conn, files, at, by, part,
                                      {"helpdesk", "ticket", std::to_string(t->id)},
                                      {.max_bytes = mail::kMaxMessageBytes});
    if (stored.ok()) ++stored_files;  // a type the files store refuses stays in the e-mail only
  }
  audit::Changes changes;
  changes.added("message_id", boost::json::string_view(message_id))
      .added("from", boost::json::string_view(address))
      .added("attachments", stored_files);
  audit::record(conn, at, by, {"helpdesk.ticket.mail", "ticket", std::to_string(t->id), changes});
  tx.commit();
  return t;
}

}  // namespace pao::helpdesk
