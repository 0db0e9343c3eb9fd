#include "modules/inventory/agent_reports.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <set>

namespace pao::inventory {

namespace {

constexpr std::size_t kMaxSoftware = 5000;
constexpr std::size_t kMaxText = 200;

std::string trimmed_join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " " + b;
}

Error not_a_message(const std::string& why_en, const std::string& why_th) {
  Error e = Error::invalid(
      {"ข้อความจากโปรแกรมสำรวจไม่ครบ: " + why_th, "The agent's message is incomplete: " + why_en});
  e.internal = "agent message: " + why_en;
  return e;
}

std::int64_t number(const std::string& text) {
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  (void)end;
  return ec == std::errc() && n > 0 ? n : 0;
}

std::string clipped(std::string s) {
  if (s.size() <= kMaxText) return s;
  std::size_t cut = kMaxText;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

bool usable_device_id(const std::string& id) {
  return !id.empty() && id.size() <= 255 && std::all_of(id.begin(), id.end(), [](char c) {
    return static_cast<unsigned char>(c) > 0x20 && c != 0x7f;
  });
}

// Serial numbers firmware leaves as placeholders tell nothing about the machine.
bool placeholder_serial(const std::string& s) {
  static const std::set<std::string> kPlaceholders = {"0",
                                                      "none",
                                                      "n/a",
                                                      "na",
                                                      "default string",
                                                      "to be filled by o.e.m.",
                                                      "system serial number",
                                                      "not specified",
                                                      "0123456789"};
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return kPlaceholders.count(lower) > 0;
}

std::string guess_kind(const XmlElement& content) {
  std::string chassis;
  if (const auto* hw = content.find("HARDWARE")) chassis = hw->text_of("CHASSIS_TYPE");
  if (chassis.empty()) {
    if (const auto* bios = content.find("BIOS")) chassis = bios->text_of("TYPE");
  }
  std::transform(chassis.begin(), chassis.end(), chassis.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* portable : {"notebook", "laptop", "portable", "sub notebook"}) {
    if (chassis.find(portable) != std::string::npos) return "notebook";
  }
  if (chassis.find("server") != std::string::npos || chassis.find("rack") != std::string::npos)
    return "server";
  return "desktop";
}

void read_specs(const XmlElement& content, AssetFields& f) {
  f.kind = guess_kind(content);
  if (const auto* hw = content.find("HARDWARE")) {
    f.hostname = hw->text_of("NAME");
    f.ram_mb = number(hw->text_of("MEMORY"));
    f.os = trimmed_join(hw->text_of("OSNAME"), hw->text_of("OSVERSION"));
    f.cpu = hw->text_of("PROCESSORT");
    f.ip = hw->text_of("IPADDR");
  }
  if (const auto* bios = content.find("BIOS")) {
    f.serial = bios->text_of("SSN");
    f.brand = bios->text_of("SMANUFACTURER");
    f.model = bios->text_of("SMODEL");
  }
  if (placeholder_serial(f.serial)) f.serial.clear();
  std::int64_t memories = 0;
  std::int64_t disk_mb = 0;
  for (const auto& e : content.children) {
    if (e.name == "CPUS" && f.cpu.empty()) {
      f.cpu = e.text_of("NAME").empty() ? e.text_of("TYPE") : e.text_of("NAME");
    } else if (e.name == "MEMORIES") {
      memories += number(e.text_of("CAPACITY"));
    } else if (e.name == "STORAGES") {
      std::string type = e.text_of("TYPE");
      std::transform(type.begin(), type.end(), type.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (type.find("cd") == std::string::npos && type.find("rom") == std::string::npos) {
        disk_mb += number(e.text_of("DISKSIZE"));
      }
    } else if (e.name == "NETWORKS" && f.mac.empty()) {
      const std::string mac = e.text_of("MACADDR");
      const std::string ip = e.text_of("IPADDRESS");
      if (!mac.empty() && mac != "00:00:00:00:00:00" && !ip.starts_with("127.")) {
        f.mac = mac;
        if (!ip.empty()) f.ip = ip;
      }
    }
  }
  if (f.ram_mb == 0) f.ram_mb = memories;
  f.disk_gb = (disk_mb + 512) / 1024;
  for (std::string* s : {&f.hostname, &f.os, &f.cpu, &f.ip, &f.serial, &f.brand, &f.model, &f.mac})
    *s = clipped(*s);
}

boost::json::array names(const std::vector<store::Software>& list) {
  boost::json::array out;
  for (const auto& s : list) {
    out.push_back(boost::json::string(s.version.empty() ? s.name : s.name + " " + s.version));
  }
  return out;
}

// Software added and removed between two sorted lists.
void software_changes(const std::vector<store::Software>& before,
                      const std::vector<store::Software>& after, audit::Changes& changes) {
  std::vector<store::Software> added;
  std::vector<store::Software> removed;
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                      std::back_inserter(added));
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                      std::back_inserter(removed));
  if (!added.empty()) changes.note("software_added", names(added));
  if (!removed.empty()) changes.note("software_removed", names(removed));
}

// The report's specs over what the asset holds: the agent knows the hardware; staff own the
// number, division, location, holder, money, contract and status. An empty reported value
// keeps what is there.
AssetFields merged(const AssetFields& held, const AssetFields& reported) {
  AssetFields f = held;
  auto take = [](std::string& into, const std::string& v) {
    if (!v.empty()) into = v;
  };
  take(f.hostname, reported.hostname);
  take(f.serial, reported.serial);
  take(f.brand, reported.brand);
  take(f.model, reported.model);
  take(f.cpu, reported.cpu);
  take(f.os, reported.os);
  take(f.mac, reported.mac);
  take(f.ip, reported.ip);
  if (reported.ram_mb > 0) f.ram_mb = reported.ram_mb;
  if (reported.disk_gb > 0) f.disk_gb = reported.disk_gb;
  return f;
}

}  // namespace

Result<AgentMessage> read_agent_message(const XmlElement& request) {
  if (request.name != "REQUEST") {
    return not_a_message("the root element is not REQUEST", "ไม่มี REQUEST");
  }
  AgentMessage m;
  m.query = request.text_of("QUERY");
  m.device_id = request.text_of("DEVICEID");
  if (m.query.empty()) return not_a_message("no QUERY", "ไม่มี QUERY");
  if (!usable_device_id(m.device_id)) {
    return not_a_message("no usable DEVICEID", "ไม่มี DEVICEID ที่ใช้ได้");
  }
  const XmlElement* content = request.find("CONTENT");
  m.old_device_id = request.text_of("OLD_DEVICEID");
  if (m.old_device_id.empty() && content) {
    m.old_device_id = content->text_of("OLD_DEVICEID");
    if (const auto* hw = content->find("HARDWARE"); hw && m.old_device_id.empty()) {
      m.old_device_id = hw->text_of("OLD_DEVICEID");
    }
  }
  if (!usable_device_id(m.old_device_id) || m.old_device_id == m.device_id) {
    m.old_device_id.clear();
  }
  if (m.query != "INVENTORY") return m;
  if (!content) return not_a_message("an INVENTORY without CONTENT", "INVENTORY ไม่มี CONTENT");
  read_specs(*content, m.specs);
  std::set<store::Software> seen;
  for (const auto& e : content->children) {
    if (e.name != "SOFTWARES") continue;
    store::Software s{clipped(e.text_of("NAME")), clipped(e.text_of("VERSION")),
                      clipped(e.text_of("PUBLISHER"))};
    if (s.name.empty()) continue;
    if (seen.size() >= kMaxSoftware) break;
    seen.insert(s);
  }
  m.software.assign(seen.begin(), seen.end());
  return m;
}

namespace {

ReportOutcome store_report(db::Connection& conn, TimePoint at, const audit::Actor& by,
                           const AgentMessage& m) {
  const std::string now = to_iso_utc(at);
  db::Tx tx(conn);
  std::optional<Asset> held = store::asset_by_device_id(conn, m.device_id);
  if (!held && !m.old_device_id.empty()) held = store::asset_by_device_id(conn, m.old_device_id);
  if (!held && !m.specs.serial.empty())
    held = store::unreported_asset_by_serial(conn, m.specs.serial);

  ReportOutcome out;
  if (!held) {
    out.asset_id = store::insert_asset(conn, m.specs, m.device_id, now);
    out.created = out.changed = true;
    store::replace_software(conn, out.asset_id, m.software);
    audit::Changes changes = new_asset_changes(m.specs);
    changes.note("device_id", boost::json::string(m.device_id));
    if (!m.software.empty()) changes.note("software_count", m.software.size());
    audit::record(conn, at, by,
                  {"inventory.asset.agent_create", "asset", std::to_string(out.asset_id), changes});
    tx.commit();
    return out;
  }
  out.asset_id = held->id;
  store::lock_asset(conn, held->id);
  const AssetFields after = merged(held->f, m.specs);
  audit::Changes changes = asset_changes(held->f, after);
  if (held->device_id != m.device_id) {
    changes.set("device_id", boost::json::string(held->device_id),
                boost::json::string(m.device_id));
  }
  auto before_software = store::software_of(conn, held->id);
  std::sort(before_software.begin(), before_software.end());  // as the report's: by bytes
  software_changes(before_software, m.software, changes);
  if (!(held->f == after)) store::update_asset(conn, held->id, after, now);
  if (before_software != m.software) store::replace_software(conn, held->id, m.software);
  store::set_reported(conn, held->id, m.device_id, now);
  if (!changes.empty()) {
    out.changed = true;
    audit::record(conn, at, by,
                  {"inventory.asset.agent_update", "asset", std::to_string(held->id), changes});
  }
  tx.commit();
  return out;
}

}  // namespace

Result<ReportOutcome> record_agent_report(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const AgentMessage& m) {
  try {
    return store_report(conn, at, by, m);
  } catch (const db::UniqueViolation&) {
    // The same machine's first report arrived twice at once (PostgreSQL lets both look before
    // either inserts): the other one created it, so this one is now an update.
    return store_report(conn, at, by, m);
  }
}

}  // namespace pao::inventory
