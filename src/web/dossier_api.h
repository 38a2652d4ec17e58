// The dossier API over DossierService (service/dossier_service.h), which decides everything: access, the
// lifecycle, the due times. This file only reads requests, calls it and writes JSON (web/dossier_json.h).
// Every endpoint but the public lookup and the OpenAPI document needs a signed-in caller
// (web/auth_context.h), and POSTs by session need X-CSRF-Token. The full description is
// data/api/openapi.json.
//   POST /api/v1/dossiers                          intake at the desk -> 201 + Location, the dossier
//   GET  /api/v1/dossiers                          ?status=received,in_progress &field=HT &assignee=u
//        &channel=direct &received_from= &received_to= &due_before= (dates YYYY-MM-DD or ISO instants; a date
//        as received_to includes that whole day) &overdue=true &q=text &sort=received_desc|received_asc|
//        due_asc|code &limit=1..500 &offset= -> {"items","total","limit","offset"}
//   GET  /api/v1/dossiers/{code}                   the replayed dossier + "allowed_actions" for this caller
//   POST /api/v1/dossiers/{code}/actions/{action}  one lifecycle action (lifecycle.h ActionId) whose body is
//        the event's own fields (dossier/event.h); "event", "code", "at" and "by" are the server's and
//        refused.
//        -> 200 the dossier; 409 when the lifecycle does not allow it (the message names what is allowed).
//   GET  /api/v1/dossiers/{code}/history           [{"seq","event","recorded_at"}], oldest first
//   GET  /api/v1/public/dossiers/{code}            no sign-in; nothing personal (web/dossier_json.h)
//   GET  /api/v1/openapi.json                      the OpenAPI 3 document (embedded data/api/openapi.json)
// Personal data is masked for callers without dossier.view_personal_data. Handlers are thread-safe.
#pragma once

#include <memory>

#include "service/dossier_service.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web {

struct DossierApiOptions {
  int default_limit = 50;
};

void AddDossierRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                      std::shared_ptr<DossierService> service, DossierApiOptions options = {});

// GET /api/v1/openapi.json.
void AddOpenApiRoute(Router& router);

}  // namespace motcua::web
