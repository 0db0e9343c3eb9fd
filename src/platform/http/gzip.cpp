#include "platform/http/gzip.hpp"

#include <zlib.h>

#include <stdexcept>

namespace pao::http {

std::string gzip_compress(std::string_view data, int level) {
  z_stream zs{};
  // windowBits 15 + 16: write a gzip header and trailer instead of a zlib one.
  if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(data.size())));
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  out.resize(zs.total_out);
  return out;
}

bool is_compressible(std::string_view ct) {
  return ct.starts_with("text/") || ct.starts_with("application/json") ||
         ct.starts_with("application/javascript") || ct.starts_with("image/svg+xml") ||
         ct.starts_with("application/xml");
}

bool accepts_gzip(std::string_view ae) {
  // Good enough for real clients: "gzip", "gzip, deflate, br", but not "gzip;q=0".
  const auto pos = ae.find("gzip");
  if (pos == std::string_view::npos) return false;
  const auto rest = ae.substr(pos + 4);
  return !(rest.starts_with(";q=0") && !rest.starts_with(";q=0."));
}

}  // namespace pao::http
