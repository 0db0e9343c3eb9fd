// An HTTP response as handlers build it. The server adds the security headers, request id,
// compression and conditional-GET handling (dispatcher.cpp), so handlers only say what to send.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/fwd.hpp>

namespace pao::http {

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  std::string body;

  Response& header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }

  static Response json(int status, const boost::json::value& v);
  static Response html(int status, std::string body);
  static Response text(int status, std::string body,
                       std::string content_type = "text/plain; charset=utf-8");
  // 303 See Other: the answer to a successful form POST (post/redirect/get).
  static Response redirect(std::string location, int status = 303);
};

}  // namespace pao::http
