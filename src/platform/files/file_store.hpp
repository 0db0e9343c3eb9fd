// The bytes of uploaded files, on disk, addressed by their content:
//
//   PAO_DATA_DIR/files/ab/cd/abcd…(the SHA-256 in lower-case hex)
//   PAO_DATA_DIR/files/tmp/upload-XXXXXX   (being written)
//
// A blob is written to a temporary file under files/tmp (the same file system), fsynced, and
// renamed into place (then its directory is fsynced), so a blob file is always complete: after a
// crash there is either the whole file or none. Identical content has one path, so it is stored
// once. What refers to a blob lives in the database (files.hpp): this class knows no rows.
//
// Times on disk come from the caller's Clock (stage() sets the temporary file's modification
// time), so the orphan sweep's "older than a day" means the same thing in tests and in `pao jobs
// run-due --at`.
//
// I/O failures (disk full, permissions) throw std::filesystem::filesystem_error or
// std::system_error: they are unexpected and end the request as 500. Thread safety: the object
// holds only its root; any number of threads and processes may use one directory at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "platform/time/clock.hpp"

namespace pao::files {

// Bytes written to a temporary file and fsynced, waiting for FileStore::publish(). Removes the
// temporary file when destroyed unpublished (an upload refused after staging leaves nothing).
class StagedBlob {
 public:
  StagedBlob(std::filesystem::path temp, std::string sha256, std::uint64_t size)
      : temp_(std::move(temp)), sha256_(std::move(sha256)), size_(size) {}
  ~StagedBlob();
  StagedBlob(StagedBlob&& other) noexcept;
  StagedBlob& operator=(StagedBlob&&) = delete;
  StagedBlob(const StagedBlob&) = delete;
  StagedBlob& operator=(const StagedBlob&) = delete;

  const std::string& sha256() const { return sha256_; }
  std::uint64_t size() const { return size_; }

 private:
  friend class FileStore;
  std::filesystem::path temp_;  // empty once published
  std::string sha256_;
  std::uint64_t size_ = 0;
};

// A file found on disk by the orphan sweep.
struct FileOnDisk {
  std::filesystem::path path;
  std::string sha256;  // "" for a temporary file
  std::uint64_t size = 0;
  TimePoint modified;
};

class FileStore {
 public:
  // Touches nothing yet: directories are made on the first write.
  explicit FileStore(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }

  // True for 64 lower-case hex digits: the only names this store ever builds a path from.
  static bool is_sha256(std::string_view s);
  // root/ab/cd/<sha256>. Throws std::invalid_argument unless is_sha256(sha256).
  std::filesystem::path blob_path(std::string_view sha256) const;

  // Writes `bytes` to a new temporary file (mode 0600), fsyncs it and dates it `now`.
  StagedBlob stage(std::string_view bytes, TimePoint now) const;
  // Moves a staged blob to its place; when that content is already stored, drops the copy.
  // Call it while holding the blob's database row (files.cpp does), so the orphan sweep cannot
  // remove the path in between.
  void publish(StagedBlob& blob) const;

  bool contains(std::string_view sha256) const;
  // The blob's bytes. Throws std::runtime_error when it is missing or unreadable.
  std::string read(std::string_view sha256) const;
  // Removes the blob's file; false when there was none.
  bool remove(std::string_view sha256) const;

  // Every blob file (named by a SHA-256, in its right directory) and every temporary file.
  std::vector<FileOnDisk> blob_files() const;
  std::vector<FileOnDisk> temp_files() const;

 private:
  std::filesystem::path root_;
};

}  // namespace pao::files
