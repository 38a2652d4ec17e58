// The procedure catalogue API, served from a ProcedureSnapshotHolder (in memory, swapped on reload):
//   GET /api/v1/procedures          ?field=HT &q=dang ky khai sinh &on=YYYY-MM-DD &limit=50 &offset=0
//       -> {"total":N,"limit":L,"offset":O,"on":"YYYY-MM-DD","items":[{code,name,field,level,online_level,
//           effective_from,effective_to},...]} of the procedures in force on `on` (default: today, UTC+7),
//          sorted by code. `q` matches when every word of it occurs in the code or name, ignoring accents
//          and case (base/text.h SearchKey). limit is clamped to max_limit.
//   GET /api/v1/procedures/{code}   ?on=YYYY-MM-DD
//       -> the version in force on `on`, as ProcedureToJson (catalog/procedure_json.h); 400 for a code not of
//          the national form N.NNNNNN, 404 for an unknown code or one not in force on that date.
// Handlers are thread-safe; the holder must outlive the router (it is shared).
#pragma once

#include <functional>
#include <memory>

#include "base/civil_time.h"
#include "web/procedure_snapshot.h"
#include "web/router.h"

namespace motcua::web {

struct ProcedureApiOptions {
  std::function<CivilDate()> today;  // default: LocalDate(Now())
  int default_limit = 50;
  int max_limit = 200;
};

void AddProcedureRoutes(Router& router, std::shared_ptr<const ProcedureSnapshotHolder> procedures,
                        ProcedureApiOptions options = {});

// True for a national procedure code "N.NNNNNN" (one digit, a dot, six digits), e.g. "1.001193".
bool IsWellFormedProcedureCode(std::string_view code);

}  // namespace motcua::web
