// GET /: the start page. Links for citizens (lookup, catalogue, PAKN) and officers (sign in, or the work
// lists when signed in); on a demo database (demo_accounts.h) the demo accounts and their password.
#include <nlohmann/json.hpp>

#include "service/demo_data.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

json DemoJson(const PageContext& context) {
  const std::vector<ShownDemoAccount> accounts = context.demo_accounts().Find();
  if (accounts.empty()) return nullptr;
  json list = json::array();
  for (const ShownDemoAccount& account : accounts) {
    list.push_back(
        {{"username", account.username}, {"display_name", account.display_name}, {"roles", account.roles}});
  }
  return {{"accounts", std::move(list)}, {"password", std::string(kDemoPassword)}, {"show_roles", true}};
}

}  // namespace

void AddStartRoutes(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get(
      "/",
      PublicPage(context, [context](const Request&, const std::optional<Caller>& viewer) -> Result<Response> {
        PageFrame frame;
        frame.title = "Trang chủ";
        frame.caller = viewer ? &*viewer : nullptr;
        frame.nav = "trang-chu";
        frame.cache_control = viewer ? "no-store" : "no-cache";
        const json view = {{"signed_in", viewer.has_value()},
                           {"demo", viewer ? json(nullptr) : DemoJson(*context)}};
        return context->Page(200, "start", view, frame);
      }));
}

}  // namespace motcua::web::pages
