// PageContext: what every page handler shares (the services, the renderer, the assets, the one-time form
// tokens, the API bridge), and the frame every page is drawn in: the layout's header (the unit's name and
// the signed-in officer), the navigation, the footer, the error pages (403 "Không có quyền", 404, others)
// and the redirect to the sign-in page. One per server; thread-safe.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/pages/api_bridge.h"
#include "web/pages/assets.h"
#include "web/pages/demo_accounts.h"
#include "web/pages/once_tokens.h"
#include "web/pages/page_renderer.h"
#include "web/pages/pages.h"

namespace motcua::web::pages {

// How one page is framed.
struct PageFrame {
  std::string title;
  const Caller* caller = nullptr;        // the signed-in officer, if any
  std::string nav;                       // the navigation key shown as current ("ho-so", "tiep-nhan", ...)
  std::vector<std::string> set_cookies;  // Set-Cookie values to add
  std::string cache_control = "no-store";
};

class PageContext {
 public:
  PageContext(PageServices services, const Router& router, PageRenderer renderer);

  const AuthContext& auth() const { return *services_.auth; }
  Store& store() const { return services_.auth->store(); }
  DossierService& dossiers() const { return *services_.dossiers; }
  FileService& files() const { return *services_.files; }
  UnitCalendars& calendars() const { return *services_.calendars; }
  const Catalog& catalog() const { return services_.dossiers->catalog(); }
  const ApiBridge& api() const { return api_; }
  OnceTokens& once() const { return once_; }
  DemoAccountFinder& demo_accounts() const { return demo_accounts_; }
  const std::shared_ptr<const AssetCatalog>& assets() const { return assets_; }
  Instant Now() const { return services_.auth->clock().Now(); }

  // Renders `page` with `view` inside the layout. A template error is logged and answered by a plain 500.
  Response Page(int status, std::string_view page, nlohmann::json view, const PageFrame& frame) const;
  // The error page for a non-OK `status`: 403 "Không có quyền", 404 "Không tìm thấy", otherwise the
  // status's Vietnamese message, with the HTTP status from HttpStatusFor.
  Response ErrorPage(const Status& status, const PageFrame& frame) const;
  // 303 to /dang-nhap?tiep=<return_to> (return_to dropped unless IsSafeLocalPath).
  Response SignInRedirect(std::string_view return_to) const;

 private:
  nlohmann::json Layout(const PageFrame& frame) const;
  std::string UnitName(const Caller* caller) const;

  PageServices services_;
  ApiBridge api_;
  PageRenderer renderer_;
  std::shared_ptr<const AssetCatalog> assets_;
  mutable OnceTokens once_;
  mutable DemoAccountFinder demo_accounts_;
};

// Does any role of `user` grant `permission` (in any scope)?
bool HasGrant(const User& user, Permission permission);
// Does a role of `user` grant `permission` over the whole unit (not only some fields or assignments)?
bool HasUnitGrant(const User& user, Permission permission);

}  // namespace motcua::web::pages
