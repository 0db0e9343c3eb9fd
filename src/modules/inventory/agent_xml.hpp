// The XML the inventory agents send, read with a real parser (expat, ADR 0011) into a small
// element tree, within limits: a document over max_bytes, nested deeper than max_depth or with
// more than max_elements elements is refused, as is any DOCTYPE (no entity expansion at all).
// Also the transport around it: bodies are zlib, gzip or plain XML, told apart by content.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "platform/error/error.hpp"

namespace pao::inventory {

struct XmlElement {
  std::string name;
  std::string text;  // the element's own character data, trimmed
  std::vector<XmlElement> children;

  // The first child named `child`, or nullptr.
  const XmlElement* find(std::string_view child) const;
  // The text of the first child named `child` ("" when none).
  std::string text_of(std::string_view child) const;
};

struct XmlLimits {
  std::size_t max_bytes = 16 * 1024 * 1024;
  int max_depth = 16;
  std::size_t max_elements = 200'000;
};

// invalid_argument (malformed, truncated, DOCTYPE, too deep, too many elements) or too_large.
Result<XmlElement> parse_agent_xml(std::string_view xml, const XmlLimits& limits = {});

enum class BodyEncoding { zlib, gzip, plain };

struct AgentBody {
  BodyEncoding encoding = BodyEncoding::plain;
  std::string xml;
};

// Decides the encoding from the first bytes (zlib header, gzip magic, or '<' after spaces) and
// inflates at most `max_xml_bytes`. invalid_argument for anything else or a truncated stream;
// too_large past the limit (a compression bomb stops there).
Result<AgentBody> decode_agent_body(std::string_view body, std::size_t max_xml_bytes);

// `xml` compressed the way a request was (zlib at the default level: starts 78 9C, which the
// FusionInventory agent looks for).
std::string encode_agent_body(BodyEncoding encoding, std::string_view xml);

}  // namespace pao::inventory
