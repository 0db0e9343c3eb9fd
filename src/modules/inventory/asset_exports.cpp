// Downloads of the asset registry: the list as an XLSX workbook (same filters as the page) and an
// A4 sheet of QR labels for the numbered assets in it.
#include <cstdlib>

#include "modules/inventory/asset_labels.hpp"
#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/export/xlsx.hpp"
#include "platform/http/download.hpp"

namespace pao::inventory {

namespace {

constexpr int kMaxExportRows = 50'000;

AssetFilter filter_of(const http::Request& q) {
  AssetFilter f;
  f.text = q.query_param("q").value_or("");
  f.kind = q.query_param("kind").value_or("");
  f.status = q.query_param("status").value_or("");
  return f;
}

std::vector<Asset> all_matching(http::Context& ctx) {
  return list_assets(ctx.db(), filter_of(ctx.request), std::nullopt, kMaxExportRows);
}

// Where the QR codes point: the IT service desk's new-ticket form for the asset, on this site.
std::string helpdesk_link(const http::Context& ctx, const std::string& asset_no) {
  std::string base;
  if (const char* url = std::getenv("PAO_PUBLIC_URL"); url && *url) {
    base = url;
  } else if (const auto host = ctx.request.header("Host")) {
    base = std::string(ctx.request.secure ? "https://" : "http://") + std::string(*host);
  }
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/helpdesk/new?asset=" + http::percent_encode(asset_no);
}

}  // namespace

Result<http::Response> export_assets_xlsx(http::Context& ctx) {
  exports::XlsxWorkbook book;
  auto& sheet = book.add_sheet(text(ctx, "inventory.title"));
  sheet.title(text(ctx, "inventory.title"));
  auto t = [&](const char* key) { return text(ctx, std::string("inventory.field.") + key); };
  sheet.header({t("asset_no"), t("kind"), t("brand"), t("model"), t("serial"), t("hostname"),
                t("cpu"), t("ram_mb"), t("disk_gb"), t("os"), t("division"), t("location"),
                t("holder"), t("purchased_on"), t("price"), t("funding_year"),
                t("warranty_ends_on"), t("status")});
  auto date = [](const std::string& iso) -> exports::XlsxCell {
    if (const auto d = parse_iso_date(iso)) return *d;
    return std::monostate{};
  };
  for (const auto& a : all_matching(ctx)) {
    const AssetFields& f = a.f;
    sheet.row({f.asset_no, text(ctx, "inventory.kind." + f.kind), f.brand, f.model, f.serial,
               f.hostname, f.cpu, f.ram_mb, f.disk_gb, f.os, f.division_code, f.location, f.holder,
               date(f.purchased_on), Satang(f.price_satang),
               f.funding_year ? exports::XlsxCell(std::int64_t{*f.funding_year})
                              : exports::XlsxCell(std::monostate{}),
               date(f.warranty_ends_on), text(ctx, "inventory.status." + f.status)});
  }
  return http::download(book.bytes(), text(ctx, "inventory.title") + ".xlsx",
                        http::kXlsxContentType);
}

Result<http::Response> asset_labels_pdf(http::Context& ctx) {
  std::vector<AssetLabel> labels;
  for (const auto& a : all_matching(ctx)) {
    if (a.f.asset_no.empty()) continue;
    labels.push_back({a.f.asset_no, a.f.brand + " " + a.f.model, helpdesk_link(ctx, a.f.asset_no)});
  }
  return http::download(asset_label_sheet(labels), "asset-labels.pdf", http::kPdfContentType);
}

}  // namespace pao::inventory
