#include "modules/inventory/assets.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "modules/inventory/contracts.hpp"
#include "modules/inventory/field_checks.hpp"
#include "modules/inventory/store.hpp"
#include "modules/org/api.hpp"
#include "platform/http/json_input.hpp"

namespace pao::inventory {

namespace {

AssetFields cleaned(const AssetFields& in) {
  AssetFields f = in;
  for (std::string* s : {&f.asset_no, &f.kind, &f.brand, &f.model, &f.serial, &f.hostname, &f.cpu,
                         &f.os, &f.mac, &f.ip, &f.division_code, &f.location, &f.holder,
                         &f.purchased_on, &f.warranty_ends_on, &f.status}) {
    *s = http::trim(*s);
  }
  if (f.kind.empty()) f.kind = "other";
  if (f.status.empty()) f.status = "in_use";
  return f;
}

bool one_of(const std::string& v, const std::vector<std::string>& allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

// Characters (code points) of UTF-8 text.
std::size_t chars(const std::string& v) {
  return static_cast<std::size_t>(
      std::count_if(v.begin(), v.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void check_length(FieldErrors& errors, const char* field, const std::string& v, std::size_t max) {
  if (chars(v) > max) {
    errors.add(field, {"ยาวเกิน " + std::to_string(max) + " ตัวอักษร",
                       "is longer than " + std::to_string(max) + " characters"});
  }
}

Error number_taken(const std::string& no) {
  Error e = Error::conflict(
      {"มีครุภัณฑ์เลขที่ “" + no + "” อยู่แล้ว", "An asset numbered “" + no + "” already exists"});
  e.field("asset_no", {"มีอยู่แล้ว", "is already in use"});
  return e;
}

boost::json::value js_opt(const std::optional<std::int64_t>& v) {
  if (!v) return nullptr;
  return *v;
}

// Checks what needs the database (division, contract) and takes the contract's warranty end.
Status resolve_links(db::Connection& conn, AssetFields& f) {
  FieldErrors errors;
  if (!f.division_code.empty() && !org::find_division(conn, f.division_code)) {
    errors.add("division_code", {"ไม่มีส่วนราชการนี้", "is not a division"});
  }
  if (f.contract_id) {
    if (const auto c = store::contract_by_id(conn, *f.contract_id)) {
      f.warranty_ends_on = c->warranty_ends_on;
    } else {
      errors.add("contract_id", {"ไม่มีสัญญานี้", "is not a contract"});
    }
  }
  if (!errors.empty()) return errors.to_error();
  return ok_status();
}

}  // namespace

bool is_asset_number(const std::string& t) {
  if (t.size() != 11 || t[3] != '-' || t[6] != '-') return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i == 3 || i == 6) continue;
    if (t[i] < '0' || t[i] > '9') return false;
  }
  return true;
}

FieldErrors check_asset_fields(const AssetFields& raw) {
  const AssetFields f = cleaned(raw);
  FieldErrors errors;
  if (!f.asset_no.empty() && !is_asset_number(f.asset_no)) {
    errors.add("asset_no", {"ต้องเป็นรูปแบบ 416-66-0012", "must look like 416-66-0012"});
  }
  if (!one_of(f.kind, kAssetKinds)) errors.add("kind", {"ไม่ใช่ประเภทที่รู้จัก", "is not a known type"});
  if (!one_of(f.status, kAssetStatuses)) {
    errors.add("status", {"ไม่ใช่สถานะที่รู้จัก", "is not a known status"});
  }
  check_length(errors, "brand", f.brand, 100);
  check_length(errors, "model", f.model, 200);
  check_length(errors, "serial", f.serial, 100);
  check_length(errors, "hostname", f.hostname, 100);
  check_length(errors, "cpu", f.cpu, 200);
  check_length(errors, "os", f.os, 200);
  check_length(errors, "mac", f.mac, 200);
  check_length(errors, "ip", f.ip, 200);
  check_length(errors, "location", f.location, 200);
  check_length(errors, "holder", f.holder, 200);
  if (f.ram_mb < 0 || f.ram_mb > 64LL * 1024 * 1024) {
    errors.add("ram_mb", {"ไม่อยู่ในช่วงที่เป็นไปได้", "is out of range"});
  }
  if (f.disk_gb < 0 || f.disk_gb > 1024LL * 1024) {
    errors.add("disk_gb", {"ไม่อยู่ในช่วงที่เป็นไปได้", "is out of range"});
  }
  if (f.price_satang < 0) errors.add("price_satang", {"ติดลบไม่ได้", "must not be negative"});
  if (f.funding_year && (*f.funding_year < 2500 || *f.funding_year > 2700)) {
    errors.add("funding_year", {"ต้องเป็นปี พ.ศ. เช่น 2569", "must be a B.E. year such as 2569"});
  }
  check_iso_date(errors, "purchased_on", f.purchased_on);
  check_iso_date(errors, "warranty_ends_on", f.warranty_ends_on);
  return errors;
}

Error no_such_asset(std::int64_t id) {
  return Error::not_found(
      {"ไม่พบครุภัณฑ์รหัส " + std::to_string(id), "There is no asset " + std::to_string(id)});
}

std::optional<Asset> find_asset(db::Connection& conn, std::int64_t id) {
  return store::asset_by_id(conn, id);
}

Result<Asset> register_asset(db::Connection& conn, TimePoint at, const audit::Actor& by,
                             const AssetFields& raw) {
  if (const FieldErrors bad = check_asset_fields(raw); !bad.empty()) return bad.to_error();
  AssetFields f = cleaned(raw);
  db::Tx tx(conn);
  if (auto linked = resolve_links(conn, f); !linked.ok()) return linked.error();
  if (!f.asset_no.empty() && store::asset_id_by_number(conn, f.asset_no)) {
    return number_taken(f.asset_no);
  }
  std::int64_t id = 0;
  try {
    id = store::insert_asset(conn, f, "", to_iso_utc(at));
  } catch (const db::UniqueViolation&) {
    return number_taken(f.asset_no);
  }
  audit::record(conn, at, by,
                {"inventory.asset.create", "asset", std::to_string(id), new_asset_changes(f)});
  tx.commit();
  return *store::asset_by_id(conn, id);
}

Result<Asset> update_asset(db::Connection& conn, TimePoint at, const audit::Actor& by,
                           std::int64_t id, const AssetFields& raw) {
  if (const FieldErrors bad = check_asset_fields(raw); !bad.empty()) return bad.to_error();
  AssetFields f = cleaned(raw);
  db::Tx tx(conn);
  if (!store::lock_asset(conn, id)) return no_such_asset(id);
  const Asset before = *store::asset_by_id(conn, id);
  if (auto linked = resolve_links(conn, f); !linked.ok()) return linked.error();
  if (!f.asset_no.empty()) {
    if (const auto other = store::asset_id_by_number(conn, f.asset_no); other && *other != id) {
      return number_taken(f.asset_no);
    }
  }
  const audit::Changes changes = asset_changes(before.f, f);
  if (changes.empty()) return before;
  store::update_asset(conn, id, f, to_iso_utc(at));
  audit::record(conn, at, by, {"inventory.asset.update", "asset", std::to_string(id), changes});
  tx.commit();
  return *store::asset_by_id(conn, id);
}

std::vector<Asset> list_assets(db::Connection& conn, const AssetFilter& filter,
                               std::optional<std::int64_t> after_id, int limit) {
  return store::list_assets(conn, filter, after_id, limit);
}

std::vector<audit::Entry> asset_history(db::Connection& conn, std::int64_t id) {
  audit::Filter f;
  f.entity_type = "asset";
  f.entity_id = std::to_string(id);
  f.limit = 200;
  return audit::find_entries(conn, f);
}

audit::Changes asset_changes(const AssetFields& b, const AssetFields& a) {
  audit::Changes c;
  c.set("asset_no", json_text(b.asset_no), json_text(a.asset_no))
      .set("kind", json_text(b.kind), json_text(a.kind))
      .set("brand", json_text(b.brand), json_text(a.brand))
      .set("model", json_text(b.model), json_text(a.model))
      .set("serial", json_text(b.serial), json_text(a.serial))
      .set("hostname", json_text(b.hostname), json_text(a.hostname))
      .set("cpu", json_text(b.cpu), json_text(a.cpu))
      .set("ram_mb", b.ram_mb, a.ram_mb)
      .set("disk_gb", b.disk_gb, a.disk_gb)
      .set("os", json_text(b.os), json_text(a.os))
      .set("mac", json_text(b.mac), json_text(a.mac))
      .set("ip", json_text(b.ip), json_text(a.ip))
      .set("division_code", json_text(b.division_code), json_text(a.division_code))
      .set("location", json_text(b.location), json_text(a.location))
      .set("holder", json_text(b.holder), json_text(a.holder))
      .set("purchased_on", json_text(b.purchased_on), json_text(a.purchased_on))
      .set("price_satang", b.price_satang, a.price_satang)
      .set("funding_year",
           js_opt(b.funding_year ? std::optional<std::int64_t>(*b.funding_year) : std::nullopt),
           js_opt(a.funding_year ? std::optional<std::int64_t>(*a.funding_year) : std::nullopt))
      .set("contract_id", js_opt(b.contract_id), js_opt(a.contract_id))
      .set("warranty_ends_on", json_text(b.warranty_ends_on), json_text(a.warranty_ends_on))
      .set("status", json_text(b.status), json_text(a.status));
  return c;
}

audit::Changes new_asset_changes(const AssetFields& a) {
  return asset_changes(
      AssetFields{"", "", "", "", "", "",           "",           0,  0, "", "", "",
                  "", "", "", "", 0,  std::nullopt, std::nullopt, "", ""},
      a);
}

}  // namespace pao::inventory
