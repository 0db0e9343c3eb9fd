// Test support for attachments: small, well-formed files of every accepted type (and some that
// are refused), built in memory, and a multipart/form-data body as a browser sends it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pao::files::testing {

// A fresh directory under $TMPDIR, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Regular files under `dir`, recursively.
int count_files(const std::filesystem::path& dir);

// A PDF with one empty page (a real, minimal PDF 1.4).
std::string minimal_pdf();
// A 1×1 PNG.
std::string minimal_png();
// A ZIP archive of empty entries with these names (stored, no compression).
std::string zip_of(const std::vector<std::string>& names);
// An OLE2 compound file whose directory holds a root entry and one stream named `stream`
// ("WordDocument" → .doc, "Workbook" → .xls).
std::string compound_file_with(std::string_view stream);
// A Windows program's first bytes ("MZ…", with NULs).
std::string windows_program();

// One part of a multipart body.
struct FormPart {
  std::string name;
  std::string value;            // the field's value or the file's bytes
  std::string filename_header;  // the raw `; filename=…` parameters, "" for a plain field
  std::string content_type;     // "" for none
};
// The body, "--B\r\n…\r\n--B--\r\n", for boundary `boundary`.
std::string multipart_body(const std::string& boundary, const std::vector<FormPart>& parts);

}  // namespace pao::files::testing
