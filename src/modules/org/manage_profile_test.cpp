// Another PAO fits the profile to itself: what changes, what the audit trail says, what is
// refused. On both databases.
#include "modules/org/manage_profile.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "modules/org/testing.hpp"

namespace pao::org {
namespace {

namespace json = boost::json;
using db::Backend;

class OrgProfile : public testing::OrgDbTest {};

TEST_P(OrgProfile, AnotherPaoRenamesItselfAndTheAuditEntryHoldsBeforeAndAfter) {
  const auto r = update_profile(conn(), at_, admin_,
                                {.name_th = "องค์การบริหารส่วนจังหวัดเชียงใหม่",
                                 .short_name_th = "อบจ.เชียงใหม่",
                                 .province_th = "เชียงใหม่"});
  ASSERT_TRUE(r.ok()) << r.error().message.en;
  const Profile p = get_profile(conn());
  EXPECT_EQ(p.name_th, "องค์การบริหารส่วนจังหวัดเชียงใหม่");
  EXPECT_EQ(p.short_name_th, "อบจ.เชียงใหม่");
  EXPECT_EQ(p.name_en, "Lamphun Provincial Administrative Organization") << "not sent: kept";
  EXPECT_EQ(p.digital_missions_th.size(), 4u);
  EXPECT_EQ(conn().query_one("SELECT updated_at FROM org_profile")->str(0), to_iso_utc(at_));

  const auto entries = testing::audit_entries(conn(), "profile", "1");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "org.profile.update");
  EXPECT_EQ(entries[0].actor_name, "somchai");
  const auto ch = json::parse(entries[0].changes).as_object();
  EXPECT_EQ(ch.size(), 3u) << entries[0].changes;
  EXPECT_EQ(ch.at("name_th").at("before"), "องค์การบริหารส่วนจังหวัดลำพูน");
  EXPECT_EQ(ch.at("name_th").at("after"), "องค์การบริหารส่วนจังหวัดเชียงใหม่");
  EXPECT_EQ(ch.at("province_th").at("before"), "ลำพูน");
}

TEST_P(OrgProfile, BlankOrTooLongFieldsAreNamedAndNothingIsWritten) {
  const auto before = testing::audit_count(conn());
  const auto r =
      update_profile(conn(), at_, admin_, {.name_th = "  ", .vision_th = std::string(1001, 'v')});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  ASSERT_EQ(r.error().fields.count("name_th"), 1u);
  EXPECT_EQ(r.error().fields.at("name_th").en, "is required");
  EXPECT_EQ(r.error().fields.count("vision_th"), 1u);
  EXPECT_EQ(get_profile(conn()).name_th, "องค์การบริหารส่วนจังหวัดลำพูน");
  EXPECT_EQ(testing::audit_count(conn()), before);
}

TEST_P(OrgProfile, SavingTheSameValuesWritesNoAuditEntry) {
  const Profile p = get_profile(conn());
  const auto before = testing::audit_count(conn());
  const auto r =
      update_profile(conn(), at_, admin_, {.name_th = p.name_th, .name_en = " " + p.name_en + " "});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(testing::audit_count(conn()), before);
}

INSTANTIATE_TEST_SUITE_P(, OrgProfile, ::testing::ValuesIn(db::test_backends()), db::backend_name);

}  // namespace
}  // namespace pao::org
