// What other modules may ask the inventory: which devices a person uses (the service desk's
// "which device is it?") and whether an asset number is registered. Reads only; safe on any
// connection, inside or outside a transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace pao::inventory {

// Who may open an asset's page (/inventory/assets/{id}).
inline constexpr const char* kViewAssetsPermission = "inventory.view";

// One registered device, as a person picks it from a list.
struct HeldAsset {
  std::int64_t id = 0;
  std::string asset_no;  // "416-66-0012"
  std::string kind;      // desktop, notebook, printer, ups, network, server, other
  std::string brand, model, hostname, location;
  bool theirs = false;  // held by the person themselves (not only by their division)
  std::string url;      // "/inventory/assets/12"
};

// A person as the inventory's holder field knows them: the asset's `holder` is free text the IT
// staff type (or import), so it matches the username or the display name, exactly, ignoring
// case and surrounding spaces.
struct AssetHolder {
  std::string username;
  std::string display_name;
  std::string division_code;  // "" = in no division
};

// The numbered assets still in service (not disposed) that `who` holds, then the rest of their
// division's, each group by asset number; at most `limit` (1–200).
std::vector<HeldAsset> assets_held_by(db::Connection& conn, const AssetHolder& who, int limit = 50);

// The asset numbered `asset_no` ("416-66-0012"), when registered; nullopt otherwise.
std::optional<HeldAsset> find_asset_by_number(db::Connection& conn, const std::string& asset_no);

}  // namespace pao::inventory
