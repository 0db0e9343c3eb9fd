#include "platform/money/baht.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>

namespace pao {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

// ----- Satang ------------------------------------------------------------------------------------

// Amounts work in constant expressions (checked when this file compiles).
static_assert(Satang::from_baht(2) + Satang(50) == Satang(250));
static_assert(Satang(1) < Satang(2));

TEST(Satang, WholeBahtAreAHundredSatang) {
  EXPECT_EQ(Satang::from_baht(12).satang(), 1200);
  EXPECT_EQ(Satang::from_baht(-3).satang(), -300);
  EXPECT_EQ(Satang().satang(), 0);
}

TEST(Satang, AddsSubtractsAndMultipliesExactly) {
  Satang total;
  for (int i = 0; i < 10; ++i) total += Satang(10);  // ten times 0.10 is exactly 1.00
  EXPECT_EQ(total, Satang::from_baht(1));
  EXPECT_EQ(Satang(150) - Satang(200), Satang(-50));
  EXPECT_EQ(Satang(125) * 4, Satang(500));
  EXPECT_EQ(3 * Satang(125), Satang(375));
  EXPECT_EQ(-Satang(125), Satang(-125));
  Satang x(1000);
  x -= Satang(1);
  x *= 2;
  EXPECT_EQ(x, Satang(1998));
}

TEST(Satang, ComparesByAmount) {
  EXPECT_LT(Satang(-1), Satang(0));
  EXPECT_GT(Satang::from_baht(1), Satang(99));
  EXPECT_EQ(Satang(100), Satang::from_baht(1));
  EXPECT_NE(Satang(100), Satang(101));
}

TEST(Satang, OverflowThrowsInsteadOfWrapping) {
  EXPECT_THROW(Satang(kMax) + Satang(1), std::overflow_error);
  EXPECT_THROW(Satang(kMin) - Satang(1), std::overflow_error);
  EXPECT_THROW(Satang(kMax / 2 + 1) * 2, std::overflow_error);
  EXPECT_THROW(-Satang(kMin), std::overflow_error);
  EXPECT_THROW(Satang::from_baht(kMax / 10), std::overflow_error);
  EXPECT_EQ(Satang(kMax - 1) + Satang(1), Satang(kMax));
}

// ----- Formatting --------------------------------------------------------------------------------

TEST(BahtFormat, GroupsThousandsAndAlwaysShowsTwoDecimals) {
  EXPECT_EQ(format_baht(Satang(123450)), "1,234.50");
  EXPECT_EQ(format_baht(Satang(0)), "0.00");
  EXPECT_EQ(format_baht(Satang(5)), "0.05");
  EXPECT_EQ(format_baht(Satang(99)), "0.99");
  EXPECT_EQ(format_baht(Satang::from_baht(100)), "100.00");
  EXPECT_EQ(format_baht(Satang::from_baht(999)), "999.00");
  EXPECT_EQ(format_baht(Satang::from_baht(1000)), "1,000.00");
  EXPECT_EQ(format_baht(Satang::from_baht(100000)), "100,000.00");
  EXPECT_EQ(format_baht(Satang(123456789012)), "1,234,567,890.12");
}

TEST(BahtFormat, NegativeAmountsHaveALeadingMinus) {
  EXPECT_EQ(format_baht(Satang(-123450)), "-1,234.50");
  EXPECT_EQ(format_baht(Satang(-5)), "-0.05");
  EXPECT_EQ(format_baht_with_unit(Satang(-100)), "-1.00 บาท");
}

TEST(BahtFormat, TheExtremesOfTheRangeFormat) {
  EXPECT_EQ(format_baht(Satang(kMax)), "92,233,720,368,547,758.07");
  EXPECT_EQ(format_baht(Satang(kMin)), "-92,233,720,368,547,758.08");
}

TEST(BahtFormat, WithUnitAppendsBaht) {
  EXPECT_EQ(format_baht_with_unit(Satang(123450)), "1,234.50 บาท");
  std::ostringstream out;
  out << Satang(123450);
  EXPECT_EQ(out.str(), "1,234.50");
}

// ----- Parsing -----------------------------------------------------------------------------------

TEST(BahtParse, ReadsTheUsualWaysOfTypingAnAmount) {
  EXPECT_EQ(parse_baht("1,234.5"), Satang(123450));
  EXPECT_EQ(parse_baht("1234.50"), Satang(123450));
  EXPECT_EQ(parse_baht("1234"), Satang(123400));
  EXPECT_EQ(parse_baht("0.25"), Satang(25));
  EXPECT_EQ(parse_baht("0.05"), Satang(5));
  EXPECT_EQ(parse_baht("1,000,000"), Satang::from_baht(1000000));
  EXPECT_EQ(parse_baht("12,345,678.90"), Satang(1234567890));
  EXPECT_EQ(parse_baht("007"), Satang(700));
  EXPECT_EQ(parse_baht(" 20 "), Satang(2000));
}

TEST(BahtParse, ReadsNegativeAmounts) {
  EXPECT_EQ(parse_baht("-1,234.50"), Satang(-123450));
  EXPECT_EQ(parse_baht("-0.05"), Satang(-5));
  EXPECT_EQ(parse_baht("-0"), Satang(0));
}

TEST(BahtParse, RefusesMoreThanTwoDecimals) {
  EXPECT_EQ(parse_baht("1.005"), std::nullopt);
  EXPECT_EQ(parse_baht("0.001"), std::nullopt);
  EXPECT_EQ(parse_baht("1,234.500"), std::nullopt);
}

TEST(BahtParse, RefusesCommasThatDoNotGroupThousands) {
  EXPECT_EQ(parse_baht("12,50"), std::nullopt);  // a decimal comma, not 1,250
  EXPECT_EQ(parse_baht("1,23"), std::nullopt);
  EXPECT_EQ(parse_baht("1,2345"), std::nullopt);
  EXPECT_EQ(parse_baht("1234,567"), std::nullopt);
  EXPECT_EQ(parse_baht(",123"), std::nullopt);
  EXPECT_EQ(parse_baht("1,234,"), std::nullopt);
  EXPECT_EQ(parse_baht("1,,234"), std::nullopt);
  EXPECT_EQ(parse_baht("1.234,50"), std::nullopt);
  EXPECT_EQ(parse_baht("1,234.5,0"), std::nullopt);
}

TEST(BahtParse, RefusesGarbage) {
  for (const char* text : {"", " ", "-", "abc", "12a", "1.2.3", ".5", "5.", "--5", "+5", "- 5",
                           "1 234", "฿100", "100 บาท", "1e3", "0x10", "๑๒๓", "1.-5", "1.5-"}) {
    EXPECT_EQ(parse_baht(text), std::nullopt) << text;
  }
}

TEST(BahtParse, RefusesAmountsBeyondTheRange) {
  EXPECT_EQ(parse_baht("92233720368547758.07"), Satang(kMax));
  EXPECT_EQ(parse_baht("92233720368547758.08"), std::nullopt);
  EXPECT_EQ(parse_baht("-92233720368547758.08"), Satang(kMin));
  EXPECT_EQ(parse_baht("-92233720368547758.09"), std::nullopt);
  EXPECT_EQ(parse_baht("99999999999999999999999"), std::nullopt);
  EXPECT_EQ(parse_baht("184467440737095516.16"), std::nullopt);  // 2^64 satang would wrap to 0
}

TEST(BahtParse, ReadsBackWhatItFormats) {
  const std::int64_t amounts[] = {0, 1, 99, 100, 123450, -123450, 100000000000, kMax, kMin};
  for (const std::int64_t v : amounts) {
    EXPECT_EQ(parse_baht(format_baht(Satang(v))), Satang(v)) << v;
  }
}

// ----- BAHTTEXT ----------------------------------------------------------------------------------

struct SpelledAmount {
  std::int64_t satang;
  const char* text;
};

void expect_spelled(std::initializer_list<SpelledAmount> cases) {
  for (const SpelledAmount& c : cases) {
    EXPECT_EQ(baht_text(Satang(c.satang)), c.text) << format_baht(Satang(c.satang));
  }
}

TEST(BahtText, SpellsTheExamplesFromTheBrief) {
  expect_spelled({
      {123450, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"},
      {10000, "หนึ่งร้อยบาทถ้วน"},
      {2100, "ยี่สิบเอ็ดบาทถ้วน"},
      {1100, "สิบเอ็ดบาทถ้วน"},
      {100, "หนึ่งบาทถ้วน"},
      {10100, "หนึ่งร้อยเอ็ดบาทถ้วน"},
      {25, "ยี่สิบห้าสตางค์"},
      {0, "ศูนย์บาทถ้วน"},
      {100000000, "หนึ่งล้านบาทถ้วน"},
      {1100000000, "สิบเอ็ดล้านบาทถ้วน"},
      {100000100, "หนึ่งล้านเอ็ดบาทถ้วน"},
      {250000000000, "สองพันห้าร้อยล้านบาทถ้วน"},
  });
}

TEST(BahtText, TenIsSipNotNuengSip) {
  expect_spelled({
      {1000, "สิบบาทถ้วน"},
      {1500, "สิบห้าบาทถ้วน"},
      {11000, "หนึ่งร้อยสิบบาทถ้วน"},
      {1000000000, "สิบล้านบาทถ้วน"},
  });
}

TEST(BahtText, TwoInTheTensPlaceIsYi) {
  expect_spelled({
      {2000, "ยี่สิบบาทถ้วน"},
      {2200, "ยี่สิบสองบาทถ้วน"},
      {12000, "หนึ่งร้อยยี่สิบบาทถ้วน"},
      {200, "สองบาทถ้วน"},
      {20000, "สองร้อยบาทถ้วน"},
      {2000000000, "ยี่สิบล้านบาทถ้วน"},
  });
}

TEST(BahtText, AFinalOneAfterOtherDigitsIsEt) {
  expect_spelled({
      {3100, "สามสิบเอ็ดบาทถ้วน"},
      {100100, "หนึ่งพันเอ็ดบาทถ้วน"},
      {101100, "หนึ่งพันสิบเอ็ดบาทถ้วน"},
      {10000100, "หนึ่งแสนเอ็ดบาทถ้วน"},
      {10100000000, "หนึ่งร้อยเอ็ดล้านบาทถ้วน"},
      {100002100, "หนึ่งล้านยี่สิบเอ็ดบาทถ้วน"},
  });
}

TEST(BahtText, OneStandingAloneIsNueng) {
  expect_spelled({
      {1, "หนึ่งสตางค์"},
      {101, "หนึ่งบาทหนึ่งสตางค์"},
      {100000, "หนึ่งพันบาทถ้วน"},
      {1000000, "หนึ่งหมื่นบาทถ้วน"},
      {10000000, "หนึ่งแสนบาทถ้วน"},
      {110000000, "หนึ่งล้านหนึ่งแสนบาทถ้วน"},
  });
}

TEST(BahtText, SkipsZeroDigitsInside) {
  expect_spelled({
      {100500, "หนึ่งพันห้าบาทถ้วน"},
      {100001000, "หนึ่งล้านสิบบาทถ้วน"},
      {5000005000, "ห้าสิบล้านห้าสิบบาทถ้วน"},
      {9080706050, "เก้าสิบล้านแปดแสนเจ็ดพันหกสิบบาทห้าสิบสตางค์"},
  });
}

TEST(BahtText, SatangAreReadAsANumberOfTheirOwn) {
  expect_spelled({
      {5, "ห้าสตางค์"},
      {10, "สิบสตางค์"},
      {11, "สิบเอ็ดสตางค์"},
      {21, "ยี่สิบเอ็ดสตางค์"},
      {99, "เก้าสิบเก้าสตางค์"},
      {1111, "สิบเอ็ดบาทสิบเอ็ดสตางค์"},
      {150, "หนึ่งบาทห้าสิบสตางค์"},
  });
}

TEST(BahtText, LanRepeatsForEverySixDigits) {
  expect_spelled({
      {100000000000000, "หนึ่งล้านล้านบาทถ้วน"},
      {100000100000000, "หนึ่งล้านเอ็ดล้านบาทถ้วน"},
      {200000000000000000, "สองพันล้านล้านบาทถ้วน"},
      {kMax,
       "เก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
       "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทเจ็ดสตางค์"},
  });
}

TEST(BahtText, NegativeAmountsStartWithLop) {
  expect_spelled({
      {-123450, "ลบหนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"},
      {-100, "ลบหนึ่งบาทถ้วน"},
      {-25, "ลบยี่สิบห้าสตางค์"},
      {kMin,
       "ลบเก้าหมื่นสองพันสองร้อยสามสิบสามล้านเจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
       "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาทแปดสตางค์"},
  });
}

}  // namespace
}  // namespace pao
