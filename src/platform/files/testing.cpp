#include "platform/files/testing.hpp"

#include <stdlib.h>

#include <cstdint>
#include <stdexcept>

namespace pao::files::testing {
namespace {

void put16(std::string& s, std::uint16_t v) {
  s.push_back(static_cast<char>(v & 0xFF));
  s.push_back(static_cast<char>(v >> 8));
}

void put32(std::string& s, std::uint32_t v) {
  put16(s, static_cast<std::uint16_t>(v & 0xFFFF));
  put16(s, static_cast<std::uint16_t>(v >> 16));
}

// A 128-byte compound-file directory entry.
std::string directory_entry(std::string_view name, char type) {
  std::string e(128, '\0');
  for (std::size_t i = 0; i < name.size(); ++i) e[2 * i] = name[i];
  const auto bytes = static_cast<std::uint16_t>((name.size() + 1) * 2);
  e[64] = static_cast<char>(bytes & 0xFF);
  e[65] = static_cast<char>(bytes >> 8);
  e[66] = type;
  return e;
}

}  // namespace

TempDir::TempDir() {
  std::string dir = (std::filesystem::temp_directory_path() / "pao-files-XXXXXX").string();
  if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
  path_ = dir;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

int count_files(const std::filesystem::path& dir) {
  int n = 0;
  if (!std::filesystem::exists(dir)) return 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

std::string minimal_pdf() {
  return "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"
         "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
         "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
         "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
         "trailer <</Root 1 0 R>>\n%%EOF\n";
}

std::string minimal_png() {
  static const char kPng[] =
      "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
      "\x00\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63"
      "\x64\x60\xF8\x5F\x0F\x00\x02\x87\x01\x80\xEB\x47\xBA\x92\x00\x00\x00\x00\x49\x45\x4E\x44"
      "\xAE\x42\x60\x82";
  return std::string(kPng, sizeof kPng - 1);
}

std::string zip_of(const std::vector<std::string>& names) {
  std::string out, central;
  for (const auto& name : names) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    out += "PK\x03\x04";
    put16(out, 20);  // version needed
    put16(out, 0);   // flags
    put16(out, 0);   // stored
    put32(out, 0);   // time, date
    put32(out, 0);   // crc-32 of nothing
    put32(out, 0);   // compressed size
    put32(out, 0);   // size
    put16(out, static_cast<std::uint16_t>(name.size()));
    put16(out, 0);  // extra
    out += name;

    central += "PK\x01\x02";
    put16(central, 20);  // made by
    put16(central, 20);  // needed
    put16(central, 0);
    put16(central, 0);
    put32(central, 0);
    put32(central, 0);
    put32(central, 0);
    put32(central, 0);
    put16(central, static_cast<std::uint16_t>(name.size()));
    put16(central, 0);  // extra
    put16(central, 0);  // comment
    put16(central, 0);  // disk
    put16(central, 0);  // internal attributes
    put32(central, 0);  // external attributes
    put32(central, offset);
    central += name;
  }
  const auto cd_offset = static_cast<std::uint32_t>(out.size());
  out += central;
  out += "PK\x05\x06";
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint16_t>(names.size()));
  put16(out, static_cast<std::uint16_t>(names.size()));
  put32(out, static_cast<std::uint32_t>(central.size()));
  put32(out, cd_offset);
  put16(out, 0);  // comment
  return out;
}

std::string compound_file_with(std::string_view stream) {
  std::string header(512, '\0');
  header.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  header[0x1A] = 0x3E;  // minor version
  header[0x1C] = 0x03;  // major version 3
  header[0x1E] = 0x09;  // 512-byte sectors
  std::string directory =
      directory_entry("Root Entry", 5) + directory_entry(stream, 2) + std::string(256, '\0');
  return header + directory;
}

std::string windows_program() {
  static const char kMz[] =
      "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00"
      "This program cannot be run in DOS mode.";
  return std::string(kMz, sizeof kMz - 1);
}

std::string multipart_body(const std::string& boundary, const std::vector<FormPart>& parts) {
  std::string body;
  for (const auto& p : parts) {
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"" + p.name + "\"" + p.filename_header + "\r\n";
    if (!p.content_type.empty()) body += "Content-Type: " + p.content_type + "\r\n";
    body += "\r\n" + p.value + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  return body;
}

}  // namespace pao::files::testing
