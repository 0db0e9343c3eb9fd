// Attachments: files people upload to a module's record (a letter's scan, a ticket's screenshot,
// a contract), stored once per content on disk (file_store.hpp) and described by a row each.
//
//   auto form = http::parse_multipart(ctx.request, {.max_file_bytes = 25 << 20});
//   …
//   db::Tx tx(ctx.db());
//   …the letter…
//   auto stored = files::store_upload(tx.conn(), ctx.files(), ctx.clock().now(),
//                                     audit::actor_of(ctx), form->files[0],
//                                     {"saraban", "letter", std::to_string(letter_id)});
//   if (!stored.ok()) return stored.error();   // field "file": too large, empty, wrong type
//   tx.commit();
//   … <a href="{{files::file_url(*stored)}}"> …
//
// Tables (module "platform_files"):
//   platform_file_blob  one row per stored content (sha256, size, first stored, last used):
//                       the reference the orphan sweep goes by
//   platform_file       one row per attachment: the blob, its detected MIME type, the name to
//                       show, what it is attached to (owner module, kind, id), who uploaded it
//                       and when, and when it was detached (kept 30 days, then purged)
//
// The owner is whatever a module names: the platform neither checks it exists nor knows who may
// read it. Each module says that with Registry::add_file_owner() (file_routes.hpp), and the one
// download route GET /files/{id}/{name} asks it.
//
// Concurrency with the orphan sweep (orphans.hpp): an upload writes its bytes to a temporary
// file first, then, in its transaction, upserts the blob row (taking its row lock, and dating it
// "used now"), renames the file into place and inserts its platform_file row. The sweep removes
// a blob only while holding that same row, and only if no platform_file row refers to it and it
// was last used over a day ago. So a committed row always has its file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/db/migrations.hpp"
#include "platform/error/error.hpp"
#include "platform/files/file_store.hpp"
#include "platform/http/multipart.hpp"
#include "platform/time/clock.hpp"

namespace pao::files {

inline constexpr std::size_t kDefaultMaxFileBytes = 20 << 20;  // 20 MiB

// What a file is attached to: {"saraban", "letter", "42"}. module and kind: lower-case letters,
// digits, '_', '-' and '.'; id: 1–100 printable ASCII characters.
struct Owner {
  std::string module;
  std::string kind;
  std::string id;
  bool operator==(const Owner&) const = default;
};

struct StoredFile {
  std::int64_t id = 0;
  std::string sha256;  // lower-case hex: the blob
  std::int64_t size = 0;
  std::string mime;  // as detected from the content (file_type.hpp)
  std::string name;  // the uploader's file name, cleaned for display (display_name())
  Owner owner;
  std::string uploaded_by;  // the actor's name
  std::string uploaded_by_kind;
  std::int64_t uploaded_by_id = 0;
  std::string uploaded_at;                 // ISO-8601 UTC
  std::optional<std::string> detached_at;  // ISO-8601 UTC, once detached
};

struct UploadLimits {
  std::size_t max_bytes = kDefaultMaxFileBytes;
};

// Stores one uploaded file and attaches it to `owner`, in one transaction with its audit entry
// ("platform.file.upload"); inside the caller's transaction when there is one (a savepoint), so
// a letter and its scan are saved together or not at all.
// Refused, naming the part's form field ("file" when it has none):
//   too_large         over limits.max_bytes
//   invalid_argument  empty, or not a type file_type.hpp accepts (told by content only)
// Throws std::invalid_argument for a malformed owner (a caller bug), and on I/O or database
// failure (unexpected).
Result<StoredFile> store_upload(db::Connection& conn, const FileStore& store, TimePoint at,
                                const audit::Actor& by, const http::UploadedPart& part,
                                const Owner& owner, const UploadLimits& limits = {});

// The file with this id, detached or not; nullopt when there is none.
std::optional<StoredFile> find_file(db::Connection& conn, std::int64_t id);
// The files attached to `owner` (not detached), oldest first.
std::vector<StoredFile> list_files(db::Connection& conn, const Owner& owner);
// Detaches file `id` from `owner` (audited "platform.file.detach"). The row stays for 30 days
// (the audit trail can still name it), then the orphan job purges it and, when no other row
// uses the same content, its bytes. not_found when `id` is not a file attached to `owner`.
Status detach_file(db::Connection& conn, TimePoint at, const audit::Actor& by, std::int64_t id,
                   const Owner& owner);

// The bytes of a stored blob. Throws std::runtime_error when they are missing (unexpected).
std::string read_file_bytes(const FileStore& store, const std::string& sha256);

// A file name fit to show and to offer for saving: valid UTF-8, without any directory part
// ("C:\fakepath\a.pdf" → "a.pdf"), control or bidirectional-override characters (which make
// "fdp.exe" look like "exe.pdf"), runs of spaces collapsed, trimmed, at most 200 bytes keeping
// the extension; "file" when nothing is left.
std::string display_name(std::string_view raw);
// The name to save the file under: its display name, with the extension of its detected type
// appended when the name's own does not suit it ("scan.jpg" holding a PDF → "scan.jpg.pdf",
// "page.html" holding text → "page.html.txt").
std::string download_name(const StoredFile& f);
// Where the file is downloaded: "/files/42/<percent-encoded download name>".
std::string file_url(const StoredFile& f);

// The tables above, as the platform's own migrations (module "platform_files").
std::vector<db::Migration> file_migrations();

}  // namespace pao::files
