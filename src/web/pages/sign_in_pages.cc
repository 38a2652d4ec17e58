// Sign in and out with plain forms. The password check, the throttle, the session cookie and the session's
// end are the JSON API's own (web/session_api.h), reached through the ApiBridge; this file adds the login
// CSRF guard of the form (form_guard.h) and turns the answers into pages:
//   GET  /dang-nhap?tiep=/path   the form (signed in already: straight to `tiep`)
//   POST /dang-nhap              ok -> 303 to `tiep` (a local path) or /ho-so, with the session cookie;
//                                refused -> the form again with the API's Vietnamese message and status
//                                (401 wrong name or password, 403 locked account, 429 + Retry-After
//                                throttled)
//   POST /dang-xuat              (session + csrf field) -> 303 /dang-nhap?da-dang-xuat=1, cookie cleared
#include <nlohmann/json.hpp>

#include "service/demo_data.h"
#include "web/pages/form_guard.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

std::string ReturnPath(std::string_view requested) {
  return IsSafeLocalPath(requested) ? std::string(requested) : std::string("/ho-so");
}

Response SignInForm(const PageContext& context, const Request& request, int status, std::string_view username,
                    std::string_view return_to, std::string_view error, std::string_view notice = {}) {
  const FormCookie cookie = EnsureFormCookie(context.auth(), request);
  PageFrame frame;
  frame.title = "Đăng nhập";
  frame.nav = "dang-nhap";
  // Sent every time: it renews the cookie's two hours with the form.
  frame.set_cookies.push_back(FormCookieHeader(cookie.token, context.auth().options().secure_cookie));
  json demo = nullptr;
  const std::vector<ShownDemoAccount> accounts = context.demo_accounts().Find();
  if (!accounts.empty()) {
    json names = json::array();
    for (const ShownDemoAccount& account : accounts) {
      names.push_back({{"username", account.username}, {"display_name", account.display_name}});
    }
    demo = {{"accounts", std::move(names)}, {"password", std::string(kDemoPassword)}};
  }
  const json view = {{"csrf", AnonymousCsrfToken(context.auth(), cookie)},
                     {"username", std::string(username)},
                     {"tiep", IsSafeLocalPath(return_to) ? json(std::string(return_to)) : json(nullptr)},
                     {"error", TextOrNull(error)},
                     {"notice", TextOrNull(notice)},
                     {"demo", std::move(demo)}};
  return context.Page(status, "sign_in", view, frame);
}

Result<Response> ShowSignIn(const PageContext& context, const Request& request,
                            const std::optional<Caller>& viewer) {
  const std::string return_to(request.QueryParam("tiep").value_or(""));
  if (viewer) return SeeOther(ReturnPath(return_to));
  const bool signed_out = request.QueryParam("da-dang-xuat").has_value();
  return SignInForm(context, request, 200, "", return_to, "",
                    signed_out ? "Bạn đã đăng xuất. Hẹn gặp lại." : "");
}

Result<Response> SignIn(const PageContext& context, const Request& request) {
  auto form = Form::Parse(request);
  if (!form.ok()) return form.status();
  const std::string username = form->Get("username");
  const std::string return_to = form->Get("tiep");
  if (auto checked = CheckAnonymousForm(context.auth(), request, *form); !checked.ok()) {
    return SignInForm(context, request, 403, username, return_to, checked.status().user_message());
  }
  // The password is passed on untrimmed: spaces may be part of it.
  const std::vector<std::string> passwords = form->GetAll("password");
  const json body = {{"username", username}, {"password", passwords.empty() ? "" : passwords.front()}};
  const BridgedAnswer answer = context.api().Call(request, "POST", "/api/v1/session", body);
  if (!answer.ok()) {
    Response response = SignInForm(context, request, answer.status, username, return_to,
                                   answer.ErrorMessage("Không đăng nhập được. Vui lòng thử lại."));
    if (!answer.retry_after.empty()) response.headers.Set("Retry-After", answer.retry_after);
    return response;
  }
  Response response = SeeOther(ReturnPath(return_to));
  for (const std::string& cookie : answer.set_cookies) response.headers.Add("Set-Cookie", cookie);
  return response;
}

Result<Response> SignOut(const PageContext& context, const Request& request) {
  auto form = Form::Parse(request);
  if (!form.ok()) return form.status();
  const BridgedAnswer answer = context.api().Call(request, "DELETE", "/api/v1/session", nullptr,
                                                  {{"X-CSRF-Token", form->Get(kCsrfField)}});
  if (answer.status == 401) return SeeOther("/dang-nhap");  // already signed out
  if (!answer.ok()) {
    return Status::PermissionDenied("sign-out refused with HTTP " + std::to_string(answer.status),
                                    answer.ErrorMessage("Không đăng xuất được. Vui lòng tải lại trang."));
  }
  Response response = SeeOther("/dang-nhap?da-dang-xuat=1");
  for (const std::string& cookie : answer.set_cookies) response.headers.Add("Set-Cookie", cookie);
  return response;
}

}  // namespace

void AddSignInRoutes(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/dang-nhap",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return ShowSignIn(*context, request, viewer);
             }));
  router.Post("/dang-nhap", AnonymousPage(context, [context](const Request& request) {
                return SignIn(*context, request);
              }));
  router.Post("/dang-xuat", AnonymousPage(context, [context](const Request& request) {
                return SignOut(*context, request);
              }));
}

}  // namespace motcua::web::pages
