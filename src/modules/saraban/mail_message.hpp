// Reading an e-mail (RFC 5322 with MIME) as a letter arriving by e-mail: who sent it, its subject
// (RFC 2047 encoded words decoded: Thai subjects arrive as =?UTF-8?B?…?=), its plain text and its
// attachments (base64 or quoted-printable, nested multiparts walked). A pure function: the
// intake (mail_intake.hpp) stores what it returns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"

namespace pao::saraban {

struct MailAttachment {
  std::string file_name;
  std::string content_type;  // as the sender claimed; the files store types by content
  std::string bytes;
};

struct MailMessage {
  std::string message_id;  // without the angle brackets
  std::string from;        // the From header, decoded
  std::string subject;     // decoded
  std::string date;        // the Date header as sent
  std::string text;        // the first text/plain part, decoded
  std::vector<MailAttachment> attachments;
};

inline constexpr std::size_t kMaxMailBytes = 30 << 20;

// invalid_argument (field "message") for a message without headers or over kMaxMailBytes.
Result<MailMessage> parse_mail(std::string_view raw);

}  // namespace pao::saraban
