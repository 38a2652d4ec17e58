// The route families of the pages, one file each; pages.cc registers them all. Internal to web/pages.
#pragma once

#include <memory>

#include "web/pages/page_context.h"
#include "web/router.h"

namespace motcua::web::pages {

// GET / (start page, with the demo accounts on a demo database).
void AddStartRoutes(Router& router, std::shared_ptr<const PageContext> context);
// GET/POST /dang-nhap, POST /dang-xuat.
void AddSignInRoutes(Router& router, std::shared_ptr<const PageContext> context);
// GET /thu-tuc, GET /thu-tuc/{code}.
void AddCataloguePages(Router& router, std::shared_ptr<const PageContext> context);
// GET /tra-cuu, GET /tra-cuu/{code}: the public dossier lookup (the receipt's QR code opens the second).
void AddLookupPages(Router& router, std::shared_ptr<const PageContext> context);
// GET/POST /phan-anh, GET /phan-anh/tra-cuu, GET /phan-anh/{code}.
void AddFeedbackPages(Router& router, std::shared_ptr<const PageContext> context);
// GET /ho-so (work lists), GET /ho-so/theo-linh-vuc.
void AddWorkListPages(Router& router, std::shared_ptr<const PageContext> context);
// GET /ho-so/{code}, POST /ho-so/{code}/thao-tac/{action}.
void AddDossierPages(Router& router, std::shared_ptr<const PageContext> context);
// GET /tiep-nhan, GET /tiep-nhan/{procedure}, POST .../xem-truoc, POST .../xac-nhan,
// GET /ho-so/{code}/da-tiep-nhan.
void AddIntakePages(Router& router, std::shared_ptr<const PageContext> context);
// GET /ho-so/{code}/mau-01.pdf ... mau-05.pdf, GET /so-theo-doi, /so-theo-doi.pdf, /so-theo-doi.xlsx.
void AddPrintPages(Router& router, std::shared_ptr<const PageContext> context);
// GET /bao-cao (the leaders' dashboard), GET /bao-cao/chi-tieu (the dossiers behind one figure).
void AddDashboardPages(Router& router, std::shared_ptr<const PageContext> context);

}  // namespace motcua::web::pages
