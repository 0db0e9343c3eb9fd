#include "platform/text/utf8.hpp"

#include <gtest/gtest.h>

namespace pao::text {
namespace {

TEST(Utf8, ValidThaiAndAsciiTextIsUnchanged) {
  const std::string s = "องค์การบริหารส่วนจังหวัดลำพูน 2569 น้ำ ญี่ปุ่น 😀";
  EXPECT_EQ(to_valid_utf8(s), s);
}

TEST(Utf8, EachInvalidByteBecomesOneReplacementCharacter) {
  EXPECT_EQ(to_valid_utf8("a\xFFz"), "a\xEF\xBF\xBDz");
  EXPECT_EQ(to_valid_utf8("\xE0\xB8"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated Thai letter
  EXPECT_EQ(to_valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong "/"
  EXPECT_EQ(to_valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(Utf8, TruncateKeepsWholeCharactersAndThaiMarks) {
  EXPECT_EQ(truncate_chars("abcdef", 10), "abcdef");
  EXPECT_EQ(truncate_chars("abcdef", 3), "abc…");
  // ที่ is three code points (ท, ◌ี, ◌่) but one letter as read: it is kept or dropped whole.
  EXPECT_EQ(truncate_chars("ที่นี่", 1), "ที่…");
  EXPECT_EQ(truncate_chars("ที่นี่", 2), "ที่นี่");
  EXPECT_EQ(truncate_chars("กขค", 0), "…");
}

}  // namespace
}  // namespace pao::text
