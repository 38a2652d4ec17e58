// Request bodies of the JSON API: one strict reader shared by every endpoint, so that they all refuse the
// same things with the same Vietnamese messages (and nothing is changed when a body is refused):
//   - a non-empty body must be declared "Content-Type: application/json" (a cross-site HTML form can only
//     send form or text/plain bodies, so this also closes the form-based CSRF route to the login);
//   - at most `max_bytes` (413 TOO_LARGE);
//   - well-formed JSON, valid UTF-8, one object, no key twice in one object, nesting at most 16 deep (400).
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>

#include "base/result.h"
#include "web/http.h"

namespace motcua::web {

// Small on purpose: the largest body, an intake with its component list, is a few KiB.
inline constexpr size_t kMaxJsonBodyBytes = 64 * 1024;
inline constexpr int kMaxJsonDepth = 16;

// The body as a JSON object. An empty body gives {} when `allow_empty`, else InvalidArgument.
Result<nlohmann::json> ParseJsonObjectBody(const Request& request, bool allow_empty,
                                           size_t max_bytes = kMaxJsonBodyBytes);

// InvalidArgument naming the first key of `object` that is not in `allowed`.
Status CheckAllowedKeys(const nlohmann::json& object, std::initializer_list<std::string_view> allowed);

// The string member `key` of `object` ("" when absent); InvalidArgument when present and not a string.
Result<std::string> OptionalStringMember(const nlohmann::json& object, std::string_view key);

}  // namespace motcua::web
