#include "platform/openapi/openapi.hpp"

#include <boost/json.hpp>
#include <cctype>

namespace pao::openapi {

namespace json = boost::json;

json::value error_schema() {
  return json::parse(R"({
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"],
      "properties": {
        "code": {"type": "string", "example": "invalid_argument"},
        "message": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "string"}},
        "request_id": {"type": "string"}}}}})");
}

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "/api/v1/plan/projects/{id}" → "get_api_v1_plan_projects_id"
std::string operation_id(const http::Route& r) {
  std::string id = lower(r.method);
  for (char c : r.pattern) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      id.push_back(c);
    } else if (c == '/' && id.back() != '_') {
      id.push_back('_');
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

json::object error_response(std::string_view description) {
  return json::object{
      {"description", description},
      {"content",
       json::object{
           {"application/json",
            json::object{{"schema", json::object{{"$ref", "#/components/schemas/Error"}}}}}}}};
}

}  // namespace

json::value build_document(const http::Router& router, const ApiInfo& info) {
  json::object paths;
  for (const auto& rp : router.routes()) {
    const http::Route& r = *rp;
    if (r.kind != http::RouteKind::json) continue;
    json::object op;
    op["operationId"] = operation_id(r);
    if (!r.summary.empty()) op["summary"] = r.summary;
    if (!r.tag.empty()) op["tags"] = json::array{json::value(r.tag)};
    op["x-permission"] = r.anonymous   ? json::value("anonymous")
                         : r.signed_in ? json::value("signed_in")
                                       : json::value(*r.permission);
    if (r.anonymous) op["security"] = json::array{};
    json::array params;
    for (const auto& p : r.params) {
      params.push_back(json::object{{"name", p.name},
                                    {"in", p.in},
                                    {"required", p.required},
                                    {"description", p.description},
                                    {"schema", json::object{{"type", p.type}}}});
    }
    if (!params.empty()) op["parameters"] = std::move(params);
    if (!r.request_schema.is_null()) {
      op["requestBody"] = json::object{
          {"required", true},
          {"content",
           json::object{{"application/json", json::object{{"schema", r.request_schema}}}}}};
    }
    json::object responses;
    for (const auto& resp : r.responses) {
      json::object o{{"description", resp.description}};
      if (!resp.schema.is_null()) {
        o["content"] = json::object{{"application/json", json::object{{"schema", resp.schema}}}};
      }
      responses[std::to_string(resp.status)] = std::move(o);
    }
    if (responses.empty()) responses["200"] = json::object{{"description", "OK"}};
    if (!r.request_schema.is_null())
      responses["400"] = error_response("Invalid input; `fields` names each bad field");
    if (!r.anonymous) {
      responses["401"] = error_response("Not signed in");
      if (r.permission) responses["403"] = error_response("Missing the permission");
    }
    responses["500"] = error_response("Unexpected failure");
    op["responses"] = std::move(responses);
    auto& item = paths[r.pattern];
    if (!item.is_object()) item = json::object{};
    item.as_object()[lower(r.method)] = std::move(op);
  }
  return json::object{
      {"openapi", "3.0.3"},
      {"info",
       json::object{
           {"title", info.title}, {"version", info.version}, {"description", info.description}}},
      {"servers", json::array{json::object{{"url", "/"}}}},
      {"paths", std::move(paths)},
      {"components",
       json::object{
           {"schemas", json::object{{"Error", error_schema()}}},
           {"securitySchemes",
            json::object{
                {"session",
                 json::object{{"type", "apiKey"}, {"in", "cookie"}, {"name", "pao_session"}}},
                {"bearer", json::object{{"type", "http"}, {"scheme", "bearer"}}}}}}},
      {"security", json::array{json::object{{"session", json::array{}}},
                               json::object{{"bearer", json::array{}}}}},
  };
}

}  // namespace pao::openapi
