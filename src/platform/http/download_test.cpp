#include "platform/http/download.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace pao::http {
namespace {

std::string header(const Response& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return {};
}

TEST(Download, ThaiFileNameIsSentPercentEncodedWithAnAsciiFallback) {
  const Response r = download("x", "รายงานงบประมาณ 2569.xlsx", kXlsxContentType);
  EXPECT_EQ(header(r, "Content-Disposition"),
            "attachment; filename=\"2569.xlsx\"; filename*=UTF-8''"
            "%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99"
            "%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93"
            "%202569.xlsx");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(r.body, "x");
}

TEST(Download, AllThaiNameFallsBackToDownloadWithItsExtension) {
  EXPECT_EQ(attachment_disposition("บันทึกข้อความ.pdf").substr(0, 44),
            "attachment; filename=\"download.pdf\"; filenam");
}

TEST(Download, HeaderInjectionIsImpossible) {
  const std::string d = attachment_disposition("a\"; filename=evil.exe\r\nSet-Cookie: x=1.pdf");
  EXPECT_EQ(d.find('\r'), std::string::npos);
  EXPECT_EQ(d.find('\n'), std::string::npos);
  // Exactly the two quotes around the fallback; nothing else can end the quoted string.
  EXPECT_EQ(std::count(d.begin(), d.end(), '"'), 2);
  EXPECT_EQ(d.find(';', d.find("filename*")), std::string::npos);
  EXPECT_NE(d.find("filename*=UTF-8''a_%3B%20filename%3Devil.exe__Set-Cookie%3A%20x%3D1.pdf"),
            std::string::npos);
}

TEST(Download, PathSeparatorsAndLeadingDotsCannotNameAnotherPlace) {
  const std::string d = attachment_disposition("../../etc/passwd");
  EXPECT_NE(d.find("filename*=UTF-8''_.._etc_passwd"), std::string::npos);
  EXPECT_NE(d.find("filename=\"etc_passwd\""), std::string::npos);
  EXPECT_NE(attachment_disposition("").find("filename=\"download\""), std::string::npos);
}

TEST(Download, LongNamesAreCutOnACharacterBoundaryKeepingTheExtension) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "ลำพูน";
  const std::string d = attachment_disposition(name + ".pdf");
  EXPECT_TRUE(d.ends_with(".pdf"));
  EXPECT_LT(d.size(), 700u);
  // Every %XX triple is whole and the UTF-8 decodes: no cut inside a Thai letter (3 bytes each).
  const auto star = d.find("filename*=UTF-8''") + 17;
  const std::string encoded = d.substr(star, d.size() - star - 4);
  EXPECT_EQ(encoded.size() % 9, 0u);
}

TEST(Download, ExportsAreNeverCached) {
  const Response r = download("%PDF", "memo.pdf", kPdfContentType);
  EXPECT_EQ(header(r, "Cache-Control"), "private, no-store");
  EXPECT_EQ(r.content_type, "application/pdf");
}

TEST(Download, CsvGetsTheByteOrderMarkOnceForExcel) {
  const Response r = csv_download("ชื่อ,จำนวน\r\n", "ครุภัณฑ์.csv");
  EXPECT_EQ(r.body, "\xEF\xBB\xBFชื่อ,จำนวน\r\n");
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv_download(r.body, "a.csv").body, r.body);
}

}  // namespace
}  // namespace pao::http
