#include "platform/time/fiscal_year.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace pao {
namespace {

TEST(FiscalYear, FirstOfOctoberStartsTheNextFiscalYear) {
  EXPECT_EQ(fiscal_year_of(Date{2026, 9, 30}), 2569);
  EXPECT_EQ(fiscal_year_of(Date{2026, 10, 1}), 2570);
}

TEST(FiscalYear, JanuaryToSeptemberBelongToTheFiscalYearOfTheirBuddhistYear) {
  EXPECT_EQ(fiscal_year_of(Date{2027, 1, 1}), 2570);
  EXPECT_EQ(fiscal_year_of(Date{2027, 9, 30}), 2570);
  EXPECT_EQ(fiscal_year_of(Date{2026, 12, 31}), 2570);
}

TEST(FiscalYear, RunsFromFirstOfOctoberToThirtiethOfSeptember) {
  const DateRange fy = fiscal_year_range(2570);
  EXPECT_EQ(fy.first, (Date{2026, 10, 1}));
  EXPECT_EQ(fy.last, (Date{2027, 9, 30}));
}

TEST(FiscalYear, EveryDayOfAFiscalYearMapsBackToIt) {
  const DateRange fy = fiscal_year_range(2571);  // includes 29 Feb 2028
  int days = 0;
  for (Date d = fy.first; d <= fy.last; d = add_days(d, 1), ++days) {
    ASSERT_EQ(fiscal_year_of(d), 2571) << d;
  }
  EXPECT_EQ(days, 366);
  EXPECT_EQ(fiscal_year_of(add_days(fy.first, -1)), 2570);
  EXPECT_EQ(fiscal_year_of(add_days(fy.last, 1)), 2572);
}

TEST(FiscalYear, RangeContainsItsEndsAndNothingOutside) {
  const DateRange fy = fiscal_year_range(2570);
  EXPECT_TRUE(fy.contains(Date{2026, 10, 1}));
  EXPECT_TRUE(fy.contains(Date{2027, 9, 30}));
  EXPECT_FALSE(fy.contains(Date{2026, 9, 30}));
  EXPECT_FALSE(fy.contains(Date{2027, 10, 1}));
}

TEST(FiscalYear, ImpossibleDateThrows) {
  EXPECT_THROW(fiscal_year_of(Date{2027, 2, 29}), std::invalid_argument);
  EXPECT_THROW(fiscal_quarter_of(Date{2026, 13, 1}), std::invalid_argument);
}

TEST(FiscalQuarter, OctoberToDecemberIsTheFirstQuarter) {
  EXPECT_EQ(fiscal_quarter_of(Date{2026, 10, 1}), 1);
  EXPECT_EQ(fiscal_quarter_of(Date{2026, 12, 31}), 1);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 1, 1}), 2);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 3, 31}), 2);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 4, 1}), 3);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 6, 30}), 3);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 7, 1}), 4);
  EXPECT_EQ(fiscal_quarter_of(Date{2027, 9, 30}), 4);
}

TEST(FiscalQuarter, RangesOfFiscalYear2570) {
  EXPECT_EQ(fiscal_quarter_range(2570, 1), (DateRange{{2026, 10, 1}, {2026, 12, 31}}));
  EXPECT_EQ(fiscal_quarter_range(2570, 2), (DateRange{{2027, 1, 1}, {2027, 3, 31}}));
  EXPECT_EQ(fiscal_quarter_range(2570, 3), (DateRange{{2027, 4, 1}, {2027, 6, 30}}));
  EXPECT_EQ(fiscal_quarter_range(2570, 4), (DateRange{{2027, 7, 1}, {2027, 9, 30}}));
}

TEST(FiscalQuarter, QuartersTileTheFiscalYearWithoutGapsOrOverlap) {
  for (int be : {2569, 2570, 2571}) {
    const DateRange fy = fiscal_year_range(be);
    EXPECT_EQ(fiscal_quarter_range(be, 1).first, fy.first);
    EXPECT_EQ(fiscal_quarter_range(be, 4).last, fy.last);
    for (int q = 1; q < 4; ++q) {
      EXPECT_EQ(add_days(fiscal_quarter_range(be, q).last, 1),
                fiscal_quarter_range(be, q + 1).first)
          << be << " Q" << q;
    }
  }
}

TEST(FiscalQuarter, EveryDayFallsInTheQuarterWhoseRangeHoldsIt) {
  const DateRange fy = fiscal_year_range(2571);
  for (Date d = fy.first; d <= fy.last; d = add_days(d, 1)) {
    const int q = fiscal_quarter_of(d);
    ASSERT_TRUE(fiscal_quarter_range(2571, q).contains(d)) << d << " Q" << q;
  }
}

TEST(FiscalQuarter, SecondQuarterOfALeapYearEndsOnThirtyFirstOfMarch) {
  EXPECT_EQ(fiscal_quarter_range(2571, 2), (DateRange{{2028, 1, 1}, {2028, 3, 31}}));
}

TEST(FiscalQuarter, QuarterOutsideOneToFourThrows) {
  EXPECT_THROW(fiscal_quarter_range(2570, 0), std::out_of_range);
  EXPECT_THROW(fiscal_quarter_range(2570, 5), std::out_of_range);
  EXPECT_THROW(fiscal_quarter_range(2570, -1), std::out_of_range);
}

}  // namespace
}  // namespace pao
