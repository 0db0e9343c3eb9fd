#include <gtest/gtest.h>

#include "modules/identity/api.hpp"

namespace pao::identity {
namespace {

TEST(IdentityTokenExpiry, ADateMeansThroughThatDayInBangkok) {
  // 00:00 on 1 Dec in Bangkok is 17:00 UTC on 30 Nov.
  EXPECT_EQ(token_expiry("2026-11-30"), "2026-11-30T17:00:00Z");
}

TEST(IdentityTokenExpiry, ABuddhistEraDateIsTheSameDay) {
  EXPECT_EQ(token_expiry("2569-11-30"), "2026-11-30T17:00:00Z");
}

TEST(IdentityTokenExpiry, TheLastDayOfTheYearEndsInTheNextYear) {
  EXPECT_EQ(token_expiry("2026-12-31"), "2026-12-31T17:00:00Z");
}

TEST(IdentityTokenExpiry, ATimeOrAnythingElseIsLeftForCreateTokenToCheck) {
  EXPECT_EQ(token_expiry("2026-11-30T08:00:00+07:00"), "2026-11-30T08:00:00+07:00");
  EXPECT_EQ(token_expiry("2026-02-30"), "2026-02-30");
  EXPECT_EQ(token_expiry("soon"), "soon");
}

}  // namespace
}  // namespace pao::identity
