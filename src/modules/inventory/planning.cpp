#include "modules/inventory/planning.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/field_checks.hpp"
#include "modules/inventory/store.hpp"
#include "platform/time/fiscal_year.hpp"

namespace pao::inventory {

namespace {

Error invalid(const char* field, Message why) {
  return Error::invalid({"ข้อมูลไม่ถูกต้อง", "Some fields are not valid"}).field(field, std::move(why));
}

// Whole years from `from` to `to` (a birthday-style count).
int years_between(Date from, Date to) {
  int years = to.year - from.year;
  if (to.month < from.month || (to.month == from.month && to.day < from.day)) --years;
  return std::max(years, 0);
}

}  // namespace

Result<TrackedProduct> track_product(db::Connection& conn, TimePoint at, const audit::Actor& by,
                                     const TrackedProduct& in) {
  if (in.product.empty() || in.product.size() > 200) {
    return invalid("product", {"ต้องระบุ (ไม่เกิน 200 ตัวอักษร)", "is required (up to 200 characters)"});
  }
  if (in.match.size() < 2 || in.match.size() > 200) {
    return invalid("match", {"ต้องยาว 2–200 ตัวอักษร", "must be 2–200 characters"});
  }
  if (in.owned < 0) return invalid("owned", {"ติดลบไม่ได้", "must not be negative"});
  db::Tx tx(conn);
  if (store::product_taken(conn, in.product)) {
    return Error::conflict({"ติดตามผลิตภัณฑ์นี้อยู่แล้ว", "This product is already tracked"})
        .field("product", {"มีอยู่แล้ว", "is already tracked"});
  }
  TrackedProduct p = in;
  p.id = store::insert_tracked_product(conn, in, to_iso_utc(at));
  audit::Changes changes;
  changes.added("product", json_text(p.product))
      .added("match", json_text(p.match))
      .added("owned", p.owned);
  audit::record(conn, at, by,
                {"inventory.product.create", "product", std::to_string(p.id), changes});
  tx.commit();
  return p;
}

std::vector<TrackedProduct> licence_counts(db::Connection& conn) {
  return store::tracked_products(conn);
}

Result<ReferenceSpec> save_reference_spec(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const ReferenceSpec& in) {
  if (in.year < 2500 || in.year > 2700) {
    return invalid("year", {"ต้องเป็นปี พ.ศ. เช่น 2569", "must be a B.E. year such as 2569"});
  }
  if (std::find(kAssetKinds.begin(), kAssetKinds.end(), in.kind) == kAssetKinds.end()) {
    return invalid("kind", {"ไม่ใช่ประเภทที่รู้จัก", "is not a known type"});
  }
  if (in.max_age_years < 1 || in.max_age_years > 30) {
    return invalid("max_age_years", {"ต้องอยู่ระหว่าง 1 ถึง 30 ปี", "must be 1 to 30 years"});
  }
  if (in.min_ram_mb < 0 || in.min_disk_gb < 0 || in.price_satang < 0) {
    return invalid("price", {"ติดลบไม่ได้", "must not be negative"});
  }
  db::Tx tx(conn);
  store::upsert_reference_spec(conn, in);
  audit::Changes changes;
  changes.note("min_ram_mb", in.min_ram_mb)
      .note("min_disk_gb", in.min_disk_gb)
      .note("max_age_years", in.max_age_years)
      .note("price_satang", in.price_satang)
      .note("note", json_text(in.note));
  audit::record(conn, at, by,
                {"inventory.reference.save", "reference_spec",
                 std::to_string(in.year) + "/" + in.kind, changes});
  tx.commit();
  return in;
}

std::vector<ReferenceSpec> reference_specs(db::Connection& conn) {
  return store::reference_specs(conn);
}

ReplacementPlan plan_replacements(db::Connection& conn, int fiscal_year) {
  ReplacementPlan plan;
  plan.fiscal_year = fiscal_year;
  // The newest reference of a year ≤ fiscal_year, per type (specs come newest first).
  std::map<std::string, ReferenceSpec> reference;
  for (const auto& r : store::reference_specs(conn)) {
    if (r.year <= fiscal_year && !reference.count(r.kind)) reference[r.kind] = r;
  }
  const Date year_end = fiscal_year_range(fiscal_year).last;
  for (const auto& a : store::assets_in_service(conn)) {
    const auto ref = reference.find(a.f.kind);
    if (ref == reference.end()) continue;
    ReplacementItem item;
    item.asset = a;
    const auto bought = parse_iso_date(a.f.purchased_on);
    item.age_years = bought ? years_between(*bought, year_end) : -1;
    item.too_old = bought && item.age_years >= ref->second.max_age_years;
    item.below_spec =
        (ref->second.min_ram_mb > 0 && a.f.ram_mb > 0 && a.f.ram_mb < ref->second.min_ram_mb) ||
        (ref->second.min_disk_gb > 0 && a.f.disk_gb > 0 && a.f.disk_gb < ref->second.min_disk_gb);
    if (!item.too_old && !item.below_spec) continue;
    item.estimated_satang = ref->second.price_satang;
    plan.total_satang += item.estimated_satang;
    plan.items.push_back(std::move(item));
  }
  return plan;
}

}  // namespace pao::inventory
