#include "platform/export/xlsx_reader.hpp"

#include <expat.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>

namespace pao::exports {

namespace {

constexpr std::size_t kMaxPart = 32 * 1024 * 1024;
constexpr std::size_t kMaxRows = 20'001;
constexpr std::size_t kMaxColumns = 100;

Error not_xlsx(const std::string& why) {
  Error e =
      Error::invalid({"ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่อ่านได้", "This is not a readable .xlsx file"});
  e.internal = "xlsx: " + why;
  return e;
}

std::uint32_t u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    static_cast<unsigned char>(b[at + 1]) << 8);
}

// The named part of the ZIP, inflated; nullopt when absent.
Result<std::optional<std::string>> zip_part(std::string_view zip, std::string_view name) {
  // The end of central directory record: within the last 64 KiB + 22 bytes.
  if (zip.size() < 22) return not_xlsx("too short");
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = zip.size() > 65557 ? zip.size() - 65557 : 0;
  for (std::size_t i = zip.size() - 22 + 1; i-- > lowest;) {
    if (u32(zip, i) == 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string_view::npos) return not_xlsx("no central directory");
  const std::uint16_t entries = u16(zip, eocd + 10);
  std::size_t at = u32(zip, eocd + 16);
  for (std::uint16_t i = 0; i < entries; ++i) {
    if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50) return not_xlsx("bad directory");
    const std::uint16_t method = u16(zip, at + 10);
    const std::uint32_t csize = u32(zip, at + 20);
    const std::uint32_t usize = u32(zip, at + 24);
    const std::uint16_t nlen = u16(zip, at + 28), xlen = u16(zip, at + 30),
                        clen = u16(zip, at + 32);
    const std::uint32_t local = u32(zip, at + 42);
    if (at + 46 + nlen > zip.size()) return not_xlsx("bad directory name");
    const std::string_view entry = zip.substr(at + 46, nlen);
    at += 46 + nlen + xlen + clen;
    if (entry != name) continue;
    if (local + 30 > zip.size() || u32(zip, local) != 0x04034b50) return not_xlsx("bad entry");
    const std::size_t data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (data + csize > zip.size()) return not_xlsx("truncated entry");
    const std::string_view bytes = zip.substr(data, csize);
    if (usize > kMaxPart) return not_xlsx("part too large");
    if (method == 0) return std::optional<std::string>(std::string(bytes));
    if (method != 8) return not_xlsx("unknown compression");
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) return Error::internal_error("inflateInit2");
    std::string out(usize, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != usize) return not_xlsx("corrupt entry");
    return std::optional<std::string>(std::move(out));
  }
  return std::optional<std::string>();
}

// Streams an XML part through expat with `start`, `end` and `text` callbacks.
struct XmlWalk {
  std::function<void(const char*, const char**)> start;
  std::function<void(const char*)> end;
  std::function<void(std::string_view)> text;
  std::string failure;
  XML_Parser parser = nullptr;
};

Status walk(std::string_view xml, XmlWalk& w) {
  w.parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(w.parser, &w);
  XML_SetElementHandler(
      w.parser,
      [](void* d, const XML_Char* n, const XML_Char** a) { static_cast<XmlWalk*>(d)->start(n, a); },
      [](void* d, const XML_Char* n) { static_cast<XmlWalk*>(d)->end(n); });
  XML_SetCharacterDataHandler(w.parser, [](void* d, const XML_Char* s, int len) {
    static_cast<XmlWalk*>(d)->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  XML_SetStartDoctypeDeclHandler(
      w.parser, [](void* d, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* self = static_cast<XmlWalk*>(d);
        self->failure = "doctype";
        XML_StopParser(self->parser, XML_FALSE);
      });
  const auto rc = XML_Parse(w.parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
  XML_ParserFree(w.parser);
  if (!w.failure.empty()) return not_xlsx(w.failure);
  if (rc != XML_STATUS_OK) return not_xlsx("malformed xml");
  return ok_status();
}

const char* attr(const char** attrs, const char* name) {
  for (int i = 0; attrs[i]; i += 2) {
    if (std::strcmp(attrs[i], name) == 0) return attrs[i + 1];
  }
  return nullptr;
}

// "C12" → 2 (0-based column); -1 when not a reference.
int column_of(const char* ref) {
  int col = 0;
  int letters = 0;
  for (; *ref >= 'A' && *ref <= 'Z'; ++ref, ++letters) col = col * 26 + (*ref - 'A' + 1);
  return letters == 0 ? -1 : col - 1;
}

// The shared strings table (empty when the workbook has none).
Result<std::vector<std::string>> shared_strings(std::string_view xlsx) {
  std::vector<std::string> shared;
  auto strings = zip_part(xlsx, "xl/sharedStrings.xml");
  if (!strings.ok()) return strings.error();
  if (!*strings) return shared;
  XmlWalk w;
  bool in_si = false, in_t = false;
  w.start = [&](const char* n, const char**) {
    if (std::strcmp(n, "si") == 0) {
      in_si = true;
      shared.emplace_back();
    } else if (std::strcmp(n, "t") == 0) {
      in_t = in_si;
    } else if (std::strcmp(n, "rPh") == 0) {
      in_si = false;  // phonetic hints are not the text
    }
  };
  w.end = [&](const char* n) {
    if (std::strcmp(n, "t") == 0) in_t = false;
    if (std::strcmp(n, "si") == 0) in_si = false;
    if (std::strcmp(n, "rPh") == 0) in_si = true;  // back in the string's own text
  };
  w.text = [&](std::string_view s) {
    if (in_t && !shared.empty()) shared.back().append(s);
  };
  if (auto ok = walk(**strings, w); !ok.ok()) return ok.error();
  return shared;
}

// The relationship id of an element: the attribute "r:id" whatever the namespace prefix.
const char* relationship_id(const char** attrs) {
  for (int i = 0; attrs[i]; i += 2) {
    const std::string_view name(attrs[i]);
    if (name.size() > 3 && name.substr(name.size() - 3) == ":id") return attrs[i + 1];
  }
  return nullptr;
}

// The ZIP path of the workbook's first sheet in tab order: the first <sheet> of
// xl/workbook.xml, resolved through xl/_rels/workbook.xml.rels. A workbook without those parts
// (some minimal writers) falls back to xl/worksheets/sheet1.xml.
Result<std::string> first_sheet_path(std::string_view xlsx) {
  const std::string fallback = "xl/worksheets/sheet1.xml";
  auto book = zip_part(xlsx, "xl/workbook.xml");
  if (!book.ok()) return book.error();
  auto rels = zip_part(xlsx, "xl/_rels/workbook.xml.rels");
  if (!rels.ok()) return rels.error();
  if (!*book || !*rels) return fallback;
  std::string id;
  XmlWalk w;
  w.start = [&](const char* n, const char** a) {
    if (!id.empty() || std::strcmp(n, "sheet") != 0) return;
    if (const char* r = relationship_id(a)) id = r;
  };
  w.end = [](const char*) {};
  w.text = [](std::string_view) {};
  if (auto ok = walk(**book, w); !ok.ok()) return ok.error();
  if (id.empty()) return not_xlsx("no sheet in workbook.xml");
  std::string target;
  XmlWalk r;
  r.start = [&](const char* n, const char** a) {
    if (!target.empty() || std::strcmp(n, "Relationship") != 0) return;
    const char* rid = attr(a, "Id");
    const char* t = attr(a, "Target");
    if (rid && t && id == rid) target = t;
  };
  r.end = [](const char*) {};
  r.text = [](std::string_view) {};
  if (auto ok = walk(**rels, r); !ok.ok()) return ok.error();
  if (target.empty()) return not_xlsx("first sheet has no relationship");
  if (target.front() == '/') return target.substr(1);  // absolute within the package
  return "xl/" + target;
}

}  // namespace

bool looks_like_xlsx(std::string_view bytes) {
  return bytes.size() > 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

Result<std::vector<std::vector<std::string>>> read_first_sheet(std::string_view xlsx) {
  auto strings = shared_strings(xlsx);
  if (!strings.ok()) return strings.error();
  const std::vector<std::string>& shared = *strings;
  auto path = first_sheet_path(xlsx);
  if (!path.ok()) return path.error();
  auto sheet = zip_part(xlsx, *path);
  if (!sheet.ok()) return sheet.error();
  if (!*sheet) return not_xlsx("no first sheet");
  std::vector<std::vector<std::string>> rows;
  std::string type, value;
  int col = -1;
  bool in_value = false;
  XmlWalk w;
  w.start = [&](const char* n, const char** a) {
    if (!w.failure.empty()) return;
    if (std::strcmp(n, "row") == 0) {
      // "r" is the row's number; rows the sheet leaves out (empty ones) come back empty.
      const char* r = attr(a, "r");
      const unsigned long number = r ? std::strtoul(r, nullptr, 10) : rows.size() + 1;
      if (number > kMaxRows || rows.size() >= kMaxRows) {
        w.failure = "too many rows";
        XML_StopParser(w.parser, XML_FALSE);
        return;
      }
      rows.resize(std::max<std::size_t>(rows.size() + 1, number));
    } else if (std::strcmp(n, "c") == 0) {
      const char* r = attr(a, "r");
      const char* t = attr(a, "t");
      col = r ? column_of(r) : (rows.empty() ? 0 : static_cast<int>(rows.back().size()));
      type = t ? t : "n";
      value.clear();
    } else if (std::strcmp(n, "v") == 0 || std::strcmp(n, "t") == 0) {
      in_value = true;
    }
  };
  w.end = [&](const char* n) {
    if (std::strcmp(n, "v") == 0 || std::strcmp(n, "t") == 0) {
      in_value = false;
    } else if (std::strcmp(n, "c") == 0 && !rows.empty() && col >= 0 &&
               static_cast<std::size_t>(col) < kMaxColumns) {
      std::string cell = value;
      if (type == "s") {
        const auto i = static_cast<std::size_t>(std::strtoul(value.c_str(), nullptr, 10));
        cell = i < shared.size() ? shared[i] : "";
      } else if (type == "b") {
        cell = value == "1" ? "TRUE" : "FALSE";
      }
      auto& row = rows.back();
      if (row.size() <= static_cast<std::size_t>(col))
        row.resize(static_cast<std::size_t>(col) + 1);
      row[static_cast<std::size_t>(col)] = std::move(cell);
    }
  };
  w.text = [&](std::string_view s) {
    if (in_value) value.append(s);
  };
  if (auto ok = walk(**sheet, w); !ok.ok()) return ok.error();
  return rows;
}

}  // namespace pao::exports
