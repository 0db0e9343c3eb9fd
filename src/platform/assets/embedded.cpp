#include "platform/assets/embedded.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace pao::assets {
namespace {

std::vector<const EmbeddedFile*>& table() {
  static std::vector<const EmbeddedFile*> files;
  return files;
}

}  // namespace

EmbeddedRegistration::EmbeddedRegistration(const EmbeddedFile* files, std::size_t count) {
  auto& t = table();
  for (std::size_t i = 0; i < count; ++i) t.push_back(&files[i]);
  std::sort(t.begin(), t.end(),
            [](auto* a, auto* b) { return std::string_view(a->path) < b->path; });
}

const EmbeddedFile* find(std::string_view path) {
  const auto& t = table();
  auto it = std::lower_bound(t.begin(), t.end(), path,
                             [](const EmbeddedFile* f, std::string_view p) { return f->path < p; });
  return (it != t.end() && (*it)->path == path) ? *it : nullptr;
}

std::string_view require(std::string_view path) {
  if (const auto* f = find(path)) return f->view();
  throw std::runtime_error("embedded file missing from the build: " + std::string(path));
}

std::vector<const EmbeddedFile*> under(std::string_view prefix) {
  std::vector<const EmbeddedFile*> out;
  for (const auto* f : table()) {
    if (std::string_view(f->path).starts_with(prefix)) out.push_back(f);
  }
  return out;
}

}  // namespace pao::assets
