#include "platform/search/thai_segmenter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace pao::search {
namespace {

using Words = std::vector<std::string>;

bool has(const Words& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

TEST(ThaiSegmenter, BreaksAThaiSentenceIntoDictionaryWords) {
  EXPECT_EQ(segment_words("หนังสือขอความอนุเคราะห์ซ่อมคอมพิวเตอร์"),
            (Words{"หนังสือ", "ขอ", "ความ", "อนุเคราะห์", "ซ่อม", "คอมพิวเตอร์"}));
  EXPECT_EQ(segment_words("กองยุทธศาสตร์และงบประมาณ"), (Words{"กอง", "ยุทธศาสตร์", "และ", "งบประมาณ"}));
}

TEST(ThaiSegmenter, TheCouncilMeetingBreaksIntoMeetingAndCouncil) {
  const Words words = segment_words("การประชุมสภาองค์การบริหารส่วนจังหวัด");
  EXPECT_TRUE(has(words, "ประชุม"));
  EXPECT_TRUE(has(words, "สภา"));
}

TEST(ThaiSegmenter, SpacesAndPunctuationSeparateAndAreDropped) {
  EXPECT_EQ(segment_words("ขอ ซ่อม, (ด่วน) \"คอมพิวเตอร์\"!"),
            (Words{"ขอ", "ซ่อม", "ด่วน", "คอมพิวเตอร์"}));
  EXPECT_TRUE(segment_words(" \t\n.,;:!?()[]{}<>\"'@#$%^&*_=+|~`").empty());
}

TEST(ThaiSegmenter, ThaiRepetitionAndAbbreviationMarksAreDropped) {
  EXPECT_EQ(segment_words("ต่างๆ"), (Words{"ต่าง"}));
  EXPECT_FALSE(has(segment_words("กรุงเทพฯ"), "ฯ"));
}

TEST(ThaiSegmenter, ZeroWidthSpaceSeparatesWords) {
  EXPECT_EQ(segment_words("ซ่อม\u200Bคอม"), (Words{"ซ่อม", "คอม"}));
}

TEST(ThaiSegmenter, LatinWordsAreLowerCasedAndSplitFromThai) {
  EXPECT_EQ(segment_words("ซ่อมPC2เครื่อง Hello WORLD Ça"),
            (Words{"ซ่อม", "pc2", "เครื่อง", "hello", "world", "ça"}));
}

TEST(ThaiSegmenter, ALetterNumberIsKeptWholeAndAlsoAsItsParts) {
  EXPECT_EQ(segment_words("ที่ ลพ 51000/1234"), (Words{"ที่", "ลพ", "51000/1234", "51000", "1234"}));
}

TEST(ThaiSegmenter, AnAssetNumberGivesEveryStretchOfAdjacentParts) {
  EXPECT_EQ(segment_words("416-66-0012"),
            (Words{"416-66-0012", "416-66", "66-0012", "416", "66", "0012"}));
}

TEST(ThaiSegmenter, ACompoundOfManyPartsKeepsOnlyTheWholeAndTheParts) {
  EXPECT_EQ(segment_words("1.2.3.4.5.6.7.8.9"),
            (Words{"1.2.3.4.5.6.7.8.9", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
}

TEST(ThaiSegmenter, ThaiDigitsAreWrittenAsAsciiDigits) {
  EXPECT_EQ(segment_words("ลพ ๕๑๐๐๐/๑๒๓๔"), (Words{"ลพ", "51000/1234", "51000", "1234"}));
}

TEST(ThaiSegmenter, ThousandsSeparatorsAreDroppedFromNumbers) {
  EXPECT_TRUE(has(segment_words("งบประมาณ 1,500,000 บาท"), "1500000"));
  EXPECT_EQ(segment_words("1,23 และ 12,3456"), (Words{"1", "23", "และ", "12", "3456"}));
}

TEST(ThaiSegmenter, ASeparatorJoinsOnlyWhenLettersOrDigitsStandOnBothSides) {
  EXPECT_EQ(segment_words("ข้อ 3. ถัดไป"), (Words{"ข้อ", "3", "ถัด", "ไป"}));
  EXPECT_EQ(segment_words("a--b /c d-"), (Words{"a", "b", "c", "d"}));
  EXPECT_EQ(segment_words("12 / 2567"), (Words{"12", "2567"}));
}

TEST(ThaiSegmenter, ToIndexTextJoinsTheWordsWithSpaces) {
  EXPECT_EQ(to_index_text("ขอซ่อม PC ลพ 51000/1234"), "ขอ ซ่อม pc ลพ 51000/1234 51000 1234");
  EXPECT_EQ(to_index_text("  ...  "), "");
}

TEST(ThaiSegmenter, QueryTermsKeepCompoundsWholeAndDropRepeats) {
  EXPECT_EQ(query_terms("ลพ 51000/1234 ซ่อม ซ่อม"), (Words{"ลพ", "51000/1234", "ซ่อม"}));
  EXPECT_EQ(query_terms("๔๑๖-๖๖-๐๐๑๒"), (Words{"416-66-0012"}));
}

TEST(ThaiSegmenter, LocatedWordsPointAtTheirBytesInTheInput) {
  const std::string text = "ขอซ่อม PC ที่ 51000/1234";
  const auto words = locate_words(text);
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "ซ่อม");
  EXPECT_EQ(text.substr(words[2].begin, words[2].end - words[2].begin), "PC");
  EXPECT_EQ(words[2].text, "pc");
  EXPECT_EQ(text.substr(words[4].begin, words[4].end - words[4].begin), "51000/1234");
  EXPECT_EQ(text.substr(words[6].begin, words[6].end - words[6].begin), "1234");
}

TEST(ThaiSegmenter, InvalidUtf8SeparatesWordsInsteadOfFailing) {
  EXPECT_EQ(segment_words("abc\xff\xfe"
                          "def\xe0\xb8"),
            (Words{"abc", "def"}));
}

TEST(ThaiSegmenter, AWordLongerThan200BytesIsDropped) {
  EXPECT_EQ(segment_words(std::string(201, 'a') + " ok"), (Words{"ok"}));
  EXPECT_EQ(segment_words(std::string(200, 'a')), (Words{std::string(200, 'a')}));
}

TEST(ThaiSegmenter, ALongUnspacedThaiRunIsCoveredWordByWord) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += "หนังสือขอความอนุเคราะห์ซ่อมคอมพิวเตอร์";
  std::string joined;
  for (const auto& w : segment_words(text)) joined += w;
  EXPECT_EQ(joined, text);
}

TEST(ThaiSegmenter, ManyThreadsSegmentingAtOnceGetTheSameWords) {
  const std::string text = "หนังสือขอความอนุเคราะห์ซ่อมคอมพิวเตอร์ ลพ 51000/1234 กองคลัง";
  const auto expected = segment_words(text);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  threads.reserve(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        if (segment_words(text) != expected) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, (std::vector<int>{0, 0, 0, 0}));
}

}  // namespace
}  // namespace pao::search
