// JSON API of the org module: the same facts as the home page, for other systems.
#include <boost/json.hpp>

#include "modules/org/api.hpp"
#include "modules/org/routes.hpp"

namespace pao::org {

namespace json = boost::json;

Result<http::Response> get_profile_json(http::Context& ctx) {
  const Profile p = get_profile(ctx.db());
  json::array missions(p.digital_missions_th.begin(), p.digital_missions_th.end());
  return http::Response::json(200, json::object{{"name_th", p.name_th},
                                                {"name_en", p.name_en},
                                                {"short_name_th", p.short_name_th},
                                                {"short_name_en", p.short_name_en},
                                                {"province_th", p.province_th},
                                                {"vision_th", p.vision_th},
                                                {"digital_vision_th", p.digital_vision_th},
                                                {"digital_vision_en", p.digital_vision_en},
                                                {"digital_plan_th", p.digital_plan_th},
                                                {"digital_missions_th", std::move(missions)}});
}

Result<http::Response> list_divisions_json(http::Context& ctx) {
  json::array items;
  for (const auto& d : list_divisions(ctx.db())) {
    items.push_back(json::object{{"code", d.code},
                                 {"name_th", d.name_th},
                                 {"short_name_th", d.short_name_th},
                                 {"name_en", d.name_en}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

json::value profile_schema() {
  return json::parse(R"({"type":"object","properties":{
    "name_th":{"type":"string"},"name_en":{"type":"string"},
    "short_name_th":{"type":"string"},"short_name_en":{"type":"string"},
    "province_th":{"type":"string"},"vision_th":{"type":"string"},
    "digital_vision_th":{"type":"string"},"digital_vision_en":{"type":"string"},
    "digital_plan_th":{"type":"string"},
    "digital_missions_th":{"type":"array","items":{"type":"string"}}}})");
}

json::value divisions_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{"code":{"type":"string","example":"strategy_budget"},
    "name_th":{"type":"string"},"short_name_th":{"type":"string"},"name_en":{"type":"string"}}}}}})");
}

}  // namespace pao::org
