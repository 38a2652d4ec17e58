// Text handling for Vietnamese input: validation and NFC normalisation of UTF-8 at the edge, and the search
// key that lets "nguyen van duc" find "Nguyễn Văn Đức" (case and accents folded, đ/Đ mapped to d).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua {

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);
// Validates UTF-8 and returns the NFC form (Vietnamese typed on some keyboards arrives decomposed).
Result<std::string> NormalizeNfc(std::string_view text);
// Lowercase, without diacritics, đ/Đ -> d, runs of whitespace collapsed to one space, trimmed.
// Invalid UTF-8 bytes are dropped. "  Nguyễn Văn ĐỨC " -> "nguyen van duc".
std::string SearchKey(std::string_view text);
// True when SearchKey(needle) occurs in SearchKey(haystack).
bool FoldedContains(std::string_view haystack, std::string_view needle);
// Splits `text` at every `separator`; n separators give n + 1 parts (empty parts kept). The views point
// into `text`.
std::vector<std::string_view> SplitString(std::string_view text, char separator);
// Trims ASCII whitespace at both ends.
std::string_view TrimAscii(std::string_view text);

}  // namespace motcua
