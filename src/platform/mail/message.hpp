// Reading an e-mail that arrives (RFC 5322 with MIME): who sent it, its subject (RFC 2047 encoded
// words decoded: Thai subjects arrive as =?UTF-8?B?…?=), its plain text and its attachments
// (base64 or quoted-printable, nested multiparts walked). Pure functions: the modules' e-mail
// intakes (saraban's letters, the helpdesk's tickets) store what they return. Sending e-mail is
// platform/notify's (smtp.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"

namespace pao::mail {

struct Attachment {
  std::string file_name;
  std::string content_type;  // as the sender claimed; the files store types by content
  std::string bytes;
};

struct Message {
  std::string message_id;  // without the angle brackets
  std::string from;        // the From header, decoded
  std::string subject;     // decoded
  std::string date;        // the Date header as sent
  std::string text;        // the first text/plain part, decoded
  std::vector<Attachment> attachments;
};

inline constexpr std::size_t kMaxMessageBytes = 30 << 20;

// invalid_argument (field "message") for a message without headers or over kMaxMessageBytes.
Result<Message> parse_message(std::string_view raw);

// The sender's address of a From header, lower-cased: "สมศรี ใจดี <Somsri@pao.go.th>" and
// "somsri@pao.go.th" both give "somsri@pao.go.th"; "" when there is no address in it.
std::string address_of(std::string_view from);

}  // namespace pao::mail
