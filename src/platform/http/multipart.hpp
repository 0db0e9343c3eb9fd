// multipart/form-data (RFC 7578), as HTML forms with <input type="file"> send it.
//
//   auto form = http::parse_multipart(ctx.request);
//   if (!form.ok()) return form.error();
//   const auto subject = form->field("subject").value_or("");
//   for (const auto& part : form->files) …files::store_upload(…, part, …)…
//
// The whole body is in memory (the route's body_limit bounds it), and the parser is strict: the
// boundary comes from the Content-Type header, every line ends in CRLF, the body starts with
// the first delimiter (no preamble) and ends with the closing one ("--boundary--", then at most
// a CRLF), every part has `Content-Disposition: form-data; name="…"`, and the limits below hold.
// Anything else is refused as invalid_argument (a too-large file as too_large), never guessed.
//
// File names: `filename*=UTF-8''…` (RFC 5987) wins over `filename="…"`. Browsers send quoted
// values without backslash escapes but with `"`, CR and LF as %22, %0D, %0A (the HTML standard),
// so a backslash is an ordinary character (old Windows browsers send "C:\…\name.pdf") and those
// three escapes are decoded. The name is passed on as sent (decoded); files::store_upload()
// cleans it for display. A file input left empty (filename="" and no content) is not a file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/error/error.hpp"
#include "platform/http/request.hpp"

namespace pao::http {

// One uploaded file of a form.
struct UploadedPart {
  std::string field_name;    // the form field: name="attachment"
  std::string file_name;     // as the browser sent it (UTF-8 expected, not yet cleaned)
  std::string content_type;  // as the browser claimed: for information only, never trusted
  std::string bytes;
};

struct MultipartForm {
  std::vector<std::pair<std::string, std::string>> fields;  // plain fields, in order
  std::vector<UploadedPart> files;                          // file parts, in order

  // The first value of plain field `name`.
  std::optional<std::string> field(std::string_view name) const;
};

struct MultipartLimits {
  std::size_t max_parts = 32;                   // fields and files together
  std::size_t max_file_bytes = 20 << 20;        // each file; over it: too_large naming its field
  std::size_t max_field_bytes = 64 << 10;       // each plain field's value
  std::size_t max_part_header_bytes = 8 << 10;  // each part's header block
};

// The boundary parameter of a `multipart/form-data` Content-Type, or nullopt when the type is
// another or the boundary is missing or not RFC 2046's 1–70 allowed characters.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// Parses `body` sent with `content_type`.
Result<MultipartForm> parse_multipart(std::string_view content_type, std::string_view body,
                                      const MultipartLimits& limits = {});
// Same, for the request's Content-Type and body.
Result<MultipartForm> parse_multipart(const Request& request, const MultipartLimits& limits = {});

// The value of plain field `name` in a multipart/form-data body, without copying its files;
// nullopt when absent or when the body does not parse. For the dispatcher's CSRF check.
std::optional<std::string> multipart_field(std::string_view content_type, std::string_view body,
                                           std::string_view name);

}  // namespace pao::http
