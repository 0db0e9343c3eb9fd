// The OCS Inventory NG endpoint the real agents report to (POST /ocsinventory), and the page's
// upload of an agent's local-mode XML file. Agents authenticate with HTTP Basic: user `agent`,
// password an API token holding inventory.report (ADR 0011). Thin: decoding, parsing and storing
// are agent_xml.hpp and agent_reports.hpp.
#include <spdlog/spdlog.h>

#include "modules/identity/api.hpp"
#include "modules/inventory/agent_reports.hpp"
#include "modules/inventory/agent_xml.hpp"
#include "modules/inventory/routes.hpp"
#include "platform/html/components.hpp"
#include "platform/http/multipart.hpp"

namespace pao::inventory {

namespace {

constexpr std::size_t kMaxXmlBytes = 16 * 1024 * 1024;
constexpr const char* kProlog =
    "<REPLY><PROLOG_FREQ>24</PROLOG_FREQ><RESPONSE>SEND</RESPONSE></REPLY>";
constexpr const char* kNoAccountUpdate = "<REPLY><RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE></REPLY>";

std::optional<std::string> base64_decode(std::string_view in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int bits = 0;
  unsigned buffer = 0;
  for (const char c : in) {
    if (c == '=') break;
    const int v = value(c);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xff));
    }
  }
  return out;
}

// The token in `Authorization: Basic base64(agent:<token>)`, if that is what was sent.
std::optional<std::string> agent_token(const http::Request& req) {
  const auto header = req.header("Authorization");
  if (!header || !header->starts_with("Basic ")) return std::nullopt;
  const auto decoded = base64_decode(header->substr(6));
  if (!decoded) return std::nullopt;
  const auto colon = decoded->find(':');
  if (colon == std::string::npos || decoded->substr(0, colon) != "agent") return std::nullopt;
  return decoded->substr(colon + 1);
}

// 401 with the challenge both agents answer: the OCS agent sends its credentials only to the
// realm it was configured with (--realm pao), FusionInventory reads the realm from here.
http::Response challenge() {
  auto res = http::Response::text(401,
                                  "Authentication required: user agent, password an API "
                                  "token with scope inventory.report\n");
  res.header("WWW-Authenticate", "Basic realm=\"pao\"");
  return res;
}

http::Response reply(BodyEncoding encoding, const char* xml) {
  http::Response res;
  res.status = 200;
  res.content_type =
      encoding == BodyEncoding::plain ? "application/xml; charset=utf-8" : "application/x-compress";
  res.body = encode_agent_body(encoding, xml);
  return res;
}

// Parses and (for INVENTORY) stores one agent message; the reply's body text.
Result<const char*> handle_message(http::Context& ctx, std::string_view xml) {
  auto root = parse_agent_xml(xml, {.max_bytes = kMaxXmlBytes});
  if (!root.ok()) return root.error();
  auto message = read_agent_message(*root);
  if (!message.ok()) return message.error();
  if (message->query == "PROLOG") return kProlog;
  if (message->query != "INVENTORY") return kNoAccountUpdate;
  auto stored = record_agent_report(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *message);
  if (!stored.ok()) return stored.error();
  spdlog::info("request {}: inventory from {} → asset {} ({})", ctx.request.request_id,
               message->device_id, stored->asset_id,
               stored->created ? "new" : (stored->changed ? "changed" : "unchanged"));
  return kNoAccountUpdate;
}

}  // namespace

Result<http::Response> ocs_agent_message(http::Context& ctx) {
  const auto token = agent_token(ctx.request);
  if (!token) return challenge();
  auto principal = identity::principal_for_api_token(ctx.db(), ctx.clock().now(), *token);
  if (!principal) return challenge();
  if (!principal->can(kReport)) {
    return Error{ErrorCode::permission_denied,
                 {"โทเค็นนี้ไม่มีสิทธิ์ inventory.report", "This token lacks inventory.report"},
                 {},
                 "agent token without inventory.report"};
  }
  ctx.principal = std::move(*principal);
  auto body = decode_agent_body(ctx.request.body, kMaxXmlBytes);
  if (!body.ok()) return body.error();
  auto answer = handle_message(ctx, body->xml);
  if (!answer.ok()) return answer.error();
  return reply(body->encoding, *answer);
}

Result<http::Response> upload_agent_file(http::Context& ctx) {
  const auto files = ctx.request.files();
  const http::UploadedPart* file = nullptr;
  for (const auto& f : files) {
    if (f.field_name == "file" && !f.file_name.empty()) file = &f;
  }
  auto refuse = [&](Message why) {
    const Error e = Error::invalid({"อ่านไฟล์ไม่ได้", "The file cannot be read"}).field("file", why);
    return upload_form(ctx, &e);
  };
  if (!file) return refuse({"กรุณาเลือกไฟล์", "choose a file"});
  auto body = decode_agent_body(file->bytes, kMaxXmlBytes);
  if (!body.ok()) return refuse(body.error().message);
  auto root = parse_agent_xml(body->xml, {.max_bytes = kMaxXmlBytes});
  if (!root.ok()) return refuse(root.error().message);
  auto message = read_agent_message(*root);
  if (!message.ok()) return refuse(message.error().message);
  if (message->query != "INVENTORY") {
    return refuse({"ไม่ใช่ผลสำรวจเครื่อง (INVENTORY)", "is not an inventory (INVENTORY)"});
  }
  auto stored = record_agent_report(ctx.db(), ctx.clock().now(), audit::actor_of(ctx), *message);
  if (!stored.ok()) return stored.error();
  return html::redirect_with_flash("/inventory/assets/" + std::to_string(stored->asset_id),
                                   "inventory.flash.uploaded");
}

}  // namespace pao::inventory
