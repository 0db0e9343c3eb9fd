// All SQL of the inventory module (tables inventory_*). Private to the module: writes go through
// the use cases (assets.hpp, contracts.hpp, agent_reports.hpp, warranty_reminders.hpp), which
// hold the transaction and add the audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/inventory/api.hpp"
#include "modules/inventory/assets.hpp"
#include "modules/inventory/contracts.hpp"
#include "modules/inventory/defects.hpp"
#include "modules/inventory/planning.hpp"
#include "platform/db/database.hpp"

namespace pao::inventory::store {

// ---- assets ----
std::optional<Asset> asset_by_id(db::Connection& conn, std::int64_t id);
std::optional<Asset> asset_by_device_id(db::Connection& conn, const std::string& device_id);
// An asset with this serial that no agent reports for yet (registered by hand).
std::optional<Asset> unreported_asset_by_serial(db::Connection& conn, const std::string& serial);
std::optional<std::int64_t> asset_id_by_number(db::Connection& conn, const std::string& asset_no);
// Numbered, not disposed assets whose holder is one of `names` (lower-cased) or, when
// `division` is not "", of that division; the holder's own first (HeldAsset::theirs).
std::vector<HeldAsset> held_assets(db::Connection& conn, const std::vector<std::string>& names,
                                   const std::string& division, int limit);
std::optional<HeldAsset> held_asset_by_number(db::Connection& conn, const std::string& asset_no);
// Throws db::UniqueViolation when the asset number or device id is taken.
std::int64_t insert_asset(db::Connection& conn, const AssetFields& f, const std::string& device_id,
                          const std::string& now);
void update_asset(db::Connection& conn, std::int64_t id, const AssetFields& f,
                  const std::string& now);
// Records an agent's report on the asset: its device id and when.
void set_reported(db::Connection& conn, std::int64_t id, const std::string& device_id,
                  const std::string& now);
// Takes the row lock (PostgreSQL) inside a write transaction; false when there is no such asset.
bool lock_asset(db::Connection& conn, std::int64_t id);
std::vector<Asset> list_assets(db::Connection& conn, const AssetFilter& filter,
                               std::optional<std::int64_t> after_id, int limit);
void set_contract_warranty(db::Connection& conn, std::int64_t contract_id,
                           const std::string& warranty_ends_on, const std::string& now);
std::vector<std::int64_t> asset_ids_of_contract(db::Connection& conn, std::int64_t contract_id);

// ---- software ----
struct Software {
  std::string name, version, publisher;
  bool operator==(const Software&) const = default;
  bool operator<(const Software& o) const {
    return name != o.name ? name < o.name : version < o.version;
  }
};
std::vector<Software> software_of(db::Connection& conn, std::int64_t asset_id);
void replace_software(db::Connection& conn, std::int64_t asset_id,
                      const std::vector<Software>& list);

// ---- contracts ----
std::optional<Contract> contract_by_id(db::Connection& conn, std::int64_t id);
bool contract_no_taken(db::Connection& conn, const std::string& contract_no,
                       std::int64_t except_id);
// Throws db::UniqueViolation when the contract number is taken.
std::int64_t insert_contract(db::Connection& conn, const ContractFields& f,
                             const std::string& warranty_ends_on, const std::string& now);
void update_contract(db::Connection& conn, std::int64_t id, const ContractFields& f,
                     const std::string& warranty_ends_on, const std::string& now);
bool lock_contract(db::Connection& conn, std::int64_t id);
std::vector<Contract> list_contracts(db::Connection& conn, std::optional<std::int64_t> before_id,
                                     int limit);
// Contracts whose security is still held (the warranty job's candidates).
std::vector<Contract> contracts_with_security_held(db::Connection& conn);

// ---- reminders ----
struct Reminder {
  std::string kind;  // warranty, overdue, security
  int days_before = 0;
  std::string about_date;
  std::string sent_at;
};
// Records that a reminder was sent; false (and nothing written) when it already was.
bool record_reminder(db::Connection& conn, std::int64_t contract_id, const Reminder& r);
std::vector<Reminder> reminders_of(db::Connection& conn, std::int64_t contract_id);

// ---- defect workflow ----
std::int64_t insert_inspection(db::Connection& conn, std::int64_t contract_id, const Inspection& i,
                               const std::string& now);
std::vector<Inspection> inspections_of(db::Connection& conn, std::int64_t contract_id);
void set_inspected_on(db::Connection& conn, std::int64_t contract_id, const std::string& on,
                      const std::string& now);
std::int64_t insert_notice(db::Connection& conn, std::int64_t contract_id, const DefectNotice& n,
                           const std::string& now);
std::vector<DefectNotice> notices_of(db::Connection& conn, std::int64_t contract_id);
// Marks the contract's open notices fixed; how many.
int fix_open_notices(db::Connection& conn, std::int64_t contract_id, const std::string& on);
void close_security(db::Connection& conn, std::int64_t contract_id, const SecurityClosing& c,
                    const std::string& now);
std::string security_approved_by(db::Connection& conn, std::int64_t contract_id);

// ---- dashboard ----
// Contracts whose security is held and whose warranty ends within [from, to].
std::vector<Contract> contracts_ending_between(db::Connection& conn, const std::string& from,
                                               const std::string& to);
struct OpenNotice {
  std::int64_t contract_id = 0;
  std::string contract_no;
  DefectNotice notice;
};
std::vector<OpenNotice> open_notices(db::Connection& conn);
// Contracts whose warranty ended (before `today`) with no inspection recorded, security held.
std::vector<Contract> ended_without_inspection(db::Connection& conn, const std::string& today);
// Contracts whose warranty ended (before `today`), security still held, no open notice.
std::vector<Contract> securities_to_return(db::Connection& conn, const std::string& today);

// ---- licences and planning ----
std::int64_t insert_tracked_product(db::Connection& conn, const TrackedProduct& p,
                                    const std::string& now);
bool product_taken(db::Connection& conn, const std::string& product);
std::vector<TrackedProduct> tracked_products(db::Connection& conn);
void upsert_reference_spec(db::Connection& conn, const ReferenceSpec& r);
std::vector<ReferenceSpec> reference_specs(db::Connection& conn);
// Assets not disposed, in id order.
std::vector<Asset> assets_in_service(db::Connection& conn);

// ---- settings (inventory_setting) -------------------------------------------------------------
std::optional<std::string> setting(db::Connection& conn, const std::string& key);
void put_setting(db::Connection& conn, const std::string& key, const std::string& value,
                 const std::string& now);

}  // namespace pao::inventory::store
