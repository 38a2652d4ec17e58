// Internal to src/auth: the built-in password blocklists used by password_policy.cc. Thread-safe (constant).
#pragma once

#include <span>
#include <string_view>

namespace motcua::auth_internal {

// Whole passwords of 10 or more characters seen in public leak lists, lowercase.
std::span<const std::string_view> CommonPasswords();
// Weak words that remain weak when digits or symbols are added around them, lowercase ASCII.
std::span<const std::string_view> WeakPasswordStems();

}  // namespace motcua::auth_internal
