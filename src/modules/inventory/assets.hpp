// The asset registry (ทะเบียนครุภัณฑ์): staff register an asset by hand, agents create and update
// machines (agent_reports.hpp), and anyone holding inventory.view reads the list and an asset's
// history. No HTTP here: the JSON API and the pages call the same functions.
//
// Rules:
//   - The asset number (เลขครุภัณฑ์) is the PAO's format "416-66-0012" (type code, B.E. year's
//     last two digits, running number), unique; a machine an agent created has none until staff
//     give it one.
//   - An asset linked to a contract takes the contract's warranty end (it cannot have its own).
//   - Every change writes one audit entry (inventory.asset.create / .update, entity "asset",
//     id = the asset's id) holding the before/after of each changed field, in the transaction
//     of the change; the asset page shows these entries as its history.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

inline const std::vector<std::string> kAssetKinds = {"desktop", "notebook", "printer", "ups",
                                                     "network", "server",   "other"};
inline const std::vector<std::string> kAssetStatuses = {"in_use", "spare", "repair", "disposed"};

// What staff type about an asset (and agents report, in part). Dates are "YYYY-MM-DD" or "".
struct AssetFields {
  std::string asset_no;  // "" = not yet numbered
  std::string kind = "other";
  std::string brand, model, serial, hostname, cpu;
  std::int64_t ram_mb = 0;
  std::int64_t disk_gb = 0;
  std::string os, mac, ip;
  std::string division_code;  // "" = none
  std::string location, holder;
  std::string purchased_on;
  std::int64_t price_satang = 0;
  std::optional<int> funding_year;  // B.E.
  std::optional<std::int64_t> contract_id;
  std::string warranty_ends_on;  // ignored (taken from the contract) when contract_id is set
  std::string status = "in_use";

  bool operator==(const AssetFields&) const = default;
};

struct Asset {
  std::int64_t id = 0;
  AssetFields f;
  std::string device_id;       // the agent's DEVICEID, "" for assets registered by hand
  std::string last_report_at;  // ISO-8601 UTC of the last agent report, ""
  std::string created_at, updated_at;
};

// "416-66-0012": three digits, two digits, four digits.
bool is_asset_number(const std::string& text);

// The field errors of `in`; empty when it may be stored (uniqueness of the number aside).
FieldErrors check_asset_fields(const AssetFields& in);

// Registers an asset. invalid_argument naming each bad field (also `contract_id` for an unknown
// contract, `division_code` for an unknown division); conflict (field asset_no) when the number
// is taken. `conn` must not be inside a transaction.
Result<Asset> register_asset(db::Connection& conn, TimePoint at, const audit::Actor& by,
                             const AssetFields& in);

// Replaces the fields of asset `id` with `in`. not_found; otherwise as register_asset.
// Writes nothing (and no audit entry) when nothing changes.
Result<Asset> update_asset(db::Connection& conn, TimePoint at, const audit::Actor& by,
                           std::int64_t id, const AssetFields& in);

Error no_such_asset(std::int64_t id);
std::optional<Asset> find_asset(db::Connection& conn, std::int64_t id);

// What the list is filtered by; each empty/nullopt filter is left out.
struct AssetFilter {
  std::string serial, hostname, kind, status, division_code;
  std::string text;  // part of the number, brand, model, hostname, holder or location
  std::optional<std::int64_t> contract_id;
};
// Assets in id order after `after_id`, at most `limit`.
std::vector<Asset> list_assets(db::Connection& conn, const AssetFilter& filter,
                               std::optional<std::int64_t> after_id, int limit);

// The audit entries about asset `id`, newest first (its history of changes).
std::vector<audit::Entry> asset_history(db::Connection& conn, std::int64_t id);

// The before/after of every field that differs (for audit entries).
audit::Changes asset_changes(const AssetFields& before, const AssetFields& after);
audit::Changes new_asset_changes(const AssetFields& after);

}  // namespace pao::inventory
