// CSRF protection of the HTML forms, by the scheme of the JSON API (auth/csrf.h, docs/security.md 5):
//   - a signed-in officer's form carries the session's CSRF token in the hidden field "csrf".
//     AuthenticateForm() hands it to AuthContext::Authenticate as the X-CSRF-Token header of a copy of the
//     request's headers, so a form POST passes exactly the checks an API POST passes (session live, account
//     enabled, same Origin/Referer, CsrfTokenFor(key, session hash) in constant time) and no second
//     implementation exists;
//   - a form used before sign-in (the sign-in form, the public PAKN form) has no session: the page sets a
//     short-lived "form cookie" holding a fresh random token, and the hidden field carries
//     CsrfTokenFor(key, HashToken(that token)) (login CSRF, as docs/security.md prescribes).
// Thread-safe: pure functions over the AuthContext.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "web/auth_context.h"
#include "web/http.h"
#include "web/pages/form.h"

namespace motcua::web::pages {

inline constexpr std::string_view kCsrfField = "csrf";
inline constexpr int64_t kFormCookieSeconds = 2 * 3600;

// The signed-in caller of a form POST: Authenticate() with the form's "csrf" field as X-CSRF-Token.
Result<Caller> AuthenticateForm(const AuthContext& auth, const Request& request, const Form& form);

// The signed-in viewer of a GET page, or nullopt when nobody (or a dead session) is signed in.
std::optional<Caller> OptionalViewer(const AuthContext& auth, const Request& request);

// The anonymous form cookie of a page: the browser's valid one, or a new one to set.
struct FormCookie {
  std::string token;
  std::string hash;  // HashToken(token): the scope of one-time tokens
  bool is_new = false;
};
FormCookie EnsureFormCookie(const AuthContext& auth, const Request& request);
// "motcua_form=<token>; Path=/; Max-Age=7200; HttpOnly; SameSite=Lax" (+ "; Secure" and the "__Host-"
// prefix over TLS).
std::string FormCookieHeader(std::string_view token, bool secure);
// The CSRF token of the form cookie's forms.
std::string AnonymousCsrfToken(const AuthContext& auth, const FormCookie& cookie);

// Checks an anonymous form POST: same origin, the form cookie present and well-formed, and the "csrf"
// field its token. Returns the cookie's hash (the scope of the form's one-time token). PermissionDenied
// otherwise (Vietnamese: reload the page).
Result<std::string> CheckAnonymousForm(const AuthContext& auth, const Request& request, const Form& form);

}  // namespace motcua::web::pages
