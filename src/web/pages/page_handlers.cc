#include "web/pages/page_handlers.h"

#include <spdlog/spdlog.h>

#include "auth/session.h"
#include "web/pages/form_guard.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void LogFailure(const Request& request, const Status& status) {
  if (HttpStatusFor(status.code()) >= 500) {
    spdlog::error("pages: {} {} {} failed: {}", request.request_id, request.method, request.path,
                  status.ToString());
  } else {
    spdlog::debug("pages: {} {} {} refused: {}", request.request_id, request.method, request.path,
                  status.ToString());
  }
}

// The answer of a page whose handler returned `result`.
Response Finish(const PageContext& context, const Request& request, Result<Response> result,
                const Caller* caller) {
  if (result.ok()) return std::move(result).value();
  LogFailure(request, result.status());
  PageFrame frame;
  frame.caller = caller;
  return context.ErrorPage(result.status(), frame);
}

// The sign-in redirect; a session cookie that no longer opens anything is removed from the browser.
Response SignInAgain(const PageContext& context, const Request& request, std::string_view return_to) {
  Response response = context.SignInRedirect(return_to);
  const bool secure = context.auth().options().secure_cookie;
  if (CookieValue(request, SessionCookieName(secure))) {
    response.headers.Add("Set-Cookie", SessionClearCookie(secure));
  }
  return response;
}

}  // namespace

std::string ReferringPath(const Request& request, std::string_view fallback) {
  const auto referer = request.headers.Get("Referer");
  const auto host = request.headers.Get("Host");
  if (referer && host) {
    const size_t scheme_end = referer->find("://");
    if (scheme_end != std::string_view::npos) {
      const std::string_view rest = referer->substr(scheme_end + 3);
      const size_t slash = rest.find('/');
      if (slash != std::string_view::npos && AsciiLower(rest.substr(0, slash)) == AsciiLower(*host)) {
        const std::string_view path = rest.substr(slash);
        if (IsSafeLocalPath(path)) return std::string(path);
      }
    }
  }
  return std::string(fallback);
}

Handler PublicPage(std::shared_ptr<const PageContext> context, PublicHandler handler) {
  return [context, handler](const Request& request) -> Result<Response> {
    const std::optional<Caller> viewer = OptionalViewer(context->auth(), request);
    return Finish(*context, request, handler(request, viewer), viewer ? &*viewer : nullptr);
  };
}

Handler AnonymousPage(std::shared_ptr<const PageContext> context,
                      std::function<Result<Response>(const Request&)> handler) {
  return [context, handler](const Request& request) -> Result<Response> {
    return Finish(*context, request, handler(request), nullptr);
  };
}

Handler OfficerPage(std::shared_ptr<const PageContext> context, OfficerHandler handler) {
  return [context, handler](const Request& request) -> Result<Response> {
    auto caller = context->auth().Authenticate(request);
    if (!caller.ok()) {
      if (caller.status().code() == StatusCode::kUnauthenticated) {
        return SignInAgain(*context, request, request.target.empty() ? request.path : request.target);
      }
      return Finish(*context, request, caller.status(), nullptr);
    }
    return Finish(*context, request, handler(request, *caller), &*caller);
  };
}

Handler OfficerForm(std::shared_ptr<const PageContext> context, OfficerFormHandler handler,
                    FormLimits limits) {
  return [context, handler, limits](const Request& request) -> Result<Response> {
    auto form = Form::Parse(request, limits);
    if (!form.ok()) return Finish(*context, request, form.status(), nullptr);
    auto caller = AuthenticateForm(context->auth(), request, *form);
    if (!caller.ok()) {
      if (caller.status().code() == StatusCode::kUnauthenticated) {
        return SignInAgain(*context, request, ReferringPath(request, "/ho-so"));
      }
      return Finish(*context, request, caller.status(), nullptr);
    }
    return Finish(*context, request, handler(request, *caller, *form), &*caller);
  };
}

}  // namespace motcua::web::pages
