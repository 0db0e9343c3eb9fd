// Files built into the executable (templates, migrations, seed data, web assets), so one `pao`
// binary runs anywhere without a resource directory. See cmake/embed.cmake.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pao::assets {

struct EmbeddedFile {
  const char* path;  // e.g. "modules/org/templates/home.tpl", "static/css/pao.css"
  const char* data;
  std::size_t size;
  std::string_view view() const { return {data, size}; }
};

// Registers a generated table at static-initialisation time (one per pao_embed() call).
struct EmbeddedRegistration {
  EmbeddedRegistration(const EmbeddedFile* files, std::size_t count);
};

// The file at `path`, or nullptr.
const EmbeddedFile* find(std::string_view path);
// The file at `path`; throws std::runtime_error naming it when missing (a build defect).
std::string_view require(std::string_view path);
// All files whose path starts with `prefix`, sorted by path.
std::vector<const EmbeddedFile*> under(std::string_view prefix);

}  // namespace pao::assets
