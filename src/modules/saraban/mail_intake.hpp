// E-mail intake: letters sent to the agency's central e-mail address become draft incoming
// registrations with their attachments. The mail server hands each message to
// POST /api/v1/saraban/mail (a pipe or relay with an API token holding saraban.intake; see
// the module README), so no mailbox password lives in pao and nothing polls.
//
// Rules:
//   - A message is taken once: its Message-ID is unique (a relay retrying gets a conflict).
//   - The draft keeps the sender, subject, text and attachments (files of owner saraban/mail).
//   - Registering a draft is an ordinary incoming registration (register_incoming.hpp, the next
//     number, the receipt stamp), and the draft's files move to the letter, in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/letter.hpp"
#include "modules/saraban/register_incoming.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_store.hpp"
#include "platform/time/clock.hpp"

namespace pao::saraban {

struct MailDraft {
  std::int64_t id = 0;
  std::string message_id;
  std::string from;
  std::string subject;
  std::string text;
  std::string date_header;
  std::string received_at;
  std::string status;  // "draft", "registered"
  std::optional<std::int64_t> letter_id;
  int attachments = 0;  // files still attached to the draft
};

// Stores message `raw` as a draft. invalid_argument / too_large for what is not an e-mail;
// conflict when its Message-ID was taken before. Audited (saraban.mail.receive).
Result<MailDraft> take_mail(db::Connection& conn, const files::FileStore& files, TimePoint at,
                            const Person& by, std::string_view raw);

std::vector<MailDraft> list_mail_drafts(db::Connection& conn, int limit = 200);
std::optional<MailDraft> find_mail_draft(db::Connection& conn, std::int64_t id);

// Registers draft `draft_id` as `in` and moves its files to the letter. not_found; conflict when
// already registered; what register_incoming_letter refuses.
Result<Letter> register_mail_draft(db::Connection& conn, const files::FileStore& files,
                                   TimePoint at, const Person& by, std::int64_t draft_id,
                                   const IncomingLetter& in);

}  // namespace pao::saraban
