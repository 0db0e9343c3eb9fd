#include "platform/files/file_routes.hpp"

#include <spdlog/spdlog.h>

#include <stdexcept>

#include "platform/files/file_type.hpp"
#include "platform/http/download.hpp"

namespace pao::files {
namespace {

Error no_such_file() {
  return Error::not_found({"ไม่พบไฟล์ที่ต้องการ", "No such file"});
}

std::optional<std::int64_t> positive_id(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t id = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    id = id * 10 + (c - '0');
  }
  return id > 0 ? std::optional(id) : std::nullopt;
}

}  // namespace

void FileOwners::add(std::string module, std::string kind, MayReadFile may_read) {
  if (module.empty() || kind.empty() || !may_read) {
    throw std::logic_error("add_file_owner needs a module, a kind and a check");
  }
  auto key = std::make_pair(std::move(module), std::move(kind));
  if (checks_.count(key)) {
    throw std::logic_error("file owner registered twice: " + key.first + "/" + key.second);
  }
  checks_.emplace(std::move(key), std::move(may_read));
}

const MayReadFile* FileOwners::find(const std::string& module, const std::string& kind) const {
  const auto it = checks_.find({module, kind});
  return it == checks_.end() ? nullptr : &it->second;
}

http::Response download_file(std::string bytes, const StoredFile& f, bool show_inline) {
  const auto type = file_type_of_mime(f.mime);
  const std::string name = download_name(f);
  http::Response r = http::download(std::move(bytes), name, f.mime);
  if (show_inline && type && shown_inline(*type)) {
    for (auto& [k, v] : r.headers) {
      if (k == "Content-Disposition") v = http::inline_disposition(name);
    }
  } else {
    // Were a browser ever to render it (an old one ignoring the attachment), it runs nothing
    // and reaches nothing of this origin.
    r.header("Content-Security-Policy", "sandbox");
  }
  r.header("X-Content-Type-Options", "nosniff");
  r.header("ETag", "\"" + f.sha256 + "\"");  // the content's hash: no need to hash it again
  return r;
}

void add_file_routes(http::Router& routes, const FileOwners& owners) {
  routes.get("/files/{id}/{name}")
      .signed_in()
      .kind(http::RouteKind::other)
      .summary("An attached file, if its owning module lets the caller read it")
      .handle([&owners](http::Context& ctx) -> Result<http::Response> {
        const auto id = positive_id(ctx.request.path_param("id"));
        if (!id) return no_such_file();
        const auto f = find_file(ctx.db(), *id);
        if (!f || f->detached_at) return no_such_file();
        const MayReadFile* may_read = owners.find(f->owner.module, f->owner.kind);
        if (!may_read) {
          spdlog::warn("request {}: file {} belongs to {}/{}, which no module claims",
                       ctx.request.request_id, f->id, f->owner.module, f->owner.kind);
          return no_such_file();
        }
        if (!(*may_read)(ctx, f->owner.id)) {
          return Error{ErrorCode::permission_denied,
                       {"คุณไม่มีสิทธิ์เปิดไฟล์นี้", "You may not open this file"},
                       {},
                       "file " + std::to_string(f->id) + " refused by its owner's check"};
        }
        const bool save = ctx.request.query_param("download").has_value();
        return download_file(read_file_bytes(ctx.files(), f->sha256), *f, !save);
      });
}

}  // namespace pao::files
