// A strict reader of a zip file's central directory, enough to tell which parts an Office Open XML package
// (DOCX, XLSX) holds without inflating anything. It reads names and offsets only; it never decompresses, so a
// zip bomb costs nothing here. Refused (InvalidArgument): no end-of-central-directory record, a comment that
// does not end exactly at the end of the file, multi-disk archives, ZIP64, a central directory or local
// header outside the file, a directory whose size does not match its entries, and a name given twice
// (compared ASCII case-insensitively, as OPC part names are; readers disagree on which duplicate wins).
// Internal to src/attachment (and its fuzz target). Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua::attachment_internal {

struct ZipEntry {
  std::string name;                  // as stored (bytes), e.g. "word/document.xml"
  uint32_t local_header_offset = 0;  // where its local file header starts
  uint32_t compressed_size = 0;
  uint32_t uncompressed_size = 0;
  uint16_t method = 0;  // 0 stored, 8 deflate
};

// The entries of the zip held in `bytes`, in central-directory order.
Result<std::vector<ZipEntry>> ReadZipDirectory(std::string_view bytes);

// True when `bytes` holds, at entry.local_header_offset, a local file header whose name is entry.name and
// whose data (entry.compressed_size bytes) fits in the file: the central directory does not point into the
// void.
bool LocalHeaderMatches(std::string_view bytes, const ZipEntry& entry);

// ASCII case-insensitive equality (OPC part names compare so).
bool EqualsAsciiCaseInsensitive(std::string_view a, std::string_view b);

}  // namespace motcua::attachment_internal
