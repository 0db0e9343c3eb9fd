#include "platform/http/request.hpp"

#include <gtest/gtest.h>

namespace pao::http {
namespace {

TEST(Request, DecodesThaiQueryParameters) {
  const auto q = parse_urlencoded("q=%E0%B8%A5%E0%B8%B3%E0%B8%9E%E0%B8%B9%E0%B8%99&page=2");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].second, "ลำพูน");
  EXPECT_EQ(q[1].second, "2");
}

TEST(Request, FormPlusMeansSpace) {
  EXPECT_EQ(parse_urlencoded("name=a+b")[0].second, "a b");
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
}

TEST(Request, MalformedEscapesAreKeptAsTyped) {
  EXPECT_EQ(percent_decode("100%", false), "100%");
  EXPECT_EQ(percent_decode("%zz", false), "%zz");
}

TEST(Request, ReadsOneCookieAmongMany) {
  Request r;
  r.headers.add("cookie", "a=1; lang=en; pao_session=xyz");
  EXPECT_EQ(r.cookie("lang"), "en");
  EXPECT_EQ(r.cookie("pao_session"), "xyz");
  EXPECT_FALSE(r.cookie("missing").has_value());
}

TEST(Request, HeaderNamesIgnoreCase) {
  Request r;
  r.headers.add("Content-Type", "application/json");
  EXPECT_EQ(r.header("content-type"), "application/json");
}

}  // namespace
}  // namespace pao::http
