// Rows of the fields and procedures tables (one row per procedure version, with its JSON body), read and
// written on a connection inside the caller's transaction. Not thread-safe (one SqlConnection, one thread).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/procedure.h"
#include "store/internal/sql.h"
#include "store/records.h"

namespace motcua::store_internal {

// Checks a whole catalogue before anything is written (see Store::ReplaceCatalog). Pure.
Status ValidateCatalog(const std::vector<Field>& fields, const std::vector<Procedure>& procedures);
// Makes the tables hold exactly this catalogue: upserts what is new or changed, deletes what is gone.
Status WriteCatalog(SqlConnection& connection, const std::vector<Field>& fields,
                    const std::vector<Procedure>& procedures);
Result<std::vector<Field>> SelectFields(SqlConnection& connection);
Result<std::vector<Procedure>> SelectProcedures(SqlConnection& connection, const ProcedureFilter& filter);
Result<int64_t> CountProcedureRows(SqlConnection& connection, const ProcedureFilter& filter);
// The version of `code` in force on `date`; nullopt when none.
Result<std::optional<Procedure>> FindProcedure(SqlConnection& connection, std::string_view code,
                                               CivilDate date);

}  // namespace motcua::store_internal
