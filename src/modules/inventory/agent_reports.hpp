// What an inventory agent (ocsinventory-agent, fusioninventory-agent) tells pao, and what pao
// does with it: the first INVENTORY of a device creates its machine, later ones update it and
// record what changed (RAM swapped, disk replaced, software added or removed) as an audit
// entry on the asset, so the asset page's history shows it.
//
// Which asset a report is about, in order: the one with its DEVICEID; else the one with its
// OLD_DEVICEID (the machine was renamed: the asset takes the new id, no duplicate); else an
// asset registered by hand with the same serial and no agent yet; else a new asset.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "modules/inventory/agent_xml.hpp"
#include "modules/inventory/assets.hpp"
#include "modules/inventory/store.hpp"

namespace pao::inventory {

struct AgentMessage {
  std::string query;  // PROLOG, INVENTORY (others are answered and ignored)
  std::string device_id;
  std::string old_device_id;
  // INVENTORY only:
  AssetFields specs;  // hostname, serial, brand, model, cpu, ram_mb, disk_gb, os, mac, ip, kind
  std::vector<store::Software> software;
};

// Reads a parsed <REQUEST>. invalid_argument when it is not one: no QUERY, no or an unusable
// DEVICEID, an INVENTORY without CONTENT.
Result<AgentMessage> read_agent_message(const XmlElement& request);

struct ReportOutcome {
  std::int64_t asset_id = 0;
  bool created = false;
  bool changed = false;  // something other than the report time changed
};

// Stores an INVENTORY message, all or nothing, with its audit entry
// (inventory.asset.agent_create / inventory.asset.agent_update).
Result<ReportOutcome> record_agent_report(db::Connection& conn, TimePoint at,
                                          const audit::Actor& by, const AgentMessage& m);

}  // namespace pao::inventory
