#include "platform/http/multipart.hpp"

#include <gtest/gtest.h>

#include "platform/files/testing.hpp"

namespace pao::http {
namespace {

using files::testing::FormPart;
using files::testing::multipart_body;

const std::string kType = "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW";
const std::string kBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

TEST(Multipart, FieldsAndFilesComeOutInOrder) {
  const std::string body = multipart_body(
      kBoundary, {{"_csrf", "tok123", "", ""},
                  {"subject", "ขอเชิญประชุม", "", ""},
                  {"file", "%PDF-1.4 …", "; filename=\"scan.pdf\"", "application/pdf"},
                  {"file", "hello", "; filename=\"b.txt\"", "text/plain"}});
  const auto form = parse_multipart(kType, body);
  ASSERT_TRUE(form.ok()) << form.error().internal;
  ASSERT_EQ(form->fields.size(), 2u);
  EXPECT_EQ(form->field("_csrf"), "tok123");
  EXPECT_EQ(form->field("subject"), "ขอเชิญประชุม");
  EXPECT_EQ(form->field("nothing"), std::nullopt);
  ASSERT_EQ(form->files.size(), 2u);
  EXPECT_EQ(form->files[0].field_name, "file");
  EXPECT_EQ(form->files[0].file_name, "scan.pdf");
  EXPECT_EQ(form->files[0].content_type, "application/pdf");
  EXPECT_EQ(form->files[0].bytes, "%PDF-1.4 …");
  EXPECT_EQ(form->files[1].bytes, "hello");
}

TEST(Multipart, ContentMayHoldCrLfAndDashesThatAreNotTheBoundary) {
  const std::string content = "line 1\r\n--not-the-boundary\r\n\r\n--" + kBoundary.substr(0, 10);
  const auto form =
      parse_multipart(kType, multipart_body(kBoundary, {{"f", content, "; filename=\"a\"", ""}}));
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_EQ(form->files.at(0).bytes, content);
}

TEST(Multipart, ThaiFileNameFromFilenameStarWinsOverTheAsciiOne) {
  const std::string body = multipart_body(
      kBoundary,
      {{"file", "x",
        "; filename=\"memo.pdf\"; filename*=UTF-8''%E0%B8%9A%E0%B8%B1%E0%B8%99%E0%B8%97%E0%B8%B6"
        "%E0%B8%81.pdf",
        ""}});
  const auto form = parse_multipart(kType, body);
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_EQ(form->files.at(0).file_name, "บันทึก.pdf");
}

TEST(Multipart, ThaiFileNameSentRawInQuotesAsBrowsersDo) {
  const auto form = parse_multipart(
      kType, multipart_body(kBoundary, {{"file", "x", "; filename=\"หนังสือเชิญ 2569.pdf\"", ""}}));
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_EQ(form->files.at(0).file_name, "หนังสือเชิญ 2569.pdf");
}

TEST(Multipart, QuotedNamesKeepSemicolonsAndBackslashesAndDecodeTheHtmlEscapes) {
  const auto form = parse_multipart(
      kType,
      multipart_body(kBoundary,
                     {{"a;b", "1", "", ""},
                      {"file", "x", "; filename=\"C:\\fakepath\\say %22hi%22; ok.pdf\"", ""}}));
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_EQ(form->field("a;b"), "1");
  EXPECT_EQ(form->files.at(0).file_name, "C:\\fakepath\\say \"hi\"; ok.pdf");
}

TEST(Multipart, AQuotedBoundaryAndUpperCaseTypeAreUnderstood) {
  const auto form = parse_multipart("Multipart/Form-Data; charset=utf-8; boundary=\"a b'c\"",
                                    multipart_body("a b'c", {{"x", "1", "", ""}}));
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_EQ(form->field("x"), "1");
}

TEST(Multipart, AMissingFinalBoundaryIsRefused) {
  std::string body = multipart_body(kBoundary, {{"x", "1", "", ""}});
  body.resize(body.rfind("--" + kBoundary + "--"));  // "…\r\n1\r\n" and then nothing
  const auto form = parse_multipart(kType, body);
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code, ErrorCode::invalid_argument);
  const auto cut = parse_multipart(kType, "--" + kBoundary +
                                              "\r\nContent-Disposition: form-data; "
                                              "name=\"x\"\r\n\r\n1");
  EXPECT_FALSE(cut.ok());
}

TEST(Multipart, BareLineFeedsAreRefused) {
  std::string body = multipart_body(kBoundary, {{"x", "1", "", ""}});
  std::string lf;
  for (char c : body) {
    if (c != '\r') lf.push_back(c);
  }
  EXPECT_FALSE(parse_multipart(kType, lf).ok());
}

TEST(Multipart, APreambleOrDataAfterTheClosingBoundaryIsRefused) {
  const std::string body = multipart_body(kBoundary, {{"x", "1", "", ""}});
  EXPECT_FALSE(parse_multipart(kType, "preamble\r\n" + body).ok());
  EXPECT_FALSE(parse_multipart(kType, body + "trailing").ok());
  EXPECT_TRUE(parse_multipart(kType, body.substr(0, body.size() - 2)).ok());  // no final CRLF
}

TEST(Multipart, APartMustBeFormDataWithAName) {
  const std::string start = "--" + kBoundary + "\r\n";
  const std::string end = "\r\n--" + kBoundary + "--\r\n";
  EXPECT_FALSE(parse_multipart(kType, start + "Content-Type: text/plain\r\n\r\nx" + end).ok());
  EXPECT_FALSE(
      parse_multipart(kType, start + "Content-Disposition: attachment; name=\"x\"\r\n\r\nx" + end)
          .ok());
  EXPECT_FALSE(
      parse_multipart(kType, start + "Content-Disposition: form-data\r\n\r\nx" + end).ok());
  EXPECT_FALSE(
      parse_multipart(
          kType, start + "Content-Disposition: form-data; name=\"x\"; name=\"y\"\r\n\r\nx" + end)
          .ok());
  EXPECT_FALSE(
      parse_multipart(kType, start + "Content-Disposition: form-data; name=\"x\r\n\r\nx" + end)
          .ok());
  EXPECT_TRUE(
      parse_multipart(kType, start + "content-disposition: FORM-DATA; name=x\r\n\r\nx" + end).ok());
}

TEST(Multipart, AMalformedFilenameStarIsRefused) {
  for (const std::string bad : {"; filename*=UTF-8''%E0%B8", "; filename*=ISO-8859-1''abc",
                                "; filename*=UTF-8''%ZZ", "; filename*=\"UTF-8''a\""}) {
    const auto form = parse_multipart(kType, multipart_body(kBoundary, {{"f", "x", bad, ""}}));
    EXPECT_FALSE(form.ok()) << bad;
  }
}

TEST(Multipart, AFileOverTheLimitIsTooLargeNamingItsField) {
  const auto form = parse_multipart(
      kType,
      multipart_body(kBoundary,
                     {{"attachment", std::string(2000, 'a'), "; filename=\"big.txt\"", ""}}),
      {.max_file_bytes = 1000});
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code, ErrorCode::too_large);
  EXPECT_EQ(form.error().fields.count("attachment"), 1u);
}

TEST(Multipart, AFieldOverItsLimitIsTooLarge) {
  const auto form =
      parse_multipart(kType, multipart_body(kBoundary, {{"note", std::string(100, 'n'), "", ""}}),
                      {.max_field_bytes = 10});
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().code, ErrorCode::too_large);
}

TEST(Multipart, AtMostMaxPartsAreRead) {
  std::vector<files::testing::FormPart> parts(5, {"x", "1", "", ""});
  EXPECT_TRUE(parse_multipart(kType, multipart_body(kBoundary, parts), {.max_parts = 5}).ok());
  parts.push_back({"x", "1", "", ""});
  EXPECT_FALSE(parse_multipart(kType, multipart_body(kBoundary, parts), {.max_parts = 5}).ok());
}

TEST(Multipart, AFileInputLeftEmptyIsNoFile) {
  const auto form = parse_multipart(
      kType, multipart_body(kBoundary, {{"file", "", "; filename=\"\"", "application/octet-stream"},
                                        {"subject", "ก", "", ""}}));
  ASSERT_TRUE(form.ok()) << form.error().internal;
  EXPECT_TRUE(form->files.empty());
  EXPECT_EQ(form->field("subject"), "ก");
}

TEST(Multipart, TheBoundaryComesOnlyFromAValidHeader) {
  EXPECT_EQ(multipart_boundary(kType), kBoundary);
  EXPECT_EQ(multipart_boundary("multipart/form-data"), std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/mixed; boundary=abc"), std::nullopt);
  EXPECT_EQ(multipart_boundary("application/x-www-form-urlencoded"), std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary="), std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')),
            std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=a<b"), std::nullopt);
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=\"ends with space \""), std::nullopt);
  EXPECT_FALSE(parse_multipart("text/plain", "--x\r\n").ok());
}

TEST(Multipart, FieldLookupForTheCsrfCheckIgnoresFileSizeLimits) {
  const std::string body = multipart_body(
      kBoundary,
      {{"file", std::string(100, 'z'), "; filename=\"a.txt\"", ""}, {"_csrf", "t", "", ""}});
  EXPECT_EQ(multipart_field(kType, body, "_csrf"), "t");
  EXPECT_EQ(multipart_field(kType, body, "file"), std::nullopt);  // a file is not a field
  EXPECT_EQ(multipart_field(kType, body.substr(0, 50), "_csrf"), std::nullopt);
}

}  // namespace
}  // namespace pao::http
