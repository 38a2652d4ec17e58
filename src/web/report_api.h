// The report API over IndicatorService (report/indicator_service.h), which computes every figure from the
// journal; this file reads the request, checks the caller's right and writes the JSON of
// report/indicator_format.h (the same document `motcua report indicators --format json` prints).
//   GET /api/v1/reports/indicators?unit=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD
//       -> {"unit","from","to","indicators":{"dossiers.resolved":{"value":3531}, ...,
//           "rate.resolved_in_time":{"numerator":3526,"denominator":3531,"rate":0.9985...}, ...}}
//   GET /api/v1/reports/indicators?unit=&from=&to=&explain=ID
//       -> {"unit","from","to","indicator":ID,"codes":[...]}: the records behind one figure
//   GET /api/v1/reports/decision766?unit=&from=&to=
//       -> report/decision766.h Decision766ToJson: each criterion's raw ratio and points from `formula`
// `unit` defaults to the caller's unit; `from` and `to` are required (the whole days from 00:00 to 24:00).
// Access: signed in (401 otherwise) with reports.view on the unit (auth/access.h: desk officers, leaders and
// administrators of the unit or of a unit above it; 403 otherwise). Unknown parameter, bad date, from after
// to or unknown indicator id: 400; unknown unit: 404. Handlers are thread-safe.
#pragma once

#include <memory>

#include "report/decision766.h"
#include "report/indicator_service.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web {

void AddReportRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                     std::shared_ptr<IndicatorService> service,
                     std::shared_ptr<const Decision766Formula> formula);

}  // namespace motcua::web
