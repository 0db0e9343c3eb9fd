// JSON Schemas of the inventory module's API (fed to /api/v1/openapi.json by the routes).
#include <boost/json.hpp>

#include "modules/inventory/routes.hpp"

namespace pao::inventory {

namespace json = boost::json;

json::value error_schema_ref() {
  return json::object{{"$ref", "#/components/schemas/Error"}};
}

json::value asset_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},
    "asset_no":{"type":"string","nullable":true,"example":"416-66-0012"},
    "kind":{"type":"string","enum":["desktop","notebook","printer","ups","network","server","other"]},
    "brand":{"type":"string"},"model":{"type":"string"},"serial":{"type":"string"},
    "hostname":{"type":"string"},"cpu":{"type":"string"},"ram_mb":{"type":"integer"},
    "disk_gb":{"type":"integer"},"os":{"type":"string"},"mac":{"type":"string"},
    "ip":{"type":"string"},"division_code":{"type":"string","nullable":true},
    "location":{"type":"string"},"holder":{"type":"string"},
    "purchased_on":{"type":"string","format":"date","nullable":true},
    "price_satang":{"type":"integer"},"funding_year":{"type":"integer","nullable":true},
    "contract_id":{"type":"integer","nullable":true},
    "warranty_ends_on":{"type":"string","format":"date","nullable":true},
    "status":{"type":"string","enum":["in_use","spare","repair","disposed"]},
    "device_id":{"type":"string","nullable":true,"description":"The inventory agent's DEVICEID"},
    "last_report_at":{"type":"string","nullable":true},
    "created_at":{"type":"string"},"updated_at":{"type":"string"}}})");
}

json::value assets_schema() {
  json::object s{{"type", "object"}};
  s["properties"] =
      json::object{{"items", json::object{{"type", "array"}, {"items", asset_schema()}}},
                   {"next_cursor", json::object{{"type", "string"}, {"nullable", true}}}};
  return s;
}

json::value asset_input_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "description":"POST: fields left out take their defaults. PATCH: only the fields sent change.",
    "properties":{
    "asset_no":{"type":"string","pattern":"^[0-9]{3}-[0-9]{2}-[0-9]{4}$","example":"416-66-0012"},
    "kind":{"type":"string","enum":["desktop","notebook","printer","ups","network","server","other"]},
    "brand":{"type":"string"},"model":{"type":"string"},"serial":{"type":"string"},
    "hostname":{"type":"string"},"cpu":{"type":"string"},"ram_mb":{"type":"integer"},
    "disk_gb":{"type":"integer"},"os":{"type":"string"},"mac":{"type":"string"},
    "ip":{"type":"string"},"division_code":{"type":"string"},"location":{"type":"string"},
    "holder":{"type":"string"},"purchased_on":{"type":"string","format":"date"},
    "price_satang":{"type":"integer","minimum":0},
    "funding_year":{"type":"integer","minimum":2500,"maximum":2700,"description":"B.E."},
    "contract_id":{"type":"integer","description":"The asset then takes the contract's warranty end"},
    "warranty_ends_on":{"type":"string","format":"date"},
    "status":{"type":"string","enum":["in_use","spare","repair","disposed"]}}})");
}

json::value contract_schema() {
  return json::parse(R"({"type":"object","properties":{
    "id":{"type":"integer"},"egp_no":{"type":"string"},"contract_no":{"type":"string"},
    "contract_date":{"type":"string","format":"date","nullable":true},
    "contractor_name":{"type":"string"},"contractor_tax_id":{"type":"string"},
    "contractor_contact":{"type":"string"},"subject":{"type":"string"},
    "value_satang":{"type":"integer"},"accepted_on":{"type":"string","format":"date"},
    "warranty_months":{"type":"integer"},
    "warranty_ends_on":{"type":"string","format":"date","description":"accepted_on + warranty_months"},
    "security_type":{"type":"string"},"security_amount_satang":{"type":"integer"},
    "security_guarantee_no":{"type":"string"},
    "security_expires_on":{"type":"string","format":"date","nullable":true},
    "division_code":{"type":"string","nullable":true},"committee":{"type":"string"},
    "inspected_on":{"type":"string","format":"date","nullable":true},
    "security_closed_on":{"type":"string","format":"date","nullable":true},
    "security_outcome":{"type":"string","enum":["","returned","claimed"]},
    "created_at":{"type":"string"},"updated_at":{"type":"string"}}})");
}

json::value contracts_schema() {
  json::object s{{"type", "object"}};
  s["properties"] =
      json::object{{"items", json::object{{"type", "array"}, {"items", contract_schema()}}},
                   {"next_cursor", json::object{{"type", "string"}, {"nullable", true}}}};
  return s;
}

json::value contract_input_schema() {
  return json::parse(R"({"type":"object","additionalProperties":false,
    "required":["contract_no","contractor_name","contractor_tax_id","subject","accepted_on","warranty_months"],
    "properties":{
    "egp_no":{"type":"string","example":"66019123456"},
    "contract_no":{"type":"string","example":"45/2569"},
    "contract_date":{"type":"string","format":"date"},
    "contractor_name":{"type":"string","example":"บริษัท ลำพูนคอมพิวเตอร์ จำกัด"},
    "contractor_tax_id":{"type":"string","pattern":"^[0-9]{13}$",
      "description":"13 digits; the last is a mod-11 check digit"},
    "contractor_contact":{"type":"string"},"subject":{"type":"string"},
    "value_satang":{"type":"integer","minimum":0},
    "accepted_on":{"type":"string","format":"date","description":"วันตรวจรับ"},
    "warranty_months":{"type":"integer","minimum":1,"maximum":120},
    "security_type":{"type":"string","enum":["","bank_guarantee","cash","cheque","government_bond"]},
    "security_amount_satang":{"type":"integer","minimum":0},
    "security_guarantee_no":{"type":"string"},
    "security_expires_on":{"type":"string","format":"date"},
    "division_code":{"type":"string"},"committee":{"type":"string"}}})");
}

json::value reminders_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{
    "kind":{"type":"string","enum":["warranty","overdue","security"]},
    "days_before":{"type":"integer","example":90},
    "about_date":{"type":"string","format":"date","description":"The warranty end (or guarantee expiry) it was about"},
    "sent_at":{"type":"string"}}}}}})");
}

}  // namespace pao::inventory
