// Reading e-mails that arrive: Thai subjects in encoded words, text and attachments in any
// transfer encoding, nested multiparts.
#include "platform/mail/message.hpp"

#include <gtest/gtest.h>

namespace pao::mail {
namespace {

// "ขอเชิญประชุม" in UTF-8, base64: as Thai mail clients encode a subject.
constexpr const char* kThaiSubjectB64 = "4LiC4Lit4LmA4LiK4Li04LiN4Lib4Lij4Liw4LiK4Li44Lih";

TEST(MailMessage, ReadsATextOnlyMessageWithAnEncodedThaiSubject) {
  const std::string raw = std::string(
                              "From: =?UTF-8?B?4Liq4Lih4Lio4Lij4Li1?= <somsri@example.go.th>\r\n"
                              "Subject: =?UTF-8?B?") +
                          kThaiSubjectB64 +
                          "?=\r\n"
                          "Message-ID: <abc@example.go.th>\r\n"
                          "Date: Tue, 24 Nov 2026 09:00:00 +0700\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n"
                          "\r\n"
                          "Hello\r\n";
  const auto m = parse_message(raw);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->subject, "ขอเชิญประชุม");
  EXPECT_EQ(m->from, "สมศรี <somsri@example.go.th>");
  EXPECT_EQ(m->message_id, "abc@example.go.th");
  EXPECT_EQ(m->text, "Hello\r\n");
  EXPECT_TRUE(m->attachments.empty());
}

TEST(MailMessage, FindsAttachmentsInNestedMultipartsAndDecodesThem) {
  const std::string raw =
      "From: a@example.go.th\r\n"
      "Subject: =?utf-8?Q?=E0=B8=81?= x\r\n"
      "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
      "\r\n"
      "preamble\r\n"
      "--outer\r\n"
      "Content-Type: multipart/alternative; boundary=inner\r\n"
      "\r\n"
      "--inner\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n"
      "\r\n"
      "=E0=B8=81=E0=B8=82 soft=\r\n"
      "break\r\n"
      "--inner\r\n"
      "Content-Type: text/html\r\n"
      "\r\n"
      "<p>x</p>\r\n"
      "--inner--\r\n"
      "--outer\r\n"
      "Content-Type: application/pdf; name=\"=?UTF-8?B?4LiB?=.pdf\"\r\n"
      "Content-Disposition: attachment; filename=\"=?UTF-8?B?4LiB?=.pdf\"\r\n"
      "Content-Transfer-Encoding: base64\r\n"
      "\r\n"
      "JVBERi0xLjQK\r\n"
      "--outer--\r\n";
  const auto m = parse_message(raw);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->subject, "ก x");
  EXPECT_EQ(m->text, "กข softbreak");
  ASSERT_EQ(m->attachments.size(), 1u);
  EXPECT_EQ(m->attachments[0].file_name, "ก.pdf");
  EXPECT_EQ(m->attachments[0].content_type, "application/pdf");
  EXPECT_EQ(m->attachments[0].bytes, "%PDF-1.4\n");
}

TEST(MailMessage, RefusesWhatIsNotAnEmail) {
  const auto m = parse_message("\r\njust text");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().fields.count("message"), 1u);
}

TEST(MailMessage, TheSendersAddressComesOutOfTheFromHeader) {
  EXPECT_EQ(address_of("สมศรี ใจดี <Somsri@LamphunPAO.go.th>"), "somsri@lamphunpao.go.th");
  EXPECT_EQ(address_of(" somsri@pao.go.th "), "somsri@pao.go.th");
  EXPECT_EQ(address_of("\"Chai, IT\" <chai@pao.go.th>"), "chai@pao.go.th");
  EXPECT_EQ(address_of("สมศรี ใจดี"), "");
  EXPECT_EQ(address_of("<broken@pao.go.th"), "");
  EXPECT_EQ(address_of(""), "");
}

}  // namespace
}  // namespace pao::mail
