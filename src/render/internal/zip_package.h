// Internal to render/: writes a ZIP archive in memory with libzip (deflated entries, fixed timestamps so the
// same parts give the same bytes). Used for the DOCX package. Thread-safe (no shared state).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/result.h"

namespace motcua::render::internal {

struct ZipEntry {
  std::string name;  // path inside the archive, '/'-separated
  std::string content;
};

Result<std::string> WriteZip(const std::vector<ZipEntry>& entries);

}  // namespace motcua::render::internal
