// JSON Schemas of the saraban API, for /api/v1/openapi.json.
#include <boost/json.hpp>

#include "modules/saraban/routes.hpp"

namespace pao::saraban {

namespace json = boost::json;

json::value incoming_letter_schema() {
  return json::parse(R"js({"type":"object",
    "required":["reference","dated","from","to","subject"],
    "properties":{
      "reference":{"type":"string","maxLength":100,"description":"The sender's ที่, e.g. มท 0808.2/ว 1234"},
      "dated":{"type":"string","format":"date","description":"ลงวันที่ of the letter"},
      "from":{"type":"string","maxLength":300},
      "to":{"type":"string","maxLength":300},
      "subject":{"type":"string","maxLength":1000},
      "urgency":{"type":"string","enum":["normal","urgent","very_urgent","most_urgent"]},
      "secrecy":{"type":"string","enum":["none","confidential","secret","top_secret"]},
      "reply_due":{"type":"string","format":"date","description":"When a reply is due"},
      "retention_years":{"type":"integer","minimum":0,"maximum":100,"description":"0 keeps it forever; default 10"}}})js");
}

json::value outgoing_letter_schema() {
  return json::parse(R"js({"type":"object",
    "required":["register","agency","subject","body","signer_name","signer_position"],
    "properties":{
      "register":{"type":"string","enum":["outgoing","circular","order","announcement"]},
      "kind":{"type":"string","enum":["external","memo","order","announcement"],"description":"The official layout of the PDF (default external)"},
      "reserved_no":{"type":"integer","description":"Use this number, reserved earlier this year"},
      "job_id":{"type":"integer","description":"The job it answers (default: a new job)"},
      "dated":{"type":"string","format":"date","description":"Default: today in Bangkok"},
      "agency":{"type":"string","maxLength":300,"description":"The sending unit and its address"},
      "to":{"type":"string","maxLength":300,"description":"Required for external letters and memos"},
      "subject":{"type":"string","maxLength":1000},
      "body":{"type":"string","maxLength":20000,"description":"Paragraphs separated by blank lines"},
      "signer_name":{"type":"string","maxLength":200},
      "signer_position":{"type":"string","maxLength":500},
      "urgency":{"type":"string","enum":["normal","urgent","very_urgent","most_urgent"]},
      "secrecy":{"type":"string","enum":["none","confidential","secret","top_secret"]}}})js");
}

json::value letter_schema() {
  return json::parse(R"js({"type":"object","properties":{
      "id":{"type":"integer"},
      "register":{"type":"string"},
      "register_no":{"type":"integer","description":"Number in the register, 1… per calendar year"},
      "year":{"type":"integer","description":"C.E. calendar year (Asia/Bangkok) of the number"},
      "reference":{"type":"string"},
      "dated":{"type":["string","null"],"format":"date"},
      "from":{"type":"string"},
      "to":{"type":"string"},
      "subject":{"type":"string","description":"Left out of secret letters for people not named on their job"},
      "subject_hidden":{"type":"boolean"},
      "urgency":{"type":"string"},
      "secrecy":{"type":"string"},
      "received_at":{"type":"string","format":"date-time"},
      "registered_by":{"type":"string"},
      "retention_years":{"type":"integer"},
      "job_id":{"type":"integer"}}})js");
}

json::value letters_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", letter_schema()}}},
                    {"next_cursor", json::object{{"type", json::array{"string", "null"}}}}}}};
}

json::value reserve_schema() {
  return json::parse(R"js({"type":"object","required":["register"],"properties":{
      "register":{"type":"string","description":"incoming, outgoing, circular, order, announcement or division:<code>"},
      "note":{"type":"string","maxLength":500,"description":"What the number is for"}}})js");
}

json::value number_schema() {
  return json::parse(R"js({"type":"object","properties":{
      "register":{"type":"string"},"year":{"type":"integer"},"number":{"type":"integer"},
      "status":{"type":"string","enum":["used","reserved","cancelled"]},
      "letter_id":{"type":["integer","null"]},"note":{"type":"string"},
      "reference":{"type":"string","description":"The ที่ this number makes, e.g. ลพ 51000/ว 56"},
      "taken_at":{"type":"string","format":"date-time"},"taken_by":{"type":"string"}}})js");
}

json::value numbers_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", number_schema()}}}}}};
}

json::value step_schema() {
  return json::parse(R"js({"type":"object","properties":{
      "id":{"type":"integer"},
      "kind":{"type":"string","enum":["register","forward","route","comment","acknowledge","approve","return","sign","attach"]},
      "at":{"type":"string","format":"date-time"},"by":{"type":"string"},"position":{"type":"string"},
      "on_behalf_of":{"type":"string","description":"ปฏิบัติราชการแทน"},
      "division":{"type":"string"},"division_register_no":{"type":"integer"},
      "user_id":{"type":"integer"},"to":{"type":"string"},"note":{"type":"string"},
      "document_sha256":{"type":"string"}}})js");
}

json::value new_step_schema() {
  return json::parse(R"js({"type":"object","required":["kind"],"properties":{
      "kind":{"type":"string","enum":["forward","route","comment","acknowledge","approve","return","sign"]},
      "note":{"type":"string","maxLength":4000,"description":"The comment; required for comment and return"},
      "on_behalf_of":{"type":"string","maxLength":200,"description":"The position acted for, ปฏิบัติราชการแทน"},
      "division":{"type":"string","description":"forward: the division's code"},
      "user":{"type":"string","description":"route: the person's username"},
      "document_sha256":{"type":"string","description":"sign: SHA-256 of the signed PDF"}}})js");
}

json::value job_schema() {
  json::object o = json::parse(R"js({"type":"object","properties":{
      "id":{"type":"integer"},"title":{"type":"string"},"title_hidden":{"type":"boolean"},
      "status":{"type":"string","enum":["open","approved","returned","signed","closed"]},
      "urgency":{"type":"string"},"secrecy":{"type":"string"},
      "due_date":{"type":["string","null"],"format":"date"},
      "created_at":{"type":"string","format":"date-time"}}})js")
                       .as_object();
  auto& props = o["properties"].as_object();
  props["letters"] = json::object{{"type", "array"}, {"items", letter_schema()}};
  props["history"] = json::object{{"type", "array"}, {"items", step_schema()}};
  return o;
}

json::value inbox_schema() {
  json::value item = job_schema();
  // A job waiting for someone the caller acts for (delegation.hpp): whom.
  item.as_object()["properties"].as_object()["acting_for"] = json::parse(R"js({"type":"object",
      "description":"Set on a job waiting for the person the caller acts for (ปฏิบัติราชการแทน)",
      "properties":{"delegation_id":{"type":"integer"},"user_id":{"type":"integer"},
      "name":{"type":"string"},"position":{"type":"string"}}})js");
  return json::object{
      {"type", "object"},
      {"properties", json::object{{"items", json::object{{"type", "array"}, {"items", item}}}}}};
}

}  // namespace pao::saraban
