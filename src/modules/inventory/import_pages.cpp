// The import page (/inventory/import): upload a CSV of existing assets; either every row is
// registered, or the page lists each problem by row and column and nothing is imported.
#include "modules/inventory/asset_import.hpp"
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/export/xlsx_reader.hpp"
#include "platform/http/multipart.hpp"
#include "platform/text/csv.hpp"

namespace pao::inventory {

namespace {

http::Response show_import(http::Context& ctx, const std::vector<ImportProblem>& problems,
                           const std::string& file_error) {
  Dict dict("inventory_import");
  std::string columns;
  for (const auto& c : kImportColumns) columns += (columns.empty() ? "" : ",") + c;
  dict.SetValue("COLUMNS", columns);
  html::Field file;
  file.kind = html::FieldKind::file;
  file.name = "file";
  file.label = text(ctx, "inventory.field.import_file");
  file.hint = text(ctx, "inventory.hint.import_file");
  file.accept = ".csv,text/csv,.xlsx";
  file.error = file_error;
  dict.SetValue("FILE_FIELD", html::field(ctx, file));
  if (!problems.empty()) {
    dict.ShowSection("HAS_PROBLEMS");
    dict.SetIntValue("PROBLEM_COUNT", static_cast<long>(problems.size()));
  }
  for (const auto& p : problems) {
    auto* row = dict.AddSectionDictionary("PROBLEM");
    row->SetValue("ROW", p.row > 0 ? std::to_string(p.row) : "—");
    row->SetValue("COLUMN", p.column);
    row->SetValue("WHY", p.why.in(ctx.lang));
  }
  html::PageInfo info;
  info.title = (problems.empty() && file_error.empty() ? "" : text(ctx, "inventory.error_prefix")) +
               text(ctx, "inventory.import_title");
  info.section = "inventory";
  info.crumbs = {{text(ctx, "inventory.title"), "/inventory"}};
  const int status = problems.empty() && file_error.empty() ? 200 : 400;
  return ctx.html().page(ctx, info, "inventory/import", dict, status);
}

}  // namespace

Result<http::Response> import_page(http::Context& ctx) {
  return show_import(ctx, {}, "");
}

Result<http::Response> import_assets_form(http::Context& ctx) {
  const auto files = ctx.request.files();
  const http::UploadedPart* file = nullptr;
  for (const auto& f : files) {
    if (f.field_name == "file" && !f.file_name.empty()) file = &f;
  }
  if (!file) return show_import(ctx, {}, text(ctx, "inventory.choose_file"));
  auto table = exports::looks_like_xlsx(file->bytes) ? exports::read_first_sheet(file->bytes)
                                                     : text::parse_csv(file->bytes);
  if (!table.ok()) return show_import(ctx, {}, table.error().message.in(ctx.lang));
  const auto outcome =
      import_assets(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), table.value());
  if (!outcome.problems.empty()) return show_import(ctx, outcome.problems, "");
  return html::redirect_with_flash("/inventory", "inventory.flash.imported");
}

}  // namespace pao::inventory
