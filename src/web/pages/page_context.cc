#include "web/pages/page_context.h"

#include <spdlog/spdlog.h>

#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

// The store setting naming the desk in the header of public pages (DOMAIN.md: the header text must be
// configurable). Unset: the name of the only commune-level unit, if there is exactly one.
constexpr std::string_view kUnitNameSetting = "header.unit_name";
constexpr std::string_view kDefaultSiteName = "Bộ phận Một cửa";

struct NavItem {
  const char* key;
  const char* href;
  const char* label;
};

json NavJson(const std::vector<NavItem>& items, std::string_view current) {
  json out = json::array();
  for (const NavItem& item : items) {
    out.push_back({{"href", item.href}, {"label", item.label}, {"current", current == item.key}});
  }
  return out;
}

}  // namespace

bool HasGrant(const User& user, Permission permission) {
  for (Role role : user.roles) {
    if (FindGrant(role, permission) != nullptr) return true;
  }
  return false;
}

bool HasUnitGrant(const User& user, Permission permission) {
  for (Role role : user.roles) {
    const RoleGrant* grant = FindGrant(role, permission);
    if (grant != nullptr && grant->scope == Scope::kUnit) return true;
  }
  return false;
}

PageContext::PageContext(PageServices services, const Router& router, PageRenderer renderer)
    : services_(std::move(services)),
      api_(router),
      renderer_(std::move(renderer)),
      assets_(std::make_shared<const AssetCatalog>()),
      once_(services_.auth->clock()),
      demo_accounts_(services_.auth->store()) {}

std::string PageContext::UnitName(const Caller* caller) const {
  if (caller != nullptr) {
    if (auto unit = store().GetUnit(caller->user.unit_code); unit.ok()) return unit->name;
  }
  if (auto setting = store().GetSetting(kUnitNameSetting); setting.ok() && !setting->empty()) return *setting;
  // A single-commune install (one unit under its province) is obviously that commune's desk.
  UnitFilter filter;
  filter.in_force_on = LocalDate(Now());
  if (auto units = store().ListUnits(filter); units.ok()) {
    const Unit* only = nullptr;
    int communes = 0;
    for (const Unit& unit : *units) {
      if (!unit.parent_code) continue;
      ++communes;
      only = &unit;
    }
    if (communes == 1) return only->name;
  }
  return std::string(kDefaultSiteName);
}

json PageContext::Layout(const PageFrame& frame) const {
  json layout = {{"page_title", frame.title},         {"site_name", UnitName(frame.caller)},
                 {"css", assets_->Url("motcua.css")}, {"js", assets_->Url("motcua.js")},
                 {"icon", assets_->Url("icon.svg")},  {"user", nullptr}};
  if (frame.caller != nullptr) {
    const User& user = frame.caller->user;
    std::string roles;
    for (Role role : user.roles) {
      if (!roles.empty()) roles.append(", ");
      roles.append(RoleLabel(role));
    }
    layout["user"] = {{"display_name", user.display_name},
                      {"username", user.username},
                      {"roles", roles},
                      {"csrf", TextOrNull(frame.caller->csrf_token)}};
    std::vector<NavItem> items = {{"ho-so", "/ho-so", "Hồ sơ"}};
    if (HasGrant(user, Permission::kReceive)) items.push_back({"tiep-nhan", "/tiep-nhan", "Tiếp nhận"});
    if (HasUnitGrant(user, Permission::kViewDossier)) {
      items.push_back({"theo-linh-vuc", "/ho-so/theo-linh-vuc", "Theo lĩnh vực"});
      items.push_back({"so-theo-doi", "/so-theo-doi", "Sổ theo dõi"});
    }
    // The dashboard covers the officer's whole unit: a field-scoped grant (a specialist's) is not enough.
    if (HasUnitGrant(user, Permission::kViewReports)) items.push_back({"bao-cao", "/bao-cao", "Báo cáo"});
    items.push_back({"thu-tuc", "/thu-tuc", "Thủ tục"});
    items.push_back({"tra-cuu", "/tra-cuu", "Tra cứu"});
    layout["nav"] = NavJson(items, frame.nav);
  } else {
    layout["nav"] = NavJson({{"trang-chu", "/", "Trang chủ"},
                             {"thu-tuc", "/thu-tuc", "Thủ tục hành chính"},
                             {"tra-cuu", "/tra-cuu", "Tra cứu hồ sơ"},
                             {"phan-anh", "/phan-anh", "Phản ánh, kiến nghị"},
                             {"dang-nhap", "/dang-nhap", "Đăng nhập"}},
                            frame.nav);
  }
  return layout;
}

Response PageContext::Page(int status, std::string_view page, json view, const PageFrame& frame) const {
  if (!view.is_object()) view = json::object();
  view["layout"] = Layout(frame);
  auto html = renderer_.Render(page, view);
  if (!html.ok()) {
    spdlog::error("pages: cannot render {}: {}", page, html.status().ToString());
    Response response;
    response.status = 500;
    response.content_type = "text/plain; charset=utf-8";
    response.body = "Lỗi hệ thống khi hiển thị trang.";
    return response;
  }
  Response response = HtmlResponse(status, std::move(html).value(), frame.cache_control);
  for (const std::string& cookie : frame.set_cookies) response.headers.Add("Set-Cookie", cookie);
  return response;
}

Response PageContext::ErrorPage(const Status& status, const PageFrame& frame) const {
  const int http_status = HttpStatusFor(status.code());
  std::string heading = "Không thực hiện được yêu cầu";
  if (status.code() == StatusCode::kPermissionDenied) heading = "Không có quyền";
  if (status.code() == StatusCode::kNotFound) heading = "Không tìm thấy";
  if (http_status >= 500) heading = "Lỗi hệ thống";
  PageFrame error_frame = frame;
  error_frame.title = heading;
  error_frame.cache_control = "no-store";
  const json view = {{"heading", heading},
                     {"message", status.user_message()},
                     {"status", http_status},
                     {"signed_in", frame.caller != nullptr}};
  return Page(http_status, "error", view, error_frame);
}

Response PageContext::SignInRedirect(std::string_view return_to) const {
  std::string location = "/dang-nhap";
  if (IsSafeLocalPath(return_to)) location.append(QueryString({{"tiep", std::string(return_to)}}));
  return SeeOther(std::move(location));
}

}  // namespace motcua::web::pages
