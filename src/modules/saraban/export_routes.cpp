// Register downloads: the PDF to print and the XLSX to work with, over the same rows.
#include "modules/saraban/division_register.hpp"
#include "modules/saraban/page_kit.hpp"
#include "modules/saraban/register_export.hpp"
#include "modules/saraban/routes.hpp"
#include "platform/http/download.hpp"

namespace pao::saraban {

namespace {

constexpr int kMaxExportRows = 100'000;

Result<RegisterExport> read_export(http::Context& ctx) {
  const std::string& code = ctx.request.path_param("code");
  // A division's register only for its staff and the central clerks (division_register.hpp).
  const auto reg = open_register(ctx.db(), ctx.principal, code);
  if (!reg.ok()) return reg.error();
  const FormValues q(ctx.request.query.begin(), ctx.request.query.end());
  FieldErrors bad;
  RegisterExport e;
  e.reg = *reg;
  e.year = read_year(q, register_year(ctx.clock().now()));
  e.produced_at = ctx.clock().now();
  const auto from = read_date(q, "from", bad);
  const auto to = read_date(q, "to", bad);
  if (!bad.empty()) return bad.to_error();
  std::optional<std::string> from_day, to_day;
  if (from) from_day = to_iso_date(*from);
  if (to) to_day = to_iso_date(*to);
  if (from || to) {
    e.period = (from ? format_thai_date(*from) : std::string("ต้นปี")) + " – " +
               (to ? format_thai_date(*to) : std::string("สิ้นปี"));
  }
  e.rows = store::register_rows(ctx.db(), reg->code, e.year, from_day, to_day, ctx.principal.id,
                                kMaxExportRows);
  return e;
}

std::string file_name(const RegisterExport& e, const char* ext) {
  return e.reg.name_th + " " + std::to_string(e.year + kBuddhistEraOffset) + ext;
}

}  // namespace

Result<http::Response> register_pdf_download(http::Context& ctx) {
  auto e = read_export(ctx);
  if (!e.ok()) return e.error();
  return http::download(register_pdf(*e), file_name(*e, ".pdf"), http::kPdfContentType);
}

Result<http::Response> register_xlsx_download(http::Context& ctx) {
  auto e = read_export(ctx);
  if (!e.ok()) return e.error();
  return http::download(register_xlsx(*e), file_name(*e, ".xlsx"), http::kXlsxContentType);
}

}  // namespace pao::saraban
