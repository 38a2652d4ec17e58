#include "web/pages/form_guard.h"

#include "auth/csrf.h"
#include "auth/token.h"

namespace motcua::web::pages {
namespace {

std::string_view FormCookieName(bool secure) { return secure ? "__Host-motcua_form" : "motcua_form"; }

Status ExpiredForm(std::string log) {
  return Status::PermissionDenied(std::move(log),
                                  "Biểu mẫu đã hết hiệu lực hoặc không hợp lệ. Vui lòng tải lại trang rồi "
                                  "thử lại.");
}

}  // namespace

Result<Caller> AuthenticateForm(const AuthContext& auth, const Request& request, const Form& form) {
  // Only what Authenticate reads: the method, the headers and the peer. The body stays where it is.
  Request probe;
  probe.method = request.method;
  probe.path = request.path;
  probe.headers = request.headers;
  probe.remote_address = request.remote_address;
  probe.request_id = request.request_id;
  probe.headers.Set("X-CSRF-Token", form.Get(kCsrfField));
  return auth.Authenticate(probe);
}

std::optional<Caller> OptionalViewer(const AuthContext& auth, const Request& request) {
  if (IsUnsafeMethod(request.method)) return std::nullopt;  // a POST would need the CSRF header
  if (!request.headers.Get("Authorization") &&
      !CookieValue(request, SessionCookieName(auth.options().secure_cookie))) {
    return std::nullopt;  // nobody signed in: no store lookup
  }
  auto caller = auth.Authenticate(request);
  if (!caller.ok()) return std::nullopt;
  return std::move(caller).value();
}

FormCookie EnsureFormCookie(const AuthContext& auth, const Request& request) {
  if (auto value = CookieValue(request, FormCookieName(auth.options().secure_cookie))) {
    if (auto hash = SessionLookupHash(*value); hash.ok()) {
      return FormCookie{std::string(*value), std::move(hash).value(), false};
    }
  }
  IssuedToken issued = IssueSessionToken();
  return FormCookie{std::move(issued.token), std::move(issued.hash), true};
}

std::string FormCookieHeader(std::string_view token, bool secure) {
  std::string header(FormCookieName(secure));
  header.append("=").append(token).append("; Path=/; Max-Age=").append(std::to_string(kFormCookieSeconds));
  header.append("; HttpOnly; SameSite=Lax");
  if (secure) header.append("; Secure");
  return header;
}

std::string AnonymousCsrfToken(const AuthContext& auth, const FormCookie& cookie) {
  return CsrfTokenFor(auth.csrf_key(), cookie.hash);
}

Result<std::string> CheckAnonymousForm(const AuthContext& auth, const Request& request, const Form& form) {
  MOTCUA_RETURN_IF_ERROR(AuthContext::CheckSameOrigin(request));
  const auto value = CookieValue(request, FormCookieName(auth.options().secure_cookie));
  if (!value) return ExpiredForm("anonymous form without its form cookie");
  auto hash = SessionLookupHash(*value);
  if (!hash.ok()) return ExpiredForm("anonymous form with a malformed form cookie");
  MOTCUA_RETURN_IF_ERROR(CheckCsrfToken(auth.csrf_key(), *hash, form.Get(kCsrfField)));
  return std::move(hash).value();
}

}  // namespace motcua::web::pages
