#include "platform/audit/field_changes.hpp"

#include <gtest/gtest.h>

#include "platform/audit/audit_log.hpp"

namespace pao::audit {
namespace {

TEST(AuditFieldChanges, EachChangedFieldHasItsBeforeAndAfter) {
  Changes c;
  c.set("name", "สมชาย", "สมชาย ใจดี").added("phone", "053").removed("fax", "053-111");
  const auto fields = read_field_changes(c.to_json());
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0].field, "fax");  // stored sorted
  EXPECT_TRUE(fields[0].had_before);
  EXPECT_FALSE(fields[0].had_after);
  EXPECT_EQ(fields[1].field, "name");
  EXPECT_EQ(fields[1].before, "สมชาย");
  EXPECT_EQ(fields[1].after, "สมชาย ใจดี");
  EXPECT_FALSE(fields[1].is_note);
  EXPECT_EQ(fields[2].field, "phone");
  EXPECT_FALSE(fields[2].had_before);
  EXPECT_EQ(fields[2].after, "053");
}

TEST(AuditFieldChanges, ALineForASpreadsheetReadsFieldBeforeArrowAfter) {
  Changes c;
  c.set("name", "เดิม", "ใหม่").added("phone", "053").note("reason", "locked").note("tries", 5);
  EXPECT_EQ(field_changes_line(read_field_changes(c.to_json())),
            "name: เดิม → ใหม่; phone: — → 053; reason: locked; tries: 5");
}

TEST(AuditFieldChanges, NotesAreFactsNotChanges) {
  const auto fields = read_field_changes(R"({"reason":"locked","who":{"id":3}})");
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_TRUE(fields[0].is_note);
  EXPECT_EQ(fields[0].after, "locked");
  EXPECT_TRUE(fields[1].is_note);
  EXPECT_EQ(fields[1].after, R"({"id":3})");
}

TEST(AuditFieldChanges, AnEmptyTextDiffersVisiblyFromNoValue) {
  const auto fields = read_field_changes(R"({"note":{"before":"","after":null}})");
  ASSERT_EQ(fields.size(), 1u);
  EXPECT_EQ(field_changes_line(fields), R"(note: "" → —)");
}

TEST(AuditFieldChanges, ADamagedRowShowsItsTextInsteadOfNothing) {
  const auto fields = read_field_changes("not json {");
  ASSERT_EQ(fields.size(), 1u);
  EXPECT_EQ(fields[0].after, "not json {");
  EXPECT_EQ(field_changes_line(fields), "not json {");
  EXPECT_TRUE(read_field_changes("{}").empty());
}

}  // namespace
}  // namespace pao::audit
