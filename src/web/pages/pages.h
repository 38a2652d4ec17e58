// The server-rendered pages of MotCua (docs/pages.md): Vietnamese, usable without JavaScript (plain forms,
// POST-redirect-GET), each a template of data/templates/web/ inside one layout, with the static files of
// data/assets/. Public pages (start, sign-in, procedure catalogue, dossier lookup by code, PAKN) need no
// account; the work lists, the dossier page with its action forms and the desk intake need a signed-in
// officer and go through DossierService, which decides every access and lifecycle question.
//
//   Router router;
//   AddSessionRoutes(router, auth, hasher);     // the sign-in page goes through these two
//   AddFeedbackRoutes(router, auth, feedback);  // the PAKN pages go through these
//   MOTCUA_RETURN_IF_ERROR(pages::AddPageRoutes(router, {auth, dossiers, files, calendars}));
//
// The router must outlive the server (it always does: the server holds a reference to it). Handlers are
// thread-safe.
#pragma once

#include <memory>

#include "base/status.h"
#include "service/dossier_service.h"
#include "service/file_service.h"
#include "service/unit_calendars.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web::pages {

struct PageServices {
  std::shared_ptr<const AuthContext> auth;
  std::shared_ptr<DossierService> dossiers;
  std::shared_ptr<FileService> files;
  std::shared_ptr<UnitCalendars> calendars;
};

// Registers every page route and /assets/. Internal when the embedded templates are missing.
Status AddPageRoutes(Router& router, PageServices services);

}  // namespace motcua::web::pages
