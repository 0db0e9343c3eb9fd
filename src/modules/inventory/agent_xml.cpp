#include "modules/inventory/agent_xml.hpp"

#include <expat.h>
#include <zlib.h>

#include "platform/http/gzip.hpp"

namespace pao::inventory {

namespace {

Error bad_xml(const std::string& why_en, const std::string& why_th) {
  Error e = Error::invalid({"ข้อมูลจากโปรแกรมสำรวจไม่ใช่ XML ที่ถูกต้อง: " + why_th,
                            "The agent's message is not valid XML: " + why_en});
  e.internal = "agent xml: " + why_en;
  return e;
}

Error too_large(const std::string& what) {
  Error e{ErrorCode::too_large,
          {"ข้อมูลจากโปรแกรมสำรวจใหญ่เกินกำหนด", "The agent's message is larger than allowed"},
          {},
          "agent message too large: " + what};
  return e;
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

struct ParseState {
  XML_Parser parser = nullptr;
  XmlLimits limits;
  XmlElement root;
  std::vector<XmlElement*> stack;
  std::size_t elements = 0;
  std::string failure;  // set when we stopped the parser
};

void on_start(void* data, const XML_Char* name, const XML_Char** /*attrs*/) {
  auto& s = *static_cast<ParseState*>(data);
  if (++s.elements > s.limits.max_elements) {
    s.failure = "too many elements";
  } else if (static_cast<int>(s.stack.size()) >= s.limits.max_depth) {
    s.failure = "nested too deeply";
  }
  if (!s.failure.empty()) {
    XML_StopParser(s.parser, XML_FALSE);
    return;
  }
  if (s.stack.empty()) {
    s.root.name = name;
    s.stack.push_back(&s.root);
    return;
  }
  auto& children = s.stack.back()->children;
  children.push_back(XmlElement{name, {}, {}});
  s.stack.push_back(&children.back());
}

void on_end(void* data, const XML_Char* /*name*/) {
  auto& s = *static_cast<ParseState*>(data);
  if (s.stack.empty()) return;
  s.stack.back()->text = trimmed(s.stack.back()->text);
  s.stack.pop_back();
}

void on_text(void* data, const XML_Char* text, int len) {
  auto& s = *static_cast<ParseState*>(data);
  if (!s.stack.empty()) s.stack.back()->text.append(text, static_cast<std::size_t>(len));
}

void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto& s = *static_cast<ParseState*>(data);
  s.failure = "a DOCTYPE is not allowed";
  XML_StopParser(s.parser, XML_FALSE);
}

// Inflates with zlib (window_bits 15) or gzip (31) into at most `max` bytes.
Result<std::string> inflate_body(std::string_view in, int window_bits, std::size_t max) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return Error::internal_error("inflateInit2");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  std::string out;
  char buf[64 * 1024];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max) {
      inflateEnd(&z);
      return too_large("inflated over " + std::to_string(max) + " bytes");
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended early
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    return bad_xml("the compressed body is truncated or corrupt", "ข้อมูลที่บีบอัดไม่ครบหรือเสียหาย");
  }
  return out;
}

}  // namespace

const XmlElement* XmlElement::find(std::string_view child) const {
  for (const auto& c : children) {
    if (c.name == child) return &c;
  }
  return nullptr;
}

std::string XmlElement::text_of(std::string_view child) const {
  const XmlElement* c = find(child);
  return c ? c->text : std::string();
}

Result<XmlElement> parse_agent_xml(std::string_view xml, const XmlLimits& limits) {
  if (xml.size() > limits.max_bytes) return too_large("xml over the limit");
  ParseState s;
  s.limits = limits;
  s.parser = XML_ParserCreate("UTF-8");
  if (!s.parser) return Error::internal_error("XML_ParserCreate");
  XML_SetUserData(s.parser, &s);
  XML_SetElementHandler(s.parser, on_start, on_end);
  XML_SetCharacterDataHandler(s.parser, on_text);
  XML_SetStartDoctypeDeclHandler(s.parser, on_doctype);
  const XML_Status rc = XML_Parse(s.parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
  std::string why;
  if (!s.failure.empty()) {
    why = s.failure;
  } else if (rc != XML_STATUS_OK) {
    why = std::string(XML_ErrorString(XML_GetErrorCode(s.parser))) + " at line " +
          std::to_string(XML_GetCurrentLineNumber(s.parser));
  }
  XML_ParserFree(s.parser);
  if (!why.empty()) return bad_xml(why, why);
  return std::move(s.root);
}

Result<AgentBody> decode_agent_body(std::string_view body, std::size_t max_xml_bytes) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(body[i]); };
  if (body.size() >= 2 && byte(0) == 0x1f && byte(1) == 0x8b) {
    auto xml = inflate_body(body, 31, max_xml_bytes);
    if (!xml.ok()) return xml.error();
    return AgentBody{BodyEncoding::gzip, std::move(xml).value()};
  }
  if (body.size() >= 2 && (byte(0) & 0x0f) == 8 && (byte(0) * 256 + byte(1)) % 31 == 0) {
    auto xml = inflate_body(body, 15, max_xml_bytes);
    if (!xml.ok()) return xml.error();
    return AgentBody{BodyEncoding::zlib, std::move(xml).value()};
  }
  const auto first = body.find_first_not_of(" \t\r\n");
  std::size_t start = first;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") start = body.find_first_not_of(" \t\r\n", 3);
  if (start != std::string_view::npos && body[start] == '<') {
    if (body.size() > max_xml_bytes) return too_large("plain xml over the limit");
    return AgentBody{BodyEncoding::plain, std::string(body)};
  }
  return bad_xml("the body is neither zlib, gzip nor XML", "ไม่ใช่ zlib, gzip หรือ XML");
}

std::string encode_agent_body(BodyEncoding encoding, std::string_view xml) {
  switch (encoding) {
    case BodyEncoding::zlib: {
      uLongf size = compressBound(static_cast<uLong>(xml.size()));
      std::string out(size, '\0');
      compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                reinterpret_cast<const Bytef*>(xml.data()), static_cast<uLong>(xml.size()),
                Z_DEFAULT_COMPRESSION);
      out.resize(size);
      return out;
    }
    case BodyEncoding::gzip:
      return http::gzip_compress(xml, 6);
    case BodyEncoding::plain:
      break;
  }
  return std::string(xml);
}

}  // namespace pao::inventory
