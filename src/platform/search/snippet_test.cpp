#include "platform/search/snippet.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pao::search {
namespace {

using Pieces = std::vector<TextPiece>;

TextPiece plain(std::string text) {
  return {std::move(text), false};
}
TextPiece mark(std::string text) {
  return {std::move(text), true};
}

std::string joined(const Pieces& pieces) {
  std::string out;
  for (const auto& p : pieces) out += p.text;
  return out;
}

std::size_t chars(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST(SearchSnippet, MarksEveryMatchingWordInsideUnspacedThai) {
  EXPECT_EQ(
      make_snippet("ขอซ่อมคอมพิวเตอร์ และซ่อมเครื่องพิมพ์", {{"ซ่อม"}, false}),
      (Pieces{plain("ขอ"), mark("ซ่อม"), plain("คอมพิวเตอร์ และ"), mark("ซ่อม"), plain("เครื่องพิมพ์")}));
}

TEST(SearchSnippet, APrefixTermMarksTheWholeWordItBegins) {
  EXPECT_EQ(make_snippet("ซ่อมคอมพิวเตอร์", {{"ซ่อม", "คอม"}, true}), (Pieces{mark("ซ่อมคอมพิวเตอร์")}));
  EXPECT_EQ(make_snippet("ซ่อมคอมพิวเตอร์", {{"ซ่อม", "คอม"}, false}),
            (Pieces{mark("ซ่อม"), plain("คอมพิวเตอร์")}));
}

TEST(SearchSnippet, MarksOnlyThePartOfACompoundThatWasSearched) {
  EXPECT_EQ(make_snippet("ที่ ลพ 51000/1234", {{"1234"}, false}),
            (Pieces{plain("ที่ ลพ 51000/"), mark("1234")}));
  EXPECT_EQ(make_snippet("ที่ ลพ ๕๑๐๐๐/๑๒๓๔", {{"51000/1234"}, false}),
            (Pieces{plain("ที่ ลพ "), mark("๕๑๐๐๐/๑๒๓๔")}));
}

TEST(SearchSnippet, LatinMatchesIgnoreCaseButKeepTheOriginalText) {
  EXPECT_EQ(make_snippet("Install Windows", {{"windows"}, false}),
            (Pieces{plain("Install "), mark("Windows")}));
}

TEST(SearchSnippet, ALongTextIsCutAtWordsAroundTheFirstMatch) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "ประชุมคณะกรรมการ ";
  text += "จัดซื้อคอมพิวเตอร์";
  for (int i = 0; i < 40; ++i) text += " ประชุมคณะกรรมการ";
  const Pieces s = make_snippet(text, {{"คอมพิวเตอร์"}, false}, 100);

  ASSERT_GE(s.size(), 3u);
  EXPECT_TRUE(s.front().text.starts_with("…ประชุม")) << s.front().text;
  EXPECT_TRUE(s.back().text.ends_with("…")) << s.back().text;
  EXPECT_EQ(s[1], mark("คอมพิวเตอร์"));
  EXPECT_LE(chars(joined(s)), 102u);  // the window plus two ellipses
}

TEST(SearchSnippet, WithoutAMatchTheStartOfTheTextIsShown) {
  const std::string text = "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ";
  EXPECT_EQ(make_snippet(text, {{"ไม่มี"}, false}, 10), (Pieces{plain("หนึ่ง สอง…")}));
}

TEST(SearchSnippet, WhitespaceRunsBecomeOneSpaceAndEndsAreTrimmed) {
  EXPECT_EQ(make_snippet("\n  ขอ \t\r\n ซ่อม  \n", {{"ซ่อม"}, false}),
            (Pieces{plain("ขอ "), mark("ซ่อม")}));
}

TEST(SearchSnippet, TextIsReturnedRawForTheTemplateToEscape) {
  EXPECT_EQ(make_snippet("<b>ซ่อม</b> & \"x\"", {{"ซ่อม"}, false}),
            (Pieces{plain("<b>"), mark("ซ่อม"), plain("</b> & \"x\"")}));
}

TEST(SearchSnippet, HighlightAllKeepsTheWholeTitle) {
  std::string title;
  for (int i = 0; i < 100; ++i) title += "ซ่อม ";
  EXPECT_EQ(chars(joined(highlight_all(title, {{"ซ่อม"}, false}))), 100u * 5 - 1);
  EXPECT_TRUE(make_snippet("", {{"ซ่อม"}, false}).empty());
}

}  // namespace
}  // namespace pao::search
