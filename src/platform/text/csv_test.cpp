#include "platform/text/csv.hpp"

#include <gtest/gtest.h>

namespace pao::text {
namespace {

TEST(Csv, ReadsQuotedFieldsWithCommasAndNewlines) {
  const auto rows = parse_csv("a,b\n\"x, y\",\"line1\nline2\"\n");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1][0], "x, y");
  EXPECT_EQ((*rows)[1][1], "line1\nline2");
}

TEST(Csv, SkipsTheBomAndCarriageReturns) {
  const auto rows = parse_csv(
      "\xEF\xBB\xBF"
      "code,name\r\nfinance,กองคลัง\r\n");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0][0], "code");
  EXPECT_EQ((*rows)[1][1], "กองคลัง");
}

TEST(Csv, KeepsEmptyFields) {
  const auto rows = parse_csv("a,,c\n");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0], (CsvRow{"a", "", "c"}));
}

TEST(Csv, UnclosedQuoteIsAnErrorNamingTheLine) {
  const auto rows = parse_csv("a,b\n\"open,c\n");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.error().message.en.find("line 2"), std::string::npos);
}

TEST(Csv, WritesWhatItReads) {
  const CsvRow row{"ลพ 51000/1234", "a \"quoted\" word", "x,y"};
  const auto back = parse_csv(to_csv_line(row));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ((*back)[0], row);
}

}  // namespace
}  // namespace pao::text
