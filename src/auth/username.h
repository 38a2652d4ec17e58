// Account names and display names for officers. A username is 3-32 characters of lowercase ASCII letters,
// digits, '.' and '_' ("nguyenvana", "hoa.tp", "vanthu_01"); it is what people type at login, so it is
// compared after ASCII lowercasing. A display name is free Vietnamese text stored in NFC.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

inline constexpr size_t kMinUsernameLength = 3;
inline constexpr size_t kMaxUsernameLength = 32;
inline constexpr size_t kMaxDisplayNameCodePoints = 100;

// OK when `username` already satisfies the rules exactly (no uppercase, no spaces).
Status ValidateUsername(std::string_view username);

// Trims ASCII whitespace and lowercases ASCII letters, then validates: what to store at account creation and
// what to look up at login ("  NguyenVanA " -> "nguyenvana").
Result<std::string> NormalizeUsername(std::string_view input);

// NFC, surrounding whitespace trimmed, inner whitespace runs collapsed to one space; 1-100 characters, no
// control characters. "  Nguyễn   Văn A " (decomposed or not) -> "Nguyễn Văn A" (precomposed).
Result<std::string> NormalizeDisplayName(std::string_view input);

}  // namespace motcua
