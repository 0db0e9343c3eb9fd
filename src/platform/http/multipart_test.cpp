#include "platform/http/multipart.hpp"

#include <gtest/gtest.h>

#include "platform/http/request.hpp"

namespace pao::http {
namespace {

// What Chromium sends for a form with a text field, a Thai text field and a file.
const std::string kBody =
    "------WebKitFormBoundaryAbC123\r\n"
    "Content-Disposition: form-data; name=\"_csrf\"\r\n"
    "\r\n"
    "token-1\r\n"
    "------WebKitFormBoundaryAbC123\r\n"
    "Content-Disposition: form-data; name=\"subject\"\r\n"
    "\r\n"
    "ขอซ่อมถนน; สาย 2\r\n"
    "------WebKitFormBoundaryAbC123\r\n"
    "Content-Disposition: form-data; name=\"attachment\"; filename=\"แผนที่.pdf\"\r\n"
    "Content-Type: application/pdf\r\n"
    "\r\n"
    "%PDF-1.7\r\n\r\nbinary\r\n--not-the-boundary\r\n"
    "------WebKitFormBoundaryAbC123--\r\n";

TEST(Multipart, ReadsTheBoundaryOfAFormUpload) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=----WebKitFormBoundaryAbC123"),
            "----WebKitFormBoundaryAbC123");
  EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b\""), "a b");
  EXPECT_FALSE(multipart_boundary("application/x-www-form-urlencoded").has_value());
  EXPECT_FALSE(multipart_boundary("multipart/form-data").has_value());
  EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'x')));
}

TEST(Multipart, SplitsTextFieldsAndFiles) {
  const auto parts = parse_multipart(kBody, "----WebKitFormBoundaryAbC123");
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "_csrf");
  EXPECT_FALSE((*parts)[0].file);
  EXPECT_EQ((*parts)[0].data, "token-1");
  EXPECT_EQ((*parts)[1].data, "ขอซ่อมถนน; สาย 2");
  EXPECT_TRUE((*parts)[2].file);
  EXPECT_EQ((*parts)[2].filename, "แผนที่.pdf");
  EXPECT_EQ((*parts)[2].content_type, "application/pdf");
  EXPECT_EQ((*parts)[2].data, "%PDF-1.7\r\n\r\nbinary\r\n--not-the-boundary");
}

TEST(Multipart, AnEmptyFileFieldIsAFilePartWithoutAName) {
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n\r\n--b--\r\n";
  const auto parts = parse_multipart(body, "b");
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 1u);
  EXPECT_TRUE((*parts)[0].file);
  EXPECT_EQ((*parts)[0].filename, "");
  EXPECT_EQ((*parts)[0].data, "");
}

TEST(Multipart, KeepsOnlyTheFileNameOfAWindowsPath) {
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"f\"; "
      "filename=\"C:\\\\Users\\\\me\\\\a.png\"\r\n"
      "\r\nPNG\r\n--b--";
  const auto parts = parse_multipart(body, "b");
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ((*parts)[0].filename, "a.png");
}

TEST(Multipart, RefusesMalformedBodies) {
  EXPECT_FALSE(parse_multipart("", "b"));
  EXPECT_FALSE(parse_multipart("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv", "b"))
      << "no closing delimiter";
  EXPECT_FALSE(parse_multipart("--b\r\nContent-Type: text/plain\r\n\r\nv\r\n--b--", "b"))
      << "no Content-Disposition";
  EXPECT_FALSE(
      parse_multipart("--b\r\nContent-Disposition: attachment; name=\"x\"\r\n\r\nv\r\n--b--", "b"));
  std::string many;
  for (int i = 0; i < 3; ++i)
    many += "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv\r\n";
  many += "--b--";
  EXPECT_TRUE(parse_multipart(many, "b", 3));
  EXPECT_FALSE(parse_multipart(many, "b", 2)) << "more parts than allowed";
}

TEST(Multipart, RequestFormReadsTextPartsAndFilesReadsFiles) {
  Request r;
  r.headers.add("Content-Type", "multipart/form-data; boundary=----WebKitFormBoundaryAbC123");
  r.body = kBody;
  const auto form = r.form();
  ASSERT_EQ(form.size(), 2u);
  EXPECT_EQ(form[0], (std::pair<std::string, std::string>{"_csrf", "token-1"}));
  const auto files = r.files();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].name, "attachment");

  Request urlencoded;
  urlencoded.headers.add("Content-Type", "application/x-www-form-urlencoded");
  urlencoded.body = "a=1";
  EXPECT_EQ(urlencoded.form().size(), 1u);
  EXPECT_TRUE(urlencoded.files().empty());
}

}  // namespace
}  // namespace pao::http
