#include "platform/files/file_type.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include "platform/text/utf8.hpp"

namespace pao::files {
namespace {

std::uint16_t u16le(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                    (static_cast<unsigned char>(s[at + 1]) << 8));
}

std::uint32_t u32le(std::string_view s, std::size_t at) {
  return static_cast<std::uint32_t>(u16le(s, at)) |
         (static_cast<std::uint32_t>(u16le(s, at + 2)) << 16);
}

bool lower_ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const auto tail = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < tail.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// The entry names of a ZIP file's central directory, or nullopt when it is not a well-formed,
// non-ZIP64 archive whose directory lies inside the file.
std::optional<std::vector<std::string_view>> zip_entry_names(std::string_view z) {
  constexpr std::size_t kEocdSize = 22;
  constexpr std::size_t kMaxEntries = 20000;
  if (z.size() < kEocdSize) return std::nullopt;
  // The end-of-central-directory record is the last thing in the file, after at most a 64 KiB
  // comment.
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = z.size() > kEocdSize + 0xFFFF ? z.size() - kEocdSize - 0xFFFF : 0;
  for (std::size_t at = z.size() - kEocdSize + 1; at-- > lowest;) {
    if (z.compare(at, 4, "PK\x05\x06") == 0 && at + kEocdSize + u16le(z, at + 20) == z.size()) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return std::nullopt;
  const std::size_t entries = u16le(z, eocd + 10);
  const std::size_t cd_size = u32le(z, eocd + 12);
  const std::size_t cd_offset = u32le(z, eocd + 16);
  if (entries == 0xFFFF || cd_offset == 0xFFFFFFFF || entries > kMaxEntries) return std::nullopt;
  if (cd_offset > eocd || cd_size > eocd - cd_offset) return std::nullopt;
  std::vector<std::string_view> names;
  std::size_t at = cd_offset;
  for (std::size_t i = 0; i < entries; ++i) {
    if (at + 46 > eocd || z.compare(at, 4, "PK\x01\x02") != 0) return std::nullopt;
    const std::size_t name_len = u16le(z, at + 28);
    const std::size_t extra_len = u16le(z, at + 30);
    const std::size_t comment_len = u16le(z, at + 32);
    const std::size_t next = at + 46 + name_len + extra_len + comment_len;
    if (next > eocd) return std::nullopt;
    names.push_back(z.substr(at + 46, name_len));
    at = next;
  }
  return names;
}

std::optional<FileType> office_open_xml_type(std::string_view bytes) {
  const auto names = zip_entry_names(bytes);
  if (!names) return std::nullopt;
  bool content_types = false, word = false, xl = false, ppt = false;
  for (const auto name : *names) {
    if (lower_ends_with(name, "vbaproject.bin")) return std::nullopt;  // macros: refused
    content_types |= name == "[Content_Types].xml";
    word |= name.starts_with("word/");
    xl |= name.starts_with("xl/");
    ppt |= name.starts_with("ppt/");
  }
  if (!content_types) return std::nullopt;
  if (word) return FileType::docx;
  if (xl) return FileType::xlsx;
  if (ppt) return FileType::pptx;
  return std::nullopt;
}

// An OLE2 compound file's kind, from the name of a stream in its directory: directory entries
// are 128 bytes each, packed into sectors that follow the header, so each lies at a multiple of
// 128 past the first sector. An entry holds its UTF-16LE name, the name's byte length (with the
// terminating NUL) at +64 and its type at +66 (2: a stream).
std::optional<FileType> compound_file_type(std::string_view bytes) {
  const std::uint16_t shift = bytes.size() >= 0x20 ? u16le(bytes, 0x1E) : 0;
  if (shift != 9 && shift != 12) return std::nullopt;
  const std::size_t sector = std::size_t{1} << shift;
  struct Known {
    std::string_view name;
    FileType type;
  };
  static constexpr std::array<Known, 4> kKnown = {{{"WordDocument", FileType::doc},
                                                   {"Workbook", FileType::xls},
                                                   {"Book", FileType::xls},
                                                   {"PowerPoint Document", FileType::ppt}}};
  for (std::size_t at = sector; at + 128 <= bytes.size(); at += 128) {
    const std::size_t name_bytes = u16le(bytes, at + 64);
    if (bytes[at + 66] != 2 || name_bytes < 4 || name_bytes > 64 || name_bytes % 2 != 0) continue;
    for (const auto& k : kKnown) {
      if (name_bytes != (k.name.size() + 1) * 2) continue;
      bool same = true;
      for (std::size_t i = 0; i < k.name.size() && same; ++i) {
        same = bytes[at + 2 * i] == k.name[i] && bytes[at + 2 * i + 1] == 0;
      }
      if (same) return k.type;
    }
  }
  return std::nullopt;
}

// UTF-8 text (a byte-order mark allowed) with no control characters but tab, line feed, form
// feed and carriage return.
bool is_plain_text(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.empty()) return false;
  for (const char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || u == 0x7F) return false;
  }
  return text::is_valid_utf8(bytes);
}

}  // namespace

std::optional<FileType> detect_file_type(std::string_view b) {
  if (b.empty()) return std::nullopt;
  if (b.starts_with("%PDF-")) return FileType::pdf;
  if (b.starts_with("\x89PNG\r\n\x1A\n")) return FileType::png;
  if (b.starts_with("\xFF\xD8\xFF")) return FileType::jpeg;
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return FileType::gif;
  if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") return FileType::webp;
  if (b.starts_with("PK\x03\x04")) return office_open_xml_type(b);
  if (b.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return compound_file_type(b);
  if (is_plain_text(b)) return FileType::text;
  return std::nullopt;
}

namespace {
struct TypeInfo {
  FileType type;
  std::string_view mime;
  std::string_view extensions;  // the canonical one first
};
constexpr std::array<TypeInfo, 12> kTypes = {{
    {FileType::pdf, "application/pdf", "pdf"},
    {FileType::png, "image/png", "png"},
    {FileType::jpeg, "image/jpeg", "jpg jpeg jpe jfif"},
    {FileType::gif, "image/gif", "gif"},
    {FileType::webp, "image/webp", "webp"},
    {FileType::docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "docx"},
    {FileType::xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
    {FileType::pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
     "pptx"},
    {FileType::doc, "application/msword", "doc"},
    {FileType::xls, "application/vnd.ms-excel", "xls"},
    {FileType::ppt, "application/vnd.ms-powerpoint", "ppt"},
    // Not html, svg, xml, js …: a text file saved under such a name would run when opened.
    {FileType::text, "text/plain; charset=utf-8", "txt csv tsv log md"},
}};

const TypeInfo& info(FileType t) {
  for (const auto& i : kTypes) {
    if (i.type == t) return i;
  }
  return kTypes.back();
}
}  // namespace

std::string_view mime_of(FileType t) {
  return info(t).mime;
}

std::optional<FileType> file_type_of_mime(std::string_view mime) {
  for (const auto& i : kTypes) {
    if (i.mime == mime) return i.type;
  }
  return std::nullopt;
}

std::string_view canonical_extension(FileType t) {
  const auto exts = info(t).extensions;
  return exts.substr(0, exts.find(' '));
}

bool extension_suits(FileType t, std::string_view ext) {
  std::string_view rest = info(t).extensions;
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    if (rest.substr(0, space) == ext) return true;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

bool shown_inline(FileType t) {
  return t == FileType::pdf || t == FileType::png || t == FileType::jpeg || t == FileType::gif ||
         t == FileType::webp;
}

Error unsupported_file_error(const std::string& field) {
  const Message why{
      "รับเฉพาะไฟล์ PDF, รูปภาพ (PNG, JPEG, GIF, WebP), เอกสาร Word, Excel, PowerPoint "
      "(.docx .xlsx .pptx .doc .xls .ppt ที่ไม่มีมาโคร) หรือข้อความธรรมดา (UTF-8)",
      "Accepted files: PDF, images (PNG, JPEG, GIF, WebP), Word, Excel and PowerPoint documents "
      "(.docx .xlsx .pptx .doc .xls .ppt, without macros) or plain text (UTF-8)"};
  return Error::invalid({"ไม่รับไฟล์ประเภทนี้", "This type of file is not accepted"}).field(field, why);
}

}  // namespace pao::files
