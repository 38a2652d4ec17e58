// The repository's data/ files (catalogue, holiday decisions, templates), compiled into the binary so that
// `motcua` runs from any directory with nothing beside it. Paths are relative to data/, with '/'.
// Immutable; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace motcua {

struct EmbeddedFile {
  std::string_view path;     // e.g. "catalog/ho-tich.txt"
  std::string_view content;  // the file's bytes
};

// Every embedded file, sorted by path. Defined in a generated source (cmake/EmbedFiles.cmake).
std::span<const EmbeddedFile> EmbeddedDataFiles();
// The file at `path`, if embedded.
std::optional<std::string_view> FindEmbeddedFile(std::string_view path);
// Files whose path starts with `prefix` (e.g. "catalog/"), sorted by path.
std::vector<EmbeddedFile> EmbeddedFilesUnder(std::string_view prefix);

}  // namespace motcua
