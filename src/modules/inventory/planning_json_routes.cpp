// JSON API of licence counts and the replacement plan: the same use cases as their pages.
#include <boost/json.hpp>
#include <charconv>

#include "modules/inventory/planning.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/time/fiscal_year.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace json = boost::json;

Result<http::Response> licences_json(http::Context& ctx) {
  json::array items;
  for (const auto& p : licence_counts(ctx.db())) {
    items.push_back(json::object{{"product", p.product},
                                 {"match", p.match},
                                 {"owned", p.owned},
                                 {"installed", p.installed},
                                 {"over_licensed", p.installed > p.owned}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

Result<http::Response> replacement_plan_json(http::Context& ctx) {
  int year = fiscal_year_of(bangkok_date(ctx.clock().now())) + 1;
  if (const auto q = ctx.request.query_param("year")) {
    int y = 0;
    const auto [end, ec] = std::from_chars(q->data(), q->data() + q->size(), y);
    if (ec != std::errc() || end != q->data() + q->size() || y < 2500 || y > 2700) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The year is not valid"})
          .field("year",
                 {"ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2570", "must be a B.E. fiscal year such as 2570"});
    }
    year = y;
  }
  const auto plan = plan_replacements(ctx.db(), year);
  json::array items;
  for (const auto& i : plan.items) {
    json::object o{{"asset_id", i.asset.id},     {"asset_no", i.asset.f.asset_no},
                   {"kind", i.asset.f.kind},     {"too_old", i.too_old},
                   {"below_spec", i.below_spec}, {"estimated_satang", i.estimated_satang}};
    o["age_years"] = i.age_years < 0 ? json::value(nullptr) : json::value(i.age_years);
    items.push_back(std::move(o));
  }
  return http::Response::json(200, json::object{{"fiscal_year", plan.fiscal_year},
                                                {"items", std::move(items)},
                                                {"total_satang", plan.total_satang}});
}

json::value licences_schema() {
  return json::parse(R"({"type":"object","properties":{"items":{"type":"array","items":{
    "type":"object","properties":{"product":{"type":"string"},"match":{"type":"string"},
    "owned":{"type":"integer"},"installed":{"type":"integer"},
    "over_licensed":{"type":"boolean"}}}}}})");
}

json::value replacement_plan_schema() {
  return json::parse(R"({"type":"object","properties":{"fiscal_year":{"type":"integer"},
    "total_satang":{"type":"integer"},"items":{"type":"array","items":{"type":"object",
    "properties":{"asset_id":{"type":"integer"},"asset_no":{"type":"string"},
    "kind":{"type":"string"},"age_years":{"type":"integer","nullable":true},
    "too_old":{"type":"boolean"},"below_spec":{"type":"boolean"},
    "estimated_satang":{"type":"integer"}}}}}})");
}

}  // namespace pao::inventory
