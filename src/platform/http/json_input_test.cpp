// JSON bodies become typed values or one 400 naming every bad field; lists page by cursor.
#include "platform/http/json_input.hpp"

#include <gtest/gtest.h>

#include "platform/http/pagination.hpp"

namespace pao::http {
namespace {

Request with_body(std::string body) {
  Request r;
  r.body = std::move(body);
  return r;
}

TEST(JsonInput, ReadsTypedFieldsTrimmedAndCountsThaiByCharacters) {
  auto in = JsonInput::parse(
      with_body(R"({"name":"  สมชาย ใจดี ","age":41,"active":true,"roles":["clerk","staff"]})"));
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->text("name", {.required = true, .max_chars = 10}), "สมชาย ใจดี");
  EXPECT_EQ(in->integer("age", 0, 150), 41);
  EXPECT_EQ(in->boolean("active"), true);
  EXPECT_EQ(in->text_list("roles"), (std::vector<std::string>{"clerk", "staff"}));
  EXPECT_TRUE(in->finish().ok());
}

TEST(JsonInput, NamesEveryBadFieldAtOnce) {
  auto in = JsonInput::parse(
      with_body(R"({"name":"   ","age":"old","active":1,"roles":"clerk","nmae":"typo"})"));
  ASSERT_TRUE(in.ok());
  in->text("name", {.required = true});
  in->integer("age", 0, 150);
  in->boolean("active");
  in->text_list("roles");
  in->text("email", {.required = true});
  const Status s = in->finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::invalid_argument);
  for (const char* f : {"name", "age", "active", "roles", "email", "nmae"}) {
    EXPECT_TRUE(s.error().fields.count(f)) << f;
  }
  EXPECT_EQ(s.error().fields.at("nmae").en, "is not a known field");
}

TEST(JsonInput, RefusesTooLongTextAndOutOfRangeNumbers) {
  auto in = JsonInput::parse(with_body(R"({"code":"กขคงจ","n":7})"));
  in->text("code", {.max_chars = 4});
  in->integer("n", 1, 5);
  const Status s = in->finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at("code").en, "is too long (at most 4 characters)");
  EXPECT_EQ(s.error().fields.at("n").en, "must be between 1 and 5");
}

TEST(JsonInput, InvalidJsonAndNonObjectsAreRefusedWithAFieldNamed) {
  for (const char* body : {"{", "[1,2]", "", "\"x\""}) {
    auto in = JsonInput::parse(with_body(body));
    ASSERT_FALSE(in.ok()) << body;
    EXPECT_TRUE(in.error().fields.count("body")) << body;
  }
}

TEST(Pagination, CursorRoundTripsAndLimitIsBounded) {
  Request r;
  r.query = {{"limit", "20"}, {"cursor", encode_cursor("1234")}};
  auto page = read_page_request(r);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->limit, 20);
  EXPECT_EQ(after_id(*page), 1234);

  r.query = {{"limit", "0"}, {"cursor", "!!not-base64!!"}};
  auto bad = read_page_request(r);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().fields.count("limit"));
  EXPECT_TRUE(bad.error().fields.count("cursor"));

  r.query = {{"limit", "1000"}};
  EXPECT_FALSE(read_page_request(r, 50, 200).ok());
  r.query = {};
  EXPECT_EQ(read_page_request(r, 25)->limit, 25);
}

TEST(Pagination, NextCursorIsNullOnTheLastPage) {
  const auto last = page_json({}, std::nullopt);
  EXPECT_TRUE(last.at("next_cursor").is_null());
  const auto more = page_json({1, 2}, std::string("2"));
  EXPECT_EQ(decode_cursor(std::string(more.at("next_cursor").as_string())), "2");
}

}  // namespace
}  // namespace pao::http
