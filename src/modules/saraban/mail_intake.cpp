#include "modules/saraban/mail_intake.hpp"

#include <boost/json.hpp>

#include "modules/saraban/letter_search.hpp"
#include "modules/saraban/pdf_text.hpp"
#include "modules/saraban/store.hpp"
#include "platform/auth/secrets.hpp"
#include "platform/files/files.hpp"
#include "platform/mail/message.hpp"

namespace pao::saraban {

namespace {

files::Owner draft_owner(std::int64_t id) {
  return {"saraban", "mail", std::to_string(id)};
}

}  // namespace

Result<MailDraft> take_mail(db::Connection& conn, const files::FileStore& files, TimePoint at,
                            const Person& by, std::string_view raw) {
  auto parsed = mail::parse_message(raw);
  if (!parsed.ok()) return parsed.error();
  MailDraft d;
  // A message without a Message-ID is known by its content.
  d.message_id =
      parsed->message_id.empty() ? "sha256:" + auth::sha256_hex(raw) : parsed->message_id;
  d.from = parsed->from;
  d.subject = parsed->subject.empty() ? "(ไม่มีเรื่อง)" : parsed->subject;
  d.text = parsed->text;
  d.date_header = parsed->date;
  d.received_at = to_iso_utc(at);
  d.status = "draft";
  db::Tx tx(conn);
  if (store::mail_id_by_message_id(conn, d.message_id)) {
    return Error::conflict({"รับอีเมลฉบับนี้ไว้แล้ว", "This e-mail was taken already"});
  }
  d.id = store::insert_mail(conn, d);
  for (const auto& a : parsed->attachments) {
    http::UploadedPart part{"file", a.file_name, a.content_type, a.bytes};
    auto stored = files::store_upload(conn, files, at, by.actor, part, draft_owner(d.id),
                                      {.max_bytes = mail::kMaxMessageBytes});
    if (stored.ok()) ++d.attachments;  // a type the files store refuses stays in the e-mail only
  }
  audit::Changes changes;
  changes.added("message_id", boost::json::string_view(d.message_id))
      .added("from", boost::json::string_view(d.from))
      .added("subject", boost::json::string_view(d.subject))
      .added("attachments", d.attachments);
  audit::record(conn, at, by.actor,
                {"saraban.mail.receive", "mail", std::to_string(d.id), changes});
  tx.commit();
  return d;
}

std::vector<MailDraft> list_mail_drafts(db::Connection& conn, int limit) {
  auto drafts = store::list_mail(conn, limit);
  for (auto& d : drafts) {
    d.attachments = static_cast<int>(files::list_files(conn, draft_owner(d.id)).size());
  }
  return drafts;
}

std::optional<MailDraft> find_mail_draft(db::Connection& conn, std::int64_t id) {
  auto d = store::find_mail(conn, id);
  if (d) d->attachments = static_cast<int>(files::list_files(conn, draft_owner(d->id)).size());
  return d;
}

Result<Letter> register_mail_draft(db::Connection& conn, const files::FileStore& files,
                                   TimePoint at, const Person& by, std::int64_t draft_id,
                                   const IncomingLetter& in) {
  const auto draft = store::find_mail(conn, draft_id);
  if (!draft) return Error::not_found({"ไม่พบอีเมลนี้", "There is no such e-mail"});
  // Read the attachments' words before the transaction (pdftotext may take a moment).
  const auto attached = files::list_files(conn, draft_owner(draft_id));
  struct Content {
    files::StoredFile file;
    std::string bytes;
    std::optional<std::string> text;
  };
  std::vector<Content> contents;
  for (const auto& f : attached) {
    std::string bytes = files::read_file_bytes(files, f.sha256);
    auto text = f.mime == "application/pdf" ? extract_pdf_text(bytes) : std::nullopt;
    contents.push_back({f, std::move(bytes), std::move(text)});
  }
  db::Tx tx(conn);
  if (!store::claim_mail(conn, draft_id)) {
    return Error::conflict({"อีเมลนี้ลงทะเบียนไปแล้ว", "This e-mail is registered already"});
  }
  auto letter = register_incoming_letter(conn, at, by, in);
  if (!letter.ok()) return letter.error();
  store::set_mail_letter(conn, draft_id, letter->id);
  for (const auto& [f, bytes, text] : contents) {
    http::UploadedPart part{"file", f.name, f.mime, bytes};
    auto stored = files::store_upload(conn, files, at, by.actor, part,
                                      {"saraban", "letter", std::to_string(letter->id)},
                                      {.max_bytes = mail::kMaxMessageBytes});
    if (!stored.ok()) return stored.error();
    (void)files::detach_file(conn, at, by.actor, f.id, draft_owner(draft_id));
    if (text) keep_file_text(conn, at, letter->id, stored->id, *text);
  }
  audit::Changes changes;
  changes.set("status", "draft", "registered").added("letter_id", letter->id);
  audit::record(conn, at, by.actor,
                {"saraban.mail.register", "mail", std::to_string(draft_id), changes});
  tx.commit();
  return letter;
}

}  // namespace pao::saraban
