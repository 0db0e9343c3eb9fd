// Software licences and replacement planning.
//
// Licence counts: a tracked product (e.g. "Microsoft Office", matching software names that
// contain "Microsoft Office") counts the machines whose last agent report lists it, against the
// licences held. Adding a product is audited (inventory.product.create).
//
// Replacement planning: the MDES yearly reference specification and price list is entered as
// data (year B.E., type, minimum RAM and disk, useful life in years, reference price). For fiscal
// year Y the plan uses the newest reference of a year ≤ Y for each type, and proposes replacing
// each asset in use or spare that is older than the useful life at the end of Y, or below the
// minimum RAM or disk; its estimated cost is the reference price. Disposed assets are left out.
// Saving a reference row is audited (inventory.reference.save).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "modules/inventory/assets.hpp"
#include "platform/audit/audit_log.hpp"
#include "platform/db/database.hpp"
#include "platform/error/error.hpp"
#include "platform/time/clock.hpp"

namespace pao::inventory {

struct TrackedProduct {
  std::int64_t id = 0;
  std::string product;
  std::string match;
  std::int64_t owned = 0;
  std::int64_t installed = 0;  // machines reporting it
};

Result<TrackedProduct> track_product(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                     const TrackedProduct& in);
std::vector<TrackedProduct> licence_counts(db::Connection& conn);

struct ReferenceSpec {
  int year = 0;  // B.E.
  std::string kind;
  std::int64_t min_ram_mb = 0;
  std::int64_t min_disk_gb = 0;
  int max_age_years = 7;
  std::int64_t price_satang = 0;
  std::string note;
};

// Adds or replaces the reference of (year, kind).
Result<ReferenceSpec> save_reference_spec(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const ReferenceSpec& in);
std::vector<ReferenceSpec> reference_specs(db::Connection& conn);

struct ReplacementItem {
  Asset asset;
  int age_years = 0;  // at the end of the fiscal year; -1 when the purchase date is unknown
  bool too_old = false;
  bool below_spec = false;
  std::int64_t estimated_satang = 0;
};

struct ReplacementPlan {
  int fiscal_year = 0;
  std::vector<ReplacementItem> items;
  std::int64_t total_satang = 0;
};

ReplacementPlan plan_replacements(db::Connection& conn, int fiscal_year);

}  // namespace pao::inventory
