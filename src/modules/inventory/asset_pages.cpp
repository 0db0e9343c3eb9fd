// The asset registry's pages: the list with filters (/inventory), one asset with its software
// and history, the form to register or change one, and the upload of an agent's XML file. Thin:
// each POST calls the same use case as the JSON API, then redirects (post/redirect/get) or shows
// the form again with the person's input and an error summary.
#include <boost/json.hpp>
#include <charconv>

#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/routes.hpp"
#include "modules/inventory/store.hpp"
#include "modules/org/api.hpp"
#include "platform/html/renderer.hpp"
#include "platform/text/utf8.hpp"

namespace pao::inventory {

namespace {

constexpr int kPerPage = 50;

html::Tone status_tone(const std::string& status) {
  if (status == "in_use") return html::Tone::success;
  if (status == "repair") return html::Tone::warning;
  if (status == "disposed") return html::Tone::neutral;
  return html::Tone::info;
}

std::vector<html::Choice> choices(const http::Context& ctx, const std::string& prefix,
                                  const std::vector<std::string>& keys, bool any) {
  std::vector<html::Choice> out;
  if (any) out.push_back({"", text(ctx, "inventory.any"), ""});
  for (const auto& k : keys) out.push_back({k, text(ctx, prefix + k), ""});
  return out;
}

html::Field field(html::FieldKind kind, std::string name, std::string label, std::string value,
                  bool wide = true) {
  html::Field f;
  f.kind = kind;
  f.name = std::move(name);
  f.label = std::move(label);
  f.value = std::move(value);
  f.wide = wide;
  return f;
}

// The asset form, filled from `v` (what was typed, or the stored asset).
std::vector<html::Field> asset_fields(http::Context& ctx, const FormValues& v) {
  using K = html::FieldKind;
  auto t = [&](const char* key) { return text(ctx, key); };
  std::vector<html::Field> f;
  auto a = field(K::text, "asset_no", t("inventory.field.asset_no"), value(v, "asset_no"), false);
  a.hint = t("inventory.hint.asset_no");
  f.push_back(a);
  auto kind = field(K::select, "kind", t("inventory.field.kind"), value(v, "kind"));
  kind.choices = choices(ctx, "inventory.kind.", kAssetKinds, false);
  f.push_back(kind);
  for (const char* name : {"brand", "model", "serial", "hostname", "cpu"}) {
    f.push_back(
        field(K::text, name, t(("inventory.field." + std::string(name)).c_str()), value(v, name)));
  }
  for (const char* name : {"ram_mb", "disk_gb"}) {
    auto n = field(K::text, name, t(("inventory.field." + std::string(name)).c_str()),
                   value(v, name), false);
    n.input_mode = "numeric";
    f.push_back(n);
  }
  for (const char* name : {"os", "mac", "ip"}) {
    f.push_back(
        field(K::text, name, t(("inventory.field." + std::string(name)).c_str()), value(v, name)));
  }
  auto division =
      field(K::select, "division_code", t("inventory.field.division"), value(v, "division_code"));
  division.choices.push_back({"", t("inventory.none"), ""});
  for (const auto& d : org::list_divisions(ctx.db())) {
    division.choices.push_back({d.code, ctx.lang == "en" ? d.name_en : d.name_th, ""});
  }
  f.push_back(division);
  f.push_back(field(K::text, "location", t("inventory.field.location"), value(v, "location")));
  f.push_back(field(K::text, "holder", t("inventory.field.holder"), value(v, "holder")));
  f.push_back(
      field(K::date, "purchased_on", t("inventory.field.purchased_on"), value(v, "purchased_on")));
  auto price = field(K::text, "price", t("inventory.field.price"), value(v, "price"), false);
  price.input_mode = "decimal";
  f.push_back(price);
  auto year = field(K::text, "funding_year", t("inventory.field.funding_year"),
                    value(v, "funding_year"), false);
  year.input_mode = "numeric";
  f.push_back(year);
  auto contract =
      field(K::select, "contract_id", t("inventory.field.contract"), value(v, "contract_id"));
  contract.choices.push_back({"", t("inventory.none"), ""});
  for (const auto& c : list_contracts(ctx.db(), std::nullopt, 200)) {
    contract.choices.push_back({std::to_string(c.id), c.f.contract_no + " — " + c.f.subject, ""});
  }
  contract.hint = t("inventory.hint.contract");
  f.push_back(contract);
  f.push_back(field(K::date, "warranty_ends_on", t("inventory.field.warranty_ends_on"),
                    value(v, "warranty_ends_on")));
  auto status = field(K::select, "status", t("inventory.field.status"), value(v, "status"));
  status.choices = choices(ctx, "inventory.status.", kAssetStatuses, false);
  f.push_back(status);
  return f;
}

FormValues values_of(const AssetFields& a) {
  return {{"asset_no", a.asset_no},
          {"kind", a.kind},
          {"brand", a.brand},
          {"model", a.model},
          {"serial", a.serial},
          {"hostname", a.hostname},
          {"cpu", a.cpu},
          {"ram_mb", a.ram_mb ? std::to_string(a.ram_mb) : ""},
          {"disk_gb", a.disk_gb ? std::to_string(a.disk_gb) : ""},
          {"os", a.os},
          {"mac", a.mac},
          {"ip", a.ip},
          {"division_code", a.division_code},
          {"location", a.location},
          {"holder", a.holder},
          {"purchased_on", date_field_value(a.purchased_on)},
          {"price", a.price_satang ? shown_baht(a.price_satang) : ""},
          {"funding_year", a.funding_year ? std::to_string(*a.funding_year) : ""},
          {"contract_id", a.contract_id ? std::to_string(*a.contract_id) : ""},
          {"warranty_ends_on", date_field_value(a.warranty_ends_on)},
          {"status", a.status}};
}

// The typed form as asset fields, and the errors of reading it.
AssetFields fields_of(const FormValues& v, FieldErrors& errors) {
  AssetFields a;
  a.asset_no = value(v, "asset_no");
  a.kind = value(v, "kind");
  a.brand = value(v, "brand");
  a.model = value(v, "model");
  a.serial = value(v, "serial");
  a.hostname = value(v, "hostname");
  a.cpu = value(v, "cpu");
  a.ram_mb = read_number(v, "ram_mb", 0, 64LL * 1024 * 1024, errors).value_or(0);
  a.disk_gb = read_number(v, "disk_gb", 0, 1024LL * 1024, errors).value_or(0);
  a.os = value(v, "os");
  a.mac = value(v, "mac");
  a.ip = value(v, "ip");
  a.division_code = value(v, "division_code");
  a.location = value(v, "location");
  a.holder = value(v, "holder");
  a.purchased_on = read_date(v, "purchased_on", errors);
  a.price_satang = read_baht(v, "price", errors);
  if (auto y = read_number(v, "funding_year", 2500, 2700, errors))
    a.funding_year = static_cast<int>(*y);
  a.contract_id =
      read_number(v, "contract_id", 1, std::numeric_limits<std::int64_t>::max(), errors);
  a.warranty_ends_on = read_date(v, "warranty_ends_on", errors);
  a.status = value(v, "status");
  return a;
}

std::vector<html::Crumb> crumbs(const http::Context& ctx) {
  return {{text(ctx, "inventory.title"), "/inventory"}};
}

http::Response show_asset_form(http::Context& ctx, const std::optional<Asset>& asset,
                               const FormValues& v, const Error* error) {
  FormPage page;
  page.title = asset ? text(ctx, "inventory.edit_asset") : text(ctx, "inventory.new_asset");
  page.action = asset ? "/inventory/assets/" + std::to_string(asset->id) : "/inventory/assets";
  page.submit = text(ctx, "inventory.save");
  page.cancel_href = asset ? "/inventory/assets/" + std::to_string(asset->id) : "/inventory";
  page.fields = asset_fields(ctx, v);
  return form_page(ctx, page, error, crumbs(ctx));
}

}  // namespace

Result<http::Response> assets_page(http::Context& ctx) {
  const auto& q = ctx.request;
  AssetFilter filter;
  filter.text = q.query_param("q").value_or("");
  filter.kind = q.query_param("kind").value_or("");
  filter.status = q.query_param("status").value_or("");
  const std::string contract = q.query_param("contract").value_or("");
  if (std::int64_t n = 0;
      std::from_chars(contract.data(), contract.data() + contract.size(), n).ec == std::errc() &&
      n > 0) {
    filter.contract_id = n;
  }
  std::optional<std::int64_t> after;
  if (const auto a = q.query_param("after")) {
    std::int64_t n = 0;
    if (std::from_chars(a->data(), a->data() + a->size(), n).ec == std::errc() && n > 0) after = n;
  }
  auto rows = list_assets(ctx.db(), filter, after, kPerPage + 1);
  const bool more = rows.size() > static_cast<std::size_t>(kPerPage);
  if (more) rows.pop_back();

  Dict dict("inventory_assets");
  dict.SetValue("Q", filter.text);
  std::string query;
  for (const auto& [k, v] : {std::pair<std::string, std::string>{"q", filter.text},
                             {"kind", filter.kind},
                             {"status", filter.status},
                             {"contract", filter.contract_id ? contract : ""}}) {
    if (!v.empty()) query += (query.empty() ? "?" : "&") + k + "=" + http::percent_encode(v);
  }
  dict.SetValue("XLSX", "/inventory/assets.xlsx" + query);
  dict.SetValue("LABELS", "/inventory/labels.pdf" + query);
  html::Field kind;
  kind.kind = html::FieldKind::select;
  kind.name = "kind";
  kind.label = text(ctx, "inventory.field.kind");
  kind.value = filter.kind;
  kind.choices = choices(ctx, "inventory.kind.", kAssetKinds, true);
  kind.wide = false;
  dict.SetValue("KIND_FIELD", html::field(ctx, kind));
  html::Field status = kind;
  status.name = "status";
  status.label = text(ctx, "inventory.field.status");
  status.value = filter.status;
  status.choices = choices(ctx, "inventory.status.", kAssetStatuses, true);
  dict.SetValue("STATUS_FIELD", html::field(ctx, status));
  html::Field by_contract = kind;
  by_contract.name = "contract";
  by_contract.label = text(ctx, "inventory.field.contract");
  by_contract.value = filter.contract_id ? std::to_string(*filter.contract_id) : "";
  by_contract.choices = {{"", text(ctx, "inventory.any"), ""}};
  for (const auto& c : list_contracts(ctx.db(), std::nullopt, 200)) {
    by_contract.choices.push_back({std::to_string(c.id), c.f.contract_no, ""});
  }
  dict.SetValue("CONTRACT_FIELD", html::field(ctx, by_contract));
  if (ctx.principal.can(kManage)) dict.ShowSection("CAN_MANAGE");
  if (rows.empty()) {
    dict.SetValue(
        "EMPTY",
        html::empty_state(
            ctx, {text(ctx, "inventory.empty_title"), text(ctx, "inventory.empty_body"), {}, {}}));
  } else {
    dict.ShowSection("HAS_ROWS");
  }
  for (const auto& a : rows) {
    auto* row = dict.AddSectionDictionary("ROW");
    row->SetIntValue("ID", a.id);
    row->SetValue("ASSET_NO",
                  a.f.asset_no.empty() ? text(ctx, "inventory.unnumbered") : a.f.asset_no);
    row->SetValue("KIND", text(ctx, "inventory.kind." + a.f.kind));
    row->SetValue("MODEL", (a.f.brand + " " + a.f.model));
    row->SetValue("HOSTNAME", a.f.hostname);
    row->SetValue("SERIAL", a.f.serial);
    row->SetValue("HOLDER", a.f.holder);
    row->SetValue("STATUS", html::status_tag(text(ctx, "inventory.status." + a.f.status),
                                             status_tone(a.f.status)));
    row->SetValue("WARRANTY", shown_date(ctx, a.f.warranty_ends_on));
  }
  if (more) {
    dict.SetValueAndShowSection(
        "NEXT", html::link_to(ctx.request, {{"after", std::to_string(rows.back().id)}}), "MORE");
  }
  if (after)
    dict.SetValueAndShowSection("FIRST", html::link_to(ctx.request, {}, {"after"}), "NOT_FIRST");
  html::PageInfo info;
  info.title = text(ctx, "inventory.title");
  info.section = "inventory";
  return ctx.html().page(ctx, info, "inventory/assets", dict);
}

Result<http::Response> asset_page(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto a = id ? find_asset(ctx.db(), *id) : std::nullopt;
  if (!a) return no_such_asset(id.value_or(0));
  Dict dict("inventory_asset");
  dict.SetIntValue("ID", a->id);
  const std::string title = a->f.asset_no.empty()
                                ? text(ctx, "inventory.unnumbered") + " #" + std::to_string(a->id)
                                : a->f.asset_no;
  dict.SetValue("TITLE", title);
  auto fact = [&](const char* label_key, const std::string& v) {
    auto* row = dict.AddSectionDictionary("FACT");
    row->SetValue("LABEL", text(ctx, label_key));
    row->SetValue("VALUE", v.empty() ? "—" : v);
  };
  fact("inventory.field.kind", text(ctx, "inventory.kind." + a->f.kind));
  fact("inventory.field.status", text(ctx, "inventory.status." + a->f.status));
  fact("inventory.field.brand", a->f.brand);
  fact("inventory.field.model", a->f.model);
  fact("inventory.field.serial", a->f.serial);
  fact("inventory.field.hostname", a->f.hostname);
  fact("inventory.field.cpu", a->f.cpu);
  fact("inventory.field.ram_mb",
       a->f.ram_mb ? html::format_number(static_cast<double>(a->f.ram_mb)) : "");
  fact("inventory.field.disk_gb",
       a->f.disk_gb ? html::format_number(static_cast<double>(a->f.disk_gb)) : "");
  fact("inventory.field.os", a->f.os);
  fact("inventory.field.mac", a->f.mac);
  fact("inventory.field.ip", a->f.ip);
  fact("inventory.field.division", division_name(ctx, a->f.division_code));
  fact("inventory.field.location", a->f.location);
  fact("inventory.field.holder", a->f.holder);
  fact("inventory.field.purchased_on", shown_date(ctx, a->f.purchased_on));
  fact("inventory.field.price", a->f.price_satang ? shown_baht(a->f.price_satang) : "");
  fact("inventory.field.funding_year", a->f.funding_year ? std::to_string(*a->f.funding_year) : "");
  fact("inventory.field.warranty_ends_on", shown_date(ctx, a->f.warranty_ends_on));
  fact("inventory.field.device_id", a->device_id);
  fact("inventory.field.last_report_at", shown_time(ctx, a->last_report_at));
  if (a->f.contract_id) {
    dict.SetIntValue("CONTRACT_ID", *a->f.contract_id);
    dict.ShowSection("HAS_CONTRACT");
  }
  if (ctx.principal.can(kManage)) dict.ShowSection("CAN_MANAGE");
  dict.SetValue("ATTACHMENTS", attachments_html(ctx, "asset", a->id, ctx.principal.can(kManage)));
  const auto software = store::software_of(ctx.db(), a->id);
  dict.SetIntValue("SOFTWARE_COUNT", static_cast<long>(software.size()));
  for (const auto& s : software) {
    auto* row = dict.AddSectionDictionary("SOFTWARE");
    row->SetValue("NAME", s.name);
    row->SetValue("VERSION", s.version);
    row->SetValue("PUBLISHER", s.publisher);
  }
  for (const auto& e : asset_history(ctx.db(), a->id)) {
    auto* row = dict.AddSectionDictionary("HISTORY");
    row->SetValue("AT", e.at);
    row->SetValue("WHEN", shown_time(ctx, e.at));
    row->SetValue("WHO", e.actor_name);
    row->SetValue("ACTION",
                  text(ctx, "inventory.action." + e.action.substr(e.action.rfind('.') + 1)));
    std::string summary;
    boost::system::error_code ec;
    const auto changes = boost::json::parse(e.changes, ec);
    if (!ec && changes.is_object()) {
      for (const auto& [k, v] : changes.as_object()) {
        if (!summary.empty()) summary += "; ";
        const auto* o = v.if_object();
        if (o && o->contains("after")) {
          summary += std::string(k) + ": " + boost::json::serialize(o->at("before")) + " → " +
                     boost::json::serialize(o->at("after"));
        } else {
          summary += std::string(k) + ": " + boost::json::serialize(v);
        }
      }
    }
    row->SetValue("CHANGES", text::truncate_chars(summary, 600));
  }
  html::PageInfo info;
  info.title = title;
  info.section = "inventory";
  info.crumbs = crumbs(ctx);
  return ctx.html().page(ctx, info, "inventory/asset", dict);
}

Result<http::Response> new_asset_page(http::Context& ctx) {
  return show_asset_form(ctx, std::nullopt, values_of(AssetFields{}), nullptr);
}

Result<http::Response> edit_asset_page(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto a = id ? find_asset(ctx.db(), *id) : std::nullopt;
  if (!a) return no_such_asset(id.value_or(0));
  return show_asset_form(ctx, a, values_of(a->f), nullptr);
}

Result<http::Response> register_asset_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  const AssetFields f = fields_of(v, errors);
  if (auto bad = combined(errors, check_asset_fields(f)))
    return show_asset_form(ctx, std::nullopt, v, &*bad);
  auto added = register_asset(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), f);
  if (!added.ok()) {
    if (!fixable_on_form(added.error())) return added.error();
    return show_asset_form(ctx, std::nullopt, v, &added.error());
  }
  return html::redirect_with_flash("/inventory/assets/" + std::to_string(added->id),
                                   "inventory.flash.saved");
}

Result<http::Response> save_asset_form(http::Context& ctx) {
  const auto id = path_id(ctx);
  const auto a = id ? find_asset(ctx.db(), *id) : std::nullopt;
  if (!a) return no_such_asset(id.value_or(0));
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  const AssetFields f = fields_of(v, errors);
  if (auto bad = combined(errors, check_asset_fields(f))) return show_asset_form(ctx, a, v, &*bad);
  auto saved = update_asset(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), a->id, f);
  if (!saved.ok()) {
    if (!fixable_on_form(saved.error())) return saved.error();
    return show_asset_form(ctx, a, v, &saved.error());
  }
  return html::redirect_with_flash("/inventory/assets/" + std::to_string(a->id),
                                   "inventory.flash.saved");
}

Result<http::Response> upload_page(http::Context& ctx) {
  return upload_form(ctx, nullptr);
}

http::Response upload_form(http::Context& ctx, const Error* error) {
  FormPage page;
  page.title = text(ctx, "inventory.upload_title");
  page.intro = text(ctx, "inventory.upload_intro");
  page.action = "/inventory/upload";
  page.submit = text(ctx, "inventory.upload");
  page.cancel_href = "/inventory";
  page.multipart = true;
  html::Field file;
  file.kind = html::FieldKind::file;
  file.name = "file";
  file.label = text(ctx, "inventory.field.agent_file");
  file.hint = text(ctx, "inventory.hint.agent_file");
  file.accept = ".ocs,.xml";
  page.fields.push_back(file);
  return form_page(ctx, page, error, crumbs(ctx));
}

}  // namespace pao::inventory
