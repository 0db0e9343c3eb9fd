// gzip for HTTP bodies (zlib). Used for text responses when the client accepts it and the
// body is large enough for compression to pay.
#pragma once

#include <string>
#include <string_view>

namespace pao::http {

// gzip-compresses `data` (level 1 = fast … 9 = small).
std::string gzip_compress(std::string_view data, int level = 6);

// True when `content_type` is text that compresses well (HTML, CSS, JS, JSON, SVG, plain, XML).
bool is_compressible(std::string_view content_type);

// True when an Accept-Encoding header value allows gzip.
bool accepts_gzip(std::string_view accept_encoding);

}  // namespace pao::http
