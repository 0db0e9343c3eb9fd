// JSON Schemas of the saraban API, for /api/v1/openapi.json.
#include <boost/json.hpp>

#include "modules/saraban/routes.hpp"

namespace pao::saraban {

namespace json = boost::json;

json::value incoming_letter_schema() {
  return json::parse(R"({"type":"object",
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
      "retention_years":{"type":"integer","minimum":0,"maximum":100,"description":"0 keeps it forever; default 10"}}})");
}

json::value letter_schema() {
  return json::parse(R"({"type":"object","properties":{
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
      "job_id":{"type":"integer"}}})");
}

json::value letters_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", letter_schema()}}},
                    {"next_cursor", json::object{{"type", json::array{"string", "null"}}}}}}};
}

json::value reserve_schema() {
  return json::parse(R"({"type":"object","required":["register"],"properties":{
      "register":{"type":"string","description":"incoming, outgoing, circular, order, announcement or division:<code>"},
      "note":{"type":"string","maxLength":500,"description":"What the number is for"}}})");
}

json::value number_schema() {
  return json::parse(R"({"type":"object","properties":{
      "register":{"type":"string"},"year":{"type":"integer"},"number":{"type":"integer"},
      "status":{"type":"string","enum":["used","reserved","cancelled"]},
      "letter_id":{"type":["integer","null"]},"note":{"type":"string"},
      "reference":{"type":"string","description":"The ที่ this number makes, e.g. ลพ 51000/ว 56"},
      "taken_at":{"type":"string","format":"date-time"},"taken_by":{"type":"string"}}})");
}

json::value numbers_schema() {
  return json::object{
      {"type", "object"},
      {"properties",
       json::object{{"items", json::object{{"type", "array"}, {"items", number_schema()}}}}}};
}

}  // namespace pao::saraban
