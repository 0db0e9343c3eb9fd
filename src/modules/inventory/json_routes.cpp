// JSON API of the inventory module: the same use cases as the pages.
#include <boost/json.hpp>
#include <charconv>

#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/store.hpp"
#include "modules/inventory/warranty_reminders.hpp"
#include "platform/http/json_input.hpp"
#include "platform/http/pagination.hpp"

namespace pao::inventory {

namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return json::string(s);
}

template <typename T>
json::value opt(const std::optional<T>& v) {
  if (!v) return nullptr;
  return *v;
}

json::object asset_json(const Asset& a) {
  const AssetFields& f = a.f;
  return json::object{{"id", a.id},
                      {"asset_no", text_or_null(f.asset_no)},
                      {"kind", f.kind},
                      {"brand", f.brand},
                      {"model", f.model},
                      {"serial", f.serial},
                      {"hostname", f.hostname},
                      {"cpu", f.cpu},
                      {"ram_mb", f.ram_mb},
                      {"disk_gb", f.disk_gb},
                      {"os", f.os},
                      {"mac", f.mac},
                      {"ip", f.ip},
                      {"division_code", text_or_null(f.division_code)},
                      {"location", f.location},
                      {"holder", f.holder},
                      {"purchased_on", text_or_null(f.purchased_on)},
                      {"price_satang", f.price_satang},
                      {"funding_year", opt(f.funding_year)},
                      {"contract_id", opt(f.contract_id)},
                      {"warranty_ends_on", text_or_null(f.warranty_ends_on)},
                      {"status", f.status},
                      {"device_id", text_or_null(a.device_id)},
                      {"last_report_at", text_or_null(a.last_report_at)},
                      {"created_at", a.created_at},
                      {"updated_at", a.updated_at}};
}

json::object contract_json(const Contract& c) {
  const ContractFields& f = c.f;
  return json::object{{"id", c.id},
                      {"egp_no", f.egp_no},
                      {"contract_no", f.contract_no},
                      {"contract_date", text_or_null(f.contract_date)},
                      {"contractor_name", f.contractor_name},
                      {"contractor_tax_id", f.contractor_tax_id},
                      {"contractor_contact", f.contractor_contact},
                      {"subject", f.subject},
                      {"value_satang", f.value_satang},
                      {"accepted_on", f.accepted_on},
                      {"warranty_months", f.warranty_months},
                      {"warranty_ends_on", c.warranty_ends_on},
                      {"security_type", f.security_type},
                      {"security_amount_satang", f.security_amount_satang},
                      {"security_guarantee_no", f.security_guarantee_no},
                      {"security_expires_on", text_or_null(f.security_expires_on)},
                      {"division_code", text_or_null(f.division_code)},
                      {"committee", f.committee},
                      {"inspected_on", text_or_null(c.inspected_on)},
                      {"security_closed_on", text_or_null(c.security_closed_on)},
                      {"security_outcome", c.security_outcome},
                      {"created_at", c.created_at},
                      {"updated_at", c.updated_at}};
}

void reject_all(http::JsonInput& in, const FieldErrors& errors) {
  if (errors.empty()) return;
  for (const auto& [field, why] : errors.to_error().fields) {
    if (!in.has_error(field)) in.reject(field, why);
  }
}

std::optional<std::int64_t> path_id(http::Context& ctx) {
  const std::string& s = ctx.request.path_param("id");
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n > 0 ? std::optional(n) : std::nullopt;
}

// Reads the asset fields sent into `f` (fields not sent keep their value: PATCH and POST alike).
void read_asset_fields(http::JsonInput& in, AssetFields& f) {
  auto text = [&](const char* name, std::string& out, std::size_t max) {
    if (auto v = in.optional_text(name, {.max_chars = max})) out = *v;
  };
  text("asset_no", f.asset_no, 20);
  text("kind", f.kind, 20);
  text("brand", f.brand, 100);
  text("model", f.model, 200);
  text("serial", f.serial, 100);
  text("hostname", f.hostname, 100);
  text("cpu", f.cpu, 200);
  text("os", f.os, 200);
  text("mac", f.mac, 200);
  text("ip", f.ip, 200);
  text("division_code", f.division_code, 40);
  text("location", f.location, 200);
  text("holder", f.holder, 200);
  text("purchased_on", f.purchased_on, 10);
  text("warranty_ends_on", f.warranty_ends_on, 10);
  text("status", f.status, 20);
  if (auto v = in.integer("ram_mb", 0, 64LL * 1024 * 1024)) f.ram_mb = *v;
  if (auto v = in.integer("disk_gb", 0, 1024LL * 1024)) f.disk_gb = *v;
  if (auto v = in.integer("price_satang", 0, 1'000'000'000'000LL)) f.price_satang = *v;
  if (auto v = in.integer("funding_year", 2500, 2700)) f.funding_year = static_cast<int>(*v);
  if (in.has("contract_id")) {
    f.contract_id = in.integer("contract_id", 1, std::numeric_limits<std::int64_t>::max());
  }
}

void read_contract_fields(http::JsonInput& in, ContractFields& f) {
  auto text = [&](const char* name, std::string& out, std::size_t max) {
    if (auto v = in.optional_text(name, {.max_chars = max})) out = *v;
  };
  text("egp_no", f.egp_no, 50);
  text("contract_no", f.contract_no, 100);
  text("contract_date", f.contract_date, 10);
  text("contractor_name", f.contractor_name, 200);
  text("contractor_tax_id", f.contractor_tax_id, 20);
  text("contractor_contact", f.contractor_contact, 1000);
  text("subject", f.subject, 1000);
  text("accepted_on", f.accepted_on, 10);
  text("security_type", f.security_type, 30);
  text("security_guarantee_no", f.security_guarantee_no, 100);
  text("security_expires_on", f.security_expires_on, 10);
  text("division_code", f.division_code, 40);
  text("committee", f.committee, 2000);
  if (auto v = in.integer("value_satang", 0, 1'000'000'000'000'000LL)) f.value_satang = *v;
  if (auto v = in.integer("warranty_months", 1, 120)) f.warranty_months = static_cast<int>(*v);
  if (auto v = in.integer("security_amount_satang", 0, 1'000'000'000'000'000LL)) {
    f.security_amount_satang = *v;
  }
}

}  // namespace

Result<http::Response> list_assets_json(http::Context& ctx) {
  auto page = http::read_page_request(ctx.request, 50, 200);
  if (!page.ok()) return page.error();
  const auto after = http::after_id(*page);
  if (page->after && !after) {
    return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
        .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  AssetFilter filter;
  const auto& q = ctx.request;
  filter.serial = q.query_param("serial").value_or("");
  filter.hostname = q.query_param("hostname").value_or("");
  filter.kind = q.query_param("kind").value_or("");
  filter.status = q.query_param("status").value_or("");
  filter.division_code = q.query_param("division").value_or("");
  filter.text = q.query_param("q").value_or("");
  if (const auto c = q.query_param("contract"); c && !c->empty()) {
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(c->data(), c->data() + c->size(), n);
    if (ec != std::errc() || end != c->data() + c->size() || n < 1) {
      return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "A filter is not valid"})
          .field("contract", {"ต้องเป็นรหัสสัญญา", "must be a contract's id"});
    }
    filter.contract_id = n;
  }
  auto rows = list_assets(ctx.db(), filter, after, page->limit + 1);
  std::optional<std::string> last;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last = std::to_string(rows.back().id);
  }
  json::array items;
  for (const auto& a : rows) items.push_back(asset_json(a));
  return http::Response::json(200, http::page_json(std::move(items), last));
}

Result<http::Response> get_asset_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto a = id ? find_asset(ctx.db(), *id) : std::nullopt;
  if (!a) return no_such_asset(id.value_or(0));
  json::object out = asset_json(*a);
  json::array software;
  for (const auto& s : store::software_of(ctx.db(), a->id)) {
    software.push_back(
        json::object{{"name", s.name}, {"version", s.version}, {"publisher", s.publisher}});
  }
  out["software"] = std::move(software);
  return http::Response::json(200, out);
}

Result<http::Response> register_asset_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  AssetFields f;
  read_asset_fields(*in, f);
  reject_all(*in, check_asset_fields(f));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added = register_asset(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), f);
  if (!added.ok()) return added.error();
  return http::Response::json(201, asset_json(*added));
}

Result<http::Response> update_asset_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto a = id ? find_asset(ctx.db(), *id) : std::nullopt;
  if (!a) return no_such_asset(id.value_or(0));
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  AssetFields f = a->f;
  read_asset_fields(*in, f);
  reject_all(*in, check_asset_fields(f));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto updated = update_asset(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), a->id, f);
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, asset_json(*updated));
}

Result<http::Response> list_contracts_json(http::Context& ctx) {
  auto page = http::read_page_request(ctx.request, 50, 200);
  if (!page.ok()) return page.error();
  const auto before = http::after_id(*page);
  if (page->after && !before) {
    return Error::invalid({"ข้อมูลที่ส่งมาไม่ถูกต้อง", "The cursor is not valid"})
        .field("cursor", {"ไม่ถูกต้อง", "is not a cursor this API gave out"});
  }
  auto rows = list_contracts(ctx.db(), before, page->limit + 1);
  std::optional<std::string> last;
  if (rows.size() > static_cast<std::size_t>(page->limit)) {
    rows.resize(static_cast<std::size_t>(page->limit));
    last = std::to_string(rows.back().id);
  }
  json::array items;
  for (const auto& c : rows) items.push_back(contract_json(c));
  return http::Response::json(200, http::page_json(std::move(items), last));
}

Result<http::Response> get_contract_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto c = id ? find_contract(ctx.db(), *id) : std::nullopt;
  if (!c) return no_such_contract(id.value_or(0));
  json::object out = contract_json(*c);
  json::array assets;
  for (const auto asset_id : store::asset_ids_of_contract(ctx.db(), c->id)) {
    assets.push_back(asset_id);
  }
  out["asset_ids"] = std::move(assets);
  return http::Response::json(200, out);
}

Result<http::Response> register_contract_json(http::Context& ctx) {
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  ContractFields f;
  read_contract_fields(*in, f);
  reject_all(*in, check_contract_fields(f));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto added = register_contract(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), f);
  if (!added.ok()) return added.error();
  return http::Response::json(201, contract_json(*added));
}

Result<http::Response> update_contract_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto c = id ? find_contract(ctx.db(), *id) : std::nullopt;
  if (!c) return no_such_contract(id.value_or(0));
  auto in = http::JsonInput::parse(ctx.request);
  if (!in.ok()) return in.error();
  ContractFields f = c->f;
  read_contract_fields(*in, f);
  reject_all(*in, check_contract_fields(f));
  if (auto bad = in->finish(); !bad.ok()) return bad.error();
  auto updated = update_contract(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), c->id, f);
  if (!updated.ok()) return updated.error();
  return http::Response::json(200, contract_json(*updated));
}

Result<http::Response> contract_reminders_json(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto c = id ? find_contract(ctx.db(), *id) : std::nullopt;
  if (!c) return no_such_contract(id.value_or(0));
  json::array items;
  for (const auto& r : store::reminders_of(ctx.db(), c->id)) {
    items.push_back(json::object{{"kind", r.kind},
                                 {"days_before", r.days_before},
                                 {"about_date", r.about_date},
                                 {"sent_at", r.sent_at}});
  }
  return http::Response::json(200, json::object{{"items", std::move(items)}});
}

}  // namespace pao::inventory
