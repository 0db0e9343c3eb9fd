#include "platform/http/response.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace pao::http {

Response Response::json(int status, const boost::json::value& v) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = boost::json::serialize(v);
  return r;
}

Response Response::html(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::text(int status, std::string body, std::string content_type) {
  Response r;
  r.status = status;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  return r;
}

Response Response::redirect(std::string location, int status) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

}  // namespace pao::http
