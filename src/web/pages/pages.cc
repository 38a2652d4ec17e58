#include "web/pages/pages.h"

#include "web/pages/page_routes.h"

namespace motcua::web::pages {

Status AddPageRoutes(Router& router, PageServices services) {
  if (!services.auth || !services.dossiers || !services.files || !services.calendars) {
    return Status::Internal("AddPageRoutes: a service is missing");
  }
  MOTCUA_ASSIGN_OR_RETURN(PageRenderer renderer, PageRenderer::Load());
  auto context = std::make_shared<const PageContext>(std::move(services), router, std::move(renderer));
  AddAssetRoutes(router, context->assets());
  AddStartRoutes(router, context);
  AddSignInRoutes(router, context);
  AddCataloguePages(router, context);
  AddLookupPages(router, context);
  AddFeedbackPages(router, context);
  AddWorkListPages(router, context);
  AddDossierPages(router, context);
  AddIntakePages(router, context);
  AddPrintPages(router, context);
  AddDashboardPages(router, context);
  return Status::Ok();
}

}  // namespace motcua::web::pages
