#include "web/health_api.h"

#include <memory>
#include <string>

namespace motcua::web {

void AddHealthRoutes(Router& router) {
  auto body = std::make_shared<const std::string>(R"({"status":"ok"})");
  router.Get("/healthz", [body](const Request&) -> Result<Response> {
    Response response;
    response.shared_body = body;
    response.headers.Set("Cache-Control", "no-store");
    return response;
  });
}

}  // namespace motcua::web
