#include "modules/inventory/agent_reports.hpp"

#include <zlib.h>

#include <atomic>
#include <thread>

#include "modules/inventory/testing.hpp"
#include "platform/http/gzip.hpp"

namespace pao::inventory {
namespace {

// An INVENTORY as ocsinventory-agent sends it (trimmed), with `ram_mb` and a software list.
std::string inventory_xml(const std::string& device_id, int ram_mb,
                          const std::vector<std::string>& software,
                          const std::string& old_device_id = "") {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST><CONTENT>"
      "<BIOS><SSN>PF3ABC12</SSN><SMANUFACTURER>LENOVO</SMANUFACTURER>"
      "<SMODEL>ThinkCentre M70s</SMODEL></BIOS>"
      "<CPUS><NAME>Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz</NAME></CPUS>"
      "<HARDWARE><NAME>edu-pc-01</NAME><MEMORY>" +
      std::to_string(ram_mb) +
      "</MEMORY><OSNAME>Debian GNU/Linux</OSNAME><OSVERSION>12</OSVERSION>";
  if (!old_device_id.empty()) xml += "<OLD_DEVICEID>" + old_device_id + "</OLD_DEVICEID>";
  xml +=
      "</HARDWARE><STORAGES><TYPE>disk</TYPE><DISKSIZE>476940</DISKSIZE></STORAGES>"
      "<NETWORKS><MACADDR>00:11:22:33:44:55</MACADDR><IPADDRESS>10.1.2.3</IPADDRESS></NETWORKS>";
  for (const auto& s : software) {
    xml += "<SOFTWARES><NAME>" + s + "</NAME><VERSION>1.0</VERSION></SOFTWARES>";
  }
  xml += "</CONTENT><DEVICEID>" + device_id + "</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>";
  return xml;
}

AgentMessage message(const std::string& xml) {
  auto root = parse_agent_xml(xml);
  EXPECT_TRUE(root.ok()) << root.error().internal;
  auto m = read_agent_message(*root);
  EXPECT_TRUE(m.ok()) << m.error().internal;
  return *m;
}

std::string zlib(const std::string& s) {
  uLongf size = compressBound(static_cast<uLong>(s.size()));
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(s.data()),
           static_cast<uLong>(s.size()));
  out.resize(size);
  return out;
}

TEST(AgentBody, TellsZlibGzipAndPlainXmlApartByContent) {
  const std::string xml = "<REQUEST><QUERY>PROLOG</QUERY></REQUEST>";
  for (const auto& [body, encoding] : std::vector<std::pair<std::string, BodyEncoding>>{
           {zlib(xml), BodyEncoding::zlib},
           {http::gzip_compress(xml), BodyEncoding::gzip},
           {"\n" + xml, BodyEncoding::plain}}) {
    auto decoded = decode_agent_body(body, 1 << 20);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, encoding);
    EXPECT_NE(decoded->xml.find("PROLOG"), std::string::npos);
  }
}

TEST(AgentBody, RepliesCompressedTheWayTheAgentLooksFor) {
  const std::string zlib_reply = encode_agent_body(BodyEncoding::zlib, "<REPLY/>");
  EXPECT_EQ(zlib_reply.substr(0, 2), "\x78\x9c");
  EXPECT_EQ(encode_agent_body(BodyEncoding::plain, "<REPLY/>"), "<REPLY/>");
}

TEST(AgentBody, RefusesTruncatedGarbageAndBombs) {
  const std::string big = inventory_xml("pc-2024-05-09-13-45-10", 8192, {});
  const std::string z = zlib(big);
  auto truncated = decode_agent_body(z.substr(0, z.size() / 2), 1 << 20);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, ErrorCode::invalid_argument);
  EXPECT_FALSE(decode_agent_body("hello", 1 << 20).ok());
  const std::string bomb = zlib(std::string(8 << 20, '<'));
  auto refused = decode_agent_body(bomb, 1 << 20);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::too_large);
}

TEST(AgentXml, RefusesMalformedDeepAndDoctypeDocuments) {
  EXPECT_FALSE(parse_agent_xml("<REQUEST><QUERY>PROLOG</REQUEST>").ok());
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<a>";
  for (int i = 0; i < 40; ++i) deep += "</a>";
  EXPECT_FALSE(parse_agent_xml(deep).ok());
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><REQUEST>&lol2;</REQUEST>";
  EXPECT_FALSE(parse_agent_xml(laughs).ok());
  EXPECT_FALSE(parse_agent_xml("<a/>", {.max_bytes = 2}).ok());
}

TEST(AgentMessage, ReadsTheSpecsBothAgentsSend) {
  const auto m = message(inventory_xml("edu-pc-01-2024-05-09-13-45-10", 16384, {"LibreOffice"}));
  EXPECT_EQ(m.query, "INVENTORY");
  EXPECT_EQ(m.specs.hostname, "edu-pc-01");
  EXPECT_EQ(m.specs.serial, "PF3ABC12");
  EXPECT_EQ(m.specs.cpu, "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz");
  EXPECT_EQ(m.specs.ram_mb, 16384);
  EXPECT_EQ(m.specs.disk_gb, 466);
  EXPECT_EQ(m.specs.mac, "00:11:22:33:44:55");
  EXPECT_EQ(m.software.size(), 1u);
}

TEST(AgentMessage, WithoutADeviceIdItIsRefused) {
  auto root = parse_agent_xml("<REQUEST><QUERY>INVENTORY</QUERY><CONTENT/></REQUEST>");
  ASSERT_TRUE(root.ok());
  EXPECT_FALSE(read_agent_message(*root).ok());
}

class AgentReports : public testing::InventoryDbTest {};

TEST_P(AgentReports, TheFirstReportCreatesTheMachineALaterOneUpdatesIt) {
  const std::string id = "edu-pc-01-2024-05-09-13-45-10";
  auto first = record_agent_report(conn(), at_, agent_, message(inventory_xml(id, 8192, {"A"})));
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(first->created);
  auto again = record_agent_report(conn(), at_, agent_, message(inventory_xml(id, 8192, {"A"})));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->asset_id, first->asset_id);
  EXPECT_FALSE(again->changed);
  auto upgraded =
      record_agent_report(conn(), at_, agent_, message(inventory_xml(id, 16384, {"A", "B"})));
  ASSERT_TRUE(upgraded.ok());
  EXPECT_TRUE(upgraded->changed);
  EXPECT_EQ(count("inventory_asset"), 1);
  EXPECT_EQ(find_asset(conn(), first->asset_id)->f.ram_mb, 16384);
  const auto history = asset_history(conn(), first->asset_id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].action, "inventory.asset.agent_update");
  EXPECT_NE(history[0].changes.find("\"ram_mb\":{\"before\":8192,\"after\":16384}"),
            std::string::npos)
      << history[0].changes;
  EXPECT_NE(history[0].changes.find("software_added"), std::string::npos);
}

TEST_P(AgentReports, ARenamedMachineSendingOldDeviceIdIsMergedNotDuplicated) {
  const std::string old_id = "edu-pc-01-2024-05-09-13-45-10";
  auto first = record_agent_report(conn(), at_, agent_, message(inventory_xml(old_id, 8192, {})));
  ASSERT_TRUE(first.ok());
  auto renamed = record_agent_report(
      conn(), at_, agent_,
      message(inventory_xml("edu-pc-07-2025-01-02-08-00-00", 8192, {}, old_id)));
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->asset_id, first->asset_id);
  EXPECT_EQ(count("inventory_asset"), 1);
  EXPECT_EQ(find_asset(conn(), first->asset_id)->device_id, "edu-pc-07-2025-01-02-08-00-00");
}

TEST_P(AgentReports, AMachineRegisteredByHandIsFoundByItsSerial) {
  AssetFields f;
  f.asset_no = "416-66-0012";
  f.kind = "desktop";
  f.serial = "PF3ABC12";
  f.holder = "นางสาวสมศรี";
  auto asset = register_asset(conn(), at_, clerk_, f);
  ASSERT_TRUE(asset.ok());
  auto report =
      record_agent_report(conn(), at_, agent_, message(inventory_xml("edu-pc-01-2024", 8192, {})));
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->asset_id, asset->id);
  const auto stored = find_asset(conn(), asset->id);
  EXPECT_EQ(stored->f.asset_no, "416-66-0012");
  EXPECT_EQ(stored->f.holder, "นางสาวสมศรี");
  EXPECT_EQ(stored->f.ram_mb, 8192);
}

TEST_P(AgentReports, FourCopiesOfAFirstReportAtOnceMakeOneMachine) {
  const AgentMessage m = message(inventory_xml("race-pc-2024-05-09-13-45-10", 8192, {"A"}));
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      auto lease = db_->acquire();
      if (record_agent_report(lease.conn(), at_, agent_, m).ok()) ++ok;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 4);
  EXPECT_EQ(count("inventory_asset"), 1);
}

INSTANTIATE_TEST_SUITE_P(Db, AgentReports, ::testing::ValuesIn(db::test_backends()),
                         db::backend_name);

}  // namespace
}  // namespace pao::inventory
