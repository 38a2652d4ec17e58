// Rows of the units table, read and written on a connection inside the caller's transaction (so a later
// issue can add a unit together with other rows atomically). Inputs are validated here. Not thread-safe
// (a SqlConnection is used by one thread).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/internal/sql.h"
#include "store/records.h"

namespace motcua::store_internal {

Status InsertUnit(SqlConnection& connection, const Unit& unit);
Result<std::optional<Unit>> FindUnit(SqlConnection& connection, std::string_view code);
Result<std::vector<Unit>> SelectUnits(SqlConnection& connection, const UnitFilter& filter);
Status UpdateUnitSettingsRow(SqlConnection& connection, std::string_view code, const UnitSettings& settings);

}  // namespace motcua::store_internal
