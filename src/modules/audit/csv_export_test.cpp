// GET /admin/audit/export.csv and the paged CSV writer behind it, on both engines.
#include <gtest/gtest.h>

#include "modules/audit/csv_export.hpp"
#include "modules/audit/routes_testing.hpp"
#include "platform/text/csv.hpp"

namespace pao::audit {
namespace {

namespace json = boost::json;
using namespace test_support;

class AuditCsvExport : public AuditRoutesTest {};

TEST_P(AuditCsvExport, CsvHasTheBomAHeaderRowAndThaiTextIntact) {
  Changes c;
  c.set("name", "สมชาย", "สมชาย ใจดี");
  write("2026-11-25T07:02:03Z", "somchai", "identity.user.update", "user", "42", c);
  write("2026-11-25T07:03:00Z", "malee", "identity.user.update", "user", "43", c);
  const auto r = get("/admin/audit/export.csv?actor=somchai");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_TRUE(header(r, "Content-Disposition").starts_with("attachment; filename=\"audit-trail-"))
      << header(r, "Content-Disposition");
  ASSERT_TRUE(r.body.starts_with("\xEF\xBB\xBF"));
  const auto rows = text::parse_csv(r.body);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u) << "header and somchai's one entry";
  const auto& head = rows->at(0);
  EXPECT_EQ(head.at(0), "ลำดับ");
  EXPECT_EQ(head.size(), 13u);
  const auto& row = rows->at(1);
  ASSERT_EQ(row.size(), head.size());
  EXPECT_EQ(row[0], "1");
  EXPECT_EQ(row[1], "2026-11-25 14:02:03") << "Bangkok time";
  EXPECT_EQ(row[2], "2026-11-25T07:02:03Z");
  EXPECT_EQ(row[4], "somchai");
  EXPECT_EQ(row[8], "name: สมชาย → สมชาย ใจดี");
  EXPECT_EQ(json::parse(row[9]).at("name").at("after"), "สมชาย ใจดี");

  const auto en = text::parse_csv(get("/admin/audit/export.csv?action=identity.&lang=en").body);
  ASSERT_TRUE(en.ok());
  EXPECT_EQ(en->at(0).at(0), "No.");
  EXPECT_EQ(en->size(), 3u) << "header, somchai's and malee's entries";
}

TEST_P(AuditCsvExport, ABadDateIsRefusedInsteadOfExportingEverything) {
  write_many(3);
  const auto r = get("/admin/audit/export.csv?to=2026-11-31");
  EXPECT_EQ(r.status, 400);
  EXPECT_FALSE(r.body.starts_with("\xEF\xBB\xBF"));
  EXPECT_TRUE(get_json("/api/v1/audit/entries?action=audit.").at("items").as_array().empty())
      << "a refused export is not recorded as one";
}

TEST_P(AuditCsvExport, AnExportIsItselfRecordedInTheTrail) {
  write_many(3);
  ASSERT_EQ(get("/admin/audit/export.csv?action=test.").status, 200);
  const auto doc = get_json("/api/v1/audit/entries?action=audit.entries.export");
  ASSERT_EQ(doc.at("items").as_array().size(), 1u);
  const auto& e = doc.at("items").at(0);
  EXPECT_EQ(e.at("actor_name"), "auditor1");
  EXPECT_EQ(e.at("client_ip"), "192.0.2.10");
  EXPECT_EQ(e.at("changes").at("rows"), 3);
  EXPECT_EQ(e.at("changes").at("filter"), "action=test.");
  EXPECT_TRUE(get_json("/api/v1/audit/verify").at("intact").as_bool());
}

TEST_P(AuditCsvExport, CsvCellsThatASpreadsheetWouldRunAreDefused) {
  write("2026-11-25T01:00:00Z", "=cmd|' /C calc'!A0", "x.y.z", "user", "@SUM(1+1)");
  const auto rows = text::parse_csv(get("/admin/audit/export.csv").body);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ(rows->at(1).at(4), "'=cmd|' /C calc'!A0");
  EXPECT_EQ(rows->at(1).at(7), "'@SUM(1+1)");
}

TEST_P(AuditCsvExport, CsvReadsPageByPageAndStopsAtItsCap) {
  write_many(10);
  auto lease = db_->acquire();
  auto seqs_of = [](const EntriesCsv& csv) {
    const auto rows = text::parse_csv(csv.text);
    Seqs out;
    for (std::size_t i = 1; i < rows->size(); ++i) out.push_back(std::stoll(rows->at(i).at(0)));
    return out;
  };
  const std::vector<std::string> head{"no."};
  const auto capped = write_entries_csv(lease.conn(), {}, head, 7, 3);
  EXPECT_EQ(capped.rows, 7);
  EXPECT_TRUE(capped.truncated);
  EXPECT_EQ(seqs_of(capped), (Seqs{10, 9, 8, 7, 6, 5, 4}));

  const auto exact = write_entries_csv(lease.conn(), {}, head, 10, 5);
  EXPECT_EQ(exact.rows, 10);
  EXPECT_FALSE(exact.truncated);
  EXPECT_EQ(seqs_of(exact), (Seqs{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));

  Filter older;
  older.before_seq = 3;  // a page's cursor does not narrow an export
  older.limit = 2;
  const auto all = write_entries_csv(lease.conn(), older, head, 50, 4);
  EXPECT_EQ(all.rows, 10);
  EXPECT_FALSE(all.truncated);
}

INSTANTIATE_TEST_SUITE_P(AuditDb, AuditCsvExport, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::audit
