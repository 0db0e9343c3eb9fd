#include "modules/audit/bangkok_time.hpp"

#include <gtest/gtest.h>

namespace pao::audit {
namespace {

// The display joins the date's parts with no-break spaces; tests read them as plain ones.
std::string shown(std::string_view iso_utc, std::string_view lang) {
  std::string s = bangkok_display(iso_utc, lang);
  for (std::size_t at; (at = s.find("\u00A0")) != std::string::npos;) s.replace(at, 2, " ");
  return s;
}

std::string day_start(std::string_view s) {
  const auto t = bangkok_day_start(s);
  return t ? to_iso_utc(*t) : "refused";
}

TEST(AuditBangkokTime, ADayBeginsAtBangkokMidnightWhichIsFivePmUtcTheDayBefore) {
  EXPECT_EQ(day_start("2026-11-25"), "2026-11-24T17:00:00Z");
  EXPECT_EQ(day_start("2027-01-01"), "2026-12-31T17:00:00Z");
  EXPECT_EQ(day_start("2028-02-29"), "2028-02-28T17:00:00Z");
}

TEST(AuditBangkokTime, ADayIsTypedAsDayMonthBuddhistYearOrSentAsIsoAndMustBeReal) {
  for (const char* same : {"25/11/2569", "๒๕/๑๑/๒๕๖๙", "2569-11-25", "2026-11-25"}) {
    EXPECT_EQ(day_start(same), "2026-11-24T17:00:00Z") << same;
  }
  for (const char* bad :
       {"", "2026-02-29", "29/02/2569", "2026-13-01", "2026-11-31", "26-11-25", "2026/11/25",
        "2026-11-25T00:00:00Z", "+026-11-25", "2026-11-2x", "0000-01-01", "25/11/69"}) {
    EXPECT_EQ(day_start(bad), "refused") << bad;
  }
}

TEST(AuditBangkokTime, ThaiReadersSeeBuddhistEraDatesInBangkokTime) {
  EXPECT_EQ(shown("2026-11-25T07:02:03Z", "th"), "25 พ.ย. 2569 14:02:03");
  EXPECT_EQ(shown("2026-12-31T17:30:00Z", "th"), "1 ม.ค. 2570 00:30:00");
}

TEST(AuditBangkokTime, EnglishReadersSeeCommonEraDatesInBangkokTime) {
  EXPECT_EQ(shown("2026-11-25T07:02:03Z", "en"), "25 Nov 2026 14:02:03");
  EXPECT_EQ(shown("2026-12-31T16:59:59Z", "en"), "31 Dec 2026 23:59:59");
}

TEST(AuditBangkokTime, TheDateStaysOnOneLine) {
  EXPECT_EQ(bangkok_display("2026-11-25T07:02:03Z", "en"), "25\u00A0Nov\u00A02026 14:02:03");
}

TEST(AuditBangkokTime, SpreadsheetTimeIsBangkokYyyyMmDdHhMmSs) {
  EXPECT_EQ(bangkok_sortable("2026-11-25T17:00:00Z"), "2026-11-26 00:00:00");
}

TEST(AuditBangkokTime, TextThatIsNotAStoredTimeIsShownAsItIs) {
  EXPECT_EQ(bangkok_display("tampered", "th"), "tampered");
  EXPECT_EQ(bangkok_sortable("2026-11-25"), "2026-11-25");
}

}  // namespace
}  // namespace pao::audit
