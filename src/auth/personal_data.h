// Personal data (ID numbers, phone numbers) shown to officers who may not see it in full. The rule of who
// may see it is Permission::kViewPersonalData in access.h; this file only masks. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "auth/access.h"

namespace motcua {

// Keeps the last `keep_last` characters (code points) and replaces the others with '*':
// "001204012345" -> "*********345", "0912345678" -> "*******678". Values of `keep_last` characters or
// fewer are masked entirely, so a short value is never shown whole.
std::string MaskIdentifier(std::string_view value, size_t keep_last = 3);

// `value` when the principal may view personal data of the resource, MaskIdentifier(value) otherwise.
std::string PersonalDataFor(const Principal& principal, const Resource& resource, std::string_view value);

}  // namespace motcua
