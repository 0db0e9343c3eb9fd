#include "platform/time/thai_date.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

namespace pao {
namespace {

using namespace std::chrono_literals;

// An instant written in ISO 8601, read by clock.cpp (independent of the code under test).
TimePoint at(std::string_view iso) {
  TimePoint t;
  if (!parse_iso_time(iso, t)) ADD_FAILURE() << "bad ISO time in test: " << iso;
  return t;
}

// ----- Date and Bangkok time ---------------------------------------------------------------------

TEST(ThaiDate, OrdersByYearThenMonthThenDay) {
  EXPECT_LT((Date{2026, 12, 31}), (Date{2027, 1, 1}));
  EXPECT_LT((Date{2026, 2, 28}), (Date{2026, 11, 1}));
  EXPECT_LT((Date{2026, 11, 24}), (Date{2026, 11, 25}));
  EXPECT_EQ((Date{2026, 11, 25}), (Date{2026, 11, 25}));
  EXPECT_NE((Date{2026, 11, 25}), (Date{2026, 11, 26}));
}

TEST(ThaiDate, IsoFormIsPaddedYearMonthDay) {
  EXPECT_EQ(to_iso_date(Date{2026, 11, 25}), "2026-11-25");
  EXPECT_EQ(to_iso_date(Date{2027, 1, 5}), "2027-01-05");
  std::ostringstream out;
  out << Date{2028, 2, 29};
  EXPECT_EQ(out.str(), "2028-02-29");
}

TEST(ThaiDate, KnowsWhichDatesExist) {
  EXPECT_TRUE(is_valid(Date{2028, 2, 29}));
  EXPECT_FALSE(is_valid(Date{2027, 2, 29}));
  EXPECT_FALSE(is_valid(Date{1900, 2, 29}));  // divisible by 100, not by 400
  EXPECT_TRUE(is_valid(Date{2000, 2, 29}));
  EXPECT_FALSE(is_valid(Date{2026, 4, 31}));
  EXPECT_FALSE(is_valid(Date{2026, 13, 1}));
  EXPECT_FALSE(is_valid(Date{2026, 0, 1}));
  EXPECT_FALSE(is_valid(Date{2026, 1, 0}));
}

TEST(ThaiDate, RefusesMonthsThatWouldWrapInsideChrono) {
  // std::chrono::month keeps a byte: 257 must not pass for January.
  EXPECT_FALSE(is_valid(Date{2026, 257, 1}));
  EXPECT_FALSE(is_valid(Date{2026, 1, 257}));
  EXPECT_FALSE(is_valid(Date{100000, 1, 1}));
}

TEST(ThaiDate, ConvertsToAndFromChronoCalendarTypes) {
  using namespace std::chrono;
  const year_month_day ymd = to_year_month_day(Date{2026, 11, 25});
  EXPECT_EQ(ymd, year{2026} / November / 25);
  EXPECT_EQ(from_year_month_day(year{2028} / February / 29), (Date{2028, 2, 29}));
}

TEST(BangkokDate, SeventeenHundredUtcIsMidnightOfTheNextDayInBangkok) {
  EXPECT_EQ(bangkok_date(at("2026-11-24T16:59:59Z")), (Date{2026, 11, 24}));
  EXPECT_EQ(bangkok_date(at("2026-11-24T17:00:00Z")), (Date{2026, 11, 25}));
}

TEST(BangkokDate, NewYearArrivesInBangkokAtFivePmUtc) {
  EXPECT_EQ(bangkok_date(at("2026-12-31T16:59:59Z")), (Date{2026, 12, 31}));
  EXPECT_EQ(bangkok_date(at("2026-12-31T17:00:00Z")), (Date{2027, 1, 1}));
}

TEST(BangkokDate, WorksBeforeTheUnixEpoch) {
  EXPECT_EQ(bangkok_date(at("1969-12-31T16:59:59Z")), (Date{1969, 12, 31}));
  EXPECT_EQ(bangkok_date(at("1969-12-31T17:00:00Z")), (Date{1970, 1, 1}));
}

TEST(BangkokDate, MidnightInBangkokIsFivePmUtcTheDayBefore) {
  EXPECT_EQ(to_iso_utc(bangkok_midnight(Date{2026, 11, 25})), "2026-11-24T17:00:00Z");
  EXPECT_EQ(to_iso_utc(bangkok_midnight(Date{2027, 1, 1})), "2026-12-31T17:00:00Z");
}

TEST(BangkokDate, MidnightAndDateAreInverses) {
  for (Date d : {Date{2026, 1, 1}, Date{2028, 2, 29}, Date{1960, 6, 15}, Date{2100, 12, 31}}) {
    EXPECT_EQ(bangkok_date(bangkok_midnight(d)), d);
    EXPECT_EQ(bangkok_date(bangkok_midnight(d) - 1ns), add_days(d, -1));
  }
}

TEST(BangkokDate, TimeOfDayIsWallClockTimeInBangkok) {
  EXPECT_EQ(to_iso_utc(bangkok_time(Date{2026, 11, 25}, 14h + 5min)), "2026-11-25T07:05:00Z");
  EXPECT_EQ(bangkok_time_of_day(at("2026-11-25T07:05:00Z")), 14h + 5min);
  EXPECT_EQ(bangkok_time_of_day(at("2026-11-24T17:00:00Z")), 0s);
  EXPECT_EQ(bangkok_time_of_day(at("1969-12-31T16:59:59Z")), 23h + 59min + 59s);
}

TEST(ThaiDate, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days(Date{2026, 11, 30}, 1), (Date{2026, 12, 1}));
  EXPECT_EQ(add_days(Date{2026, 12, 31}, 1), (Date{2027, 1, 1}));
  EXPECT_EQ(add_days(Date{2028, 2, 28}, 1), (Date{2028, 2, 29}));
  EXPECT_EQ(add_days(Date{2027, 2, 28}, 1), (Date{2027, 3, 1}));
  EXPECT_EQ(add_days(Date{2027, 1, 1}, -1), (Date{2026, 12, 31}));
  EXPECT_EQ(add_days(Date{2026, 11, 25}, 0), (Date{2026, 11, 25}));
  EXPECT_EQ(add_days(Date{2026, 1, 1}, 365), (Date{2027, 1, 1}));
}

TEST(ThaiDate, CountsCalendarDaysBetweenDates) {
  EXPECT_EQ(days_between(Date{2026, 1, 1}, Date{2027, 1, 1}), 365);
  EXPECT_EQ(days_between(Date{2028, 1, 1}, Date{2029, 1, 1}), 366);
  EXPECT_EQ(days_between(Date{2026, 11, 25}, Date{2026, 11, 20}), -5);
  EXPECT_EQ(days_between(Date{2026, 11, 25}, Date{2026, 11, 25}), 0);
}

TEST(ThaiDate, KnowsTheDayOfTheWeek) {
  EXPECT_EQ(weekday_of(Date{2026, 11, 25}), std::chrono::Wednesday);
  EXPECT_EQ(weekday_of(Date{2026, 11, 28}), std::chrono::Saturday);
  EXPECT_EQ(weekday_of(Date{2028, 2, 29}), std::chrono::Tuesday);
  EXPECT_EQ(weekday_of(Date{1969, 12, 31}), std::chrono::Wednesday);
}

TEST(ThaiDate, ImpossibleDatesPassedInAreABugAndThrow) {
  EXPECT_THROW(add_days(Date{2027, 2, 29}, 1), std::invalid_argument);
  EXPECT_THROW(bangkok_midnight(Date{2026, 13, 1}), std::invalid_argument);
  EXPECT_THROW(weekday_of(Date{2026, 4, 31}), std::invalid_argument);
  EXPECT_THROW(format_thai_date(Date{2026, 13, 1}), std::invalid_argument);
  EXPECT_THROW(format_english_date(Date{2026, 0, 1}), std::invalid_argument);
}

// ----- Formatting --------------------------------------------------------------------------------

TEST(ThaiDateFormat, ShortStyleUsesTheAbbreviatedMonthAndBuddhistYear) {
  EXPECT_EQ(format_thai_date(Date{2026, 11, 25}), "25 พ.ย. 2569");
  EXPECT_EQ(format_thai_date(Date{2027, 1, 5}, DateStyle::abbreviated), "5 ม.ค. 2570");
}

TEST(ThaiDateFormat, LongStyleSpellsTheMonthOut) {
  EXPECT_EQ(format_thai_date(Date{2026, 11, 25}, DateStyle::full), "25 พฤศจิกายน 2569");
  EXPECT_EQ(format_thai_date(Date{2026, 2, 1}, DateStyle::full), "1 กุมภาพันธ์ 2569");
}

TEST(ThaiDateFormat, EveryMonthHasItsThaiNames) {
  const char* kShort[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                          "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
  const char* kLong[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                         "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
  for (unsigned m = 1; m <= 12; ++m) {
    EXPECT_EQ(format_thai_date(Date{2026, m, 1}), std::string("1 ") + kShort[m - 1] + " 2569");
    EXPECT_EQ(format_thai_date(Date{2026, m, 1}, DateStyle::full),
              std::string("1 ") + kLong[m - 1] + " 2569");
  }
}

TEST(ThaiDateFormat, ThaiDigitsReplaceEveryNumber) {
  EXPECT_EQ(format_thai_date(Date{2026, 11, 25}, DateStyle::abbreviated, Digits::thai),
            "๒๕ พ.ย. ๒๕๖๙");
  EXPECT_EQ(format_thai_date(Date{2026, 11, 25}, DateStyle::full, Digits::thai),
            "๒๕ พฤศจิกายน ๒๕๖๙");
}

TEST(ThaiDateFormat, EnglishUsesTheCommonEraYear) {
  EXPECT_EQ(format_english_date(Date{2026, 11, 25}), "25 Nov 2026");
  EXPECT_EQ(format_english_date(Date{2026, 11, 25}, DateStyle::full), "25 November 2026");
  EXPECT_EQ(format_english_date(Date{2027, 9, 3}, DateStyle::full), "3 September 2027");
}

TEST(ThaiDateFormat, DateTimeShowsBangkokWallClockWithNaa) {
  const TimePoint t = at("2026-11-25T07:05:00Z");  // 14:05 in Bangkok
  EXPECT_EQ(format_thai_date_time(t), "25 พ.ย. 2569 14:05 น.");
  EXPECT_EQ(format_thai_date_time(t, DateStyle::full), "25 พฤศจิกายน 2569 14:05 น.");
  EXPECT_EQ(format_thai_date_time(t, DateStyle::abbreviated, Digits::thai),
            "๒๕ พ.ย. ๒๕๖๙ ๑๔:๐๕ น.");
  EXPECT_EQ(format_english_date_time(t), "25 Nov 2026 14:05");
  EXPECT_EQ(format_english_date_time(t, DateStyle::full), "25 November 2026 14:05");
}

TEST(ThaiDateFormat, DateTimeLateInTheUtcDayIsAlreadyTomorrowInBangkok) {
  EXPECT_EQ(format_thai_date_time(at("2026-12-31T17:30:00Z")), "1 ม.ค. 2570 00:30 น.");
  EXPECT_EQ(format_english_date_time(at("2026-12-31T16:59:59Z")), "31 Dec 2026 23:59");
}

TEST(ThaiDateFormat, DateTimeTruncatesSecondsRatherThanRounding) {
  EXPECT_EQ(format_english_date_time(at("2026-11-25T07:05:59Z")), "25 Nov 2026 14:05");
}

TEST(ThaiDateFormat, ThaiDigitsLeaveOtherTextAlone) {
  EXPECT_EQ(to_thai_digits("0123456789"), "๐๑๒๓๔๕๖๗๘๙");
  EXPECT_EQ(to_thai_digits("ลพ 51000/1234 ก"), "ลพ ๕๑๐๐๐/๑๒๓๔ ก");
  EXPECT_EQ(to_thai_digits(""), "");
  EXPECT_EQ(to_thai_digits("no digits"), "no digits");
}

TEST(ThaiDateFormat, ArabicDigitsUndoThaiDigits) {
  EXPECT_EQ(to_arabic_digits("๐๑๒๓๔๕๖๗๘๙"), "0123456789");
  EXPECT_EQ(to_arabic_digits("ลพ ๕๑๐๐๐/1234"), "ลพ 51000/1234");
  // Thai letters from the same UTF-8 block (ๆ U+0E46, ๚ U+0E5A) are not digits.
  EXPECT_EQ(to_arabic_digits("ๆ๚"), "ๆ๚");
  // A truncated sequence at the end is copied, not read past.
  EXPECT_EQ(to_arabic_digits("\xE0\xB9"), "\xE0\xB9");
}

// ----- Parsing -----------------------------------------------------------------------------------

TEST(ThaiDateParse, ReadsDayMonthBuddhistYear) {
  EXPECT_EQ(parse_thai_date("25/11/2569"), (Date{2026, 11, 25}));
  EXPECT_EQ(parse_thai_date("5/1/2570"), (Date{2027, 1, 5}));
  EXPECT_EQ(parse_thai_date("05/01/2570"), (Date{2027, 1, 5}));
}

TEST(ThaiDateParse, ReadsThaiDigits) {
  EXPECT_EQ(parse_thai_date("๒๕/๑๑/๒๕๖๙"), (Date{2026, 11, 25}));
  EXPECT_EQ(parse_thai_date("๒๕๖๙-๑๑-๒๕"), (Date{2026, 11, 25}));
  EXPECT_EQ(parse_thai_date("๒๕/11/๒๕๖๙"), (Date{2026, 11, 25}));
}

TEST(ThaiDateParse, ReadsIsoOrderWithEitherEra) {
  EXPECT_EQ(parse_thai_date("2569-11-25"), (Date{2026, 11, 25}));
  EXPECT_EQ(parse_thai_date("2026-11-25"), (Date{2026, 11, 25}));
  EXPECT_EQ(parse_thai_date("2026-1-5"), (Date{2026, 1, 5}));
}

TEST(ThaiDateParse, AYearAbove2400IsBuddhistEraAndUpTo2400IsCommonEra) {
  EXPECT_EQ(parse_thai_date("1/1/2401"), (Date{1858, 1, 1}));
  EXPECT_EQ(parse_thai_date("1/1/2400"), (Date{2400, 1, 1}));
  EXPECT_EQ(parse_thai_date("25/11/2026"), (Date{2026, 11, 25}));
}

TEST(ThaiDateParse, IgnoresSurroundingSpaces) {
  EXPECT_EQ(parse_thai_date("  25/11/2569\t"), (Date{2026, 11, 25}));
}

TEST(ThaiDateParse, RefusesDatesThatDoNotExist) {
  EXPECT_EQ(parse_thai_date("31/02/2569"), std::nullopt);
  EXPECT_EQ(parse_thai_date("31/04/2569"), std::nullopt);
  EXPECT_EQ(parse_thai_date("0/1/2569"), std::nullopt);
  EXPECT_EQ(parse_thai_date("1/0/2569"), std::nullopt);
  EXPECT_EQ(parse_thai_date("1/13/2569"), std::nullopt);
  EXPECT_EQ(parse_thai_date("2569-02-30"), std::nullopt);
}

TEST(ThaiDateParse, LeapYearsFollowTheGregorianYearOfTheBuddhistYear) {
  EXPECT_EQ(parse_thai_date("29/02/2570"), std::nullopt);         // 2027
  EXPECT_EQ(parse_thai_date("29/02/2571"), (Date{2028, 2, 29}));  // 2028
  EXPECT_EQ(parse_thai_date("29/02/2443"), std::nullopt);         // 1900, not leap
  EXPECT_EQ(parse_thai_date("2543-02-29"), (Date{2000, 2, 29}));  // 2000, leap
}

TEST(ThaiDateParse, RefusesOtherShapes) {
  for (const char* text : {"",
                           "   ",
                           "25/11/69",
                           "25/11/02569",
                           "25/11/25690",
                           "125/11/2569",
                           "25/011/2569",
                           "25-11-2569",
                           "25.11.2569",
                           "2569/11/25",
                           "2569-11",
                           "2569-11-25x",
                           "x25/11/2569",
                           "25/11/2569/1",
                           "25 / 11 / 2569",
                           "25/11",
                           "-1/11/2569",
                           "+1/11/2569",
                           "2569-+1-25",
                           "0569-11-25",
                           "25/11/0569",
                           "25 พ.ย. 2569",
                           "2026-11-25T10:00:00Z"}) {
    EXPECT_EQ(parse_thai_date(text), std::nullopt) << text;
  }
}

TEST(ThaiDateParse, ReadsWhatTheFormatterWritesWithNumericMonths) {
  for (Date d : {Date{2026, 11, 25}, Date{2028, 2, 29}, Date{2027, 1, 1}}) {
    const std::string typed = std::to_string(d.day) + "/" + std::to_string(d.month) + "/" +
                              std::to_string(d.year + kBuddhistEraOffset);
    EXPECT_EQ(parse_thai_date(to_thai_digits(typed)), d) << typed;
  }
}

}  // namespace
}  // namespace pao
