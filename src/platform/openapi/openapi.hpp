// The OpenAPI 3.0 document served at /api/v1/openapi.json, built from the route registrations,
// so a JSON route cannot exist without being documented.
#pragma once

#include <boost/json/value.hpp>
#include <string>

#include "platform/http/router.hpp"

namespace pao::openapi {

struct ApiInfo {
  std::string title = "pao API";
  std::string version;
  std::string description;
};

// Every route whose kind is json, with its parameters, request body, responses and the
// permission it needs (as `x-permission`); the shared Error schema under components.
boost::json::value build_document(const http::Router& router, const ApiInfo& info);

// The JSON Schema of the error body every JSON route may answer with.
boost::json::value error_schema();

}  // namespace pao::openapi
