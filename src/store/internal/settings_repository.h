// Rows of the settings table (deployment key/value text) on a connection inside the caller's transaction.
// Not thread-safe (one SqlConnection, one thread).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

// Lowercase ASCII letters, digits, '_' and '.', starting with a letter, at most 64 bytes.
Status ValidateSettingKey(std::string_view key);
Result<std::optional<std::string>> SelectSetting(SqlConnection& connection, std::string_view key);
Status UpsertSetting(SqlConnection& connection, std::string_view key, std::string_view value);

}  // namespace motcua::store_internal
