#include "platform/export/testing.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <system_error>

extern char** environ;

namespace pao::exports::testing {
namespace fs = std::filesystem;

TempFile::TempFile(std::string_view name, std::string_view bytes) {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/pao-test-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::system_error(errno, std::generic_category(), "mkdtemp");
  }
  dir_ = pattern;
  path_ = dir_ / std::string(name);
  std::ofstream out(path_, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path_.string());
}

TempFile::~TempFile() {
  std::error_code ignored;
  fs::remove_all(dir_, ignored);
}

CommandResult run_command(const std::vector<std::string>& argv) {
  CommandResult result;
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return result;
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned == 0) {
    // Read both pipes together so a chatty stderr cannot block the child.
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_fds = 2;
    char buf[65536];
    while (open_fds > 0) {
      if (::poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (int k = 0; k < 2; ++k) {
        if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        const ssize_t n = ::read(fds[k].fd, buf, sizeof buf);
        if (n > 0) {
          sinks[k]->append(buf, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          fds[k].fd = -1;
          --open_fds;
        }
      }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  } else {
    result.err = "cannot start " + argv[0] + ": " + std::generic_category().message(spawned);
  }
  ::close(out_pipe[0]);
  ::close(err_pipe[0]);
  return result;
}

std::string python_with_openpyxl() {
  std::vector<std::string> candidates;
  if (const char* p = std::getenv("PAO_TEST_PYTHON"); p && *p) candidates.emplace_back(p);
  candidates.emplace_back("/usr/bin/python3");
  candidates.emplace_back("python3");
  for (const auto& python : candidates) {
    if (run_command({python, "-c", "import openpyxl"}).exit_code == 0) return python;
  }
  return {};
}

std::string openpyxl_missing() {
  if (!python_with_openpyxl().empty()) return {};
  return "python3 with openpyxl is needed to read the XLSX back (Debian package python3-openpyxl; "
         "run scripts/install-deps); tried $PAO_TEST_PYTHON, /usr/bin/python3 and python3: " +
         run_command({"python3", "-c", "import openpyxl"}).err;
}

std::string poppler_missing() {
  for (const char* tool : {"pdftotext", "pdftoppm", "pdffonts"}) {
    const auto r = run_command({tool, "-v"});
    if (r.exit_code != 0) {
      return std::string(tool) +
             " is needed to read the PDF back (Debian package poppler-utils; run "
             "scripts/install-deps): " +
             r.err;
    }
  }
  return {};
}

std::string pdf_text(std::string_view pdf, const std::vector<std::string>& options) {
  const TempFile file("document.pdf", pdf);
  std::vector<std::string> argv = {"pdftotext", "-enc", "UTF-8"};
  argv.insert(argv.end(), options.begin(), options.end());
  argv.emplace_back(file.path().string());
  argv.emplace_back("-");
  const auto r = run_command(argv);
  if (r.exit_code != 0) throw std::runtime_error("pdftotext failed: " + r.err);
  return r.out;
}

std::string pdf_fonts(std::string_view pdf) {
  const TempFile file("document.pdf", pdf);
  const auto r = run_command({"pdffonts", file.path().string()});
  if (r.exit_code != 0) throw std::runtime_error("pdffonts failed: " + r.err);
  return r.out;
}

std::vector<PdfImage> pdf_images(std::string_view pdf) {
  const TempFile file("document.pdf", pdf);
  const auto r = run_command({"pdfimages", "-list", file.path().string()});
  if (r.exit_code != 0) throw std::runtime_error("pdfimages failed: " + r.err);
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  std::vector<PdfImage> out;
  std::istringstream lines(r.out);
  std::string line;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2) continue;  // the header and its underline
    std::istringstream cols(line);
    std::vector<std::string> c;
    for (std::string w; cols >> w;) c.push_back(w);
    if (c.size() < 14 || c[2] == "smask") continue;  // the alpha channel is a second "image"
    out.push_back({std::stoi(c[0]), std::stoi(c[3]), std::stoi(c[4]), std::stoi(c[13])});
  }
  return out;
}

std::string_view test_png() {
  static constexpr char kPng[] =
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x08"
      "\x00\x00\x00\x0a\x08\x06\x00\x00\x00\x89\xc7\x1f\x80\x00\x00\x00\x14\x49\x44\x41"
      "\x54\x78\x9c\x63\xd8\xd0\xc5\xf0\x1f\x1f\x66\x18\x55\x40\x9c\x02\x00\x93\x90\xb1"
      "\xd1\x82\xc8\xfe\x9d\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
  return {kPng, sizeof kPng - 1};
}

std::vector<PdfWord> pdf_words(std::string_view pdf) {
  const std::string html = pdf_text(pdf, {"-bbox"});
  static const std::regex kPage(R"(<page )");
  static const std::regex kWord(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  std::vector<PdfWord> words;
  int page = 0;
  std::istringstream lines(html);
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, kPage)) ++page;
    std::smatch m;
    if (std::regex_search(line, m, kWord)) {
      words.push_back(
          {page, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5].str()});
    }
  }
  return words;
}

std::string without_whitespace(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') out.push_back(c);
  }
  return out;
}

}  // namespace pao::exports::testing
