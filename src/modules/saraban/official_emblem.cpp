#include "modules/saraban/official_emblem.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/export/pdf.hpp"

namespace pao::saraban {

namespace {

// Set once by load_official_emblem() while the server starts, read-only afterwards.
std::string& emblem() {
  static std::string png;
  return png;
}

}  // namespace

void load_official_emblem() {
  const char* path = std::getenv("PAO_GARUDA_PNG");
  if (!path || !*path) {
    emblem().clear();
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw std::runtime_error(std::string("PAO_GARUDA_PNG: cannot read ") + path);
  std::string png = std::move(bytes).str();
  if (!exports::png_size(png)) {
    throw std::runtime_error(std::string("PAO_GARUDA_PNG: not a PNG image: ") + path);
  }
  emblem() = std::move(png);
}

const std::string& official_emblem() {
  return emblem();
}

}  // namespace pao::saraban
