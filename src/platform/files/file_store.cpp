#include "platform/files/file_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "platform/auth/secrets.hpp"

namespace fs = std::filesystem;

namespace pao::files {
namespace {

constexpr std::string_view kTempDir = "tmp";
constexpr std::string_view kTempPrefix = "upload-";

[[noreturn]] void throw_errno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

void fsync_path(const fs::path& p, int flags) {
  const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
  if (fd < 0) throw_errno("open " + p.string());
  if (::fsync(fd) != 0) {
    const int saved = errno;
    ::close(fd);
    errno = saved;
    throw_errno("fsync " + p.string());
  }
  ::close(fd);
}

void fsync_dir(const fs::path& dir) {
  fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

// Makes `dir` and any missing parents up to `root`, fsyncing each parent that gained an entry,
// so the new directories survive a crash together with the file renamed into them.
void make_durable_dirs(const fs::path& dir) {
  if (dir.empty() || fs::is_directory(dir)) return;
  const fs::path parent = dir.parent_path();
  make_durable_dirs(parent);
  std::error_code ec;
  if (fs::create_directory(dir, ec)) {
    fsync_dir(parent.empty() ? fs::path(".") : parent);
  } else if (ec) {
    throw fs::filesystem_error("create directory", dir, ec);
  }
}

TimePoint to_time_point(fs::file_time_type t) {
  return std::chrono::time_point_cast<TimePoint::duration>(std::chrono::file_clock::to_sys(t));
}

bool is_hex_pair(const std::string& s) {
  return s.size() == 2 && FileStore::is_sha256(s + std::string(62, '0'));
}

}  // namespace

StagedBlob::~StagedBlob() {
  if (temp_.empty()) return;
  std::error_code ignored;
  fs::remove(temp_, ignored);
}

StagedBlob::StagedBlob(StagedBlob&& other) noexcept
    : temp_(std::move(other.temp_)), sha256_(std::move(other.sha256_)), size_(other.size_) {
  other.temp_.clear();
}

FileStore::FileStore(fs::path root) : root_(std::move(root)) {}

bool FileStore::is_sha256(std::string_view s) {
  if (s.size() != 64) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

fs::path FileStore::blob_path(std::string_view sha256) const {
  if (!is_sha256(sha256)) throw std::invalid_argument("not a SHA-256: " + std::string(sha256));
  return root_ / std::string(sha256.substr(0, 2)) / std::string(sha256.substr(2, 2)) /
         std::string(sha256);
}

StagedBlob FileStore::stage(std::string_view bytes, TimePoint now) const {
  const fs::path dir = root_ / std::string(kTempDir);
  make_durable_dirs(dir);
  std::string templ = (dir / (std::string(kTempPrefix) + "XXXXXX")).string();
  const int fd = ::mkostemp(templ.data(), O_CLOEXEC);
  if (fd < 0) throw_errno("mkstemp in " + dir.string());
  StagedBlob blob(templ, auth::sha256_hex(bytes), bytes.size());
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int saved = errno;
      ::close(fd);
      errno = saved;
      throw_errno("write " + templ);
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int saved = errno;
    ::close(fd);
    errno = saved;
    throw_errno("fsync " + templ);
  }
  if (::close(fd) != 0) throw_errno("close " + templ);
  fs::last_write_time(templ, std::chrono::file_clock::from_sys(now));
  return blob;
}

void FileStore::publish(StagedBlob& blob) const {
  if (blob.temp_.empty()) throw std::logic_error("blob already published");
  const fs::path target = blob_path(blob.sha256_);
  make_durable_dirs(target.parent_path());
  std::error_code ec;
  if (fs::file_size(target, ec) == blob.size_ && !ec) {
    fs::remove(blob.temp_);  // the same content is already here
  } else {                   // absent (or damaged: replaced whole)
    fs::rename(blob.temp_, target);
    fsync_dir(target.parent_path());
  }
  blob.temp_.clear();
}

bool FileStore::contains(std::string_view sha256) const {
  return fs::exists(blob_path(sha256));
}

std::string FileStore::read(std::string_view sha256) const {
  const fs::path p = blob_path(sha256);
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("file blob missing: " + p.string());
  std::string bytes;
  in.seekg(0, std::ios::end);
  bytes.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in) throw std::runtime_error("file blob unreadable: " + p.string());
  return bytes;
}

bool FileStore::remove(std::string_view sha256) const {
  return fs::remove(blob_path(sha256));
}

std::vector<FileOnDisk> FileStore::blob_files() const {
  std::vector<FileOnDisk> out;
  if (!fs::is_directory(root_)) return out;
  for (const auto& first : fs::directory_iterator(root_)) {
    const std::string a = first.path().filename().string();
    if (!first.is_directory() || !is_hex_pair(a)) continue;
    for (const auto& second : fs::directory_iterator(first.path())) {
      const std::string b = second.path().filename().string();
      if (!second.is_directory() || !is_hex_pair(b)) continue;
      for (const auto& file : fs::directory_iterator(second.path())) {
        const std::string name = file.path().filename().string();
        if (!file.is_regular_file() || !is_sha256(name) || name.substr(0, 4) != a + b) continue;
        out.push_back({file.path(), name, file.file_size(), to_time_point(file.last_write_time())});
      }
    }
  }
  return out;
}

std::vector<FileOnDisk> FileStore::temp_files() const {
  std::vector<FileOnDisk> out;
  const fs::path dir = root_ / std::string(kTempDir);
  if (!fs::is_directory(dir)) return out;
  for (const auto& file : fs::directory_iterator(dir)) {
    if (!file.is_regular_file() || !file.path().filename().string().starts_with(kTempPrefix)) {
      continue;
    }
    out.push_back({file.path(), "", file.file_size(), to_time_point(file.last_write_time())});
  }
  return out;
}

}  // namespace pao::files
