// The inventory's api.hpp: which devices a person uses, for the service desk's report form.
#include <algorithm>

#include "modules/inventory/api.hpp"
#include "modules/inventory/store.hpp"
#include "platform/http/json_input.hpp"

namespace pao::inventory {

namespace {

std::string lower_trimmed(const std::string& s) {
  std::string out = http::trim(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::vector<HeldAsset> assets_held_by(db::Connection& conn, const AssetHolder& who, int limit) {
  limit = std::clamp(limit, 1, 200);
  std::vector<std::string> names;
  for (const auto& n : {who.username, who.display_name}) {
    const auto l = lower_trimmed(n);
    if (!l.empty() && std::find(names.begin(), names.end(), l) == names.end()) names.push_back(l);
  }
  return store::held_assets(conn, names, who.division_code, limit);
}

std::optional<HeldAsset> find_asset_by_number(db::Connection& conn, const std::string& asset_no) {
  if (asset_no.empty()) return std::nullopt;
  return store::held_asset_by_number(conn, asset_no);
}

}  // namespace pao::inventory
