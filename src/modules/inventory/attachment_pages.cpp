// Photos and documents attached to an asset (photos of it) or a contract (the contract,
// inspection photos, defect notices): the platform's file store (ADR 0006) with owner
// ("inventory", "asset" | "contract", id). Readable by whoever may view the registry.
#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/page_kit.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/files/files.hpp"

namespace pao::inventory {

namespace {

constexpr std::size_t kMaxFile = 20 << 20;

Result<http::Response> attach(http::Context& ctx, const std::string& kind, std::int64_t id,
                              const std::string& back) {
  const http::UploadedPart* file = nullptr;
  const auto parts = ctx.request.files();
  for (const auto& p : parts) {
    if (p.field_name == "file" && !p.file_name.empty()) file = &p;
  }
  if (!file) {
    return Error::invalid({"กรุณาเลือกไฟล์", "Choose a file"})
        .field("file", {"ต้องระบุ", "is required"});
  }
  auto stored =
      files::store_upload(ctx.db(), ctx.files(), ctx.clock().now(), audit::actor_of(ctx), *file,
                          {"inventory", kind, std::to_string(id)}, {.max_bytes = kMaxFile});
  if (!stored.ok()) return stored.error();
  return html::redirect_with_flash(back, "inventory.flash.attached");
}

}  // namespace

std::string attachments_html(http::Context& ctx, const std::string& kind, std::int64_t id,
                             bool can_attach) {
  Dict dict("inventory_attachments");
  for (const auto& f : files::list_files(ctx.db(), {"inventory", kind, std::to_string(id)})) {
    auto* row = dict.AddSectionDictionary("FILE");
    row->SetValue("URL", files::file_url(f));
    row->SetValue("NAME", f.name);
  }
  if (can_attach) {
    dict.SetValueAndShowSection(
        "ACTION", "/inventory/" + kind + "s/" + std::to_string(id) + "/files", "CAN_ATTACH");
    html::Field file;
    file.kind = html::FieldKind::file;
    file.name = "file";
    file.label = text(ctx, "inventory.field.attachment");
    file.hint = text(ctx, "inventory.hint.attachment");
    dict.SetValue("FILE_FIELD", html::field(ctx, file));
  }
  return ctx.html().render("inventory/attachments", ctx.lang, dict);
}

Result<http::Response> attach_asset_file(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id || !find_asset(ctx.db(), *id)) return no_such_asset(id.value_or(0));
  return attach(ctx, "asset", *id, "/inventory/assets/" + std::to_string(*id));
}

Result<http::Response> attach_contract_file(http::Context& ctx) {
  const auto id = path_id(ctx);
  if (!id || !find_contract(ctx.db(), *id)) return no_such_contract(id.value_or(0));
  return attach(ctx, "contract", *id, "/inventory/contracts/" + std::to_string(*id));
}

}  // namespace pao::inventory
