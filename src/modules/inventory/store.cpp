// All SQL of the inventory module (tables inventory_*).
#include "modules/inventory/store.hpp"

namespace pao::inventory::store {

namespace {

constexpr const char* kAssetColumns =
    "id, COALESCE(asset_no, ''), kind, brand, model, serial, hostname, cpu, ram_mb, disk_gb, os, "
    "mac, ip, COALESCE(division_code, ''), location, holder, COALESCE(purchased_on, ''), "
    "price_satang, funding_year, contract_id, COALESCE(warranty_ends_on, ''), status, "
    "COALESCE(device_id, ''), COALESCE(last_report_at, ''), created_at, updated_at";

Asset to_asset(const db::Row& r) {
  Asset a;
  a.id = r.i64(0);
  AssetFields& f = a.f;
  f.asset_no = r.str(1);
  f.kind = r.str(2);
  f.brand = r.str(3);
  f.model = r.str(4);
  f.serial = r.str(5);
  f.hostname = r.str(6);
  f.cpu = r.str(7);
  f.ram_mb = r.i64(8);
  f.disk_gb = r.i64(9);
  f.os = r.str(10);
  f.mac = r.str(11);
  f.ip = r.str(12);
  f.division_code = r.str(13);
  f.location = r.str(14);
  f.holder = r.str(15);
  f.purchased_on = r.str(16);
  f.price_satang = r.i64(17);
  if (const auto y = r.opt_i64(18)) f.funding_year = static_cast<int>(*y);
  f.contract_id = r.opt_i64(19);
  f.warranty_ends_on = r.str(20);
  f.status = r.str(21);
  a.device_id = r.str(22);
  a.last_report_at = r.str(23);
  a.created_at = r.str(24);
  a.updated_at = r.str(25);
  return a;
}

std::optional<Asset> one_asset(const std::optional<db::Row>& r) {
  if (!r) return std::nullopt;
  return to_asset(*r);
}

// NULL for "" (unique and foreign-key columns).
std::optional<std::string> or_null(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<std::int64_t> year_or_null(const std::optional<int>& y) {
  if (!y) return std::nullopt;
  return *y;
}

constexpr const char* kContractColumns =
    "id, egp_no, contract_no, COALESCE(contract_date, ''), contractor_name, contractor_tax_id, "
    "contractor_contact, subject, value_satang, accepted_on, warranty_months, warranty_ends_on, "
    "security_type, security_amount_satang, security_guarantee_no, "
    "COALESCE(security_expires_on, ''), COALESCE(division_code, ''), committee, "
    "COALESCE(inspected_on, ''), COALESCE(security_closed_on, ''), security_outcome, "
    "created_at, updated_at";

Contract to_contract(const db::Row& r) {
  Contract c;
  c.id = r.i64(0);
  ContractFields& f = c.f;
  f.egp_no = r.str(1);
  f.contract_no = r.str(2);
  f.contract_date = r.str(3);
  f.contractor_name = r.str(4);
  f.contractor_tax_id = r.str(5);
  f.contractor_contact = r.str(6);
  f.subject = r.str(7);
  f.value_satang = r.i64(8);
  f.accepted_on = r.str(9);
  f.warranty_months = static_cast<int>(r.i64(10));
  c.warranty_ends_on = r.str(11);
  f.security_type = r.str(12);
  f.security_amount_satang = r.i64(13);
  f.security_guarantee_no = r.str(14);
  f.security_expires_on = r.str(15);
  f.division_code = r.str(16);
  f.committee = r.str(17);
  c.inspected_on = r.str(18);
  c.security_closed_on = r.str(19);
  c.security_outcome = r.str(20);
  c.created_at = r.str(21);
  c.updated_at = r.str(22);
  return c;
}

}  // namespace

// ---- assets -------------------------------------------------------------------------------------

std::optional<Asset> asset_by_id(db::Connection& conn, std::int64_t id) {
  return one_asset(conn.query_one(
      std::string("SELECT ") + kAssetColumns + " FROM inventory_asset WHERE id = ?", id));
}

std::optional<Asset> asset_by_device_id(db::Connection& conn, const std::string& device_id) {
  return one_asset(conn.query_one(
      std::string("SELECT ") + kAssetColumns + " FROM inventory_asset WHERE device_id = ?",
      device_id));
}

std::optional<Asset> unreported_asset_by_serial(db::Connection& conn, const std::string& serial) {
  return one_asset(conn.query_one(std::string("SELECT ") + kAssetColumns +
                                      " FROM inventory_asset WHERE serial = ? AND device_id IS "
                                      "NULL ORDER BY id LIMIT 1",
                                  serial));
}

std::optional<std::int64_t> asset_id_by_number(db::Connection& conn, const std::string& asset_no) {
  const auto r = conn.query_one("SELECT id FROM inventory_asset WHERE asset_no = ?", asset_no);
  if (!r) return std::nullopt;
  return r->i64(0);
}

namespace {
constexpr const char* kHeldColumns =
    "id, asset_no, kind, brand, model, hostname, location, LOWER(TRIM(holder))";
HeldAsset held_from(const db::Row& r) {
  HeldAsset a;
  a.id = r.i64(0);
  a.asset_no = r.str(1);
  a.kind = r.str(2);
  a.brand = r.str(3);
  a.model = r.str(4);
  a.hostname = r.str(5);
  a.location = r.str(6);
  a.url = "/inventory/assets/" + std::to_string(a.id);
  return a;
}
}  // namespace

std::vector<HeldAsset> held_assets(db::Connection& conn, const std::vector<std::string>& names,
                                   const std::string& division, int limit) {
  const std::string base = std::string("SELECT ") + kHeldColumns +
                           " FROM inventory_asset WHERE asset_no IS NOT NULL AND status <> "
                           "'disposed'";
  std::string in;
  std::vector<db::Param> params;
  for (const auto& n : names) {
    in += in.empty() ? "?" : ", ?";
    params.emplace_back(n);
  }
  std::vector<HeldAsset> out;
  if (!in.empty()) {
    auto own = params;
    own.emplace_back(static_cast<std::int64_t>(limit));
    for (const auto& r : conn.run(
             base + " AND LOWER(TRIM(holder)) IN (" + in + ") ORDER BY asset_no LIMIT ?", own)) {
      out.push_back(held_from(r));
      out.back().theirs = true;
    }
  }
  const auto left = limit - static_cast<int>(out.size());
  if (division.empty() || left <= 0) return out;
  std::vector<db::Param> rest{division};
  std::string sql = base + " AND division_code = ?";
  if (!in.empty()) {
    sql += " AND LOWER(TRIM(holder)) NOT IN (" + in + ")";
    rest.insert(rest.end(), params.begin(), params.end());
  }
  rest.emplace_back(static_cast<std::int64_t>(left));
  for (const auto& r : conn.run(sql + " ORDER BY asset_no LIMIT ?", rest)) {
    out.push_back(held_from(r));
  }
  return out;
}

std::optional<HeldAsset> held_asset_by_number(db::Connection& conn, const std::string& asset_no) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kHeldColumns + " FROM inventory_asset WHERE asset_no = ?", asset_no);
  if (!r) return std::nullopt;
  return held_from(*r);
}

std::int64_t insert_asset(db::Connection& conn, const AssetFields& f, const std::string& device_id,
                          const std::string& now) {
  return conn
      .query_one(
          "INSERT INTO inventory_asset (asset_no, kind, brand, model, serial, hostname, cpu, "
          "ram_mb, disk_gb, os, mac, ip, division_code, location, holder, purchased_on, "
          "price_satang, funding_year, contract_id, warranty_ends_on, status, device_id, "
          "last_report_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          or_null(f.asset_no), f.kind, f.brand, f.model, f.serial, f.hostname, f.cpu, f.ram_mb,
          f.disk_gb, f.os, f.mac, f.ip, or_null(f.division_code), f.location, f.holder,
          or_null(f.purchased_on), f.price_satang, year_or_null(f.funding_year), f.contract_id,
          or_null(f.warranty_ends_on), f.status, or_null(device_id),
          device_id.empty() ? std::nullopt : std::optional<std::string>(now), now, now)
      ->i64(0);
}

void update_asset(db::Connection& conn, std::int64_t id, const AssetFields& f,
                  const std::string& now) {
  conn.execute(
      "UPDATE inventory_asset SET asset_no = ?, kind = ?, brand = ?, model = ?, serial = ?, "
      "hostname = ?, cpu = ?, ram_mb = ?, disk_gb = ?, os = ?, mac = ?, ip = ?, "
      "division_code = ?, location = ?, holder = ?, purchased_on = ?, price_satang = ?, "
      "funding_year = ?, contract_id = ?, warranty_ends_on = ?, status = ?, updated_at = ? "
      "WHERE id = ?",
      or_null(f.asset_no), f.kind, f.brand, f.model, f.serial, f.hostname, f.cpu, f.ram_mb,
      f.disk_gb, f.os, f.mac, f.ip, or_null(f.division_code), f.location, f.holder,
      or_null(f.purchased_on), f.price_satang, year_or_null(f.funding_year), f.contract_id,
      or_null(f.warranty_ends_on), f.status, now, id);
}

void set_reported(db::Connection& conn, std::int64_t id, const std::string& device_id,
                  const std::string& now) {
  conn.execute("UPDATE inventory_asset SET device_id = ?, last_report_at = ? WHERE id = ?",
               device_id, now, id);
}

bool lock_asset(db::Connection& conn, std::int64_t id) {
  return conn.execute("UPDATE inventory_asset SET id = id WHERE id = ?", id) > 0;
}

std::vector<Asset> list_assets(db::Connection& conn, const AssetFilter& filter,
                               std::optional<std::int64_t> after_id, int limit) {
  const std::string like = "%" + filter.text + "%";
  const auto rows = conn.query(
      std::string("SELECT ") + kAssetColumns +
          " FROM inventory_asset WHERE id > ? AND (? = '' OR serial = ?) "
          "AND (? = '' OR LOWER(hostname) = LOWER(?)) AND (? = '' OR kind = ?) "
          "AND (? = '' OR status = ?) AND (? = '' OR division_code = ?) "
          "AND (? = 0 OR contract_id = ?) "
          "AND (? = '' OR COALESCE(asset_no, '') LIKE ? OR brand LIKE ? OR model LIKE ? "
          "OR hostname LIKE ? OR holder LIKE ? OR location LIKE ? OR serial LIKE ?) "
          "ORDER BY id LIMIT ?",
      after_id.value_or(0), filter.serial, filter.serial, filter.hostname, filter.hostname,
      filter.kind, filter.kind, filter.status, filter.status, filter.division_code,
      filter.division_code, filter.contract_id.value_or(0), filter.contract_id.value_or(0),
      filter.text, like, like, like, like, like, like, like, limit);
  std::vector<Asset> out;
  for (const auto& r : rows) out.push_back(to_asset(r));
  return out;
}

void set_contract_warranty(db::Connection& conn, std::int64_t contract_id,
                           const std::string& warranty_ends_on, const std::string& now) {
  conn.execute(
      "UPDATE inventory_asset SET warranty_ends_on = ?, updated_at = ? WHERE contract_id = ?",
      warranty_ends_on, now, contract_id);
}

std::vector<std::int64_t> asset_ids_of_contract(db::Connection& conn, std::int64_t contract_id) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       conn.query("SELECT id FROM inventory_asset WHERE contract_id = ? ORDER BY id", contract_id))
    out.push_back(r.i64(0));
  return out;
}

// ---- software -----------------------------------------------------------------------------------

std::vector<Software> software_of(db::Connection& conn, std::int64_t asset_id) {
  std::vector<Software> out;
  for (const auto& r :
       conn.query("SELECT name, version, publisher FROM inventory_software WHERE asset_id = ? "
                  "ORDER BY name, version",
                  asset_id)) {
    out.push_back({r.str(0), r.str(1), r.str(2)});
  }
  return out;
}

void replace_software(db::Connection& conn, std::int64_t asset_id,
                      const std::vector<Software>& list) {
  conn.execute("DELETE FROM inventory_software WHERE asset_id = ?", asset_id);
  for (const auto& s : list) {
    conn.execute(
        "INSERT INTO inventory_software (asset_id, name, version, publisher) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        asset_id, s.name, s.version, s.publisher);
  }
}

// ---- contracts ----------------------------------------------------------------------------------

std::optional<Contract> contract_by_id(db::Connection& conn, std::int64_t id) {
  const auto r = conn.query_one(
      std::string("SELECT ") + kContractColumns + " FROM inventory_contract WHERE id = ?", id);
  if (!r) return std::nullopt;
  return to_contract(*r);
}

bool contract_no_taken(db::Connection& conn, const std::string& contract_no,
                       std::int64_t except_id) {
  return conn
      .query_one("SELECT id FROM inventory_contract WHERE contract_no = ? AND id <> ?", contract_no,
                 except_id)
      .has_value();
}

std::int64_t insert_contract(db::Connection& conn, const ContractFields& f,
                             const std::string& warranty_ends_on, const std::string& now) {
  return conn
      .query_one(
          "INSERT INTO inventory_contract (egp_no, contract_no, contract_date, contractor_name, "
          "contractor_tax_id, contractor_contact, subject, value_satang, accepted_on, "
          "warranty_months, warranty_ends_on, security_type, security_amount_satang, "
          "security_guarantee_no, security_expires_on, division_code, committee, created_at, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          f.egp_no, f.contract_no, or_null(f.contract_date), f.contractor_name, f.contractor_tax_id,
          f.contractor_contact, f.subject, f.value_satang, f.accepted_on, f.warranty_months,
          warranty_ends_on, f.security_type, f.security_amount_satang, f.security_guarantee_no,
          or_null(f.security_expires_on), or_null(f.division_code), f.committee, now, now)
      ->i64(0);
}

void update_contract(db::Connection& conn, std::int64_t id, const ContractFields& f,
                     const std::string& warranty_ends_on, const std::string& now) {
  conn.execute(
      "UPDATE inventory_contract SET egp_no = ?, contract_no = ?, contract_date = ?, "
      "contractor_name = ?, contractor_tax_id = ?, contractor_contact = ?, subject = ?, "
      "value_satang = ?, accepted_on = ?, warranty_months = ?, warranty_ends_on = ?, "
      "security_type = ?, security_amount_satang = ?, security_guarantee_no = ?, "
      "security_expires_on = ?, division_code = ?, committee = ?, updated_at = ? WHERE id = ?",
      f.egp_no, f.contract_no, or_null(f.contract_date), f.contractor_name, f.contractor_tax_id,
      f.contractor_contact, f.subject, f.value_satang, f.accepted_on, f.warranty_months,
      warranty_ends_on, f.security_type, f.security_amount_satang, f.security_guarantee_no,
      or_null(f.security_expires_on), or_null(f.division_code), f.committee, now, id);
}

bool lock_contract(db::Connection& conn, std::int64_t id) {
  return conn.execute("UPDATE inventory_contract SET id = id WHERE id = ?", id) > 0;
}

std::vector<Contract> list_contracts(db::Connection& conn, std::optional<std::int64_t> before_id,
                                     int limit) {
  const auto rows = conn.query(std::string("SELECT ") + kContractColumns +
                                   " FROM inventory_contract WHERE (? = 0 OR id < ?) "
                                   "ORDER BY id DESC LIMIT ?",
                               before_id.value_or(0), before_id.value_or(0), limit);
  std::vector<Contract> out;
  for (const auto& r : rows) out.push_back(to_contract(r));
  return out;
}

std::vector<Contract> contracts_with_security_held(db::Connection& conn) {
  const auto rows = conn.query(std::string("SELECT ") + kContractColumns +
                               " FROM inventory_contract WHERE security_closed_on IS NULL "
                               "ORDER BY warranty_ends_on, id");
  std::vector<Contract> out;
  for (const auto& r : rows) out.push_back(to_contract(r));
  return out;
}

// ---- reminders ----------------------------------------------------------------------------------

bool record_reminder(db::Connection& conn, std::int64_t contract_id, const Reminder& r) {
  return conn.execute(
             "INSERT INTO inventory_reminder (contract_id, kind, days_before, about_date, "
             "sent_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
             contract_id, r.kind, r.days_before, r.about_date, r.sent_at) > 0;
}

std::vector<Reminder> reminders_of(db::Connection& conn, std::int64_t contract_id) {
  std::vector<Reminder> out;
  for (const auto& r :
       conn.query("SELECT kind, days_before, about_date, sent_at FROM inventory_reminder "
                  "WHERE contract_id = ? ORDER BY sent_at, days_before DESC",
                  contract_id)) {
    out.push_back({r.str(0), static_cast<int>(r.i64(1)), r.str(2), r.str(3)});
  }
  return out;
}

// ---- defect workflow ----------------------------------------------------------------------------

std::int64_t insert_inspection(db::Connection& conn, std::int64_t contract_id, const Inspection& i,
                               const std::string& now) {
  return conn
      .query_one(
          "INSERT INTO inventory_inspection (contract_id, inspected_on, committee, findings, "
          "has_defect, reinspection, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          contract_id, i.inspected_on, i.committee, i.findings, i.has_defect, i.reinspection, now)
      ->i64(0);
}

std::vector<Inspection> inspections_of(db::Connection& conn, std::int64_t contract_id) {
  std::vector<Inspection> out;
  for (const auto& r :
       conn.query("SELECT id, inspected_on, committee, findings, has_defect, reinspection "
                  "FROM inventory_inspection WHERE contract_id = ? ORDER BY id",
                  contract_id)) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.boolean(4), r.boolean(5)});
  }
  return out;
}

void set_inspected_on(db::Connection& conn, std::int64_t contract_id, const std::string& on,
                      const std::string& now) {
  conn.execute("UPDATE inventory_contract SET inspected_on = ?, updated_at = ? WHERE id = ?", on,
               now, contract_id);
}

std::int64_t insert_notice(db::Connection& conn, std::int64_t contract_id, const DefectNotice& n,
                           const std::string& now) {
  return conn
      .query_one(
          "INSERT INTO inventory_defect_notice (contract_id, sent_on, fix_by, details, "
          "letter_ref, letter_id, letter_job_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "RETURNING id",
          contract_id, n.sent_on, n.fix_by, n.details, n.letter_ref, n.letter_id, n.letter_job_id,
          now)
      ->i64(0);
}

std::vector<DefectNotice> notices_of(db::Connection& conn, std::int64_t contract_id) {
  std::vector<DefectNotice> out;
  for (const auto& r :
       conn.query("SELECT id, sent_on, fix_by, details, letter_ref, COALESCE(fixed_on, ''), "
                  "COALESCE(letter_id, 0), COALESCE(letter_job_id, 0) "
                  "FROM inventory_defect_notice WHERE contract_id = ? ORDER BY id",
                  contract_id)) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5), r.i64(6), r.i64(7)});
  }
  return out;
}

int fix_open_notices(db::Connection& conn, std::int64_t contract_id, const std::string& on) {
  return static_cast<int>(conn.execute(
      "UPDATE inventory_defect_notice SET fixed_on = ? WHERE contract_id = ? AND fixed_on IS NULL",
      on, contract_id));
}

void close_security(db::Connection& conn, std::int64_t contract_id, const SecurityClosing& c,
                    const std::string& now) {
  conn.execute(
      "UPDATE inventory_contract SET security_outcome = ?, security_closed_on = ?, "
      "security_approved_by = ?, updated_at = ? WHERE id = ?",
      c.outcome, c.closed_on, c.approved_by, now, contract_id);
}

std::string security_approved_by(db::Connection& conn, std::int64_t contract_id) {
  const auto r = conn.query_one("SELECT security_approved_by FROM inventory_contract WHERE id = ?",
                                contract_id);
  return r ? r->str(0) : std::string();
}

// ---- dashboard ----------------------------------------------------------------------------------

std::vector<Contract> contracts_ending_between(db::Connection& conn, const std::string& from,
                                               const std::string& to) {
  std::vector<Contract> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kContractColumns +
                                      " FROM inventory_contract WHERE security_closed_on IS NULL "
                                      "AND warranty_ends_on >= ? AND warranty_ends_on <= ? "
                                      "ORDER BY warranty_ends_on, id",
                                  from, to)) {
    out.push_back(to_contract(r));
  }
  return out;
}

std::vector<OpenNotice> open_notices(db::Connection& conn) {
  std::vector<OpenNotice> out;
  for (const auto& r :
       conn.query("SELECT n.contract_id, c.contract_no, n.id, n.sent_on, n.fix_by, n.details, "
                  "n.letter_ref FROM inventory_defect_notice n JOIN inventory_contract c ON "
                  "c.id = n.contract_id WHERE n.fixed_on IS NULL AND c.security_closed_on IS NULL "
                  "ORDER BY n.fix_by, n.id")) {
    out.push_back({r.i64(0), r.str(1), {r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6), ""}});
  }
  return out;
}

std::vector<Contract> ended_without_inspection(db::Connection& conn, const std::string& today) {
  std::vector<Contract> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kContractColumns +
                                      " FROM inventory_contract WHERE security_closed_on IS NULL "
                                      "AND warranty_ends_on < ? AND inspected_on IS NULL "
                                      "ORDER BY warranty_ends_on, id",
                                  today)) {
    out.push_back(to_contract(r));
  }
  return out;
}

std::vector<Contract> securities_to_return(db::Connection& conn, const std::string& today) {
  std::vector<Contract> out;
  for (const auto& r : conn.query(
           std::string("SELECT ") + kContractColumns +
               " FROM inventory_contract c WHERE security_closed_on IS NULL "
               "AND warranty_ends_on < ? AND NOT EXISTS (SELECT 1 FROM inventory_defect_notice n "
               "WHERE n.contract_id = c.id AND n.fixed_on IS NULL) ORDER BY warranty_ends_on, id",
           today)) {
    out.push_back(to_contract(r));
  }
  return out;
}

// ---- licences and planning ---------------------------------------------------------------------

std::int64_t insert_tracked_product(db::Connection& conn, const TrackedProduct& p,
                                    const std::string& now) {
  return conn
      .query_one(
          "INSERT INTO inventory_tracked_product (product, match, owned, created_at) "
          "VALUES (?, ?, ?, ?) RETURNING id",
          p.product, p.match, p.owned, now)
      ->i64(0);
}

bool product_taken(db::Connection& conn, const std::string& product) {
  return conn.query_one("SELECT id FROM inventory_tracked_product WHERE product = ?", product)
      .has_value();
}

std::vector<TrackedProduct> tracked_products(db::Connection& conn) {
  std::vector<TrackedProduct> out;
  for (const auto& r : conn.query(
           "SELECT p.id, p.product, p.match, p.owned, (SELECT COUNT(DISTINCT s.asset_id) FROM "
           "inventory_software s JOIN inventory_asset a ON a.id = s.asset_id WHERE "
           "a.status <> 'disposed' AND LOWER(s.name) LIKE '%' || LOWER(p.match) || '%') "
           "FROM inventory_tracked_product p ORDER BY p.product")) {
    out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3), r.i64(4)});
  }
  return out;
}

void upsert_reference_spec(db::Connection& conn, const ReferenceSpec& r) {
  conn.execute(
      "INSERT INTO inventory_reference_spec (year, kind, min_ram_mb, min_disk_gb, max_age_years, "
      "price_satang, note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, kind) DO UPDATE SET "
      "min_ram_mb = excluded.min_ram_mb, min_disk_gb = excluded.min_disk_gb, "
      "max_age_years = excluded.max_age_years, price_satang = excluded.price_satang, "
      "note = excluded.note",
      r.year, r.kind, r.min_ram_mb, r.min_disk_gb, r.max_age_years, r.price_satang, r.note);
}

std::vector<ReferenceSpec> reference_specs(db::Connection& conn) {
  std::vector<ReferenceSpec> out;
  for (const auto& r :
       conn.query("SELECT year, kind, min_ram_mb, min_disk_gb, max_age_years, price_satang, note "
                  "FROM inventory_reference_spec ORDER BY year DESC, kind")) {
    out.push_back({static_cast<int>(r.i64(0)), r.str(1), r.i64(2), r.i64(3),
                   static_cast<int>(r.i64(4)), r.i64(5), r.str(6)});
  }
  return out;
}

std::vector<Asset> assets_in_service(db::Connection& conn) {
  std::vector<Asset> out;
  for (const auto& r : conn.query(std::string("SELECT ") + kAssetColumns +
                                  " FROM inventory_asset WHERE status <> 'disposed' ORDER BY id")) {
    out.push_back(to_asset(r));
  }
  return out;
}

// ---- settings -----------------------------------------------------------------------------------

std::optional<std::string> setting(db::Connection& conn, const std::string& key) {
  const auto r = conn.query_one("SELECT value FROM inventory_setting WHERE key = ?", key);
  if (!r) return std::nullopt;
  return r->str(0);
}

void put_setting(db::Connection& conn, const std::string& key, const std::string& value,
                 const std::string& now) {
  conn.execute(
      "INSERT INTO inventory_setting (key, value, updated_at) VALUES (?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
      key, value, now);
}

}  // namespace pao::inventory::store
