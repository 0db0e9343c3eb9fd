// Test support for the exports: the files are checked by the tools people's software would use
// to read them (openpyxl for XLSX, poppler's pdftotext/pdftoppm for PDF), run as child processes.
// A missing tool fails the test with the package to install, never skips it: scripts/install-deps
// installs python3-openpyxl and poppler-utils.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pao::exports::testing {

// A file in a fresh private temporary directory, removed with the directory.
class TempFile {
 public:
  // Writes `bytes` to <private dir>/<name>.
  TempFile(std::string_view name, std::string_view bytes);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::filesystem::path& directory() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;  // -1 when the program could not be started or was killed
  std::string out;     // standard output
  std::string err;     // standard error
};

// Runs `argv` (argv[0] looked up in PATH) without a shell, stdin from /dev/null.
CommandResult run_command(const std::vector<std::string>& argv);

// The Python that has openpyxl: $PAO_TEST_PYTHON when set, else Debian's /usr/bin/python3 (where
// python3-openpyxl installs it, even when a pyenv or venv python3 comes first in PATH), else the
// python3 in PATH. Empty when none of them can import openpyxl.
std::string python_with_openpyxl();
// Empty when python_with_openpyxl() found one, else the reason and the package to install.
std::string openpyxl_missing();
// Empty when pdftotext, pdftoppm and pdffonts run, else the reason and the package to install.
std::string poppler_missing();

// The text pdftotext finds in `pdf`, UTF-8, with `options` ({"-layout"}: in reading position;
// {"-raw"}: in the order it was drawn; add {"-f", "2", "-l", "2"} for page 2 only).
std::string pdf_text(std::string_view pdf, const std::vector<std::string>& options = {"-layout"});
// pdffonts' table of the fonts in `pdf`.
std::string pdf_fonts(std::string_view pdf);

// A word pdftotext -bbox found, in points from the page's top-left corner.
struct PdfWord {
  int page = 0;  // 1-based
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  std::string text;
};
std::vector<PdfWord> pdf_words(std::string_view pdf);
// An image `pdfimages -list` finds: its page, pixel size and vertical resolution as drawn (pixels
// per inch of paper, so 10 px drawn 15 mm high is 17).
struct PdfImage {
  int page = 0;
  int width = 0, height = 0;
  int y_ppi = 0;
};
std::vector<PdfImage> pdf_images(std::string_view pdf);
// A small valid PNG (8 × 10 px, one colour) for tests of drawn images.
std::string_view test_png();

// `text` without spaces, tabs, newlines and form feeds: pdftotext's layout decides where those go.
std::string without_whitespace(std::string_view text);

}  // namespace pao::exports::testing
