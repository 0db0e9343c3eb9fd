// Pages of licence counts (/inventory/software) and replacement planning
// (/inventory/replacement?year=2570): each shows its data and the form that adds to it.
#include <charconv>

#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/planning.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/time/fiscal_year.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::inventory {

namespace {

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

std::string fields_html(http::Context& ctx, std::vector<html::Field> fields, const Error* error) {
  std::string out;
  for (auto& f : fields) {
    if (error) f.error = html::field_error(ctx, error, f.name);
    out += html::field(ctx, f);
  }
  return out;
}

std::vector<html::Field> product_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const char* k) { return text(ctx, std::string("inventory.field.") + k); };
  auto owned = field(html::FieldKind::text, "owned", t("owned"), value(v, "owned"), false);
  owned.input_mode = "numeric";
  auto match = field(html::FieldKind::text, "match", t("match"), value(v, "match"));
  match.hint = text(ctx, "inventory.hint.match");
  return {field(html::FieldKind::text, "product", t("product"), value(v, "product")), match, owned};
}

http::Response show_software(http::Context& ctx, const FormValues& v, const Error* error) {
  Dict dict("inventory_software");
  for (const auto& p : licence_counts(ctx.db())) {
    auto* row = dict.AddSectionDictionary("PRODUCT");
    row->SetValue("PRODUCT", p.product);
    row->SetValue("MATCH", p.match);
    row->SetIntValue("OWNED", static_cast<long>(p.owned));
    row->SetIntValue("INSTALLED", static_cast<long>(p.installed));
    row->SetValue(
        "STATE",
        p.installed > p.owned
            ? html::status_tag(text(ctx, "inventory.over_licensed"), html::Tone::danger)
            : html::status_tag(text(ctx, "inventory.within_licence"), html::Tone::success));
  }
  if (ctx.principal.can(kManage)) {
    dict.SetValueAndShowSection("FIELDS", fields_html(ctx, product_fields(ctx, v), error),
                                "CAN_MANAGE");
  }
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return text(ctx, "inventory.field." + f); });
  }
  html::PageInfo info;
  info.title = text(ctx, "inventory.licences");
  info.section = "inventory_software";
  info.crumbs = {{text(ctx, "inventory.title"), "/inventory"}};
  return ctx.html().page(ctx, info, "inventory/software", dict, error ? 400 : 200);
}

std::vector<html::Field> reference_fields(http::Context& ctx, const FormValues& v) {
  auto t = [&](const char* k) { return text(ctx, std::string("inventory.field.") + k); };
  auto kind = field(html::FieldKind::select, "kind", t("kind"), value(v, "kind"));
  for (const auto& k : kAssetKinds)
    kind.choices.push_back({k, text(ctx, "inventory.kind." + k), ""});
  std::vector<html::Field> out = {
      field(html::FieldKind::text, "year", t("reference_year"), value(v, "year"), false), kind};
  for (const char* n : {"min_ram_mb", "min_disk_gb", "max_age_years"}) {
    auto f = field(html::FieldKind::text, n, t(n), value(v, n), false);
    f.input_mode = "numeric";
    out.push_back(f);
  }
  auto price =
      field(html::FieldKind::text, "price", t("reference_price"), value(v, "price"), false);
  price.input_mode = "decimal";
  out.push_back(price);
  out.push_back(field(html::FieldKind::text, "note", t("note"), value(v, "note")));
  return out;
}

int requested_year(const http::Context& ctx) {
  const int next = fiscal_year_of(bangkok_date(ctx.clock().now())) + 1;
  const auto q = ctx.request.query_param("year");
  int y = 0;
  if (q && std::from_chars(q->data(), q->data() + q->size(), y).ec == std::errc() && y >= 2500 &&
      y <= 2700) {
    return y;
  }
  return next;
}

http::Response show_replacement(http::Context& ctx, const FormValues& v, const Error* error) {
  const int year = requested_year(ctx);
  Dict dict("inventory_replacement");
  dict.SetIntValue("YEAR", year);
  for (const auto& r : reference_specs(ctx.db())) {
    auto* row = dict.AddSectionDictionary("SPEC");
    row->SetIntValue("YEAR", r.year);
    row->SetValue("KIND", text(ctx, "inventory.kind." + r.kind));
    row->SetIntValue("RAM", static_cast<long>(r.min_ram_mb));
    row->SetIntValue("DISK", static_cast<long>(r.min_disk_gb));
    row->SetIntValue("AGE", r.max_age_years);
    row->SetValue("PRICE", shown_baht(r.price_satang));
    row->SetValue("NOTE", r.note);
  }
  const auto plan = plan_replacements(ctx.db(), year);
  for (const auto& item : plan.items) {
    auto* row = dict.AddSectionDictionary("ITEM");
    row->SetIntValue("ID", item.asset.id);
    row->SetValue("ASSET", item.asset.f.asset_no.empty() ? "#" + std::to_string(item.asset.id)
                                                         : item.asset.f.asset_no);
    row->SetValue("MODEL", item.asset.f.brand + " " + item.asset.f.model);
    row->SetValue("AGE", item.age_years < 0 ? "—" : std::to_string(item.age_years));
    std::string why;
    if (item.too_old) why += text(ctx, "inventory.too_old");
    if (item.below_spec) why += (why.empty() ? "" : ", ") + text(ctx, "inventory.below_spec");
    row->SetValue("WHY", why);
    row->SetValue("COST", shown_baht(item.estimated_satang));
  }
  dict.SetIntValue("COUNT", static_cast<long>(plan.items.size()));
  dict.SetValue("TOTAL", shown_baht(plan.total_satang));
  if (ctx.principal.can(kManage)) {
    dict.SetValueAndShowSection("FIELDS", fields_html(ctx, reference_fields(ctx, v), error),
                                "CAN_MANAGE");
  }
  if (error) {
    ctx.html().form_errors(ctx, *error, dict,
                           [&](const std::string& f) { return text(ctx, "inventory.field." + f); });
  }
  html::PageInfo info;
  info.title = text(ctx, "inventory.replacement") + " " + std::to_string(year);
  info.section = "inventory_replacement";
  info.crumbs = {{text(ctx, "inventory.title"), "/inventory"}};
  return ctx.html().page(ctx, info, "inventory/replacement", dict, error ? 400 : 200);
}

}  // namespace

Result<http::Response> software_page(http::Context& ctx) {
  return show_software(ctx, {}, nullptr);
}

Result<http::Response> track_product_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  TrackedProduct p;
  p.product = value(v, "product");
  p.match = value(v, "match");
  p.owned = read_number(v, "owned", 0, 1'000'000, errors).value_or(0);
  if (auto bad = combined(errors, {})) return show_software(ctx, v, &*bad);
  auto done = track_product(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), p);
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show_software(ctx, v, &done.error());
  }
  return html::redirect_with_flash("/inventory/software", "inventory.flash.saved");
}

Result<http::Response> replacement_page(http::Context& ctx) {
  return show_replacement(ctx, {}, nullptr);
}

Result<http::Response> save_reference_form(http::Context& ctx) {
  const FormValues v = read_form(ctx.request);
  FieldErrors errors;
  ReferenceSpec r;
  r.year = static_cast<int>(read_number(v, "year", 2500, 2700, errors).value_or(0));
  r.kind = value(v, "kind");
  r.min_ram_mb = read_number(v, "min_ram_mb", 0, 64LL * 1024 * 1024, errors).value_or(0);
  r.min_disk_gb = read_number(v, "min_disk_gb", 0, 1024LL * 1024, errors).value_or(0);
  r.max_age_years = static_cast<int>(read_number(v, "max_age_years", 1, 30, errors).value_or(7));
  r.price_satang = read_baht(v, "price", errors);
  r.note = value(v, "note");
  if (auto bad = combined(errors, {})) return show_replacement(ctx, v, &*bad);
  auto done = save_reference_spec(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), r);
  if (!done.ok()) {
    if (!fixable_on_form(done.error())) return done.error();
    return show_replacement(ctx, v, &done.error());
  }
  return html::redirect_with_flash("/inventory/replacement?year=" + std::to_string(r.year),
                                   "inventory.flash.saved");
}

}  // namespace pao::inventory
