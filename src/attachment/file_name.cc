#include "attachment/file_name.h"

#include <utf8proc.h>

#include <cstdio>
#include <string>

#include "base/text.h"

namespace motcua {
namespace {

// Longer raw input is refused before normalisation, which never shrinks text by a factor of 4.
constexpr size_t kMaxRawBytes = 4 * kMaxFileNameBytes;

Status BadName(std::string log_message, std::string_view reason_vi) {
  std::string user = "Tên tệp không hợp lệ: ";
  user.append(reason_vi);
  return Status::InvalidArgument(std::move(log_message), std::move(user));
}

bool IsControl(int32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

bool IsBidiControl(int32_t cp) {
  return cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

Result<std::string> SanitizeFileName(std::string_view raw) {
  if (raw.size() > kMaxRawBytes) {
    return BadName("file name over " + std::to_string(kMaxRawBytes) + " bytes before normalisation",
                   "tên quá dài (tối đa 255 byte). Vui lòng đặt tên ngắn hơn.");
  }
  auto normalized = NormalizeNfc(raw);
  if (!normalized.ok()) return BadName("file name is not valid UTF-8", "tên không đúng mã UTF-8.");
  const std::string& name = *normalized;

  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(name.size());
  while (remaining > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &cp);
    if (n <= 0) return BadName("file name is not valid UTF-8", "tên không đúng mã UTF-8.");
    if (cp == '/' || cp == '\\' || cp == ':') {
      return BadName("file name holds a path separator or colon",
                     "tên tệp không được chứa đường dẫn hay các ký tự / \\ :. Vui lòng chỉ gửi tên tệp.");
    }
    if (IsControl(cp)) {
      char code[16];
      std::snprintf(code, sizeof(code), "U+%04X", static_cast<unsigned>(cp));
      std::string log = "file name holds the control character ";
      log.append(code);
      return BadName(std::move(log), "tên chứa ký tự điều khiển.");
    }
    if (IsBidiControl(cp)) {
      return BadName("file name holds a bidirectional-text control",
                     "tên chứa ký tự điều khiển hướng chữ (có thể che giấu đuôi tệp).");
    }
    p += n;
    remaining -= n;
  }

  std::string_view trimmed = name;
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.remove_suffix(1);
  if (trimmed.empty()) return BadName("empty file name", "tên trống.");
  if (trimmed.size() > kMaxFileNameBytes) {
    return BadName("file name of " + std::to_string(trimmed.size()) + " bytes, over 255",
                   "tên quá dài (tối đa 255 byte). Vui lòng đặt tên ngắn hơn.");
  }
  return std::string(trimmed);
}

}  // namespace motcua
