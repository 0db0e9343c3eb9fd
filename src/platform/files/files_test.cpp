// Attachments on both databases: stored by content, once; refused by content, size and
// emptiness, naming the form field; listed and detached per owner; and the orphan sweep, which
// removes only what nothing refers to and is old enough.
#include "platform/files/files.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "platform/db/testing.hpp"
#include "platform/files/file_type.hpp"
#include "platform/files/orphans.hpp"
#include "platform/files/testing.hpp"
#include "platform/text/utf8.hpp"

namespace pao::files {
namespace {

using namespace pao::files::testing;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

TimePoint t0() {
  TimePoint t{};
  parse_iso_time("2026-11-25T09:00:00+07:00", t);
  return t;
}

const Owner kLetter{"saraban", "letter", "42"};
const Owner kOtherLetter{"saraban", "letter", "43"};

// ---- names (no database) ---------------------------------------------------------------------

TEST(FileNames, DirectoriesControlAndBidiCharactersAreRemoved) {
  EXPECT_EQ(display_name("C:\\fakepath\\บันทึกข้อความ.pdf"), "บันทึกข้อความ.pdf");
  EXPECT_EQ(display_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(display_name("a\x01\x7F"
                         "b.txt"),
            "ab.txt");
  EXPECT_EQ(display_name("\xE2\x80\xAE"
                         "fdp.exe"),
            "fdp.exe");  // U+202E RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(display_name("  รายงาน \t  ประจำปี.xlsx  "), "รายงาน ประจำปี.xlsx");
  EXPECT_EQ(display_name("trailing dots..."), "trailing dots");
  EXPECT_EQ(display_name("bad \xFF byte.txt"), "bad \xEF\xBF\xBD byte.txt");
  EXPECT_EQ(display_name(""), "file");
  EXPECT_EQ(display_name("   "), "file");
  EXPECT_EQ(display_name("C:\\dir\\"), "file");
}

TEST(FileNames, ALongNameIsCutKeepingItsExtension) {
  std::string name;
  for (int i = 0; i < 40; ++i) name += "ทดสอบ";  // 600 bytes
  const std::string shown = display_name(name + ".pdf");
  EXPECT_LE(shown.size(), 200u);
  EXPECT_TRUE(shown.ends_with(".pdf"));
  EXPECT_TRUE(text::is_valid_utf8(shown));
}

TEST(FileNames, TheDownloadNameGetsTheExtensionOfWhatTheFileIs) {
  StoredFile f;
  f.name = "scan.jpg";
  f.mime = "application/pdf";
  EXPECT_EQ(download_name(f), "scan.jpg.pdf");
  f.name = "photo.JPG";
  f.mime = "image/jpeg";
  EXPECT_EQ(download_name(f), "photo.JPG");
  f.name = "page.html";
  f.mime = std::string(mime_of(FileType::text));
  EXPECT_EQ(download_name(f), "page.html.txt");
  f.name = "ทะเบียน.csv";
  EXPECT_EQ(download_name(f), "ทะเบียน.csv");
  f.name = "notes";
  EXPECT_EQ(download_name(f), "notes.txt");
}

TEST(FileNames, TheUrlCarriesThePercentEncodedName) {
  StoredFile f;
  f.id = 7;
  f.name = "ก ข.pdf";
  f.mime = "application/pdf";
  EXPECT_EQ(file_url(f), "/files/7/%E0%B8%81%20%E0%B8%82.pdf");
}

// ---- the store on disk (no database) ---------------------------------------------------------

TEST(FileStoreDisk, ABlobLandsAtItsContentAddressedPath) {
  TempDir dir;
  const FileStore store(dir.path() / "files");
  auto blob = store.stage("สวัสดี\n", t0());
  store.publish(blob);
  const std::string& sha = blob.sha256();
  EXPECT_TRUE(FileStore::is_sha256(sha));
  EXPECT_EQ(store.blob_path(sha), dir.path() / "files" / sha.substr(0, 2) / sha.substr(2, 2) / sha);
  EXPECT_TRUE(store.contains(sha));
  EXPECT_EQ(store.read(sha), "สวัสดี\n");
  EXPECT_TRUE(store.temp_files().empty());
  ASSERT_EQ(store.blob_files().size(), 1u);
  EXPECT_EQ(store.blob_files()[0].modified, t0());  // dated by the caller's clock
}

TEST(FileStoreDisk, TheSameContentIsKeptOnce) {
  TempDir dir;
  const FileStore store(dir.path());
  auto a = store.stage("same", t0());
  auto b = store.stage("same", t0());
  store.publish(a);
  store.publish(b);
  EXPECT_EQ(a.sha256(), b.sha256());
  EXPECT_EQ(count_files(dir.path()), 1);
}

TEST(FileStoreDisk, AnUnpublishedBlobLeavesNothingBehind) {
  TempDir dir;
  const FileStore store(dir.path());
  {
    auto blob = store.stage("abandoned", t0());
    EXPECT_EQ(store.temp_files().size(), 1u);
  }
  EXPECT_EQ(count_files(dir.path()), 0);
}

TEST(FileStoreDisk, ADamagedBlobIsReplacedWhole) {
  TempDir dir;
  const FileStore store(dir.path());
  auto first = store.stage("the real content", t0());
  store.publish(first);
  std::ofstream(store.blob_path(first.sha256()), std::ios::trunc) << "cut";
  auto again = store.stage("the real content", t0());
  store.publish(again);
  EXPECT_EQ(store.read(first.sha256()), "the real content");
}

TEST(FileStoreDisk, PathsAreBuiltOnlyFromASha256) {
  const FileStore store("/srv/pao/files");
  EXPECT_THROW(store.blob_path("../../etc/passwd"), std::invalid_argument);
  EXPECT_THROW(store.blob_path(std::string(64, 'A')), std::invalid_argument);
  EXPECT_THROW(store.read(std::string(63, 'a')), std::invalid_argument);
  EXPECT_FALSE(FileStore::is_sha256(std::string(64, 'g')));
}

// ---- uploads (both databases) ----------------------------------------------------------------

class FileUpload : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override {
    db_ = db::open_fresh_database(GetParam());
    std::vector<db::Migration> ms = audit::audit_migrations();
    for (auto& m : file_migrations()) ms.push_back(std::move(m));
    db::apply_migrations(*db_, ms, "2026-11-25T00:00:00Z");
  }

  Result<StoredFile> upload(const std::string& bytes, const std::string& name,
                            const Owner& owner = kLetter, UploadLimits limits = {},
                            TimePoint at = t0()) {
    auto c = db_->acquire();
    return store_upload(c.conn(), store_, at, actor_, {"file", name, "image/jpeg", bytes}, owner,
                        limits);
  }

  std::int64_t count(const std::string& table) {
    return db_->acquire()->query_one("SELECT COUNT(*) FROM " + table)->i64(0);
  }

  std::vector<std::string> audit_actions() {
    std::vector<std::string> out;
    auto c = db_->acquire();
    for (const auto& e : audit::find_entries(c.conn(), {.limit = 100})) out.push_back(e.action);
    return out;
  }

  TempDir dir_;
  FileStore store_{dir_.path() / "files"};
  std::unique_ptr<db::Database> db_;
  audit::Actor actor_{audit::ActorKind::user, 7, "somsri", "req-1", "10.0.0.5"};
};

TEST_P(FileUpload, APdfNamedJpgIsStoredAsAPdf) {
  const auto f = upload(minimal_pdf(), "scan.jpg");
  ASSERT_TRUE(f.ok()) << f.error().message.en;
  EXPECT_EQ(f->mime, "application/pdf");
  EXPECT_EQ(f->name, "scan.jpg");
  EXPECT_EQ(download_name(*f), "scan.jpg.pdf");
  EXPECT_EQ(f->size, static_cast<std::int64_t>(minimal_pdf().size()));
  EXPECT_EQ(read_file_bytes(store_, f->sha256), minimal_pdf());

  const auto found = find_file(db_->acquire().conn(), f->id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->sha256, f->sha256);
  EXPECT_EQ(found->owner, kLetter);
  EXPECT_EQ(found->uploaded_by, "somsri");
  EXPECT_EQ(found->uploaded_by_kind, "user");
  EXPECT_EQ(found->uploaded_by_id, 7);
  EXPECT_EQ(found->uploaded_at, "2026-11-25T02:00:00Z");
  EXPECT_FALSE(found->detached_at);
  EXPECT_EQ(audit_actions(), std::vector<std::string>{"platform.file.upload"});
}

TEST_P(FileUpload, AProgramNamedPdfIsRefusedNamingTheFieldAndLeavesNothing) {
  const auto f = upload(windows_program(), "report.pdf");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(f.error().fields.count("file"), 1u);
  EXPECT_EQ(count("platform_file"), 0);
  EXPECT_EQ(count_files(dir_.path()), 0);
  EXPECT_TRUE(audit_actions().empty());
}

TEST_P(FileUpload, TheSameContentIsStoredOnceForTwoAttachments) {
  const auto a = upload(minimal_png(), "a.png", kLetter);
  const auto b = upload(minimal_png(), "รูปเดียวกัน.png", kOtherLetter);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->id, b->id);
  EXPECT_EQ(a->sha256, b->sha256);
  EXPECT_EQ(count("platform_file"), 2);
  EXPECT_EQ(count("platform_file_blob"), 1);
  EXPECT_EQ(count_files(dir_.path()), 1);
}

TEST_P(FileUpload, AFileOverTheLimitIsTooLargeNamingTheField) {
  const auto small = upload("twenty bytes of text", "a.txt", kLetter, {.max_bytes = 10});
  ASSERT_FALSE(small.ok());
  EXPECT_EQ(small.error().code, ErrorCode::too_large);
  EXPECT_EQ(small.error().fields.count("file"), 1u);

  const auto big = upload(std::string(kDefaultMaxFileBytes + 1, 'a'), "big.txt");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().code, ErrorCode::too_large);
  EXPECT_NE(big.error().fields.at("file").th.find("20 MB"), std::string::npos);
  EXPECT_EQ(count_files(dir_.path()), 0);
}

TEST_P(FileUpload, AnEmptyFileIsRefused) {
  const auto f = upload("", "empty.pdf");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(f.error().fields.count("file"), 1u);
}

TEST_P(FileUpload, TheRefusalNamesTheFormFieldThePartCameFrom) {
  auto c = db_->acquire();
  const auto f = store_upload(c.conn(), store_, t0(), actor_,
                              {"attachment", "x.exe", "", windows_program()}, kLetter);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().fields.count("attachment"), 1u);
}

TEST_P(FileUpload, ListShowsTheOwnersAttachedFilesOldestFirst) {
  const auto a = upload("แรก", "1.txt");
  const auto b = upload("สอง", "2.txt");
  (void)upload("ของฉบับอื่น", "3.txt", kOtherLetter);
  const auto files = list_files(db_->acquire().conn(), kLetter);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].id, a->id);
  EXPECT_EQ(files[1].id, b->id);
}

TEST_P(FileUpload, DetachingNeedsTheRightOwnerAndIsAudited) {
  const auto f = upload("ข้อความ", "a.txt");
  auto c = db_->acquire();
  const auto wrong = detach_file(c.conn(), t0(), actor_, f->id, kOtherLetter);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::not_found);
  EXPECT_EQ(detach_file(c.conn(), t0(), actor_, 999999, kLetter).error().code,
            ErrorCode::not_found);

  ASSERT_TRUE(detach_file(c.conn(), t0() + 1h, actor_, f->id, kLetter).ok());
  EXPECT_TRUE(list_files(c.conn(), kLetter).empty());
  EXPECT_EQ(find_file(c.conn(), f->id)->detached_at, "2026-11-25T03:00:00Z");
  EXPECT_FALSE(detach_file(c.conn(), t0(), actor_, f->id, kLetter).ok());  // already detached
  EXPECT_EQ(audit_actions(),
            (std::vector<std::string>{"platform.file.detach", "platform.file.upload"}));
}

TEST_P(FileUpload, AnUploadInARolledBackTransactionLeavesNoRow) {
  {
    auto c = db_->acquire();
    db::Tx outer(c.conn());
    ASSERT_TRUE(
        store_upload(c.conn(), store_, t0(), actor_, {"file", "a.txt", "", "ข้อความ"}, kLetter)
            .ok());
  }  // rolled back: the letter it belonged to was not saved
  EXPECT_EQ(count("platform_file"), 0);
  EXPECT_EQ(count("platform_file_blob"), 0);
  EXPECT_TRUE(audit_actions().empty());
}

TEST_P(FileUpload, AMalformedOwnerIsACallerBug) {
  EXPECT_THROW((void)upload("x", "a.txt", {"Saraban", "letter", "1"}), std::invalid_argument);
  EXPECT_THROW((void)upload("x", "a.txt", {"saraban", "", "1"}), std::invalid_argument);
  EXPECT_THROW((void)upload("x", "a.txt", {"saraban", "letter", "a b"}), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(Files, FileUpload, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

// ---- the orphan sweep (both databases) -------------------------------------------------------

class FileOrphans : public FileUpload {
 protected:
  OrphanReport sweep(TimePoint at, bool dry_run = false) {
    auto c = db_->acquire();
    return clean_orphans(c.conn(), store_, at, audit::system_actor("job:test"),
                         {.dry_run = dry_run});
  }
  void detach(std::int64_t id, TimePoint at, const Owner& owner = kLetter) {
    auto c = db_->acquire();
    ASSERT_TRUE(detach_file(c.conn(), at, actor_, id, owner).ok());
  }
  // An upload whose transaction rolled back after its file was put in place.
  void rolled_back_upload(const std::string& bytes, TimePoint at) {
    auto c = db_->acquire();
    db::Tx outer(c.conn());
    ASSERT_TRUE(
        store_upload(c.conn(), store_, at, actor_, {"file", "x.txt", "", bytes}, kLetter).ok());
  }
  // A temporary file left by a crash mid-upload.
  void crashed_upload(TimePoint at) {
    const fs::path p = dir_.path() / "files" / "tmp" / "upload-crash1";
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "half of a file";
    fs::last_write_time(p, std::chrono::file_clock::from_sys(at));
  }
};

TEST_P(FileOrphans, AnAttachedFileIsNeverTouched) {
  const auto f = upload(minimal_pdf(), "a.pdf");
  const auto r = sweep(t0() + 24h * 365);
  EXPECT_EQ(r.rows_purged + r.blobs_deleted + r.stray_files_deleted + r.temp_files_deleted, 0);
  EXPECT_EQ(read_file_bytes(store_, f->sha256), minimal_pdf());
}

TEST_P(FileOrphans, DetachedRowsArePurgedAfterThirtyDaysAndTheirBlobWithThem) {
  const auto f = upload(minimal_pdf(), "a.pdf");
  detach(f->id, t0());
  const auto early = sweep(t0() + 24h * 29);
  EXPECT_EQ(early.rows_purged, 0);
  EXPECT_EQ(early.blobs_deleted, 0);
  EXPECT_TRUE(store_.contains(f->sha256));

  const auto r = sweep(t0() + 24h * 31);
  EXPECT_EQ(r.rows_purged, 1);
  EXPECT_EQ(r.blobs_deleted, 1);
  EXPECT_EQ(r.bytes_freed, minimal_pdf().size());
  EXPECT_FALSE(find_file(db_->acquire().conn(), f->id));
  EXPECT_EQ(count("platform_file_blob"), 0);
  EXPECT_EQ(count_files(dir_.path()), 0);
  EXPECT_EQ(audit_actions().front(), "platform.file.purge");
}

TEST_P(FileOrphans, ABlobAnotherRowStillUsesStays) {
  const auto a = upload(minimal_png(), "a.png", kLetter);
  const auto b = upload(minimal_png(), "b.png", kOtherLetter);
  detach(a->id, t0());
  const auto r = sweep(t0() + 24h * 31);
  EXPECT_EQ(r.rows_purged, 1);
  EXPECT_EQ(r.blobs_deleted, 0);
  EXPECT_EQ(read_file_bytes(store_, b->sha256), minimal_png());
}

TEST_P(FileOrphans, AnUnreferencedBlobIsKeptThroughItsGracePeriod) {
  // A blob row an upload has just written, whose platform_file row is not there (yet).
  auto staged = store_.stage("in flight", t0());
  {
    auto c = db_->acquire();
    db::Tx tx(c.conn());
    c->execute(
        "INSERT INTO platform_file_blob (sha256, size, created_at, last_used_at) "
        "VALUES (?, 9, ?, ?)",
        staged.sha256(), to_iso_utc(t0()), to_iso_utc(t0()));
    store_.publish(staged);
    tx.commit();
  }
  EXPECT_EQ(sweep(t0() + 23h).blobs_deleted, 0);
  EXPECT_TRUE(store_.contains(staged.sha256()));
  const auto r = sweep(t0() + 25h);
  EXPECT_EQ(r.blobs_deleted, 1);
  EXPECT_EQ(r.bytes_freed, 9u);
  EXPECT_FALSE(store_.contains(staged.sha256()));
}

TEST_P(FileOrphans, AStrayFileOfARolledBackUploadGoesAfterTheGracePeriod) {
  rolled_back_upload("ไม่ได้บันทึก", t0());
  EXPECT_EQ(count_files(dir_.path()), 1);
  EXPECT_EQ(sweep(t0() + 1h).stray_files_deleted, 0);
  EXPECT_EQ(count_files(dir_.path()), 1);
  EXPECT_EQ(sweep(t0() + 25h).stray_files_deleted, 1);
  EXPECT_EQ(count_files(dir_.path()), 0);
  EXPECT_EQ(count("platform_file_blob"), 0);
}

TEST_P(FileOrphans, OldTemporaryFilesAreRemovedYoungOnesKept) {
  crashed_upload(t0());
  EXPECT_EQ(sweep(t0() + 1h).temp_files_deleted, 0);
  EXPECT_EQ(store_.temp_files().size(), 1u);
  EXPECT_EQ(sweep(t0() + 25h).temp_files_deleted, 1);
  EXPECT_TRUE(store_.temp_files().empty());
}

TEST_P(FileOrphans, ADryRunChangesNothingAndCountsWhatTheRunThenDoes) {
  const auto kept = upload("ยังแนบอยู่", "kept.txt", kOtherLetter);
  const auto f = upload(minimal_pdf(), "a.pdf");
  detach(f->id, t0());
  rolled_back_upload("ไม่ได้บันทึก", t0());
  crashed_upload(t0());
  const int files_before = count_files(dir_.path());

  const auto dry = sweep(t0() + 24h * 31, true);
  EXPECT_TRUE(dry.dry_run);
  EXPECT_EQ(dry.rows_purged, 1);
  EXPECT_EQ(dry.blobs_deleted, 1);
  EXPECT_EQ(dry.stray_files_deleted, 1);
  EXPECT_EQ(dry.temp_files_deleted, 1);
  EXPECT_TRUE(
      dry.summary().starts_with("dry run: would purge 1 detached row; would delete 1 "
                                "blob, 1 stray file, 1 temporary file ("))
      << dry.summary();
  EXPECT_EQ(count_files(dir_.path()), files_before);
  EXPECT_TRUE(find_file(db_->acquire().conn(), f->id));

  const auto real = sweep(t0() + 24h * 31);
  EXPECT_EQ(real.rows_purged, dry.rows_purged);
  EXPECT_EQ(real.blobs_deleted, dry.blobs_deleted);
  EXPECT_EQ(real.stray_files_deleted, dry.stray_files_deleted);
  EXPECT_EQ(real.temp_files_deleted, dry.temp_files_deleted);
  EXPECT_EQ(real.bytes_freed, dry.bytes_freed);
  EXPECT_TRUE(real.summary().starts_with("purged 1 detached row; deleted 1 blob"))
      << real.summary();
  EXPECT_EQ(count_files(dir_.path()), 1);  // only the attached one
  EXPECT_EQ(read_file_bytes(store_, kept->sha256), "ยังแนบอยู่");
}

INSTANTIATE_TEST_SUITE_P(Files, FileOrphans, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::files
