// Password policy for officer accounts, checked when a password is set or changed (never at login).
// Follows NIST SP 800-63B 5.1.1.2: a minimum length, no composition rules, and a blocklist of common and
// context-specific passwords. Lengths count Unicode code points of the NFKC form (the form that is hashed).
// Pure functions; thread-safe.
#pragma once

#include <string_view>

#include "base/status.h"

namespace motcua {

struct PasswordPolicy {
  size_t min_code_points = 10;
  size_t max_code_points = 256;
};

// OK, or InvalidArgument with a Vietnamese message naming the rule that failed:
//  - at least `min_code_points` characters and at most `max_code_points`;
//  - no control characters;
//  - does not contain the username (ASCII case-insensitive; "equal to the username" is the extreme case);
//  - not a common password: listed in common_passwords.cc, or a listed weak word ("matkhau", "password",
//    "motcua", ...) decorated with digits and symbols ("Matkhau@2024"), or one repeated character, or a
//    straight run of the keyboard/alphabet/digits ("1234567890", "abcdefghij", "9876543210").
Status CheckPasswordPolicy(std::string_view password, std::string_view username,
                           const PasswordPolicy& policy = PasswordPolicy{});

// True when `password` (compared case-insensitively, after NFKC) is in the built-in common-password list.
bool IsCommonPassword(std::string_view password);

}  // namespace motcua
