#include "platform/http/static_files.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "platform/assets/embedded.hpp"
#include "platform/http/gzip.hpp"

namespace pao::http {
namespace {

constexpr std::string_view kPrefix = "static/";

std::string sha256_hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

// "css/pao.css" + "3f2a…" → "/static/css/pao.3f2a….css"
std::string hashed_url(std::string_view logical, std::string_view hash) {
  const auto slash = logical.rfind('/');
  const auto dot = logical.rfind('.');
  std::string url = "/static/";
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    url.append(logical).append(".").append(hash);
  } else {
    url.append(logical.substr(0, dot)).append(".").append(hash).append(logical.substr(dot));
  }
  return url;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
    s.replace(pos, from.size(), to);
  }
}

}  // namespace

std::string content_type_for(std::string_view path) {
  struct Type {
    std::string_view ext, type;
  };
  static constexpr Type kTypes[] = {
      {".css", "text/css; charset=utf-8"},
      {".js", "application/javascript; charset=utf-8"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".jpg", "image/jpeg"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json"},
      {".html", "text/html; charset=utf-8"},
  };
  for (const auto& t : kTypes) {
    if (path.ends_with(t.ext)) return std::string(t.type);
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles() {
  // Non-CSS first, so CSS can refer to their hashed names.
  std::vector<const assets::EmbeddedFile*> css;
  auto add = [this](std::string logical, std::string body) {
    Asset a;
    a.content_type = content_type_for(logical);
    const std::string hash = sha256_hex(body).substr(0, 12);
    a.etag = "\"" + hash + "\"";
    a.url = hashed_url(logical, hash);
    a.body = std::move(body);
    if (is_compressible(a.content_type) && a.body.size() > 512) {
      std::string z = gzip_compress(a.body, 9);
      if (z.size() < a.body.size() * 9 / 10) a.gzipped = std::move(z);
    }
    by_logical_[std::move(logical)] = std::move(a);
  };
  for (const auto* f : assets::under(kPrefix)) {
    if (std::string_view(f->path).ends_with(".css")) {
      css.push_back(f);
    } else {
      add(std::string(std::string_view(f->path).substr(kPrefix.size())), std::string(f->view()));
    }
  }
  for (const auto* f : css) {
    std::string body(f->view());
    for (const auto& [logical, asset] : by_logical_) {
      replace_all(body, "/static/" + logical, asset.url);
    }
    add(std::string(std::string_view(f->path).substr(kPrefix.size())), std::move(body));
  }
  for (const auto& [logical, asset] : by_logical_) {
    by_hashed_[asset.url.substr(std::string_view("/static/").size())] = &asset;
  }
}

const std::string& StaticFiles::url(std::string_view logical_path) const {
  const auto it = by_logical_.find(logical_path);
  if (it == by_logical_.end()) {
    throw std::out_of_range("no static asset " + std::string(logical_path));
  }
  return it->second.url;
}

Response StaticFiles::serve(const Request& req, std::string_view rest) const {
  const Asset* asset = nullptr;
  bool immutable = true;
  if (const auto it = by_hashed_.find(rest); it != by_hashed_.end()) {
    asset = it->second;
  } else if (const auto jt = by_logical_.find(rest); jt != by_logical_.end()) {
    asset = &jt->second;
    immutable = false;
  }
  if (!asset) return Response::text(404, "Not found\n");

  Response r;
  r.header("ETag", asset->etag);
  r.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (const auto inm = req.header("If-None-Match"); inm && *inm == asset->etag) {
    r.status = 304;
    r.content_type.clear();
    return r;
  }
  r.content_type = asset->content_type;
  const auto ae = req.header("Accept-Encoding");
  if (!asset->gzipped.empty() && ae && accepts_gzip(*ae)) {
    r.body = asset->gzipped;
    r.header("Content-Encoding", "gzip");
  } else {
    r.body = asset->body;
  }
  if (!asset->gzipped.empty()) r.header("Vary", "Accept-Encoding");
  return r;
}

}  // namespace pao::http
