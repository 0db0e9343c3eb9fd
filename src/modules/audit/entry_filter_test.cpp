#include "modules/audit/entry_filter.hpp"

#include <gtest/gtest.h>

namespace pao::audit {
namespace {

TEST(AuditEntryFilter, BlankFieldsFilterNothing) {
  const auto f = to_filter({});
  ASSERT_TRUE(f.ok());
  EXPECT_FALSE(f->actor_name || f->action || f->entity_type || f->entity_id || f->from_utc ||
               f->to_utc);
}

TEST(AuditEntryFilter, DatesBecomeTheUtcBoundsOfWholeBangkokDays) {
  EntryFilterForm form;
  form.from = "2026-11-25";
  form.to = "2026-11-25";
  const auto f = to_filter(form);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->from_utc, "2026-11-24T17:00:00Z");
  EXPECT_EQ(f->to_utc, "2026-11-25T17:00:00Z");  // exclusive: the 25th until 23:59:59
}

TEST(AuditEntryFilter, EachBadDateIsNamed) {
  EntryFilterForm form;
  form.from = "2026-02-30";
  form.to = "tomorrow";
  const auto f = to_filter(form);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(f.error().fields.count("from"), 1u);
  EXPECT_EQ(f.error().fields.count("to"), 1u);
}

TEST(AuditEntryFilter, AToDayBeforeTheFromDayIsRefusedOnTo) {
  EntryFilterForm form;
  form.from = "2026-11-26";
  form.to = "2026-11-25";
  const auto f = to_filter(form);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().fields.count("to"), 1u);
  EXPECT_EQ(f.error().fields.count("from"), 0u);
}

TEST(AuditEntryFilter, TextOver200CharactersIsRefusedNamingTheField) {
  EntryFilterForm form;
  for (int i = 0; i < 200; ++i) form.actor += "ก";  // 200 characters, 600 bytes: fine
  form.entity_id = std::string(201, 'x');
  const auto f = to_filter(form);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().fields.count("actor"), 0u);
  EXPECT_EQ(f.error().fields.count("entity_id"), 1u);
}

TEST(AuditEntryFilter, ReadsTheQueryTrimmed) {
  http::Request req;
  req.query = {{"actor", "  somchai "}, {"action", "identity."}, {"from", ""}};
  const auto form = read_entry_filter_form(req);
  EXPECT_EQ(form.actor, "somchai");
  EXPECT_EQ(form.action, "identity.");
  const auto f = to_filter(form);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->actor_name, "somchai");
  EXPECT_FALSE(f->from_utc);
}

TEST(AuditEntryFilter, LinksKeepOnlyTheFilledFieldsPercentEncoded) {
  EntryFilterForm form;
  form.actor = "สม ชาย";
  form.to = "2026-11-25";
  EXPECT_EQ(to_query_string(form),
            "actor=%E0%B8%AA%E0%B8%A1%20%E0%B8%8A%E0%B8%B2%E0%B8%A2&to=2026-11-25");
  EXPECT_EQ(to_query_string({}), "");
}

}  // namespace
}  // namespace pao::audit
