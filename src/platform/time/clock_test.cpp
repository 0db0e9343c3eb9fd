#include "platform/time/clock.hpp"

#include <gtest/gtest.h>

namespace pao {
namespace {

TEST(IsoTime, BangkokOffsetIsConvertedToUtc) {
  TimePoint t;
  ASSERT_TRUE(parse_iso_time("2027-01-01T08:00:00+07:00", t));
  EXPECT_EQ(to_iso_utc(t), "2027-01-01T01:00:00Z");
}

TEST(IsoTime, PlainDateIsMidnightUtc) {
  TimePoint t;
  ASSERT_TRUE(parse_iso_time("2026-11-25", t));
  EXPECT_EQ(to_iso_utc(t), "2026-11-25T00:00:00Z");
}

TEST(IsoTime, RefusesImpossibleDates) {
  TimePoint t;
  EXPECT_FALSE(parse_iso_time("2026-02-29", t));
  EXPECT_FALSE(parse_iso_time("2026-13-01", t));
  EXPECT_FALSE(parse_iso_time("2026-11-25T25:00:00Z", t));
  EXPECT_FALSE(parse_iso_time("25/11/2569", t));
  EXPECT_TRUE(parse_iso_time("2028-02-29", t));
}

TEST(FixedClock, MovesOnlyWhenTold) {
  TimePoint t;
  ASSERT_TRUE(parse_iso_time("2026-12-31T16:59:59Z", t));
  FixedClock clock(t);
  EXPECT_EQ(clock.now(), t);
  clock.advance(std::chrono::seconds(1));
  EXPECT_EQ(to_iso_utc(clock.now()), "2026-12-31T17:00:00Z");
}

}  // namespace
}  // namespace pao
