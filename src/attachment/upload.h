// AcceptUpload: the whole acceptance of one uploaded file, checks first and storage last, so a refused
// upload writes nothing. Order: size (cheapest, and before anything reads the bytes), display name,
// type sniffed from the bytes, declared type and extension against the sniffed type, then FileVault::Put.
// Pure of HTTP and SQL: the web layer parses the multipart body and the store records the result.
// Thread-safe (as FileVault and SniffFileType are).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "attachment/file_limits.h"
#include "attachment/file_vault.h"
#include "base/result.h"

namespace motcua {

// One file as the client sent it.
struct UploadInput {
  std::string_view bytes;
  std::string_view file_name;            // the multipart part's filename, raw
  std::string_view declared_media_type;  // the part's Content-Type, raw; may be empty
};

// What to record about an accepted file (the dossier component or result row).
struct AcceptedUpload {
  std::string sha256;            // FileVault key
  int64_t size = 0;              // bytes
  std::string media_type;        // sniffed, one of AcceptedFileTypes()
  std::string file_name;         // sanitized display name (SanitizeFileName)
  bool already_present = false;  // the vault held these bytes already
};

// Accepts `input` into `vault`. Errors carry a Vietnamese user message; after a name is known to be safe it
// is prefixed to the message ("Tệp \"x.pdf\": ..."). TooLarge for size, InvalidArgument for a bad name, type
// or mislabel, Internal for a storage failure.
Result<AcceptedUpload> AcceptUpload(const FileVault& vault, const FileLimits& limits,
                                    const UploadInput& input);

}  // namespace motcua
