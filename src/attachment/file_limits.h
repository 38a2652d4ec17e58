// The size limit for one uploaded file, and the check that applies it. The HTTP layer calls
// CheckUploadSize with the declared length before it reads a body (a 2 GB upload is refused without being
// received), and AcceptUpload calls it again with the actual size. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"

namespace motcua {

inline constexpr int64_t kDefaultMaxUploadBytes = int64_t{20} * 1024 * 1024;  // 20 MB
// A ceiling for the configured limit: AcceptUpload holds a whole file in memory.
inline constexpr int64_t kMaxConfigurableUploadBytes = int64_t{1024} * 1024 * 1024;  // 1 GB

struct FileLimits {
  int64_t max_bytes = kDefaultMaxUploadBytes;
};

// InvalidArgument unless 1 <= max_bytes <= kMaxConfigurableUploadBytes: for a limit read from configuration.
Status ValidateFileLimits(const FileLimits& limits);

// TooLarge when `declared_or_actual` exceeds limits.max_bytes, with a Vietnamese message giving the limit in
// MB ("tối đa 20 MB"); InvalidArgument for an empty (0) or negative size.
Status CheckUploadSize(int64_t declared_or_actual, const FileLimits& limits);

// `bytes` in MB (1 MB = 1,048,576 bytes) in Vietnamese notation, rounded up to one decimal so a size just
// over a limit never reads as equal to it: 20971520 -> "20 MB", 20971521 -> "20,1 MB", 2^31 -> "2.048 MB".
std::string FormatMegabytesVi(int64_t bytes);

}  // namespace motcua
