#include "platform/files/files.hpp"

#include <stdexcept>

#include <boost/json.hpp>

#include "platform/files/file_type.hpp"
#include "platform/http/request.hpp"
#include "platform/text/utf8.hpp"

namespace pao::files {
namespace {

constexpr const char* kInitSql = R"(
-- One row per stored content: what the orphan sweep goes by. last_used_at is set by every
-- upload of this content, in the upload's transaction.
CREATE TABLE platform_file_blob (
  sha256 TEXT PRIMARY KEY,
  size ${BIGINT} NOT NULL,
  created_at TEXT NOT NULL,
  last_used_at TEXT NOT NULL
);

-- One row per attachment. owner_* name a module's record; no foreign key: the platform knows no
-- module's tables. Detached rows stay 30 days, then the orphan job purges them.
CREATE TABLE platform_file (
  id ${ID},
  sha256 TEXT NOT NULL REFERENCES platform_file_blob (sha256),
  size ${BIGINT} NOT NULL,
  mime TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_module TEXT NOT NULL,
  owner_kind TEXT NOT NULL,
  owner_id TEXT NOT NULL,
  uploaded_by_kind TEXT NOT NULL,
  uploaded_by_id ${BIGINT} NOT NULL,
  uploaded_by_name TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  detached_at TEXT,
  detached_by_name TEXT
);
CREATE INDEX platform_file_owner ON platform_file (owner_module, owner_kind, owner_id);
CREATE INDEX platform_file_by_blob ON platform_file (sha256);
CREATE INDEX platform_file_detached ON platform_file (detached_at);
)";

constexpr std::string_view kColumns =
    "id, sha256, size, mime, name, owner_module, owner_kind, owner_id, uploaded_by_name, "
    "uploaded_by_kind, uploaded_by_id, uploaded_at, detached_at";

constexpr std::size_t kMaxNameBytes = 200;

StoredFile file_from(const db::Row& r) {
  StoredFile f;
  f.id = r.i64(0);
  f.sha256 = r.str(1);
  f.size = r.i64(2);
  f.mime = r.str(3);
  f.name = r.str(4);
  f.owner = {r.str(5), r.str(6), r.str(7)};
  f.uploaded_by = r.str(8);
  f.uploaded_by_kind = r.str(9);
  f.uploaded_by_id = r.i64(10);
  f.uploaded_at = r.str(11);
  f.detached_at = r.opt_str(12);
  return f;
}

void check_owner(const Owner& o) {
  const auto name_ok = [](const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (const char c : s) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  };
  bool id_ok = !o.id.empty() && o.id.size() <= 100;
  for (const char c : o.id) id_ok = id_ok && c > ' ' && c < 0x7F;
  if (!name_ok(o.module) || !name_ok(o.kind) || !id_ok) {
    throw std::invalid_argument("malformed file owner: " + o.module + "/" + o.kind + "/" + o.id);
  }
}

std::string owner_text(const Owner& o) {
  return o.module + "/" + o.kind + "/" + o.id;
}

// The code point starting at s[i] of valid UTF-8, and its length.
std::pair<char32_t, std::size_t> code_point_at(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  if (c < 0xE0) return {static_cast<char32_t>(((c & 0x1F) << 6) | (b(i + 1) & 0x3F)), 2};
  if (c < 0xF0) {
    return {
        static_cast<char32_t>(((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F)),
        3};
  }
  return {static_cast<char32_t>(((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) |
                                ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F)),
          4};
}

// Characters a name never shows: C0/C1 controls, DEL, bidirectional marks, embeddings,
// overrides and isolates, the byte-order mark.
bool invisible(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// The first bytes of `s`, at most `max_bytes`, never ending inside a UTF-8 character.
std::string cut_utf8(std::string_view s, std::size_t max_bytes) {
  std::size_t cut = std::min(max_bytes, s.size());
  while (cut > 0 && cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut));
}

// The lower-case extension of `name` (1–10 ASCII letters or digits after the last '.'), or "".
std::string extension_of(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name.size() - dot - 1 > 10) return {};
  std::string ext;
  for (char c : name.substr(dot + 1)) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return {};
    ext.push_back(c);
  }
  return ext;
}

Error too_large_error(const std::string& field, std::size_t limit) {
  const std::string mb = std::to_string((limit + (1 << 20) - 1) >> 20) + " MB";
  return Error{ErrorCode::too_large,
               {"ไฟล์ใหญ่เกินกำหนด", "The file is too large"},
               {},
               "upload over " + std::to_string(limit) + " bytes"}
      .field(field, {"ไฟล์ต้องมีขนาดไม่เกิน " + mb, "The file must be at most " + mb});
}

}  // namespace

std::string display_name(std::string_view raw) {
  const std::string valid = text::to_valid_utf8(raw);
  std::string_view base = valid;
  if (const auto slash = base.find_last_of("/\\"); slash != std::string_view::npos) {
    base.remove_prefix(slash + 1);
  }
  std::string out;
  for (std::size_t i = 0; i < base.size();) {
    const auto [cp, len] = code_point_at(base, i);
    const bool space = cp == ' ' || cp == '\t' || cp == 0xA0;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (!invisible(cp)) {
      out.append(base.substr(i, len));
    }
    i += len;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  if (out.size() > kMaxNameBytes) {
    const std::string ext = extension_of(out);
    const std::size_t keep = ext.empty() ? 0 : ext.size() + 1;
    out = cut_utf8(out.substr(0, out.size() - keep), kMaxNameBytes - keep) +
          out.substr(out.size() - keep);
  }
  return out.empty() ? "file" : out;
}

std::string download_name(const StoredFile& f) {
  const auto type = file_type_of_mime(f.mime);
  if (!type || extension_suits(*type, extension_of(f.name))) return f.name;
  return f.name + "." + std::string(canonical_extension(*type));
}

std::string file_url(const StoredFile& f) {
  return "/files/" + std::to_string(f.id) + "/" + http::percent_encode(download_name(f));
}

Result<StoredFile> store_upload(db::Connection& conn, const FileStore& store, TimePoint at,
                                const audit::Actor& by, const http::UploadedPart& part,
                                const Owner& owner, const UploadLimits& limits) {
  check_owner(owner);
  const std::string field = part.field_name.empty() ? "file" : part.field_name;
  if (part.bytes.size() > limits.max_bytes) return too_large_error(field, limits.max_bytes);
  if (part.bytes.empty()) {
    return Error::invalid({"ไฟล์ว่างเปล่า", "The file is empty"})
        .field(field, {"ไฟล์ที่เลือกไม่มีข้อมูล", "The chosen file has nothing in it"});
  }
  const auto type = detect_file_type(part.bytes);
  if (!type) return unsupported_file_error(field);

  // The slow part (writing and fsyncing up to 20 MiB) happens before the transaction, so it
  // holds no lock (SQLite's write lock is the whole database).
  StagedBlob blob = store.stage(part.bytes, at);
  const std::string now = to_iso_utc(at);
  StoredFile f;
  f.sha256 = blob.sha256();
  f.size = static_cast<std::int64_t>(blob.size());
  f.mime = std::string(mime_of(*type));
  f.name = display_name(part.file_name);
  f.owner = owner;
  f.uploaded_by = by.name;
  f.uploaded_by_kind = audit::actor_kind_name(by.kind);
  f.uploaded_by_id = by.id;
  f.uploaded_at = now;

  db::Tx tx(conn);
  conn.execute(
      "INSERT INTO platform_file_blob (sha256, size, created_at, last_used_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (sha256) DO UPDATE SET last_used_at = excluded.last_used_at",
      f.sha256, f.size, now, now);
  store.publish(blob);
  f.id = conn.query_one(
                 "INSERT INTO platform_file (sha256, size, mime, name, owner_module, owner_kind, "
                 "owner_id, uploaded_by_kind, uploaded_by_id, uploaded_by_name, uploaded_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 f.sha256, f.size, f.mime, f.name, owner.module, owner.kind, owner.id,
                 f.uploaded_by_kind, f.uploaded_by_id, f.uploaded_by, now)
             ->i64(0);
  audit::Changes changes;
  changes.added("name", boost::json::string(f.name))
      .added("size", f.size)
      .added("mime", boost::json::string(f.mime))
      .added("sha256", boost::json::string(f.sha256))
      .added("owner", boost::json::string(owner_text(owner)));
  audit::record(conn, at, by, {"platform.file.upload", "file", std::to_string(f.id), changes});
  tx.commit();
  return f;
}

std::optional<StoredFile> find_file(db::Connection& conn, std::int64_t id) {
  const auto row =
      conn.query_one("SELECT " + std::string(kColumns) + " FROM platform_file WHERE id = ?", id);
  if (!row) return std::nullopt;
  return file_from(*row);
}

std::vector<StoredFile> list_files(db::Connection& conn, const Owner& owner) {
  std::vector<StoredFile> out;
  for (const auto& r : conn.query("SELECT " + std::string(kColumns) +
                                      " FROM platform_file WHERE owner_module = ? AND "
                                      "owner_kind = ? AND owner_id = ? AND detached_at IS NULL "
                                      "ORDER BY id",
                                  owner.module, owner.kind, owner.id)) {
    out.push_back(file_from(r));
  }
  return out;
}

Status detach_file(db::Connection& conn, TimePoint at, const audit::Actor& by, std::int64_t id,
                   const Owner& owner) {
  check_owner(owner);
  db::Tx tx(conn);
  const auto row = conn.query_one(
      "UPDATE platform_file SET detached_at = ?, detached_by_name = ? WHERE id = ? AND "
      "owner_module = ? AND owner_kind = ? AND owner_id = ? AND detached_at IS NULL "
      "RETURNING name",
      to_iso_utc(at), by.name, id, owner.module, owner.kind, owner.id);
  if (!row) return Error::not_found({"ไม่พบไฟล์แนบนี้", "No such attachment"});
  audit::Changes changes;
  changes.removed("name", boost::json::string(row->str(0)))
      .removed("owner", boost::json::string(owner_text(owner)));
  audit::record(conn, at, by, {"platform.file.detach", "file", std::to_string(id), changes});
  tx.commit();
  return ok_status();
}

std::string read_file_bytes(const FileStore& store, const std::string& sha256) {
  return store.read(sha256);
}

std::vector<db::Migration> file_migrations() {
  return {{"platform_files", 1, "init", kInitSql, {}}};
}

}  // namespace pao::files
