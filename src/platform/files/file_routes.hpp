// Downloading attachments: one platform route, GET /files/{id}/{name} (signed in), that asks the
// module owning the file whether the caller may read it.
//
// The platform cannot know a module's permissions, so each module that attaches files says who
// may read them, per kind of record, while registering:
//
//   registry.add_file_owner("saraban", "letter", [](http::Context& ctx, const std::string& id) {
//     return ctx.principal.can("saraban.view") && letter_visible_to(ctx, id);
//   });
//
// The route answers 404 for an unknown id, a detached file or an owner no module claims, 403
// when the owner's check says no (it runs with the request's Context: principal, db()), and
// otherwise the bytes: images and PDF inline (shown in the browser; `?download=1` saves them),
// everything else as an attachment under `Content-Security-Policy: sandbox`, all with
// `X-Content-Type-Options: nosniff`, the detected MIME type and the Thai name in
// Content-Disposition (http/download.hpp).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>

#include "platform/files/files.hpp"
#include "platform/http/response.hpp"
#include "platform/http/router.hpp"

namespace pao::files {

// Whether the caller of `ctx` may read the files of record `owner_id`. Called on a worker
// thread, per download; may use ctx.db().
using MayReadFile = std::function<bool(http::Context& ctx, const std::string& owner_id)>;

// Who may read which owner's files, as modules registered it. Filled while registering, read-only
// while serving.
class FileOwners {
 public:
  // Throws std::logic_error for a duplicate (module, kind), an empty name or a missing check.
  void add(std::string module, std::string kind, MayReadFile may_read);
  // The check for files of (module, kind), or null when no module registered one.
  const MayReadFile* find(const std::string& module, const std::string& kind) const;

 private:
  std::map<std::pair<std::string, std::string>, MayReadFile> checks_;
};

// The response that sends `bytes` (the content of `f`). `show_inline`: let the browser show an
// image or PDF in place; ignored for any other type, which is always saved and sandboxed.
http::Response download_file(std::string bytes, const StoredFile& f, bool show_inline);

// Adds GET /files/{id}/{name}. `owners` must outlive the router.
void add_file_routes(http::Router& routes, const FileOwners& owners);

}  // namespace pao::files
