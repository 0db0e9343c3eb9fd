// The web assets built into the binary (web/static/**, vendored fonts), served under
// /static/ with the content hash in the name ("/static/css/pao.3f2a1b9c0d.css") so browsers may
// cache them for a year; a new build changes the name. CSS files have their references to other
// assets rewritten to the hashed names. Text assets are gzip-compressed once, at start-up.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "platform/http/request.hpp"
#include "platform/http/response.hpp"

namespace pao::http {

class StaticFiles {
 public:
  // Indexes every embedded file under "static/".
  StaticFiles();

  // "/static/css/pao.<hash>.css" for the logical path "css/pao.css"; throws std::out_of_range
  // naming the path when there is no such asset (a template defect caught at start-up).
  const std::string& url(std::string_view logical_path) const;

  // Answers GET /static/{rest*}: 200 with long cache headers, 304 on a matching If-None-Match,
  // 404 for an unknown name. Unhashed names are served too, with `Cache-Control: no-cache`.
  Response serve(const Request& req, std::string_view rest) const;

 private:
  struct Asset {
    std::string body;
    std::string gzipped;  // empty when compression does not pay
    std::string content_type;
    std::string etag;
    std::string url;
  };
  std::map<std::string, Asset, std::less<>> by_logical_;
  std::map<std::string, const Asset*, std::less<>> by_hashed_;
};

// "text/css; charset=utf-8" etc. by file extension.
std::string content_type_for(std::string_view path);

}  // namespace pao::http
