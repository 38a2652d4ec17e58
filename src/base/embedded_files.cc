#include "base/embedded_files.h"

namespace motcua {

std::optional<std::string_view> FindEmbeddedFile(std::string_view path) {
  for (const EmbeddedFile& file : EmbeddedDataFiles()) {
    if (file.path == path) return file.content;
  }
  return std::nullopt;
}

std::vector<EmbeddedFile> EmbeddedFilesUnder(std::string_view prefix) {
  std::vector<EmbeddedFile> out;
  for (const EmbeddedFile& file : EmbeddedDataFiles()) {
    if (file.path.substr(0, prefix.size()) == prefix) out.push_back(file);
  }
  return out;
}

}  // namespace motcua
